import { describe, expect, it } from 'vitest';
import { createEmptyDatabase, migrate } from '../../../shared/db/schema';
import { selectAll, selectValue } from '../../../shared/db/sql';
import { sqlJs } from '../helpers';

describe('migration 005 (format 4 → 5)', () => {
  it('adds empty snapshot and change-history tables, leaving format-4 data alone', async () => {
    const SQL = await sqlJs();
    const four = createEmptyDatabase(SQL, 4);
    four.run(
      "INSERT INTO swot_item (id, quadrant, text, created_at, updated_at, created_by, updated_by) VALUES ('6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b', 'weakness', 'Sin objetivos', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z', 'Ana', 'Ana')",
    );
    migrate(four, 4, 5);
    expect(selectValue(four, 'PRAGMA user_version')).toBe(5);
    expect(selectValue(four, 'SELECT count(*) FROM plan_snapshot')).toBe(0);
    expect(selectValue(four, 'SELECT count(*) FROM change_log')).toBe(0);
    expect(selectValue(four, 'SELECT text FROM swot_item')).toBe('Sin objetivos');
    const indexes = selectAll(four, "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'change_log' AND sql IS NOT NULL ORDER BY name");
    expect(indexes.map((row) => row.name)).toEqual(['change_log_at', 'change_log_record']);
    four.close();
  });

  it('refuses snapshots of an unknown kind and history lines whose field list is not a JSON array', async () => {
    const SQL = await sqlJs();
    const db = createEmptyDatabase(SQL, 5);
    expect(() => db.run("INSERT INTO plan_snapshot (id, kind, revision, data, created_at, created_by) VALUES ('s', 'draft', 1, x'00', '', '')")).toThrow(/CHECK/);
    expect(() => db.run("INSERT INTO change_log (id, at, author, action, fields) VALUES ('l', '', '', 'x', '{}')")).toThrow(/CHECK/);
    expect(() => db.run("INSERT INTO change_log (id, at, author, action, kind) VALUES ('l', '', '', 'x', 'renamed')")).toThrow(/CHECK/);
    db.close();
  });
});
