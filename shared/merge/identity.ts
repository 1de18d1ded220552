import type { Row } from '../db/tables';
import type { PlanSnapshot, UserTable } from './snapshot';

/** Tables that hold exactly one row (checked by shared/db/invariants.ts): whatever its id, it is "the" row. */
export const SINGLETON_TABLES: readonly UserTable[] = ['institution', 'audit_settings', 'resource_settings', 'document_settings'];

/**
 * The schema's UNIQUE constraints besides the id (a test checks them against the schema): two
 * rows with the same values in these columns are the same thing, whatever their ids.
 */
export const NATURAL_KEYS: Readonly<Partial<Record<UserTable, readonly string[]>>> = {
  account_person: ['account_id', 'person_id'],
  came_option_item: ['option_id', 'swot_item_id'],
  objective_swot: ['objective_id', 'swot_item_id'],
  strategy_line_objective: ['line_id', 'objective_id'],
  tactic_account: ['tactic_id', 'account_id'],
  plan_text: ['key'],
};

/**
 * Keyed tables whose rows carry content besides the key. They are paired by key before comparing,
 * so that two copies' texts merge field by field even if one copy made its row under another id.
 * Link rows carry nothing but their pair: a duplicate pair is simply dropped (see dropDuplicates).
 */
const PAIRED_BY_KEY: readonly UserTable[] = ['plan_text'];

export function naturalKey(table: UserTable, row: Row): string | null {
  const columns = NATURAL_KEYS[table];
  return columns ? JSON.stringify(columns.map((column) => row[column] ?? null)) : null;
}

/**
 * `other` with its singleton rows and keyed texts renamed to the ids `reference` uses for the same
 * thing. Nothing is renamed onto an id that `other` already uses for something else.
 */
export function alignIdentities(reference: PlanSnapshot, other: PlanSnapshot): PlanSnapshot {
  const aligned = { ...other };
  for (const table of SINGLETON_TABLES) {
    const [referenceId] = reference[table].keys();
    const [row, extra] = other[table].values();
    if (referenceId === undefined || row === undefined || extra !== undefined || row.id === referenceId) continue;
    aligned[table] = new Map([[referenceId, { ...row, id: referenceId }]]);
  }
  for (const table of PAIRED_BY_KEY) {
    const referenceIds = new Map<string, string>();
    for (const row of reference[table].values()) referenceIds.set(naturalKey(table, row)!, String(row.id));
    let renamed: Map<string, Row> | null = null;
    for (const row of other[table].values()) {
      const target = referenceIds.get(naturalKey(table, row)!);
      if (target === undefined || target === row.id || other[table].has(target)) continue;
      renamed ??= new Map(other[table]);
      renamed.delete(String(row.id));
      renamed.set(target, { ...row, id: target });
    }
    if (renamed) aligned[table] = renamed;
  }
  return aligned;
}

/**
 * Leaves one row per natural key, keeping the one `rank` puts first (lowest), ties by id. Used after
 * a merge: both copies may have linked the same two records, each under its own id.
 */
export function dropDuplicates(snapshot: PlanSnapshot, rank: (table: UserTable, id: string) => number): void {
  for (const table of Object.keys(NATURAL_KEYS) as UserTable[]) {
    const kept = new Map<string, string>();
    for (const [id, row] of [...snapshot[table]].sort(([a], [b]) => rank(table, a) - rank(table, b) || (a < b ? -1 : a > b ? 1 : 0))) {
      const key = naturalKey(table, row)!;
      if (kept.has(key)) snapshot[table].delete(id);
      else kept.set(key, id);
    }
  }
}
