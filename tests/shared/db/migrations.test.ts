import { describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../../shared/db/migrations';
import { APPLICATION_ID, FORMAT_VERSION } from '../../../shared/db/format';
import { createEmptyDatabase, migrate } from '../../../shared/db/schema';
import { selectAll, selectValue } from '../../../shared/db/sql';
import { TABLE_COLUMNS } from '../../../shared/db/tables';
import { sqlJs } from '../helpers';

describe('migrations', () => {
  it('are numbered 1, 2, 3… without gaps, and the last one is the format this build writes', () => {
    expect(MIGRATIONS.map((migration) => migration.version)).toEqual(MIGRATIONS.map((_, index) => index + 1));
    expect(FORMAT_VERSION).toBe(MIGRATIONS.length);
  });

  it('001 creates the format-1 tables and stamps the file as ours', async () => {
    const SQL = await sqlJs();
    const db = createEmptyDatabase(SQL, 1);
    expect(selectValue(db, 'PRAGMA user_version')).toBe(1);
    expect(selectValue(db, 'PRAGMA application_id')).toBe(APPLICATION_ID);
    const tables = selectAll(db, "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").map((row) => row.name);
    expect(tables).toEqual(['account', 'institution', 'org_unit', 'plan_meta']);
    db.close();
  });

  it('001 rejects values outside the allowed lists', async () => {
    const SQL = await sqlJs();
    const db = createEmptyDatabase(SQL, 1);
    const stamps = "'2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z', 'a', 'a'";
    expect(() => db.run(`INSERT INTO org_unit (id, name, kind, created_at, updated_at, created_by, updated_by) VALUES ('u', 'X', 'party', ${stamps})`)).toThrow();
    expect(() => db.run(`INSERT INTO account (id, platform, status, created_at, updated_at, created_by, updated_by) VALUES ('a', 'x', 'lost', ${stamps})`)).toThrow();
    expect(() => db.run(`INSERT INTO account (id, platform, unit_id, created_at, updated_at, created_by, updated_by) VALUES ('a', 'x', 'nowhere', ${stamps})`)).toThrow(/FOREIGN KEY/);
    db.close();
  });

  it('running the migrations again from the current version changes nothing', async () => {
    const SQL = await sqlJs();
    const db = createEmptyDatabase(SQL);
    const before = selectAll(db, 'SELECT sql FROM sqlite_master ORDER BY name');
    migrate(db, FORMAT_VERSION, FORMAT_VERSION);
    expect(selectAll(db, 'SELECT sql FROM sqlite_master ORDER BY name')).toEqual(before);
    db.close();
  });

  it('the change recorder knows every column of every table, in the database order', async () => {
    const SQL = await sqlJs();
    const db = createEmptyDatabase(SQL);
    for (const [table, columns] of Object.entries(TABLE_COLUMNS)) {
      const actual = selectAll(db, `PRAGMA table_info(${table})`).map((row) => row.name);
      expect(actual, table).toEqual([...columns]);
    }
    db.close();
  });
});

describe('references between records', () => {
  it('REFERENCES lists exactly the foreign keys of the schema', async () => {
    const { REFERENCES } = await import('../../../shared/db/tables');
    const SQL = await sqlJs();
    const db = createEmptyDatabase(SQL);
    const actual = Object.keys(TABLE_COLUMNS).flatMap((table) =>
      selectAll(db, `PRAGMA foreign_key_list(${table})`).map((row) => `${table}.${String(row.from)} → ${String(row.table)}`),
    );
    expect(REFERENCES.map((reference) => `${reference.table}.${reference.column} → ${reference.target}`).sort()).toEqual(actual.sort());
    db.close();
  });
});
