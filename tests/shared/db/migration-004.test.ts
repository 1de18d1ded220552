import { describe, expect, it } from 'vitest';
import { createEmptyDatabase, migrate } from '../../../shared/db/schema';
import { selectAll, selectValue } from '../../../shared/db/sql';
import { PLAN_TEXT_KEYS } from '../../../shared/model/document';
import { sqlJs } from '../helpers';

describe('migration 004 (format 3 → 4)', () => {
  it('adds one document-settings row, an empty version history and one row per planner text, leaving format-3 data alone', async () => {
    const SQL = await sqlJs();
    const three = createEmptyDatabase(SQL, 3);
    three.run(
      "INSERT INTO swot_item (id, quadrant, text, created_at, updated_at, created_by, updated_by) VALUES ('6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b', 'weakness', 'Sin objetivos', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z', 'Ana', 'Ana')",
    );
    migrate(three, 3, 4);
    expect(selectValue(three, 'PRAGMA user_version')).toBe(4);
    expect(selectValue(three, 'SELECT count(*) FROM document_settings')).toBe(1);
    expect(selectValue(three, 'SELECT draft_marking FROM document_settings')).toBe('auto');
    expect(selectValue(three, 'SELECT count(*) FROM document_version')).toBe(0);
    const keys = selectAll(three, 'SELECT key, body FROM plan_text ORDER BY key');
    expect(keys.map((row) => row.key)).toEqual([...PLAN_TEXT_KEYS].sort());
    expect(keys.every((row) => row.body === '')).toBe(true);
    expect(selectValue(three, 'SELECT text FROM swot_item')).toBe('Sin objetivos');
    expect(() => three.run("INSERT INTO plan_text (id, key, created_at, updated_at, created_by, updated_by) VALUES ('x', 'presentation', '', '', '', '')")).toThrow(/UNIQUE/);
    three.close();
  });
});
