import type { Database } from 'sql.js';
import { selectAll, selectOne } from '../sql';
import type { TableName } from '../tables';

/** Reading rows of any user table: listed in order, checked for existence, one column. */

export function listRows<T>(db: Database, table: TableName, mapper: { columns: readonly string[]; fromRow(row: Record<string, unknown>): T }, order = 'position, id'): T[] {
  return selectAll(db, `SELECT ${mapper.columns.join(', ')} FROM ${table} ORDER BY ${order}`).map((row) => mapper.fromRow(row));
}

/** The ids of a table's rows that share a list with `id` (same quadrant, same line, same objective), in order. */
export function siblingIds(db: Database, table: TableName, groupColumn: string | null, groupValue: string | null): string[] {
  const where = groupColumn ? `WHERE ${groupColumn} = ?` : '';
  return selectAll(db, `SELECT id FROM ${table} ${where} ORDER BY position, id`, groupColumn ? [groupValue] : []).map((row) => String(row.id));
}

export function rowExists(db: Database, table: TableName, id: string): boolean {
  return selectOne(db, `SELECT 1 AS found FROM ${table} WHERE id = ?`, [id]) !== undefined;
}

export function columnOf(db: Database, table: TableName, column: string, id: string): string | null {
  const row = selectOne(db, `SELECT ${column} AS value FROM ${table} WHERE id = ?`, [id]);
  return row && row.value !== null ? String(row.value) : null;
}
