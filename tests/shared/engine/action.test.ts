import { describe, expect, it } from 'vitest';
import type { PlanEngine } from '../../../shared/engine/engine';
import { engineWithPlan } from '../helpers';

async function chain(engine: PlanEngine) {
  const weakness = await engine.call('swot.create', { quadrant: 'weakness', text: 'Cuentas abiertas sin coordinación', weight: 4 });
  const opportunity = await engine.call('swot.create', { quadrant: 'opportunity', text: 'La ciudadanía busca avisos en redes' });
  const option = await engine.call('came.create', { strategy: 'reorientation', text: 'Ordenar las cuentas en torno a un perfil central', swotItemIds: [weakness.id, opportunity.id] });
  const line = await engine.call('came.toLine', { optionId: option.id });
  const objective = await engine.call('objective.create', { statement: 'Que todas las cuentas tengan unidad y gestor antes de junio', deadline: '2026-06-30', swotItemIds: [weakness.id] });
  await engine.call('line.update', { id: line.id, objectiveIds: [objective.id] });
  const kpi = await engine.call('kpi.create', { objectiveId: objective.id, metric: 'accounts_with_owner', unit: '%', baseline: 40, target: 100 });
  const role = await engine.call('role.create', { name: 'Técnico/a de comunicación', hourlyCost: 28 });
  const unit = await engine.call('unit.create', { name: 'Gabinete de Comunicación' });
  const tactic = await engine.call('tactic.create', {
    lineId: line.id, title: 'Formulario de alta de cuentas', unitId: unit.id, roleId: role.id,
    startOn: '2026-02-02', endOn: '2026-03-01', hoursOnce: 20, hoursPerWeek: 1,
  });
  return { weakness, opportunity, option, line, objective, kpi, role, unit, tactic };
}

describe('from diagnosis to action', () => {
  it('builds the chain SWOT → CAME option → line → objective → KPI → tactic, keeping every link', async () => {
    const { engine } = await engineWithPlan();
    const { weakness, option, line, objective, kpi, tactic } = await chain(engine);
    const plan = await engine.call('action.get');
    expect(plan.lines[0]).toMatchObject({ id: line.id, name: option.text, cameOptionId: option.id, objectiveIds: [objective.id] });
    expect(plan.traceability.find((row) => row.swotItemId === weakness.id)).toEqual({
      swotItemId: weakness.id, objectiveIds: [objective.id], lineIds: [line.id], tacticIds: [tactic.id], kpiIds: [kpi.id],
    });
    // 2 Feb – 1 Mar 2026: 4 weeks → 20 + 4 hours at 28 €/h.
    expect(plan.totals.all).toMatchObject({ hours: 24, cost: 672, tactics: 1 });
    expect(plan.checks.map((check) => check.code)).toEqual([]);
    expect(plan.smartMissing[objective.id]).toEqual(['achievable']);
  });

  it('every step is one undo step, and undoing the whole chain leaves an empty plan', async () => {
    const { engine } = await engineWithPlan();
    const empty = await engine.call('action.get');
    await chain(engine);
    while ((await engine.call('plan.state')).history.canUndo) await engine.call('history.undo');
    expect(await engine.call('action.get')).toEqual(empty);
  });

  it('refuses to pair quadrants a strategy does not pair, and to move an item out of what its options need', async () => {
    const { engine } = await engineWithPlan();
    const { weakness, opportunity } = await chain(engine);
    const strength = await engine.call('swot.create', { quadrant: 'strength', text: 'Información fiable' });
    expect(await engine.dispatch('came.create', { strategy: 'offensive', text: 'x', swotItemIds: [weakness.id] })).toMatchObject({ ok: false, error: { code: 'CAME_ITEMS_MISMATCH' } });
    expect((await engine.dispatch('came.create', { strategy: 'offensive', text: 'x', swotItemIds: [strength.id, opportunity.id] })).ok).toBe(true);
    expect(await engine.dispatch('swot.move', { id: weakness.id, quadrant: 'threat', index: 0 })).toMatchObject({ ok: false, error: { code: 'CAME_ITEMS_MISMATCH' } });
  });

  it('moves SWOT items within and between quadrants by position', async () => {
    const { engine } = await engineWithPlan();
    const a = await engine.call('swot.create', { quadrant: 'strength', text: 'A' });
    const b = await engine.call('swot.create', { quadrant: 'strength', text: 'B' });
    const c = await engine.call('swot.create', { quadrant: 'opportunity', text: 'C' });
    await engine.call('swot.move', { id: b.id, quadrant: 'strength', index: 0 });
    await engine.call('swot.move', { id: c.id, quadrant: 'strength', index: 1 });
    const texts = (await engine.call('action.get')).swot.filter((item) => item.quadrant === 'strength').map((item) => item.text);
    expect(texts).toEqual(['B', 'C', 'A']);
    expect(a.position).toBe(0);
  });

  it('turns an audit finding into a weakness with its evidence', async () => {
    const { engine } = await engineWithPlan();
    await engine.call('account.create', { platform: 'x', handle: '@huerfana' });
    const item = await engine.call('swot.fromFinding', { code: 'NO_UNIT' });
    expect(item).toMatchObject({ quadrant: 'weakness', text: 'Cuentas sin unidad responsable', source: 'finding', sourceRef: 'NO_UNIT', weight: 4 });
    expect(item.evidence).toMatch(/^1 cuenta del inventario \(/);
    expect((await engine.dispatch('swot.fromFinding', { code: 'DUPLICATE' })).ok).toBe(false);
  });

  it('deleting a line takes its tactics with it; deleting an objective its KPIs and links; one undo each brings them back', async () => {
    const { engine } = await engineWithPlan();
    const { line, objective } = await chain(engine);
    const before = await engine.call('action.get');
    await engine.call('line.delete', { id: line.id });
    expect((await engine.call('action.get')).tactics).toEqual([]);
    await engine.call('objective.delete', { id: objective.id });
    const after = await engine.call('action.get');
    expect([after.objectives, after.kpis]).toEqual([[], []]);
    await engine.call('history.undo');
    await engine.call('history.undo');
    expect(await engine.call('action.get')).toEqual(before);
  });

  it('deleting a person, unit, role or account clears them from the action plan', async () => {
    const { engine } = await engineWithPlan();
    const { tactic, unit, role } = await chain(engine);
    const person = await engine.call('person.create', { name: 'Eva Sanz' });
    const account = await engine.call('account.create', { platform: 'x', handle: '@cultura' });
    await engine.call('tactic.update', { id: tactic.id, ownerId: person.id, accountIds: [account.id] });
    await engine.call('person.delete', { id: person.id });
    await engine.call('accounts.delete', { ids: [account.id] });
    await engine.call('role.delete', { id: role.id });
    await engine.call('unit.delete', { id: unit.id, moveAccountsTo: null });
    const [updated] = (await engine.call('action.get')).tactics;
    expect(updated).toMatchObject({ ownerId: null, accountIds: [], roleId: null, unitId: null });
    expect((await engine.call('action.get')).checks.map((check) => check.code)).toContain('TACTIC_NO_OWNER');
  });

  it('refuses dates out of order, unknown references and bad numbers, changing nothing', async () => {
    const { engine } = await engineWithPlan();
    const { tactic, line } = await chain(engine);
    const revision = (await engine.call('plan.state')).meta.revision;
    const ghost = '99999999-9999-4999-8999-999999999999';
    for (const [call, input] of [
      ['tactic.update', { id: tactic.id, startOn: '2026-05-01', endOn: '2026-04-01' }],
      ['tactic.update', { id: tactic.id, endOn: '2026-01-01' }],
      ['tactic.create', { lineId: ghost, title: 'x' }],
      ['tactic.create', { lineId: line.id, title: 'x', hoursPerWeek: 200 }],
      ['kpi.create', { objectiveId: ghost, metric: 'reach' }],
      ['objective.create', { statement: 'x', swotItemIds: [ghost] }],
      ['swot.create', { quadrant: 'weakness', text: 'x', weight: 9 }],
      ['role.create', { name: 'x', hourlyCost: -5 }],
    ] as const) {
      expect((await engine.dispatch(call, input)).ok, `${call} ${JSON.stringify(input)}`).toBe(false);
    }
    expect((await engine.call('plan.state')).meta.revision).toBe(revision);
  });

  it('reorders tactics within their line and objectives in the plan', async () => {
    const { engine } = await engineWithPlan();
    const { line, tactic } = await chain(engine);
    const second = await engine.call('tactic.create', { lineId: line.id, title: 'Segunda' });
    await engine.call('action.reorder', { list: 'tactic', id: second.id, index: 0 });
    expect((await engine.call('action.get')).tactics.map((t) => t.id)).toEqual([second.id, tactic.id]);
  });

  it('FTE follows the annual hours setting', async () => {
    const { engine } = await engineWithPlan();
    const { line } = await chain(engine);
    await engine.call('tactic.create', { lineId: line.id, title: 'Gestión diaria', hoursOnce: 3284 - 24 });
    expect((await engine.call('action.get')).totals.all.fte).toBeCloseTo(1, 1);
    await engine.call('resources.updateSettings', { annualHours: 821 });
    expect((await engine.call('action.get')).totals.all.fte).toBeCloseTo(2, 1);
  });

  it('counts the action plan in info', async () => {
    const { engine } = await engineWithPlan();
    await chain(engine);
    expect((await engine.call('plan.info')).counts).toMatchObject({ swotItems: 2, cameOptions: 1, objectives: 1, kpis: 1, strategyLines: 1, tactics: 1 });
  });
});
