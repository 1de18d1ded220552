import { describe, expect, it } from 'vitest';
import { PlanEngine } from '../../../shared/engine/engine';
import { openPlanBytes } from '../../../shared/db/open';
import { selectValue } from '../../../shared/db/sql';
import { engineWithPlan } from '../helpers';
import { sendCopy } from './send-copy';

/** The colleague who gets the copy by e-mail: another engine, another user. */
async function colleagueWith(SQL: Awaited<ReturnType<typeof engineWithPlan>>['SQL'], bytes: Uint8Array, author = 'Luis Gómez') {
  const engine = new PlanEngine({ SQL, author });
  await engine.call('plan.open', { bytes });
  return engine;
}

describe('a copy prepared to send, edited on both sides and merged back', () => {
  it('combines both sides, asks about the field both changed, is one undo step, and remembers who did what', async () => {
    const { engine, SQL } = await engineWithPlan();
    const unit = await engine.call('unit.create', { name: 'Gabinete de Comunicación', parentId: null });
    const account = await engine.call('account.create', { platform: 'instagram', handle: '@villanueva', unitId: unit.id });

    const copy = await sendCopy(engine, { recipient: 'Luis (Cultura)' });
    expect(copy.fileName).toMatch(/^Ayuntamiento de Villanueva - .+ - v\d+ - \d{4}-\d{2}-\d{2}\.rumbo$/);
    expect(copy.revision).toBe((await engine.call('plan.state')).meta.revision);
    // Compact and clean: a valid plan that keeps only its own starting point.
    const opened = openPlanBytes(SQL, copy.bytes);
    expect(selectValue(opened.db, "SELECT count(*) FROM plan_snapshot WHERE kind = 'sent'")).toBe(1);
    expect(selectValue(opened.db, 'PRAGMA freelist_count')).toBe(0);
    opened.db.close();

    const colleague = await colleagueWith(SQL, copy.bytes);
    expect((await colleague.call('plan.inspectCopy', { bytes: (await engine.call('plan.export')).bytes, name: 'original.rumbo' })).relation).toBe('same');
    await colleague.call('account.update', { id: account.id, displayName: 'Villanueva Cultura' });
    await colleague.call('unit.update', { id: unit.id, contact: 'luis@villanueva.es' });
    await colleague.call('account.create', { platform: 'x', handle: '@villanueva_cultura', unitId: unit.id });
    const returned = (await colleague.call('plan.export')).bytes;
    const theirRevision = (await colleague.call('plan.state')).meta.revision;

    await engine.call('unit.update', { id: unit.id, contact: 'prensa@villanueva.es' });
    await engine.call('account.update', { id: account.id, followers: 1200 });

    const lineage = await engine.call('plan.inspectCopy', { bytes: returned, name: 'devuelto.rumbo' });
    expect(lineage.relation).toBe('diverged');
    expect(lineage.origin?.recipient).toBe('Luis (Cultura)');
    expect(lineage.ancestor).not.toBeNull();
    expect(lineage.lastEditedBy).toBe('Luis Gómez');

    const comparison = await engine.call('plan.compare', { bytes: returned, name: 'devuelto.rumbo' });
    expect(comparison.counts.added).toBe(1);

    const preview = await engine.call('plan.mergePreview', { bytes: returned, name: 'devuelto.rumbo' });
    expect(preview.ancestorFound).toBe(true);
    expect(preview.conflicts).toHaveLength(1);
    expect(preview.conflicts[0]!.fields[0]).toMatchObject({ mine: 'prensa@villanueva.es', theirs: 'luis@villanueva.es' });
    expect(preview.changes.map((change) => change.kind).sort()).toEqual(['added', 'changed']);

    const mineRevision = (await engine.call('plan.state')).meta.revision;
    const outcome = await engine.call('plan.merge', { token: preview.token, choices: { [preview.conflicts[0]!.id]: 'theirs' }, rejected: [] });
    expect(outcome.conflicts).toBe(1);
    const state = await engine.call('plan.state');
    expect(state.meta.revision).toBe(Math.max(mineRevision, theirRevision) + 1);
    const inventory = await engine.call('inventory.get');
    const merged = inventory.accounts.find((row) => row.id === account.id)!;
    expect(merged.displayName).toBe('Villanueva Cultura');
    expect(merged.followers).toBe(1200);
    expect(inventory.units.find((row) => row.id === unit.id)!.contact).toBe('luis@villanueva.es');
    expect(inventory.accounts).toHaveLength(2);
    expect(state.history.undoLabel).toBe('plan.merge');

    const history = await engine.call('history.list', { author: 'Luis Gómez' });
    expect(history.entries.length).toBeGreaterThanOrEqual(3);
    expect(history.authors).toEqual(expect.arrayContaining(['Ana Pérez', 'Luis Gómez']));
    const merges = await engine.call('history.merges');
    expect(merges).toEqual([expect.objectContaining({ via: 'devuelto.rumbo', editors: ['Luis Gómez'], added: 1, author: 'Ana Pérez' })]);
    // The returned copy is now contained in the plan.
    expect((await engine.call('plan.inspectCopy', { bytes: returned, name: 'devuelto.rumbo' })).relation).toBe('older');

    // Luis's lines say which copy they came through.
    expect(history.entries.every((entry) => entry.via === 'devuelto.rumbo')).toBe(true);

    await engine.call('history.undo');
    const undone = await engine.call('inventory.get');
    expect(undone.accounts).toHaveLength(1);
    expect(undone.units.find((row) => row.id === unit.id)!.contact).toBe('prensa@villanueva.es');
    // An undone merge takes its history along: the plan no longer claims to contain the copy.
    expect(await engine.call('history.merges')).toEqual([]);
    expect((await engine.call('history.list', { author: 'Luis Gómez' })).total).toBe(0);
    expect((await engine.call('plan.inspectCopy', { bytes: returned, name: 'devuelto.rumbo' })).relation).toBe('diverged');
    await engine.call('history.redo');
    expect((await engine.call('history.merges')).map((merge) => merge.via)).toEqual(['devuelto.rumbo']);
    expect((await engine.call('plan.inspectCopy', { bytes: returned, name: 'devuelto.rumbo' })).relation).toBe('older');
  });

  it('a rejected change stays as the open plan has it', async () => {
    const { engine, SQL } = await engineWithPlan();
    const account = await engine.call('account.create', { platform: 'instagram', handle: '@a' });
    const copy = await sendCopy(engine, {});
    const colleague = await colleagueWith(SQL, copy.bytes);
    await colleague.call('account.update', { id: account.id, handle: '@b' });
    await colleague.call('account.create', { platform: 'x', handle: '@c' });
    const preview = await engine.call('plan.mergePreview', { bytes: (await colleague.call('plan.export')).bytes, name: 'c.rumbo' });
    const rejected = preview.changes.filter((change) => change.kind === 'changed').map((change) => change.key);
    expect(rejected).toHaveLength(1);
    await engine.call('plan.merge', { token: preview.token, choices: {}, rejected });
    const accounts = (await engine.call('inventory.get')).accounts.map((row) => row.handle).sort();
    expect(accounts).toEqual(['@a', '@c']);
  });

  it('a merge prepared before the plan changed again is refused, changing nothing', async () => {
    const { engine, SQL } = await engineWithPlan();
    const copy = await sendCopy(engine, {});
    const colleague = await colleagueWith(SQL, copy.bytes);
    await colleague.call('account.create', { platform: 'x', handle: '@c' });
    const preview = await engine.call('plan.mergePreview', { bytes: (await colleague.call('plan.export')).bytes, name: 'c.rumbo' });
    await engine.call('account.create', { platform: 'x', handle: '@d' });
    await expect(engine.call('plan.merge', { token: preview.token, choices: {}, rejected: [] })).rejects.toMatchObject({ code: 'MERGE_EXPIRED' });
    expect((await engine.call('inventory.get')).accounts).toHaveLength(1);
  });
});

describe('the plan remembers only the copies that were written', () => {
  it('a copy prepared but not written (save dialog cancelled) leaves the plan as it was', async () => {
    const { engine } = await engineWithPlan();
    const before = (await engine.call('plan.state')).meta.revision;
    const copy = await engine.call('plan.prepareCopy', { recipient: 'Nadie' });
    expect(copy.revision).toBe(before + 1);
    expect(await engine.call('snapshots.list')).toEqual([]);
    expect((await engine.call('plan.state')).meta.revision).toBe(before);
    await expect(engine.call('plan.recordCopy', { token: crypto.randomUUID() })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('a copy sent back the same way still merges against the first copy’s starting point, and says where it comes from', async () => {
    const { engine, SQL } = await engineWithPlan();
    const account = await engine.call('account.create', { platform: 'instagram', handle: '@a' });
    const first = await sendCopy(engine, { recipient: 'Luis' });
    const colleague = await colleagueWith(SQL, first.bytes);
    expect((await colleague.call('snapshots.list')).map((snapshot) => [snapshot.label, snapshot.origin])).toEqual([['Luis', true]]);
    await colleague.call('accounts.delete', { ids: [account.id] });
    const back = await sendCopy(colleague, { recipient: 'Equipo central' });
    const lineage = await engine.call('plan.inspectCopy', { bytes: back.bytes, name: 'de vuelta.rumbo' });
    expect(lineage.origin).toMatchObject({ recipient: 'Equipo central', preparedBy: 'Luis Gómez' });
    expect(lineage.ancestor).toMatchObject({ kind: 'sent', label: 'Luis' });
    expect(lineage.relation).toBe('newer');
    const preview = await engine.call('plan.mergePreview', { bytes: back.bytes, name: 'de vuelta.rumbo' });
    // With the ancestor, a deletion is a deletion (without it, it would look like an addition on this side).
    expect(preview.changes.filter((change) => change.table === 'account').map((change) => change.kind)).toEqual(['removed']);
  });
});

describe('consolidation', () => {
  it('several returned copies merge one after another, and the plan says what came from whom', async () => {
    const { engine, SQL } = await engineWithPlan();
    const account = await engine.call('account.create', { platform: 'instagram', handle: '@a' });
    const toLuis = await sendCopy(engine, { recipient: 'Luis' });
    const toMarta = await sendCopy(engine, { recipient: 'Marta' });
    const luis = await colleagueWith(SQL, toLuis.bytes, 'Luis Gómez');
    const marta = await colleagueWith(SQL, toMarta.bytes, 'Marta Ruiz');
    await luis.call('account.update', { id: account.id, displayName: 'Cuenta de Luis' });
    await marta.call('account.create', { platform: 'x', handle: '@marta' });
    await marta.call('account.update', { id: account.id, followers: 99 });

    for (const [copy, name] of [[luis, 'luis.rumbo'], [marta, 'marta.rumbo']] as const) {
      const preview = await engine.call('plan.mergePreview', { bytes: (await copy.call('plan.export')).bytes, name });
      expect(preview.ancestorFound).toBe(true);
      expect(preview.conflicts).toEqual([]);
      await engine.call('plan.merge', { token: preview.token, choices: {}, rejected: [] });
    }
    const merged = (await engine.call('inventory.get')).accounts;
    expect(merged.find((row) => row.id === account.id)).toMatchObject({ displayName: 'Cuenta de Luis', followers: 99 });
    expect(merged.map((row) => row.handle).sort()).toEqual(['@a', '@marta']);
    const merges = await engine.call('history.merges');
    expect(merges.map((merge) => [merge.via, merge.editors, merge.added, merge.changed])).toEqual([
      ['marta.rumbo', ['Marta Ruiz'], 1, 1],
      ['luis.rumbo', ['Luis Gómez'], 0, 1],
    ]);
  });
});

describe('a department package', () => {
  it('carries only its unit part and merges back into that unit only', async () => {
    const { engine, SQL } = await engineWithPlan();
    const culture = await engine.call('unit.create', { name: 'Área de Cultura', parentId: null });
    const library = await engine.call('unit.create', { name: 'Biblioteca', parentId: culture.id });
    const sports = await engine.call('unit.create', { name: 'Deportes', parentId: null });
    await engine.call('account.create', { platform: 'instagram', handle: '@cultura', unitId: culture.id });
    await engine.call('account.create', { platform: 'facebook', handle: '@biblioteca', unitId: library.id });
    const sportsAccount = await engine.call('account.create', { platform: 'x', handle: '@deportes', unitId: sports.id });

    const pack = await sendCopy(engine, { unitId: culture.id, recipient: 'Cultura' });
    expect(pack.unitName).toBe('Área de Cultura');
    expect(pack.fileName).toContain('Área de Cultura');
    const department = await colleagueWith(SQL, pack.bytes, 'Marta (Cultura)');
    const theirs = await department.call('inventory.get');
    expect(theirs.accounts.map((row) => row.handle).sort()).toEqual(['@biblioteca', '@cultura']);
    expect(theirs.units).toHaveLength(3);

    await department.call('account.create', { platform: 'youtube', handle: '@cultura_tv', unitId: library.id });
    await department.call('unit.update', { id: sports.id, name: 'Deportes (renombrada sin permiso)' });
    await department.call('unit.update', { id: culture.id, contact: 'cultura@villanueva.es' });
    await engine.call('account.update', { id: sportsAccount.id, displayName: 'Deportes Villanueva' });

    const preview = await engine.call('plan.mergePreview', { bytes: (await department.call('plan.export')).bytes, name: 'cultura.rumbo' });
    expect(preview.unitName).toBe('Área de Cultura');
    expect(preview.ignoredOutsideUnit).toBe(1);
    expect(preview.conflicts).toHaveLength(0);
    await engine.call('plan.merge', { token: preview.token, choices: {}, rejected: [] });
    const inventory = await engine.call('inventory.get');
    expect(inventory.accounts.map((row) => row.handle).sort()).toEqual(['@biblioteca', '@cultura', '@cultura_tv', '@deportes']);
    expect(inventory.units.find((row) => row.id === sports.id)!.name).toBe('Deportes');
    expect(inventory.units.find((row) => row.id === culture.id)!.contact).toBe('cultura@villanueva.es');
    expect(inventory.accounts.find((row) => row.id === sportsAccount.id)!.displayName).toBe('Deportes Villanueva');
  });
});

describe('status and approval', () => {
  it('draft → in review → approved freezes the version, which exports as it was; work goes on in a new draft', async () => {
    const { engine } = await engineWithPlan();
    expect((await engine.call('plan.setStatus', { status: 'in_review' })).status).toBe('in_review');
    await engine.call('account.create', { platform: 'x', handle: '@antes' });
    const approval = await engine.call('plan.approve', { approvedBy: 'Junta de Gobierno Local', approvedOn: '2026-11-20', reference: 'Decreto 123/2026', versionLabel: '1.0' });
    expect(approval.draftLabel).toBe('1.1');
    const state = await engine.call('plan.state');
    expect(state.meta).toMatchObject({ status: 'draft', versionLabel: '1.1' });
    expect(state.history.canUndo).toBe(false);
    const document = await engine.call('document.get');
    expect(document.settings).toMatchObject({ approvedBy: 'Junta de Gobierno Local', approvedOn: '2026-11-20', approvalReference: 'Decreto 123/2026' });
    expect(document.versions.at(-1)).toMatchObject({ version: '1.0', issuedOn: '2026-11-20' });

    await engine.call('account.create', { platform: 'x', handle: '@despues' });
    const versions = await engine.call('snapshots.list');
    expect(versions.filter((version) => version.kind === 'approved')).toEqual([expect.objectContaining({ label: '1.0', approvalReference: 'Decreto 123/2026' })]);
    const frozenBytes = await engine.call('version.bytes', { id: approval.version.id });
    const viewer = new PlanEngine({ SQL: (await engineWithPlan()).SQL });
    const frozen = await viewer.call('plan.open', { bytes: frozenBytes, forceReadOnly: true });
    expect(frozen.meta).toMatchObject({ status: 'approved', versionLabel: '1.0' });
    expect((await viewer.call('inventory.get')).accounts.map((row) => row.handle)).toEqual(['@antes']);
    const docx = await engine.call('version.export', { id: approval.version.id });
    expect(docx.length).toBeGreaterThan(1000);
  });
});
