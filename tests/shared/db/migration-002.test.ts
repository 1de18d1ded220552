import { describe, expect, it } from 'vitest';
import { createEmptyDatabase, migrate } from '../../../shared/db/schema';
import { openPlanBytes } from '../../../shared/db/open';
import { FORMAT_VERSION } from '../../../shared/db/format';
import { selectAll, selectValue } from '../../../shared/db/sql';
import { PlanEngine } from '../../../shared/engine/engine';
import { sqlJs } from '../helpers';

const STAMPS = "'2025-01-01T00:00:00Z', '2025-01-01T00:00:00Z', 'ana', 'ana'";
const UNIT_A = '11111111-1111-4111-8111-111111111111';
const UNIT_B = '22222222-2222-4222-8222-222222222222';

/** A plan in format 1, as Rumbo 0.1 wrote it, with the data that migration 002 must carry over. */
async function formatOnePlan(): Promise<Uint8Array> {
  const SQL = await sqlJs();
  const db = createEmptyDatabase(SQL, 1);
  db.run(`INSERT INTO plan_meta (id, revision, app_version, created_at, updated_at, created_by, updated_by) VALUES ('33333333-3333-4333-8333-333333333333', 7, '0.1.0', ${STAMPS})`);
  db.run(`INSERT INTO institution (id, name, type, period_start, period_end, created_at, updated_at, created_by, updated_by)
          VALUES ('44444444-4444-4444-8444-444444444444', 'Ayuntamiento de Antes', 'town_council', '2025-01-01', '2026-12-31', ${STAMPS})`);
  db.run(`INSERT INTO org_unit (id, name, kind, responsible, contact, created_at, updated_at, created_by, updated_by) VALUES ('${UNIT_A}', 'Cultura', 'political', '  Marta Gil ', 'cultura@antes.example', ${STAMPS})`);
  db.run(`INSERT INTO org_unit (id, parent_id, name, responsible, created_at, updated_at, created_by, updated_by) VALUES ('${UNIT_B}', '${UNIT_A}', 'Biblioteca', '', ${STAMPS})`);
  db.run(`INSERT INTO account (id, platform, handle, unit_id, status, created_at, updated_at, created_by, updated_by) VALUES ('55555555-5555-4555-8555-555555555555', 'instagram', '@cultura', '${UNIT_A}', 'dormant', ${STAMPS})`);
  db.run(`INSERT INTO account (id, platform, handle, created_at, updated_at, created_by, updated_by) VALUES ('66666666-6666-4666-8666-666666666666', 'Myspace', 'viejo', ${STAMPS})`);
  const bytes = db.export();
  db.close();
  return bytes;
}

describe('migration 002 (format 1 → 2)', () => {
  it('opens a format-1 plan and carries every record over', async () => {
    const SQL = await sqlJs();
    const opened = openPlanBytes(SQL, await formatOnePlan());
    expect(opened.fileFormat).toBe(1);
    expect(selectValue(opened.db, 'PRAGMA user_version')).toBe(FORMAT_VERSION);
    opened.db.close();

    const engine = new PlanEngine({ SQL, clock: () => new Date('2026-11-28T10:00:00Z') });
    await engine.call('plan.open', { bytes: await formatOnePlan() });
    const inventory = await engine.call('inventory.get');
    expect(inventory.units.map((unit) => [unit.name, unit.contact])).toEqual([
      ['Biblioteca', ''],
      ['Cultura', 'cultura@antes.example'],
    ]);
    expect(inventory.accounts.map((account) => [account.platform, account.handle, account.status, account.unitId])).toEqual([
      ['instagram', '@cultura', 'dormant', UNIT_A],
      ['other', 'viejo', 'active', null],
    ]);
    expect(inventory.settings.dormantAfterDays).toBe(90);
    expect((await engine.call('plan.state')).meta.revision).toBe(7);
  });

  it("turns a unit's free-text responsible into a person of the directory, linked to the unit", async () => {
    const SQL = await sqlJs();
    const engine = new PlanEngine({ SQL });
    await engine.call('plan.open', { bytes: await formatOnePlan() });
    const { people, units } = await engine.call('inventory.get');
    expect(people).toHaveLength(1);
    expect(people[0]).toMatchObject({ name: 'Marta Gil', unitId: UNIT_A });
    expect(people[0]!.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(units.find((unit) => unit.id === UNIT_A)?.responsibleId).toBe(people[0]!.id);
    expect(units.find((unit) => unit.id === UNIT_B)?.responsibleId).toBeNull();
  });

  it('a migrated plan saves and reopens as a sound plan of the current format', async () => {
    const SQL = await sqlJs();
    const engine = new PlanEngine({ SQL });
    await engine.call('plan.open', { bytes: await formatOnePlan() });
    const bytes = (await engine.call('plan.export')).bytes;
    const reopened = openPlanBytes(SQL, bytes);
    expect(reopened.fileFormat).toBe(FORMAT_VERSION);
    expect(selectAll(reopened.db, 'PRAGMA foreign_key_check')).toEqual([]);
    reopened.db.close();
  });

  it('produces the same schema as a plan created in format 2', async () => {
    const SQL = await sqlJs();
    const migrated = createEmptyDatabase(SQL, 1);
    migrate(migrated, 1, 2);
    const fresh = createEmptyDatabase(SQL, 2);
    const schema = (db: typeof fresh) => selectAll(db, 'SELECT type, name, sql FROM sqlite_master ORDER BY type, name');
    expect(schema(migrated)).toEqual(schema(fresh));
    migrated.close();
    fresh.close();
  });
});
