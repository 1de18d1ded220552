import type { Database } from 'sql.js';
import type { ChangeRecorder } from '../db/changes';
import type { Row } from '../db/tables';
import { allReferences, recordKey, referencesFrom, requiredReferencesFrom, type RecordKey } from './references';
import { MERGE_TABLES, contentColumns, readSnapshot, sameValue, type PlanSnapshot, type UserTable } from './snapshot';

/**
 * Turns the open plan into `target` through the recorder, so that the whole change (a merge) is
 * one undo step. Foreign keys are enforced on every statement, so the order matters: rows nothing
 * refers to are removed first (a link or text can then come back under another id without
 * breaking a UNIQUE pair), then parents are inserted before children, references to rows not
 * there yet are filled in once they are, and the remaining rows go children first.
 */
export function applySnapshot(db: Database, recorder: ChangeRecorder, target: PlanSnapshot): void {
  const current = readSnapshot(db);
  const order = insertionOrder();
  const removedIds = (table: UserTable) => [...current[table].keys()].filter((id) => !target[table].has(id));

  for (const table of [...order].reverse()) {
    if (!REFERENCED.has(table)) for (const id of removedIds(table)) recorder.delete(table, id);
  }

  const inserted = new Set<RecordKey>();
  const present = (table: UserTable, id: string) => current[table].has(id) || inserted.has(recordKey(table, id));
  const deferred: { table: UserTable; id: string; patch: Row }[] = [];
  for (const table of order) {
    const rows = [...target[table].values()].filter((row) => !current[table].has(String(row.id)));
    for (const row of table === 'org_unit' ? parentsFirst(rows, target.org_unit) : rows) {
      const id = String(row.id);
      const values: Row = { ...row };
      const patch: Row = {};
      for (const reference of referencesFrom(table)) {
        const value = row[reference.column];
        if (value === null || value === undefined || present(reference.target, String(value))) continue;
        patch[reference.column] = value;
        values[reference.column] = null;
      }
      recorder.insert(table, values);
      inserted.add(recordKey(table, id));
      if (Object.keys(patch).length > 0) deferred.push({ table, id, patch });
    }
  }

  for (const table of order) {
    for (const [id, row] of target[table]) {
      const before = current[table].get(id);
      if (!before) continue;
      const patch: Row = {};
      for (const column of contentColumns(table)) if (!sameValue(before[column], row[column])) patch[column] = row[column] ?? null;
      if (Object.keys(patch).length > 0) recorder.update(table, id, patch);
    }
  }
  for (const { table, id, patch } of deferred) recorder.update(table, id, patch);

  const deletions: { table: UserTable; id: string }[] = [];
  for (const table of [...order].reverse()) {
    if (!REFERENCED.has(table)) continue;
    const ids = removedIds(table);
    const ordered = table === 'org_unit' ? parentsFirst(ids.map((id) => current.org_unit.get(id)!), current.org_unit).reverse().map((row) => String(row.id)) : ids;
    for (const id of ordered) deletions.push({ table, id });
  }
  const position = new Map(deletions.map(({ table, id }, index) => [recordKey(table, id), index]));
  // A row about to go may still point at one that goes before it (a unit and its responsible person): empty that first.
  for (const [index, { table, id }] of deletions.entries()) {
    const row = current[table].get(id)!;
    const patch: Row = {};
    for (const reference of referencesFrom(table)) {
      const value = row[reference.column];
      if (reference.onDelete !== 'clear' || value === null || value === undefined) continue;
      const targetPosition = position.get(recordKey(reference.target, String(value)));
      if (targetPosition !== undefined && targetPosition < index) patch[reference.column] = null;
    }
    if (Object.keys(patch).length > 0) recorder.update(table, id, patch);
  }
  for (const { table, id } of deletions) recorder.delete(table, id);
}

/** Tables some reference points at: their rows cannot simply go first. */
const REFERENCED = new Set<UserTable>(allReferences().map((reference) => reference.target));

let cachedOrder: UserTable[] | null = null;

/** Tables with every table they cannot live without before them; otherwise in declaration order. */
export function insertionOrder(): UserTable[] {
  if (cachedOrder) return cachedOrder;
  const order: UserTable[] = [];
  const placed = new Set<UserTable>();
  while (order.length < MERGE_TABLES.length) {
    const next = MERGE_TABLES.find(
      (table) => !placed.has(table) && requiredReferencesFrom(table).every((reference) => reference.target === table || placed.has(reference.target)),
    );
    if (!next) throw new Error('required references form a loop');
    order.push(next);
    placed.add(next);
  }
  return (cachedOrder = order);
}

/** Units sorted by their depth in `tree`, so that a parent always comes before its subunits. */
function parentsFirst(rows: Row[], tree: ReadonlyMap<string, Row>): Row[] {
  const depth = (row: Row): number => {
    let levels = 0;
    let parent = row.parent_id;
    while (parent !== null && parent !== undefined && levels <= tree.size) {
      levels++;
      parent = tree.get(String(parent))?.parent_id ?? null;
    }
    return levels;
  };
  return rows.map((row) => ({ row, depth: depth(row) })).sort((a, b) => a.depth - b.depth).map(({ row }) => row);
}
