import type { Database } from 'sql.js';
import { listRows } from '../db/repos/rows';
import { TABLE_COLUMNS, USER_TABLES, type Row, type SqlValue, type TableName } from '../db/tables';

/** The tables a planner edits (plan_meta is the file's own bookkeeping, never compared or merged). */
export type UserTable = Exclude<TableName, 'plan_meta'>;
export const MERGE_TABLES = USER_TABLES as UserTable[];

/** Every row of every user table, by id: what compare and merge work on. */
export type PlanSnapshot = Record<UserTable, Map<string, Row>>;

/** Who and when: they change with every edit, so they never make two versions of a record "different". */
export const STAMP_COLUMNS = ['created_at', 'updated_at', 'created_by', 'updated_by'] as const;
const NOT_CONTENT = new Set<string>(['id', ...STAMP_COLUMNS]);

const contentCache = new Map<UserTable, readonly string[]>();

/** The columns that carry what the planner wrote (all but the id and the stamps). */
export function contentColumns(table: UserTable): readonly string[] {
  let columns = contentCache.get(table);
  if (!columns) contentCache.set(table, (columns = TABLE_COLUMNS[table].filter((column) => !NOT_CONTENT.has(column))));
  return columns;
}

export function readSnapshot(db: Database): PlanSnapshot {
  const snapshot = emptySnapshot();
  const asRow = (row: Record<string, unknown>) => row as Row;
  for (const table of MERGE_TABLES) {
    for (const row of listRows(db, table, { columns: TABLE_COLUMNS[table], fromRow: asRow }, 'id')) snapshot[table].set(String(row.id), row);
  }
  return snapshot;
}

export function emptySnapshot(): PlanSnapshot {
  return Object.fromEntries(MERGE_TABLES.map((table) => [table, new Map<string, Row>()])) as PlanSnapshot;
}

/** A copy whose maps can be changed without touching the original (rows are never mutated, only replaced). */
export function copySnapshot(snapshot: PlanSnapshot): PlanSnapshot {
  return Object.fromEntries(MERGE_TABLES.map((table) => [table, new Map(snapshot[table])])) as PlanSnapshot;
}

/** Exact equality of stored values: pictures byte by byte, numbers by value, no type coercion. */
export function sameValue(a: SqlValue | undefined, b: SqlValue | undefined): boolean {
  if (a instanceof Uint8Array || b instanceof Uint8Array) {
    if (!(a instanceof Uint8Array && b instanceof Uint8Array) || a.length !== b.length) return false;
    for (let index = 0; index < a.length; index++) if (a[index] !== b[index]) return false;
    return true;
  }
  return (a ?? null) === (b ?? null);
}

export function sameContent(table: UserTable, a: Row, b: Row): boolean {
  return contentColumns(table).every((column) => sameValue(a[column], b[column]));
}

/** Equal row by row; `stamps: false` compares content only (a merge written back gets the merging user's stamps). */
export function sameSnapshot(a: PlanSnapshot, b: PlanSnapshot, options: { stamps: boolean } = { stamps: true }): boolean {
  return MERGE_TABLES.every((table) => {
    if (a[table].size !== b[table].size) return false;
    for (const [id, row] of a[table]) {
      const other = b[table].get(id);
      if (!other || !sameContent(table, row, other)) return false;
      if (options.stamps && !STAMP_COLUMNS.every((column) => sameValue(row[column], other[column]))) return false;
    }
    return true;
  });
}
