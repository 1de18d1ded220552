import { describe, expect, it } from 'vitest';
import { PlanEngine } from '../../../shared/engine/engine';
import { PLAN_TEXT_KEYS } from '../../../shared/model/document';
import { engineWithPlan } from '../helpers';

/** The document control, version history and planner texts, through the engine as the screens use them. */
describe('document setup', () => {
  it('starts empty: default settings, no versions, every text present and blank', async () => {
    const { engine } = await engineWithPlan();
    const setup = await engine.call('document.get');
    expect(setup.settings).toMatchObject({ documentType: '', owningUnitId: null, approvedOn: null, excludedParts: [], draftMarking: 'auto', emptyParts: 'note' });
    expect(setup.versions).toEqual([]);
    expect(Object.keys(setup.texts).sort()).toEqual([...PLAN_TEXT_KEYS].sort());
    expect(Object.values(setup.texts).every((text) => text === '')).toBe(true);
  });

  it('keeps the document control, one undo step per change, and survives saving and reopening', async () => {
    const { engine, SQL } = await engineWithPlan();
    const unit = await engine.call('unit.create', { name: 'Gabinete de Comunicación' });
    await engine.call('document.update', { approvedBy: 'Junta de Gobierno Local', approvedOn: '2026-03-02', approvalReference: 'Decreto 2026/145' });
    await engine.call('document.update', { owningUnitId: unit.id, legislation: 'Ley 19/2013\r\nLey Orgánica 3/2018', excludedParts: ['glossary', 'glossary', 'timeline'] });

    let settings = (await engine.call('document.get')).settings;
    expect(settings).toMatchObject({ approvedBy: 'Junta de Gobierno Local', approvedOn: '2026-03-02', owningUnitId: unit.id, legislation: 'Ley 19/2013\nLey Orgánica 3/2018' });
    expect(settings.excludedParts).toEqual(['timeline', 'glossary']);

    await engine.call('history.undo');
    settings = (await engine.call('document.get')).settings;
    expect(settings.owningUnitId).toBeNull();
    expect(settings.approvedBy).toBe('Junta de Gobierno Local');
    await engine.call('history.redo');

    const reopened = new PlanEngine({ SQL });
    await reopened.call('plan.open', { bytes: (await engine.call('plan.export')).bytes });
    expect((await reopened.call('document.get')).settings).toEqual((await engine.call('document.get')).settings);
  });

  it('clears the owning unit when that unit is deleted, and refuses one that does not exist', async () => {
    const { engine } = await engineWithPlan();
    const unit = await engine.call('unit.create', { name: 'Prensa' });
    await engine.call('document.update', { owningUnitId: unit.id });
    await engine.call('unit.delete', { id: unit.id, moveAccountsTo: null });
    expect((await engine.call('document.get')).settings.owningUnitId).toBeNull();
    await expect(engine.call('document.update', { owningUnitId: crypto.randomUUID() })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('refuses bad input and changes nothing', async () => {
    const { engine } = await engineWithPlan();
    const before = await engine.call('document.get');
    for (const bad of [{ approvedOn: '2026-02-30' }, { draftMarking: 'sometimes' }, { excludedParts: ['cover'] }, { approvedBy: 'x'.repeat(301) }, { unknown: 1 }]) {
      await expect(engine.call('document.update', bad as never)).rejects.toMatchObject({ code: 'INPUT_INVALID' });
    }
    await expect(engine.call('documentVersion.create', { version: '  ', issuedOn: '2026-01-01' })).rejects.toMatchObject({ code: 'INPUT_INVALID' });
    await expect(engine.call('planText.update', { key: 'preface' as never, body: 'x' })).rejects.toMatchObject({ code: 'INPUT_INVALID' });
    expect(await engine.call('document.get')).toEqual(before);
  });

  it('keeps the version history in the order rows were added, editable and removable', async () => {
    const { engine } = await engineWithPlan();
    const first = await engine.call('documentVersion.create', { version: '0.1', issuedOn: '2026-01-15', author: 'Ana Pérez', changes: 'Primer borrador' });
    const second = await engine.call('documentVersion.create', { version: '0.2', issuedOn: '2026-02-10' });
    expect((await engine.call('document.get')).versions.map((row) => row.version)).toEqual(['0.1', '0.2']);
    expect(second).toMatchObject({ author: '', changes: '', position: 1 });

    await engine.call('documentVersion.update', { id: second.id, changes: 'Revisión de los servicios' });
    await engine.call('documentVersion.delete', { id: first.id });
    const versions = (await engine.call('document.get')).versions;
    expect(versions).toHaveLength(1);
    expect(versions[0]).toMatchObject({ version: '0.2', changes: 'Revisión de los servicios' });
    await engine.call('history.undo');
    expect((await engine.call('document.get')).versions).toHaveLength(2);
    await expect(engine.call('documentVersion.delete', { id: crypto.randomUUID() })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('stores a planner text as written (line breaks normalised) and brings back a lost row', async () => {
    const { engine } = await engineWithPlan();
    const texts = await engine.call('planText.update', { key: 'presentation', body: 'Este plan **ordena** la presencia.\r\n\r\n- Uno\r\n- Dos' });
    expect(texts.presentation).toBe('Este plan **ordena** la presencia.\n\n- Uno\n- Dos');
    expect(texts.framework).toBe('');

    // A file whose row was removed by hand still takes the text.
    const { SQL } = await engineWithPlan();
    const bytes = (await engine.call('plan.export')).bytes;
    const db = new SQL.Database(bytes);
    db.run("DELETE FROM plan_text WHERE key = 'crisis'");
    const edited = db.export();
    db.close();
    const other = new PlanEngine({ SQL });
    await other.call('plan.open', { bytes: edited });
    expect((await other.call('document.get')).texts.crisis).toBe('');
    expect((await other.call('planText.update', { key: 'crisis', body: 'Niveles de crisis' })).crisis).toBe('Niveles de crisis');
  });
});
