import type { Database, SqlValue as SqlJsValue } from 'sql.js';
import type { Row, SqlValue } from './tables';

/** Runs a query and returns plain row objects. */
export function selectAll(db: Database, sql: string, params: SqlValue[] = []): Row[] {
  const statement = db.prepare(sql);
  try {
    statement.bind(params as SqlJsValue[]);
    const rows: Row[] = [];
    while (statement.step()) rows.push(statement.getAsObject() as Row);
    return rows;
  } finally {
    statement.free();
  }
}

export function selectOne(db: Database, sql: string, params: SqlValue[] = []): Row | undefined {
  return selectAll(db, sql, params)[0];
}

export function selectValue(db: Database, sql: string, params: SqlValue[] = []): SqlValue | undefined {
  const row = selectOne(db, sql, params);
  return row ? Object.values(row)[0] : undefined;
}

export function run(db: Database, sql: string, params: SqlValue[] = []): void {
  db.run(sql, params as SqlJsValue[]);
}

/** Runs `work` inside a transaction; anything thrown rolls every statement back. */
export function inTransaction<T>(db: Database, work: () => T): T {
  db.run('BEGIN IMMEDIATE');
  try {
    const result = work();
    db.run('COMMIT');
    return result;
  } catch (error) {
    db.run('ROLLBACK');
    throw error;
  }
}
