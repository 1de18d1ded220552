import { describe, expect, it } from 'vitest';
import type { PlanEngine } from '../../../shared/engine/engine';
import { engineWithPlan } from '../helpers';

async function orgChart(engine: PlanEngine) {
  const area = await engine.call('unit.create', { name: 'Área de Cultura', kind: 'political' });
  const biblioteca = await engine.call('unit.create', { name: 'Biblioteca', parentId: area.id });
  const teatro = await engine.call('unit.create', { name: 'Teatro', parentId: area.id });
  const deportes = await engine.call('unit.create', { name: 'Deportes' });
  return { area, biblioteca, teatro, deportes };
}

const names = async (engine: PlanEngine, parentId: string | null) =>
  (await engine.call('inventory.get')).units
    .filter((unit) => unit.parentId === parentId)
    .sort((a, b) => a.position - b.position)
    .map((unit) => unit.name);

describe('organisation units', () => {
  it('creates a tree in order, with the kind and defaults', async () => {
    const { engine } = await engineWithPlan();
    const { area } = await orgChart(engine);
    expect(area).toMatchObject({ kind: 'political', parentId: null, contact: '', responsibleId: null });
    expect(await names(engine, null)).toEqual(['Área de Cultura', 'Deportes']);
    expect(await names(engine, area.id)).toEqual(['Biblioteca', 'Teatro']);
    expect((await engine.call('plan.info')).counts.units).toBe(4);
  });

  it('moves a unit among its siblings and to another parent, renumbering both', async () => {
    const { engine } = await engineWithPlan();
    const { area, teatro, deportes } = await orgChart(engine);
    await engine.call('unit.move', { id: teatro.id, parentId: area.id, index: 0 });
    expect(await names(engine, area.id)).toEqual(['Teatro', 'Biblioteca']);
    await engine.call('unit.move', { id: teatro.id, parentId: deportes.id, index: 5 });
    expect(await names(engine, area.id)).toEqual(['Biblioteca']);
    expect(await names(engine, deportes.id)).toEqual(['Teatro']);
    await engine.call('history.undo');
    expect(await names(engine, area.id)).toEqual(['Teatro', 'Biblioteca']);
  });

  it('refuses to put a unit inside itself or its own sub-units', async () => {
    const { engine } = await engineWithPlan();
    const { area, biblioteca } = await orgChart(engine);
    expect(await engine.dispatch('unit.move', { id: area.id, parentId: biblioteca.id, index: 0 })).toMatchObject({ ok: false, error: { code: 'UNIT_MOVE_CYCLE' } });
    expect(await engine.dispatch('unit.move', { id: area.id, parentId: area.id, index: 0 })).toMatchObject({ ok: false, error: { code: 'UNIT_MOVE_CYCLE' } });
    expect(await names(engine, area.id)).toEqual(['Biblioteca', 'Teatro']);
  });

  it('deleting a unit moves its sub-units up and its accounts and people where the user said; undo restores all', async () => {
    const { engine } = await engineWithPlan();
    const { area, biblioteca, deportes } = await orgChart(engine);
    const account = await engine.call('account.create', { platform: 'instagram', handle: '@cultura', unitId: area.id });
    const person = await engine.call('person.create', { name: 'Marta Gil', unitId: area.id });
    const before = await engine.call('inventory.get');
    await engine.call('unit.delete', { id: area.id, moveAccountsTo: deportes.id });
    const after = await engine.call('inventory.get');
    expect(after.units.find((unit) => unit.id === area.id)).toBeUndefined();
    expect(after.units.find((unit) => unit.id === biblioteca.id)?.parentId).toBeNull();
    expect(await names(engine, null)).toEqual(['Deportes', 'Biblioteca', 'Teatro']);
    expect(after.accounts.find((candidate) => candidate.id === account.id)?.unitId).toBe(deportes.id);
    expect(after.people.find((candidate) => candidate.id === person.id)?.unitId).toBe(deportes.id);
    await engine.call('history.undo');
    expect(await engine.call('inventory.get')).toEqual(before);
  });

  it('deleting with no destination leaves the accounts without a unit (and the audit says so)', async () => {
    const { engine } = await engineWithPlan();
    const { deportes } = await orgChart(engine);
    await engine.call('account.create', { platform: 'x', handle: '@deportes', unitId: deportes.id });
    await engine.call('unit.delete', { id: deportes.id, moveAccountsTo: null });
    const inventory = await engine.call('inventory.get');
    expect(inventory.accounts[0]!.unitId).toBeNull();
    expect(inventory.findings.map((finding) => finding.code)).toContain('NO_UNIT');
  });

  it('refuses references to things that do not exist, changing nothing', async () => {
    const { engine } = await engineWithPlan();
    const ghost = '99999999-9999-4999-8999-999999999999';
    for (const [call, input] of [
      ['unit.create', { name: 'X', parentId: ghost }],
      ['unit.update', { id: ghost, name: 'X' }],
      ['account.create', { platform: 'x', unitId: ghost }],
      ['account.create', { platform: 'x', peopleIds: [ghost] }],
      ['person.delete', { id: ghost }],
      ['accounts.bulkUpdate', { ids: [ghost], status: 'closed' }],
    ] as const) {
      expect(await engine.dispatch(call, input), call).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    }
    expect((await engine.call('plan.state')).meta.revision).toBe(0);
  });
});

describe('people and accounts', () => {
  it('an address fills in the network and the handle', async () => {
    const { engine } = await engineWithPlan();
    const account = await engine.call('account.create', { platform: 'other', url: 'https://www.instagram.com/turismo.villanueva/' });
    expect(account).toMatchObject({ platform: 'instagram', handle: '@turismo.villanueva', url: 'https://www.instagram.com/turismo.villanueva' });
  });

  it('refuses addresses that are not web addresses and values out of range', async () => {
    const { engine } = await engineWithPlan();
    for (const input of [
      { platform: 'x', url: 'javascript:alert(1)' },
      { platform: 'x', followers: -1 },
      { platform: 'x', followers: 1.5 },
      { platform: 'x', lastPostOn: '31/12/2026' },
      { platform: 'myspace' },
      { platform: 'x', password: 'secreto' },
    ]) {
      expect((await engine.dispatch('account.create', input)).ok, JSON.stringify(input)).toBe(false);
    }
    expect((await engine.call('inventory.get')).accounts).toEqual([]);
  });

  it('keeps the people who run an account, and deleting a person clears every reference in one undo step', async () => {
    const { engine } = await engineWithPlan();
    const { deportes } = await orgChart(engine);
    const ana = await engine.call('person.create', { name: 'Ana Ruiz', email: 'ana@villanueva.example' });
    const luis = await engine.call('person.create', { name: 'Luis Mora' });
    await engine.call('unit.update', { id: deportes.id, responsibleId: ana.id });
    const account = await engine.call('account.create', { platform: 'x', handle: '@deportes', peopleIds: [ana.id, luis.id], credentialsHolderId: ana.id });
    expect(account.peopleIds).toEqual([ana.id, luis.id]);
    const before = await engine.call('inventory.get');
    await engine.call('person.delete', { id: ana.id });
    const after = await engine.call('inventory.get');
    expect(after.accounts[0]).toMatchObject({ peopleIds: [luis.id], credentialsHolderId: null });
    expect(after.units.find((unit) => unit.id === deportes.id)?.responsibleId).toBeNull();
    await engine.call('history.undo');
    expect(await engine.call('inventory.get')).toEqual(before);
  });

  it('refuses a malformed e-mail for a person', async () => {
    const { engine } = await engineWithPlan();
    expect((await engine.dispatch('person.create', { name: 'X', email: 'no-es-un-correo' })).ok).toBe(false);
  });

  it('bulk changes many accounts in one undo step', async () => {
    const { engine } = await engineWithPlan();
    const { deportes } = await orgChart(engine);
    const luis = await engine.call('person.create', { name: 'Luis Mora' });
    const ids: string[] = [];
    for (const handle of ['@a', '@b', '@c']) ids.push((await engine.call('account.create', { platform: 'x', handle })).id);
    await engine.call('accounts.bulkUpdate', { ids: ids.slice(0, 2), unitId: deportes.id, status: 'to_close', addPeopleIds: [luis.id] });
    const accounts = (await engine.call('inventory.get')).accounts;
    const changed = accounts.filter((account) => account.unitId === deportes.id);
    expect(changed.map((account) => [account.status, account.peopleIds])).toEqual([
      ['to_close', [luis.id]],
      ['to_close', [luis.id]],
    ]);
    await engine.call('accounts.bulkUpdate', { ids, removePeopleIds: [luis.id] });
    expect((await engine.call('inventory.get')).accounts.every((account) => account.peopleIds.length === 0)).toBe(true);
    await engine.call('history.undo');
    await engine.call('history.undo');
    expect((await engine.call('inventory.get')).accounts.every((account) => account.unitId === null && account.status === 'active')).toBe(true);
  });

  it('deletes accounts with their links, and the counts and findings follow', async () => {
    const { engine } = await engineWithPlan();
    const luis = await engine.call('person.create', { name: 'Luis Mora' });
    const a = await engine.call('account.create', { platform: 'x', handle: '@a', peopleIds: [luis.id] });
    await engine.call('account.create', { platform: 'x', handle: '@A' });
    expect((await engine.call('plan.info')).counts).toMatchObject({ accounts: 2, people: 1 });
    expect((await engine.call('audit.findings')).map((finding) => finding.code)).toContain('DUPLICATE');
    await engine.call('accounts.delete', { ids: [a.id] });
    expect((await engine.call('plan.info')).counts.accounts).toBe(1);
    expect((await engine.call('audit.findings')).map((finding) => finding.code)).not.toContain('DUPLICATE');
  });

  it('the dormant threshold is a setting of the plan, undoable', async () => {
    const { engine } = await engineWithPlan();
    expect((await engine.call('inventory.get')).settings).toEqual({ dormantAfterDays: 90 });
    await engine.call('audit.updateSettings', { dormantAfterDays: 30 });
    expect((await engine.call('inventory.get')).settings.dormantAfterDays).toBe(30);
    expect((await engine.dispatch('audit.updateSettings', { dormantAfterDays: 0 })).ok).toBe(false);
    await engine.call('history.undo');
    expect((await engine.call('inventory.get')).settings.dormantAfterDays).toBe(90);
  });

  it('a saved inventory reopens identical', async () => {
    const { engine, SQL } = await engineWithPlan();
    await orgChart(engine);
    const ana = await engine.call('person.create', { name: 'Ana Ruiz' });
    await engine.call('account.create', {
      platform: 'facebook', handle: 'BibliotecaVillanueva', displayName: 'Biblioteca', followers: 12345, postsPerWeek: 2.5,
      lastPostOn: '2026-10-01', verified: true, twoFactor: false, recoveryEmailCorporate: null, languages: ['es', 'va'],
      purpose: 'citizen_service', notes: 'Línea 1\nLínea 2', peopleIds: [ana.id], credentialsHolderId: ana.id, openedOn: '2015-04-28',
    });
    const bytes = (await engine.call('plan.export')).bytes;
    const { PlanEngine } = await import('../../../shared/engine/engine');
    const other = new PlanEngine({ SQL });
    await other.call('plan.open', { bytes });
    expect(await other.call('inventory.get')).toEqual(await engine.call('inventory.get'));
  });
});
