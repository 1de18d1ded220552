import type { Row, SqlValue } from '../db/tables';
import { alignIdentities } from './identity';
import { MERGE_TABLES, contentColumns, sameValue, type PlanSnapshot, type UserTable } from './snapshot';

export interface FieldChange {
  column: string;
  before: SqlValue;
  after: SqlValue;
}

export interface ChangedRecord {
  id: string;
  /** Only the columns the planner writes; the stamps change with every edit and are not differences. */
  fields: FieldChange[];
  /** Who last changed the record and when, from whichever of the two versions is newer. */
  updatedBy: string;
  updatedAt: string;
}

export interface TableDiff {
  /** Rows of `b` that `a` does not have. */
  added: Row[];
  /** Rows of `a` that `b` does not have. */
  removed: Row[];
  changed: ChangedRecord[];
}

export type PlanDiff = Record<UserTable, TableDiff>;

/**
 * What differs from `a` to `b`, table by table, records paired by id (the institution profile,
 * the settings and the document's texts are paired by what they are, see alignIdentities).
 */
export function diffPlans(a: PlanSnapshot, b: PlanSnapshot): PlanDiff {
  const aligned = alignIdentities(a, b);
  const diff = {} as PlanDiff;
  for (const table of MERGE_TABLES) {
    const before = a[table];
    const after = aligned[table];
    const tableDiff: TableDiff = { added: [], removed: [], changed: [] };
    for (const [id, row] of after) if (!before.has(id)) tableDiff.added.push(row);
    for (const [id, row] of before) {
      const newer = after.get(id);
      if (!newer) {
        tableDiff.removed.push(row);
        continue;
      }
      const fields = changedFields(table, row, newer);
      if (fields.length > 0) tableDiff.changed.push({ id, fields, ...newerStamp(row, newer) });
    }
    diff[table] = tableDiff;
  }
  return diff;
}

export function changedFields(table: UserTable, before: Row, after: Row): FieldChange[] {
  return contentColumns(table)
    .filter((column) => !sameValue(before[column], after[column]))
    .map((column) => ({ column, before: before[column] ?? null, after: after[column] ?? null }));
}

function newerStamp(a: Row, b: Row): { updatedBy: string; updatedAt: string } {
  const newer = String(b.updated_at) >= String(a.updated_at) ? b : a;
  return { updatedBy: String(newer.updated_by), updatedAt: String(newer.updated_at) };
}

export function diffIsEmpty(diff: PlanDiff): boolean {
  return MERGE_TABLES.every((table) => diff[table].added.length + diff[table].removed.length + diff[table].changed.length === 0);
}

export function diffCounts(diff: PlanDiff): { added: number; removed: number; changed: number } {
  const counts = { added: 0, removed: 0, changed: 0 };
  for (const table of MERGE_TABLES) {
    counts.added += diff[table].added.length;
    counts.removed += diff[table].removed.length;
    counts.changed += diff[table].changed.length;
  }
  return counts;
}
