import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { PlanEngine } from '../../../shared/engine/engine';
import { engineWithPlan, sqlJs } from '../helpers';
import type { InstitutionPatch } from '../../../shared/model/institution';

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 73, 72, 68, 82, 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0]);

describe('undo and redo', () => {
  it('undo restores each earlier state in turn and redo replays them', async () => {
    const { engine } = await engineWithPlan('Uno');
    await engine.call('institution.update', { name: 'Dos' });
    await engine.call('institution.update', { name: 'Tres', contact: 'prensa@ayto.es' });
    await engine.call('history.undo');
    expect((await engine.call('institution.get')).name).toBe('Dos');
    await engine.call('history.undo');
    const first = await engine.call('institution.get');
    expect(first.name).toBe('Uno');
    expect(first.contact).toBe('');
    expect((await engine.call('plan.state')).history.canUndo).toBe(false);
    await engine.call('history.redo');
    await engine.call('history.redo');
    const last = await engine.call('institution.get');
    expect([last.name, last.contact]).toEqual(['Tres', 'prensa@ayto.es']);
  });

  it('a new change after undo clears what could be redone', async () => {
    const { engine } = await engineWithPlan('Uno');
    await engine.call('institution.update', { name: 'Dos' });
    await engine.call('history.undo');
    await engine.call('institution.update', { contact: 'x@y.es' });
    const state = await engine.call('plan.state');
    expect(state.history.canRedo).toBe(false);
    expect(state.history.undoLabel).toBe('institution.update');
  });

  it('an edit that changes nothing is not an undo step and does not move the revision', async () => {
    const { engine } = await engineWithPlan('Uno');
    const before = await engine.call('plan.state');
    await engine.call('institution.update', { name: 'Uno' });
    const after = await engine.call('plan.state');
    expect(after.history.canUndo).toBe(false);
    expect(after.meta.revision).toBe(before.meta.revision);
  });

  it('undoes a logo change (binary data) exactly', async () => {
    const { engine } = await engineWithPlan();
    await engine.call('institution.update', { logo: { mime: 'image/png', bytes: PNG } });
    expect((await engine.call('institution.get')).logo?.bytes).toEqual(PNG);
    await engine.call('history.undo');
    expect((await engine.call('institution.get')).logo).toBeNull();
    await engine.call('history.redo');
    expect((await engine.call('institution.get')).logo?.mime).toBe('image/png');
  });

  it('the revision only ever grows, through edits, undos and redos', async () => {
    const { engine } = await engineWithPlan();
    const seen: number[] = [(await engine.call('plan.state')).meta.revision];
    await engine.call('institution.update', { name: 'A' });
    seen.push((await engine.call('plan.state')).meta.revision);
    await engine.call('history.undo');
    seen.push((await engine.call('plan.state')).meta.revision);
    await engine.call('history.redo');
    seen.push((await engine.call('plan.state')).meta.revision);
    expect(seen).toEqual([0, 1, 2, 3]);
  });

  it('any sequence of edits undone completely gives back the original, and redone gives the last state', async () => {
    const SQL = await sqlJs();
    const patch = fc.record(
      {
        name: fc.string({ minLength: 1, maxLength: 30 }).filter((text) => text.trim().length > 0 && !/[\u0000-\u001f\u007f]/.test(text)),
        contact: fc.string({ maxLength: 40 }),
        type: fc.constantFrom('town_council', 'university', 'ministry' as const),
        authors: fc.array(fc.string({ maxLength: 20 }), { maxLength: 4 }),
        language: fc.constantFrom('es', 'en' as const),
      },
      { requiredKeys: [] },
    );
    await fc.assert(
      fc.asyncProperty(fc.array(patch, { minLength: 1, maxLength: 8 }), async (patches) => {
        const engine = new PlanEngine({ SQL, author: 't' });
        await engine.call('plan.create', { institutionName: 'Origen' });
        const original = await engine.call('institution.get');
        for (const change of patches) await engine.call('institution.update', change as InstitutionPatch);
        const final = await engine.call('institution.get');
        while ((await engine.call('plan.state')).history.canUndo) await engine.call('history.undo');
        expect(await engine.call('institution.get')).toEqual(original);
        while ((await engine.call('plan.state')).history.canRedo) await engine.call('history.redo');
        expect(await engine.call('institution.get')).toEqual(final);
        await engine.call('plan.close');
      }),
      { numRuns: 40 },
    );
  });
});
