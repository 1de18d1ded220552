import type { Database } from 'sql.js';
import { RumboError } from '../errors';
import { run, selectOne } from './sql';
import { TABLE_COLUMNS, type Row, type TableName } from './tables';

/** One row's state before and after a command; null means "did not exist". */
export interface RowChange {
  table: TableName;
  id: string;
  before: Row | null;
  after: Row | null;
}

export interface Stamp {
  author: string;
  now: string;
}

/**
 * Every write of a user command goes through here, so that the command's exact effect is
 * known: undo replays `before` images, redo replays `after` images, and later the change
 * history and merge read the same records.
 */
export class ChangeRecorder {
  readonly changes: RowChange[] = [];

  constructor(
    private readonly db: Database,
    readonly stamp: Stamp,
  ) {}

  insert(table: TableName, values: Row): Row {
    const row: Row = {
      ...values,
      created_at: this.stamp.now,
      updated_at: this.stamp.now,
      created_by: this.stamp.author,
      updated_by: this.stamp.author,
    };
    insertRow(this.db, table, row);
    const after = readRow(this.db, table, String(row.id));
    this.changes.push({ table, id: String(row.id), before: null, after });
    return after!;
  }

  update(table: TableName, id: string, patch: Row): Row {
    const before = readRow(this.db, table, id);
    if (!before) throw new RumboError('NOT_FOUND');
    const changed = Object.entries(patch).some(([column, value]) => !sameValue(before[column] ?? null, value));
    if (!changed) return before;
    const row: Row = { ...before, ...patch, updated_at: this.stamp.now, updated_by: this.stamp.author };
    writeRow(this.db, table, row);
    const after = readRow(this.db, table, id);
    this.changes.push({ table, id, before, after });
    return after!;
  }

  delete(table: TableName, id: string): void {
    const before = readRow(this.db, table, id);
    if (!before) throw new RumboError('NOT_FOUND');
    run(this.db, `DELETE FROM ${table} WHERE id = ?`, [id]);
    this.changes.push({ table, id, before, after: null });
  }
}

export function readRow(db: Database, table: TableName, id: string): Row | null {
  const columns = TABLE_COLUMNS[table].join(', ');
  return selectOne(db, `SELECT ${columns} FROM ${table} WHERE id = ?`, [id]) ?? null;
}

/** Inserts a new row with the columns given; the schema's defaults fill the rest. */
function insertRow(db: Database, table: TableName, row: Row): void {
  const columns = TABLE_COLUMNS[table].filter((column) => row[column] !== undefined);
  const placeholders = columns.map(() => '?').join(', ');
  run(db, `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${placeholders})`, columns.map((column) => row[column] ?? null));
}

/** Inserts or replaces the complete row (all columns of the table). */
export function writeRow(db: Database, table: TableName, row: Row): void {
  const columns = TABLE_COLUMNS[table];
  const values = columns.map((column) => row[column] ?? null);
  const placeholders = columns.map(() => '?').join(', ');
  const updates = columns.filter((column) => column !== 'id').map((column) => `${column} = excluded.${column}`).join(', ');
  run(db, `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${placeholders}) ON CONFLICT(id) DO UPDATE SET ${updates}`, values);
}

/**
 * Puts rows back to one side of a set of changes. Applied in reverse order for undo so that
 * children are removed before their parents and parents restored before their children.
 */
export function applyChanges(db: Database, changes: readonly RowChange[], side: 'before' | 'after'): void {
  const ordered = side === 'before' ? [...changes].reverse() : changes;
  for (const change of ordered) {
    const target = change[side];
    if (target) writeRow(db, change.table, target);
    else run(db, `DELETE FROM ${change.table} WHERE id = ?`, [change.id]);
  }
}

function sameValue(a: unknown, b: unknown): boolean {
  if (a instanceof Uint8Array && b instanceof Uint8Array) {
    return a.length === b.length && a.every((byte, index) => byte === b[index]);
  }
  return a === b;
}
