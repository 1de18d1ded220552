import { describe, expect, it } from 'vitest';
import { PlanEngine } from '../../../shared/engine/engine';
import { FORMAT_VERSION } from '../../../shared/db/format';
import { createEmptyDatabase } from '../../../shared/db/schema';
import { openPlanBytes } from '../../../shared/db/open';
import { engineWithPlan, planBytes, sqlJs } from '../helpers';

describe('plan engine', () => {
  it('creates a plan with sensible defaults in the chosen language', async () => {
    const SQL = await sqlJs();
    const engine = new PlanEngine({ SQL, author: 'Luis', clock: () => new Date('2026-03-10T10:00:00Z') });
    const state = await engine.call('plan.create', { institutionName: '  Universidad de Ejemplo ', institutionType: 'university', language: 'en' });
    expect(state.info).toMatchObject({
      institution: { name: 'Universidad de Ejemplo', type: 'university' },
      plan: { title: 'Social media presence plan', period: '2026-01-01/2027-12-31', status: 'draft', revision: 0, language: 'en' },
      counts: { units: 0, accounts: 0 },
    });
    expect(state.meta.formatVersion).toBe(FORMAT_VERSION);
    expect((await engine.call('institution.get')).authors).toEqual(['Luis']);
  });

  it('stamps records with the author and time of the change', async () => {
    const SQL = await sqlJs();
    let now = new Date('2026-03-10T10:00:00Z');
    const engine = new PlanEngine({ SQL, author: 'Luis', clock: () => now });
    await engine.call('plan.create', { institutionName: 'X' });
    now = new Date('2026-03-11T09:30:00Z');
    await engine.call('session.configure', { author: 'Marta', lang: 'es' });
    await engine.call('institution.update', { contact: 'prensa@x.es' });
    const profile = await engine.call('institution.get');
    expect([profile.updatedBy, profile.updatedAt]).toEqual(['Marta', '2026-03-11T09:30:00.000Z']);
  });

  it('answers bad input from elsewhere with a plain message and changes nothing', async () => {
    const { engine } = await engineWithPlan('Sin cambios');
    const unknown = await engine.dispatch('plan.destroy', {});
    expect(unknown).toMatchObject({ ok: false, error: { code: 'INPUT_INVALID' } });
    const wrongType = await engine.dispatch('institution.update', { name: 42 });
    expect(wrongType).toMatchObject({ ok: false, error: { code: 'INPUT_INVALID' } });
    const extraField = await engine.dispatch('institution.update', { name: 'Y', password: 'x' });
    expect(extraField.ok).toBe(false);
    const emptyName = await engine.dispatch('institution.update', { name: '   ' });
    expect(emptyName.ok).toBe(false);
    const backwards = await engine.dispatch('institution.update', { periodStart: '2030-01-01', periodEnd: '2029-01-01' });
    expect(backwards).toMatchObject({ ok: false, error: { code: 'INPUT_INVALID' } });
    if (!backwards.ok) expect(backwards.error.message).toMatch(/periodo/);
    const badDate = await engine.dispatch('institution.update', { periodStart: '2026-02-30' });
    expect(badDate.ok).toBe(false);
    const notImage = await engine.dispatch('institution.update', { logo: { mime: 'image/png', bytes: new TextEncoder().encode('<svg onload=alert(1)>') } });
    expect(notImage).toMatchObject({ ok: false, error: { code: 'LOGO_INVALID' } });
    expect((await engine.call('institution.get')).name).toBe('Sin cambios');
    expect((await engine.call('plan.state')).meta.revision).toBe(0);
    for (const outcome of [unknown, wrongType, extraField, emptyName, backwards, notImage]) {
      if (!outcome.ok) expect(JSON.stringify(outcome.error)).not.toMatch(/at .*\.ts|Error:/);
    }
  });

  it('says so when no plan is open', async () => {
    const engine = new PlanEngine({ SQL: await sqlJs(), lang: 'en' });
    const outcome = await engine.dispatch('institution.get', undefined);
    expect(outcome).toEqual({ ok: false, error: { code: 'PLAN_NOT_OPEN', params: {}, message: 'No plan is open.' } });
  });

  it('refuses every change to a plan opened read-only', async () => {
    const SQL = await sqlJs();
    const engine = new PlanEngine({ SQL });
    await engine.call('plan.open', { bytes: await planBytes('Bloqueado'), forceReadOnly: true });
    const outcome = await engine.dispatch('institution.update', { name: 'Otro' });
    expect(outcome).toMatchObject({ ok: false, error: { code: 'PLAN_READ_ONLY' } });
    expect((await engine.dispatch('history.undo', undefined)).ok).toBe(false);
    expect((await engine.call('institution.get')).name).toBe('Bloqueado');
  });

  it('exports bytes that reopen to the same plan, with a matching SHA-256', async () => {
    const { engine, SQL } = await engineWithPlan('Ida y vuelta');
    await engine.call('institution.update', { authors: ['Ana', 'Luis'], contact: 'prensa@ayto.es' });
    const exported = await engine.call('plan.export');
    const digest = Buffer.from(await crypto.subtle.digest('SHA-256', exported.bytes as Uint8Array<ArrayBuffer>)).toString('hex');
    expect(exported.sha256).toBe(digest);
    const other = new PlanEngine({ SQL });
    await other.call('plan.open', { bytes: exported.bytes });
    expect(await other.call('institution.get')).toEqual(await engine.call('institution.get'));
  });

  it('wipes deleted text so it does not travel inside a file that is e-mailed', async () => {
    const { engine } = await engineWithPlan();
    await engine.call('institution.update', { contact: 'SECRETO-telefono-personal-600123456' });
    await engine.call('institution.update', { contact: 'prensa@ayto.es' });
    const bytes = (await engine.call('plan.export')).bytes;
    expect(Buffer.from(bytes).includes(Buffer.from('SECRETO-telefono'))).toBe(false);
    expect(Buffer.from(bytes).includes(Buffer.from('prensa@ayto.es'))).toBe(true);
  });

  it('wipes deleted rows in new and in reopened plans alike', async () => {
    const SQL = await sqlJs();
    const stamps = "'2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z', 'a', 'a'";
    const secretRow = (secret: string) =>
      `INSERT INTO org_unit (id, name, created_at, updated_at, created_by, updated_by) VALUES ('44444444-4444-4444-8444-444444444444', '${secret}', ${stamps})`;
    const fresh = createEmptyDatabase(SQL);
    fresh.run(secretRow('BORRADO-unidad-secreta-uno'));
    fresh.run('DELETE FROM org_unit');
    expect(Buffer.from(fresh.export()).includes(Buffer.from('BORRADO-unidad'))).toBe(false);
    fresh.close();
    const reopened = openPlanBytes(SQL, await planBytes()).db;
    reopened.run(secretRow('BORRADO-unidad-secreta-dos'));
    reopened.run('DELETE FROM org_unit');
    expect(Buffer.from(reopened.export()).includes(Buffer.from('BORRADO-unidad'))).toBe(false);
    reopened.close();
  });

  it('keeps pragmas and an open plan intact across repeated exports', async () => {
    const { engine } = await engineWithPlan();
    for (let i = 0; i < 3; i++) {
      await engine.call('plan.export');
      await engine.call('institution.update', { contact: `c${i}` });
    }
    const again = await engine.call('plan.export');
    expect(again.revision).toBe(3);
  });
});
