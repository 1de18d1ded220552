import { describe, expect, it } from 'vitest';
import { PlanEngine } from '../../../shared/engine/engine';
import { translatorFor, type Lang } from '../../../shared/i18n';
import type { HistoryEntry } from '../../../shared/model/sharing';
import { eventsFirst, fieldsTouched, hasFilters, historyQuery, howItHappened, NO_FILTERS, whatHappened } from '../../../renderer/src/features/history/history-words';
import { engineWithPlan } from '../../shared/helpers';

/** Each line as the table shows it: what (verb and object), fields, how. */
function lines(entries: readonly HistoryEntry[], lang: Lang) {
  const t = translatorFor(lang);
  return entries.map((entry) => {
    const what = whatHappened(entry, t);
    return [what.verb ? `${what.verb} ${what.text}` : what.text, fieldsTouched(entry, t, lang), howItHappened(entry, t, lang)];
  });
}

/** A plan edited, undone, sent to a colleague, merged back and put in review — every kind of line. */
async function planWithHistory() {
  const { engine, SQL } = await engineWithPlan();
  const unit = await engine.call('unit.create', { name: 'Gabinete', parentId: null });
  const account = await engine.call('account.create', { platform: 'instagram', handle: '@villanueva', unitId: unit.id });
  await engine.call('account.update', { id: account.id, displayName: 'Villanueva', followers: 100 });
  await engine.call('accounts.delete', { ids: [account.id] });
  await engine.call('history.undo');
  const copy = await engine.call('plan.prepareCopy', { recipient: 'Luis (Cultura)' });
  await engine.call('plan.recordCopy', { token: copy.token });
  const colleague = new PlanEngine({ SQL, author: 'Luis Gómez' });
  await colleague.call('plan.open', { bytes: copy.bytes });
  await colleague.call('account.update', { id: account.id, notes: 'Revisar' });
  const preview = await engine.call('plan.mergePreview', { bytes: (await colleague.call('plan.export')).bytes, name: 'devuelto.rumbo' });
  await engine.call('plan.merge', { token: preview.token, choices: {}, rejected: [] });
  await engine.call('plan.setStatus', { status: 'in_review' });
  return { engine, account, unit };
}

describe('a history line in words', () => {
  it('says what happened to which record, which fields, and how, newest first with each event before its changes', async () => {
    const { engine } = await planWithHistory();
    const page = await engine.call('history.list', {});
    expect(lines(eventsFirst(page.entries), 'es')).toEqual([
      ['Pasó el plan a «En revisión»', '', 'Evento del plan'],
      ['Combinó la copia «devuelto.rumbo»', 'Con cambios de Luis Gómez', 'Evento del plan'],
      ['Cambió Cuenta «Instagram @villanueva»', 'Notas', 'Desde la copia «devuelto.rumbo»'],
      ['Cambió Cuenta «Instagram @villanueva»', 'Notas', 'Desde la copia «devuelto.rumbo»'],
      ['Preparó una copia para enviar a «Luis (Cultura)»', '', 'Evento del plan'],
      ['Añadió Cuenta «Instagram @villanueva»', '', 'Al deshacer'],
      ['Quitó Cuenta «Instagram @villanueva»', '', 'Borrar cuentas'],
      ['Cambió Cuenta «Instagram @villanueva»', 'Nombre, Seguidores', 'Cambio en una cuenta'],
      ['Añadió Cuenta «Instagram @villanueva»', '', 'Nueva cuenta'],
      ['Añadió Unidad «Gabinete»', '', 'Nueva unidad'],
    ]);
    expect(page.entries.map((entry) => entry.author)).toContain('Luis Gómez');
  });

  it('speaks English when the screen does, with the engine naming records in English too', async () => {
    const { engine } = await planWithHistory();
    await engine.call('session.configure', { author: 'Ana Pérez', lang: 'en' });
    const page = await engine.call('history.list', { sections: ['plan'] });
    expect(lines(page.entries, 'en')).toEqual([
      ['Set the plan to “In review”', '', 'Plan event'],
      ['Merged the copy “devuelto.rumbo”', 'With changes by Luis Gómez', 'Plan event'],
      ['Prepared a copy to send to “Luis (Cultura)”', '', 'Plan event'],
    ]);
    const accounts = await engine.call('history.list', { sections: ['accounts'], limit: 1, offset: 4 });
    expect(lines(accounts.entries, 'en')).toEqual([['Changed Account “Instagram @villanueva”', 'Display name, Followers', 'Account change']]);
  });

  it('names an approval, a copy for nobody in particular, and an event it does not know', async () => {
    const { engine } = await engineWithPlan();
    await engine.call('plan.recordCopy', { token: (await engine.call('plan.prepareCopy', {})).token });
    await engine.call('plan.approve', { approvedBy: 'Pleno municipal', approvedOn: '2026-03-01', reference: '', versionLabel: '1.0' });
    const page = await engine.call('history.list', {});
    const described = lines(eventsFirst(page.entries), 'es');
    expect(described[0]).toEqual(['Aprobó la versión 1.0', '', 'Evento del plan']);
    expect(described).toContainEqual(['Añadió Versión del historial «Versión 1.0»', '', 'Aprobación']);
    expect(described.at(-1)).toEqual(['Preparó una copia para enviar', '', 'Evento del plan']);
    const unknown: HistoryEntry = { ...page.entries[0]!, action: 'plan.somethingNew', label: '', via: '' };
    expect(lines([unknown], 'es')).toEqual([['Evento del plan: plan.somethingNew', '', 'Evento del plan']]);
  });
});

describe('the filters as an engine query', () => {
  it('asks only for what is set, and a page of a hundred', () => {
    expect(historyQuery(NO_FILTERS, null, 0)).toEqual({ limit: 100, offset: 0 });
    expect(hasFilters({ ...NO_FILTERS, text: '  ' })).toBe(false);
    expect(historyQuery({ section: 'plan', author: 'Luis Gómez', text: ' insta ', from: '2026-01-01', to: '2026-12-31' }, 'id-1', 200)).toEqual({
      sections: ['plan'],
      recordId: 'id-1',
      author: 'Luis Gómez',
      text: 'insta',
      from: '2026-01-01',
      to: '2026-12-31',
      limit: 100,
      offset: 200,
    });
  });

  it('finds one section, one record, one person and words in the real history', async () => {
    const { engine, account, unit } = await planWithHistory();
    const ask = async (query: Parameters<typeof historyQuery>) => (await engine.call('history.list', historyQuery(...query))).entries;
    expect((await ask([{ ...NO_FILTERS, section: 'organisation' }, null, 0])).map((entry) => entry.recordId)).toEqual([unit.id]);
    expect((await ask([NO_FILTERS, account.id, 0])).every((entry) => entry.recordId === account.id)).toBe(true);
    expect((await ask([{ ...NO_FILTERS, author: 'Luis Gómez' }, null, 0])).map((entry) => entry.action)).toEqual(['account.update']);
    expect((await ask([{ ...NO_FILTERS, text: 'gabin' }, null, 0])).map((entry) => entry.label)).toEqual(['Gabinete']);
    expect((await ask([{ ...NO_FILTERS, section: 'plan' }, null, 0])).every((entry) => entry.table === '')).toBe(true);
  });
});
