import { describe, expect, it } from 'vitest';
import { PlanEngine } from '../../../shared/engine/engine';
import { formatDateTime, translatorFor } from '../../../shared/i18n';
import type { CopyLineage } from '../../../shared/model/sharing';
import { changeState, indexChanges, initialDecisions, mergeRequest, nestChanges, withBrought, withChoice } from '../../../renderer/src/features/receive/review';
import { countsList, lineageTexts } from '../../../renderer/src/features/receive/texts';
import { engineWithPlan } from '../../shared/helpers';

/** A plan sent to a colleague, who adds an objective with a KPI and renames the unit; the plan renames it too. */
async function returnedCopy() {
  const { engine, SQL } = await engineWithPlan();
  const unit = await engine.call('unit.create', { name: 'Prensa', parentId: null });
  const copy = await engine.call('plan.prepareCopy', { recipient: 'Luis' });
  await engine.call('plan.recordCopy', { token: copy.token });
  const colleague = new PlanEngine({ SQL, author: 'Luis Gómez' });
  await colleague.call('plan.open', { bytes: copy.bytes });
  const objective = await colleague.call('objective.create', { statement: 'Responder antes de 24 horas' });
  await colleague.call('kpi.create', { objectiveId: objective.id, metric: 'custom', name: 'Tiempo de respuesta' });
  await colleague.call('account.create', { platform: 'x', handle: '@prensa' });
  await colleague.call('unit.update', { id: unit.id, name: 'Gabinete de Prensa' });
  await engine.call('unit.update', { id: unit.id, name: 'Oficina de Prensa' });
  const other = { bytes: (await colleague.call('plan.export')).bytes, name: 'devuelta.rumbo' };
  const preview = await engine.call('plan.mergePreview', other);
  expect(preview.ancestorFound).toBe(true);
  return { engine, other, preview };
}

describe('the merge review', () => {
  it('brings everything and keeps the engine’s side for each conflict by default', async () => {
    const { preview } = await returnedCopy();
    const decisions = initialDecisions(preview);
    expect(preview.conflicts).toHaveLength(1);
    expect(decisions.rejected.size).toBe(0);
    expect(decisions.choices).toEqual({ [preview.conflicts[0]!.id]: preview.conflicts[0]!.chosen });
    expect(mergeRequest(preview, decisions)).toEqual({ token: preview.token, choices: decisions.choices, rejected: [] });
  });

  it('a KPI cannot come without its objective: rejecting the objective leaves both out, and the engine agrees', async () => {
    const { engine, preview } = await returnedCopy();
    const objective = preview.changes.find((change) => change.table === 'objective')!;
    const kpi = preview.changes.find((change) => change.table === 'kpi')!;
    expect(kpi.partOf).toEqual({ table: 'objective', id: objective.id });
    const byKey = indexChanges(preview.changes);
    // Shown beneath its objective.
    const roots = nestChanges(preview.changes.filter((change) => change.section === 'objectives'));
    expect(roots.map((node) => node.change.key)).toEqual([objective.key]);
    expect(roots[0]!.children.map((node) => node.change.key)).toEqual([kpi.key]);

    const decisions = withBrought(initialDecisions(preview), [objective.key], false);
    expect(changeState(kpi, decisions, byKey)).toEqual({ brought: false, forced: true });
    const request = mergeRequest(preview, withChoice(decisions, preview.conflicts[0]!.id, 'theirs'));
    expect(request.rejected.sort()).toEqual([objective.key, kpi.key].sort());
    await engine.call('plan.merge', request);
    const plan = await engine.call('action.get');
    expect(plan.objectives).toHaveLength(0);
    const inventory = await engine.call('inventory.get');
    expect(inventory.accounts.map((account) => account.handle)).toEqual(['@prensa']);
    expect(inventory.units[0]!.name).toBe('Gabinete de Prensa');

    // Brought back, the KPI is the planner's to decide again.
    const again = withBrought(decisions, [objective.key], true);
    expect(changeState(kpi, again, byKey)).toEqual({ brought: true, forced: false });
  });

  it('prepared again, it keeps the earlier decisions for what is still offered and forgets the rest', async () => {
    const { preview } = await returnedCopy();
    const account = preview.changes.find((change) => change.table === 'account')!;
    const conflict = preview.conflicts[0]!;
    const earlier = { rejected: new Set([account.key, 'account:gone']), choices: { [conflict.id]: 'theirs' as const, 'field/x/y/z': 'mine' as const } };
    const carried = initialDecisions(preview, earlier);
    expect([...carried.rejected]).toEqual([account.key]);
    expect(carried.choices).toEqual({ [conflict.id]: 'theirs' });
  });
});

describe('the screen’s sentences', () => {
  it('names only the kinds of change there are, joined as each language does', () => {
    expect(countsList(translatorFor('es'), 'es', { added: 2, changed: 1, removed: 3 })).toBe('2 añadidos, 1 cambiado y 3 quitados');
    expect(countsList(translatorFor('es'), 'es', { added: 0, changed: 1, removed: 0 })).toBe('1 cambiado');
    expect(countsList(translatorFor('es'), 'es', { added: 0, changed: 0, removed: 0 })).toBe('ningún cambio');
    expect(countsList(translatorFor('en'), 'en', { added: 1, changed: 0, removed: 4 })).toBe('1 added and 4 removed');
  });

  it('tells where a copy comes from, with or without a recipient, a unit or a common starting point', () => {
    const lineage: CopyLineage = {
      relation: 'diverged',
      revision: 12,
      lastEditedAt: '2026-03-02T10:15:00.000Z',
      lastEditedBy: 'Luis Gómez',
      origin: { preparedAt: '2026-03-01T09:00:00.000Z', preparedBy: 'Ana Pérez', recipient: 'Luis (Cultura)', unitName: null },
      ancestor: { createdAt: '2026-03-01T09:00:00.000Z', createdBy: 'Ana Pérez', kind: 'sent', label: 'Luis (Cultura)' },
    };
    const es = lineageTexts(translatorFor('es'), 'es', lineage);
    expect(es.relation).toBe('Se ha cambiado por los dos lados desde que se separaron.');
    const sent = formatDateTime('es', lineage.origin!.preparedAt);
    expect(es.origin).toBe(`Copia preparada el ${sent} por Ana Pérez para Luis (Cultura).`);
    expect(es.edited).toBe(`Revisión 12, editada por última vez el ${formatDateTime('es', lineage.lastEditedAt)} por Luis Gómez.`);
    expect(es.ancestor).toBe(`Sí: la copia enviada el ${sent} por Ana Pérez. Se sabe qué ha cambiado cada lado desde entonces.`);

    const pack = lineageTexts(translatorFor('es'), 'es', { ...lineage, lastEditedBy: '', origin: { ...lineage.origin!, recipient: '', unitName: 'Cultura' }, ancestor: null });
    expect(pack.origin).toMatch(/^Paquete del departamento Cultura, preparado el .* por Ana Pérez\.$/);
    expect(pack.edited).toBe(`Revisión 12, editada por última vez el ${formatDateTime('es', lineage.lastEditedAt)}.`);
    expect(pack.ancestor).toBeNull();
    expect(lineageTexts(translatorFor('en'), 'en', { ...lineage, origin: null }).origin).toContain('no record of it being prepared');
  });
});
