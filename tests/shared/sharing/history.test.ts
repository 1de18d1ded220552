import { describe, expect, it } from 'vitest';
import { PlanEngine } from '../../../shared/engine/engine';
import { engineWithPlan } from '../helpers';
import { sendCopy } from './send-copy';

describe('the change history', () => {
  it('has one line per record changed, naming it as it was, with who and which fields; undo and redo are lines too', async () => {
    let now = Date.parse('2026-11-02T09:00:00Z');
    const { SQL } = await engineWithPlan();
    const engine = new PlanEngine({ SQL, author: 'Ana Pérez', clock: () => new Date((now += 60_000)) });
    await engine.call('plan.create', { institutionName: 'Ayuntamiento de Robledal' });
    const account = await engine.call('account.create', { platform: 'instagram', handle: '@robledal' });
    await engine.call('account.update', { id: account.id, displayName: 'Robledal', followers: 10 });
    await engine.call('accounts.delete', { ids: [account.id] });
    await engine.call('history.undo');
    await engine.call('history.redo');

    const page = await engine.call('history.list', { sections: ['accounts'] });
    expect(page.entries.map((entry) => [entry.action, entry.kind])).toEqual([
      ['history.redo', 'removed'],
      ['history.undo', 'added'],
      ['accounts.delete', 'removed'],
      ['account.update', 'changed'],
      ['account.create', 'added'],
    ]);
    const update = page.entries[3]!;
    expect(update).toMatchObject({ author: 'Ana Pérez', record: 'Cuenta', section: 'accounts', recordId: account.id });
    expect(update.fields.sort()).toEqual(['display_name', 'followers']);
    expect(update.fieldLabels.length).toBe(2);
    // Named after it was deleted, as it was called then.
    expect(page.entries[0]!.label).toContain('@robledal');
    expect(page.total).toBe(5);
  });

  it('filters by record, person, words, dates and pages', async () => {
    let now = Date.parse('2026-11-02T09:00:00Z');
    const { SQL } = await engineWithPlan();
    const engine = new PlanEngine({ SQL, author: 'Ana Pérez', clock: () => new Date((now += 86_400_000)) });
    await engine.call('plan.create', { institutionName: 'Ayuntamiento de Robledal' });
    const first = await engine.call('account.create', { platform: 'instagram', handle: '@cultura' });
    await engine.call('session.configure', { author: 'Luis Gómez', lang: 'es' });
    await engine.call('account.create', { platform: 'x', handle: '@deportes' });
    await engine.call('account.update', { id: first.id, followers: 5 });

    expect((await engine.call('history.list', { recordId: first.id })).total).toBe(2);
    const luis = await engine.call('history.list', { author: 'Luis Gómez' });
    expect(luis.total).toBe(2);
    expect(luis.authors).toEqual(expect.arrayContaining(['Ana Pérez', 'Luis Gómez']));
    expect((await engine.call('history.list', { text: 'deportes' })).entries.map((entry) => entry.label)).toEqual([expect.stringContaining('@deportes')]);
    const dated = await engine.call('history.list', { from: '2026-11-05', to: '2026-11-05' });
    expect(dated.entries.every((entry) => entry.at.startsWith('2026-11-05'))).toBe(true);
    const paged = await engine.call('history.list', { limit: 1, offset: 1 });
    expect(paged.entries).toHaveLength(1);
    expect(paged.total).toBeGreaterThanOrEqual(3);
    await expect(engine.call('history.list', { limit: 5000 })).rejects.toMatchObject({ code: 'INPUT_INVALID' });
  });

  it('plan events (a copy sent, a status change) have their own section', async () => {
    const { engine } = await engineWithPlan();
    await sendCopy(engine, { recipient: 'Cultura' });
    await engine.call('plan.setStatus', { status: 'in_review' });
    const events = await engine.call('history.list', { sections: ['plan'] });
    expect(events.entries.map((entry) => [entry.action, entry.label])).toEqual([
      ['plan.setStatus', 'in_review'],
      ['plan.prepareCopy', 'Cultura'],
    ]);
    expect(events.entries.every((entry) => entry.section === null)).toBe(true);
  });
});
