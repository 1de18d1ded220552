import type { Database, SqlJsStatic } from 'sql.js';
import { APPLICATION_ID } from './format';
import { MIGRATIONS } from './migrations';
import { run, selectAll } from './sql';

export interface SchemaEntry {
  type: string;
  name: string;
  tbl_name: string;
  sql: string | null;
}

/** Brings a database from its current format up to `target`, one numbered step at a time. */
export function migrate(db: Database, from: number, target: number): void {
  for (const migration of MIGRATIONS) {
    if (migration.version <= from || migration.version > target) continue;
    db.run('BEGIN IMMEDIATE');
    try {
      for (const statement of migration.statements) run(db, statement);
      db.run(`PRAGMA user_version = ${migration.version}`);
      db.run('COMMIT');
    } catch (error) {
      db.run('ROLLBACK');
      throw error;
    }
  }
}

/** A fresh, empty database in Rumbo's format `version` (the latest by default). */
export function createEmptyDatabase(SQL: SqlJsStatic, version = MIGRATIONS[MIGRATIONS.length - 1]!.version): Database {
  const db = new SQL.Database();
  db.run(`PRAGMA application_id = ${APPLICATION_ID}`);
  applySessionPragmas(db);
  migrate(db, 0, version);
  return db;
}

/** Settings that are not stored in the file and must be set on every open. */
export function applySessionPragmas(db: Database): void {
  db.run('PRAGMA foreign_keys = ON');
  // Deleted text is overwritten, so it does not travel inside a plan that is e-mailed.
  db.run('PRAGMA secure_delete = ON');
  db.run('PRAGMA trusted_schema = OFF');
}

export function readSchema(db: Database): SchemaEntry[] {
  return selectAll(db, `SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name`) as unknown as SchemaEntry[];
}

const expectedSchemas = new Map<number, SchemaEntry[]>();

/** The exact sqlite_master that Rumbo's own migrations produce for a format version. */
export function expectedSchema(SQL: SqlJsStatic, version: number): SchemaEntry[] {
  let schema = expectedSchemas.get(version);
  if (!schema) {
    const db = createEmptyDatabase(SQL, version);
    try {
      schema = readSchema(db);
    } finally {
      db.close();
    }
    expectedSchemas.set(version, schema);
  }
  return schema;
}

/** Names of what differs between a file's schema and ours: foreign objects, missing ones, altered ones. */
export function schemaDifferences(actual: SchemaEntry[], expected: SchemaEntry[]): string[] {
  const key = (entry: SchemaEntry) => `${entry.type} ${entry.name}`;
  const expectedByKey = new Map(expected.map((entry) => [key(entry), entry]));
  const actualByKey = new Map(actual.map((entry) => [key(entry), entry]));
  const differences: string[] = [];
  for (const entry of actual) {
    const ours = expectedByKey.get(key(entry));
    if (!ours) differences.push(`+${key(entry)}`);
    else if (ours.sql !== entry.sql || ours.tbl_name !== entry.tbl_name) differences.push(`~${key(entry)}`);
  }
  for (const entry of expected) if (!actualByKey.has(key(entry))) differences.push(`-${key(entry)}`);
  return differences;
}
