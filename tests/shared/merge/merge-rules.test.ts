import { describe, expect, it } from 'vitest';
import { openPlanBytes } from '../../../shared/db/open';
import { PlanEngine } from '../../../shared/engine/engine';
import { mergePlans, resolve, type DeleteConflict, type FieldConflict } from '../../../shared/merge/merge';
import { readSnapshot, type PlanSnapshot } from '../../../shared/merge/snapshot';
import { sqlJs } from '../helpers';

/** Copies of one plan edited through the real engine, as two colleagues would edit them. */
async function engineOn(bytes: Uint8Array, author: string): Promise<PlanEngine> {
  const engine = new PlanEngine({ SQL: await sqlJs(), author });
  await engine.call('plan.open', { bytes });
  return engine;
}

async function snapshot(engine: PlanEngine): Promise<PlanSnapshot> {
  const db = openPlanBytes(await sqlJs(), (await engine.call('plan.export')).bytes).db;
  try {
    return readSnapshot(db);
  } finally {
    db.close();
  }
}

async function basePlan() {
  const engine = new PlanEngine({ SQL: await sqlJs(), author: 'Base' });
  await engine.call('plan.create', { institutionName: 'Ayuntamiento de Villanueva' });
  const culture = await engine.call('unit.create', { name: 'Cultura' });
  const sports = await engine.call('unit.create', { name: 'Deportes' });
  const ana = await engine.call('person.create', { name: 'Ana Pérez', unitId: culture.id });
  const luis = await engine.call('person.create', { name: 'Luis Gil' });
  const account = await engine.call('account.create', { platform: 'instagram', handle: '@villanueva', unitId: culture.id, credentialsHolderId: ana.id, peopleIds: [ana.id], followers: 100 });
  const objective = await engine.call('objective.create', { statement: 'Responder en 24 horas' });
  const kpi = await engine.call('kpi.create', { objectiveId: objective.id, metric: 'custom', name: 'Tiempo de respuesta', baseline: 48 });
  const otherKpi = await engine.call('kpi.create', { objectiveId: objective.id, metric: 'custom', name: 'Quejas respondidas' });
  const bytes = (await engine.call('plan.export')).bytes;
  return { bytes, base: await snapshot(engine), ids: { culture: culture.id, sports: sports.id, ana: ana.id, luis: luis.id, account: account.id, objective: objective.id, kpi: kpi.id, otherKpi: otherKpi.id } };
}

type Ids = Awaited<ReturnType<typeof basePlan>>['ids'];

async function mergeOf(mineEdits: (engine: PlanEngine, ids: Ids) => Promise<unknown>, theirsEdits: (engine: PlanEngine, ids: Ids) => Promise<unknown>) {
  const { bytes, base, ids } = await basePlan();
  const mineEngine = await engineOn(bytes, 'Marta');
  await mineEdits(mineEngine, ids);
  const theirsEngine = await engineOn(bytes, 'Tomás');
  await theirsEdits(theirsEngine, ids);
  const mine = await snapshot(mineEngine);
  const theirs = await snapshot(theirsEngine);
  return { merge: mergePlans(base, mine, theirs), base, mine, theirs, ids };
}

describe('merge rules', () => {
  it('takes a change made on one side; the same change on both is no conflict; different changes of one field are', async () => {
    const { merge, ids } = await mergeOf(
      async (engine, { account }) => {
        await engine.call('account.update', { id: account, followers: 120, notes: 'Revisada' });
        await engine.call('institution.update', { contact: 'prensa@villanueva.es' });
      },
      async (engine, { account }) => {
        await engine.call('account.update', { id: account, followers: 150, notes: 'Revisada', handle: '@villanueva_ayto' });
      },
    );
    const account = merge.result.account.get(ids.account)!;
    expect([account.handle, account.notes, account.followers]).toEqual(['@villanueva_ayto', 'Revisada', 120]);
    expect([...merge.result.institution.values()][0]!.contact).toBe('prensa@villanueva.es');
    expect(merge.conflicts).toHaveLength(1);
    const conflict = merge.conflicts[0] as FieldConflict;
    expect(conflict).toMatchObject({ kind: 'field', cause: 'both_changed', table: 'account', recordId: ids.account, chosen: 'mine', inBase: true });
    expect(conflict.fields).toEqual([{ column: 'followers', base: 100, mine: 120, theirs: 150 }]);
    expect(resolve(merge, { [conflict.id]: 'theirs' }).account.get(ids.account)!.followers).toBe(150);
    expect(resolve(merge, {}, 'theirs').account.get(ids.account)!.followers).toBe(150);
    // Who did what: mine's contact, theirs' handle, and the notes both wrote.
    expect(merge.applied).toEqual(
      expect.arrayContaining([
        { from: 'mine', table: 'institution', id: expect.any(String), kind: 'changed' },
        { from: 'theirs', table: 'account', id: ids.account, kind: 'changed' },
        { from: 'mine', table: 'account', id: ids.account, kind: 'changed' },
      ]),
    );
  });

  it('a record deleted on one side and edited on the other is a conflict; keeping it brings back what went with it', async () => {
    const { merge, ids } = await mergeOf(
      (engine, { account }) => engine.call('accounts.delete', { ids: [account] }),
      (engine, { account }) => engine.call('account.update', { id: account, followers: 300 }),
    );
    expect(merge.result.account.has(ids.account)).toBe(false);
    expect(merge.result.account_person.size).toBe(0);
    const conflict = merge.conflicts[0] as DeleteConflict;
    expect(merge.conflicts).toHaveLength(1);
    expect(conflict).toMatchObject({ kind: 'delete', table: 'account', recordId: ids.account, deletedBy: 'mine', chosen: 'mine' });
    expect(conflict.uses).toEqual([{ table: 'account', id: ids.account, how: 'edited' }]);
    expect(conflict.kept.followers).toBe(300);
    const kept = resolve(merge, { [conflict.id]: 'theirs' });
    expect(kept.account.get(ids.account)!.followers).toBe(300);
    // The person who manages it comes back with it: mine deleted that link only because the account went.
    expect([...kept.account_person.values()].map((link) => [link.account_id, link.person_id])).toEqual([[ids.account, ids.ana]]);
  });

  it('a deletion the other side did not depend on just happens, the way the app deletes', async () => {
    const { merge, ids } = await mergeOf(
      (engine, { ana }) => engine.call('person.delete', { id: ana }),
      (engine, { account }) => engine.call('account.update', { id: account, followers: 300 }),
    );
    expect(merge.conflicts).toEqual([]);
    expect(merge.result.person.has(ids.ana)).toBe(false);
    expect(merge.result.account_person.size).toBe(0);
    const account = merge.result.account.get(ids.account)!;
    expect([account.credentials_holder_id, account.followers]).toEqual([null, 300]);
  });

  it('what a deletion only emptied as a consequence does not fight a real change: the other side\'s new holder stays', async () => {
    const { merge, ids } = await mergeOf(
      (engine, { ana }) => engine.call('person.delete', { id: ana }),
      (engine, { account, luis }) => engine.call('account.update', { id: account, credentialsHolderId: luis }),
    );
    expect(merge.conflicts).toEqual([]);
    expect(merge.result.account.get(ids.account)!.credentials_holder_id).toBe(ids.luis);
  });

  it('deleting what the other side started to use is a conflict; if the deletion wins, the new references go as the app would', async () => {
    const { merge, ids } = await mergeOf(
      (engine, { objective, ana }) => engine.call('objective.update', { id: objective, ownerId: ana }),
      (engine, { ana }) => engine.call('person.delete', { id: ana }),
    );
    const conflict = merge.conflicts[0] as DeleteConflict;
    expect(merge.conflicts).toHaveLength(1);
    expect(conflict).toMatchObject({ kind: 'delete', table: 'person', recordId: ids.ana, deletedBy: 'theirs', chosen: 'mine' });
    expect(conflict.uses).toEqual([{ table: 'objective', id: ids.objective, how: 'referenced' }]);
    // Mine wins by default: Ana stays, with everything theirs' deletion took along.
    expect(merge.result.person.has(ids.ana)).toBe(true);
    expect(merge.result.account.get(ids.account)!.credentials_holder_id).toBe(ids.ana);
    expect(merge.result.account_person.size).toBe(1);
    const deleted = resolve(merge, { [conflict.id]: 'theirs' });
    expect(deleted.person.has(ids.ana)).toBe(false);
    expect(deleted.objective.get(ids.objective)!.owner_id).toBeNull();
    expect(deleted.account.get(ids.account)!.credentials_holder_id).toBeNull();
    expect(deleted.account_person.size).toBe(0);
  });

  it('an objective deleted on one side while the other edited one of its KPIs: one conflict, decided for the whole objective', async () => {
    const { merge, ids } = await mergeOf(
      (engine, { kpi }) => engine.call('kpi.update', { id: kpi, target: 24 }),
      (engine, { objective }) => engine.call('objective.delete', { id: objective }),
    );
    expect(merge.conflicts).toHaveLength(1);
    const conflict = merge.conflicts[0] as DeleteConflict;
    expect(conflict).toMatchObject({ table: 'objective', recordId: ids.objective, deletedBy: 'theirs' });
    expect(conflict.uses).toEqual([{ table: 'kpi', id: ids.kpi, how: 'edited' }]);
    expect(conflict.records).toEqual(expect.arrayContaining([{ table: 'kpi', id: ids.otherKpi }]));
    expect([...merge.result.kpi.keys()].sort()).toEqual([ids.kpi, ids.otherKpi].sort());
    expect(merge.result.kpi.get(ids.kpi)!.target).toBe(24);
    const deleted = resolve(merge, { [conflict.id]: 'theirs' });
    expect(deleted.objective.size + deleted.kpi.size).toBe(0);
  });

  it('deleted on both sides is simply gone', async () => {
    const { merge, ids } = await mergeOf(
      (engine, { account }) => engine.call('accounts.delete', { ids: [account] }),
      (engine, { account }) => engine.call('accounts.delete', { ids: [account] }),
    );
    expect(merge.conflicts).toEqual([]);
    expect(merge.result.account.has(ids.account)).toBe(false);
    expect(merge.applied.filter((change) => change.kind === 'removed' && change.table === 'account')).toHaveLength(2);
  });

  it('the same link made on both sides under two ids is kept once', async () => {
    const { merge, ids } = await mergeOf(
      (engine, { account, luis }) => engine.call('accounts.bulkUpdate', { ids: [account], addPeopleIds: [luis] }),
      (engine, { account, luis }) => engine.call('accounts.bulkUpdate', { ids: [account], addPeopleIds: [luis] }),
    );
    expect(merge.conflicts).toEqual([]);
    const links = [...merge.result.account_person.values()].filter((link) => link.person_id === ids.luis);
    expect(links).toHaveLength(1);
  });

  it('crossing unit moves (A under B here, B under A there) are a conflict; the result never loops', async () => {
    const { merge, ids } = await mergeOf(
      (engine, { culture, sports }) => engine.call('unit.move', { id: culture, parentId: sports, index: 0 }),
      (engine, { culture, sports }) => engine.call('unit.move', { id: sports, parentId: culture, index: 0 }),
    );
    expect(merge.conflicts).toHaveLength(1);
    const conflict = merge.conflicts[0] as FieldConflict;
    expect(conflict).toMatchObject({ kind: 'field', cause: 'cycle', table: 'org_unit', recordId: ids.sports, chosen: 'mine' });
    expect(conflict.fields).toEqual([{ column: 'parent_id', base: null, mine: null, theirs: ids.culture }]);
    expect(merge.result.org_unit.get(ids.culture)!.parent_id).toBe(ids.sports);
    expect(merge.result.org_unit.get(ids.sports)!.parent_id).toBeNull();
    const theirs = resolve(merge, { [conflict.id]: 'theirs' });
    expect(theirs.org_unit.get(ids.sports)!.parent_id).toBe(ids.culture);
    expect(theirs.org_unit.get(ids.culture)!.parent_id).toBeNull();
  });

  it('pairs the institution profile and the document texts by what they are, even under other ids', async () => {
    const { bytes, base } = await basePlan();
    const mineEngine = await engineOn(bytes, 'Marta');
    await mineEngine.call('planText.update', { key: 'crisis', body: 'Protocolo de Marta' });
    const theirsEngine = await engineOn(bytes, 'Tomás');
    await theirsEngine.call('planText.update', { key: 'crisis', body: 'Protocolo de Tomás' });
    await theirsEngine.call('institution.update', { contact: 'tomas@villanueva.es' });
    const theirs = await snapshot(theirsEngine);
    // A copy whose rows for the same things carry other ids (made by another tool, say).
    const renamed = { ...theirs, plan_text: new Map([...theirs.plan_text.values()].map((row, index) => [`00000000-0000-4000-8000-00000000000${index}`, { ...row, id: `00000000-0000-4000-8000-00000000000${index}` }])) };
    const [institution] = theirs.institution.values();
    renamed.institution = new Map([['00000000-0000-4000-8000-0000000000aa', { ...institution!, id: '00000000-0000-4000-8000-0000000000aa' }]]);
    const merge = mergePlans(base, await snapshot(mineEngine), renamed);
    expect(merge.result.plan_text.size).toBe(6);
    expect(merge.result.institution.size).toBe(1);
    expect([...merge.result.institution.values()][0]!.contact).toBe('tomas@villanueva.es');
    expect(merge.conflicts).toHaveLength(1);
    expect((merge.conflicts[0] as FieldConflict).fields).toEqual([{ column: 'body', base: '', mine: 'Protocolo de Marta', theirs: 'Protocolo de Tomás' }]);
  });
});
