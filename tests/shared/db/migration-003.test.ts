import { describe, expect, it } from 'vitest';
import { createEmptyDatabase, migrate } from '../../../shared/db/schema';
import { selectAll, selectValue } from '../../../shared/db/sql';
import { PlanEngine } from '../../../shared/engine/engine';
import { sqlJs } from '../helpers';

describe('migration 003 (format 2 → 3)', () => {
  it('adds the action-plan tables and one resource-settings row, leaving format-2 data alone', async () => {
    const SQL = await sqlJs();
    const engine = new PlanEngine({ SQL });
    await engine.call('plan.create', { institutionName: 'Ayuntamiento de Antes' });
    await engine.call('unit.create', { name: 'Cultura' });
    const bytes = (await engine.call('plan.export')).bytes;

    // Take the plan back to format 2 by rebuilding its data in a format-2 database.
    const two = createEmptyDatabase(SQL, 2);
    const source = new SQL.Database(bytes);
    for (const table of ['plan_meta', 'institution', 'org_unit', 'audit_settings']) {
      if (table === 'audit_settings') two.run('DELETE FROM audit_settings');
      for (const row of selectAll(source, `SELECT * FROM ${table}`)) {
        const columns = Object.keys(row);
        two.run(`INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`, Object.values(row) as never);
      }
    }
    source.close();
    expect(selectValue(two, 'PRAGMA user_version')).toBe(2);
    migrate(two, 2, 3);
    expect(selectValue(two, 'PRAGMA user_version')).toBe(3);
    expect(selectValue(two, 'SELECT annual_hours FROM resource_settings')).toBe(1642);
    expect(selectValue(two, 'SELECT count(*) FROM resource_settings')).toBe(1);
    expect(selectValue(two, "SELECT name FROM org_unit")).toBe('Cultura');
    const tables = selectAll(two, "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").map((row) => row.name);
    expect(tables).toEqual(expect.arrayContaining(['swot_item', 'came_option', 'came_option_item', 'objective', 'objective_swot', 'kpi', 'strategy_line', 'strategy_line_objective', 'cost_role', 'tactic', 'tactic_account', 'resource_settings']));
    two.close();
  });
});
