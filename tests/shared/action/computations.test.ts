import { describe, expect, it } from 'vitest';
import { computePlanChecks } from '../../../shared/action/checks';
import { daysInclusive, effortTotals, fteFor, tacticEffort } from '../../../shared/action/effort';
import { smartMissing } from '../../../shared/action/smart';
import { traceability } from '../../../shared/action/traceability';
import type { Kpi, Objective, StrategyLine, SwotItem, Tactic } from '../../../shared/model/action';

const tactic = (id: string, changes: Partial<Tactic> = {}): Tactic => ({
  id, lineId: 'l1', title: id, description: '', unitId: 'u1', ownerId: null, startOn: '2026-01-05', endOn: '2026-03-29',
  hoursOnce: 0, hoursPerWeek: 0, roleId: null, otherCost: 0, status: 'planned', position: 0, accountIds: [], ...changes,
});
const objective = (id: string, changes: Partial<Objective> = {}): Objective => ({
  id, statement: 'Reducir a dos días el tiempo de respuesta', deadline: '2027-06-30', ownerId: 'p1', position: 0, swotItemIds: ['w1'], ...changes,
});
const kpi = (id: string, objectiveId: string, changes: Partial<Kpi> = {}): Kpi => ({
  id, objectiveId, metric: 'response_time', name: '', unit: 'h', baseline: 72, target: 48, deadline: null, source: '', frequency: 'monthly', ownerId: null, position: 0, ...changes,
});
const swot = (id: string, quadrant: SwotItem['quadrant']): SwotItem => ({ id, quadrant, text: id, weight: 3, evidence: '', source: 'manual', sourceRef: '', position: 0 });
const line = (id: string, objectiveIds: string[]): StrategyLine => ({ id, name: id, description: '', cameOptionId: null, position: 0, objectiveIds });
const period = { start: '2026-01-01', end: '2027-12-31' };

describe('effort and cost ("it is not free")', () => {
  it('counts one-off hours plus weekly hours over the weeks the tactic runs, at its role’s rate', () => {
    const roles = new Map([['tech', { id: 'tech', name: 'Técnico', hourlyCost: 30, position: 0 }]]);
    // 5 Jan – 29 Mar 2026 is 84 days: 12 weeks.
    expect(daysInclusive('2026-01-05', '2026-03-29')).toBe(84);
    expect(tacticEffort(tactic('t', { hoursOnce: 10, hoursPerWeek: 2, roleId: 'tech', otherCost: 500 }), roles)).toEqual({ hours: 34, cost: 34 * 30 + 500 });
    expect(tacticEffort(tactic('t', { hoursPerWeek: 5, startOn: null }), roles)).toEqual({ hours: 0, cost: 0 });
    expect(tacticEffort(tactic('t', { hoursOnce: 3, roleId: 'gone' }), roles)).toEqual({ hours: 3, cost: 0 });
  });

  it('turns hours into full-time equivalents over the plan period', () => {
    // Two years of a 1,642-hour post is 3,284 hours.
    expect(fteFor(3284, { annualHours: 1642 }, period)).toBeCloseTo(1, 2);
    expect(fteFor(821, { annualHours: 1642 }, { start: '2026-01-01', end: '2026-12-31' })).toBeCloseTo(0.5, 2);
  });

  it('adds up by unit and by line, leaving cancelled tactics out', () => {
    const roles = [{ id: 'r', name: 'R', hourlyCost: 10, position: 0 }];
    const totals = effortTotals(
      [
        tactic('a', { hoursOnce: 100, roleId: 'r' }),
        tactic('b', { hoursOnce: 50, unitId: null, lineId: 'l2' }),
        tactic('c', { hoursOnce: 999, status: 'cancelled' }),
      ],
      roles,
      { annualHours: 1642 },
      period,
    );
    expect(totals.all).toMatchObject({ hours: 150, cost: 1000, tactics: 2 });
    expect(totals.byUnit).toMatchObject({ u1: { hours: 100, cost: 1000 }, '': { hours: 50, cost: 0 } });
    expect(totals.byLine).toMatchObject({ l1: { hours: 100 }, l2: { hours: 50 } });
  });
});

describe('SMART completeness', () => {
  it('says which parts are missing', () => {
    expect(smartMissing(objective('o'), [kpi('k', 'o')])).toEqual([]);
    expect(smartMissing(objective('o', { statement: 'Más seguidores', ownerId: null, deadline: null, swotItemIds: [] }), [])).toEqual([
      'specific', 'measurable', 'achievable', 'relevant', 'timeBound',
    ]);
    expect(smartMissing(objective('o', { deadline: null }), [kpi('k', 'o', { target: null, deadline: '2027-01-01' })])).toEqual(['measurable']);
  });
});

describe('plan checks', () => {
  it('a complete chain has no checks', () => {
    expect(computePlanChecks({ swot: [swot('w1', 'weakness')], objectives: [objective('o')], kpis: [kpi('k', 'o')], lines: [line('l1', ['o'])], tactics: [tactic('t')], period })).toEqual([]);
  });

  it('finds each gap with the records where it is fixed', () => {
    const checks = computePlanChecks({
      swot: [swot('w1', 'weakness'), swot('w2', 'weakness'), swot('t1', 'threat'), swot('s1', 'strength')],
      objectives: [objective('o'), objective('sin-kpi', { deadline: '2030-01-01' })],
      kpis: [kpi('k', 'o', { baseline: null, target: null })],
      lines: [line('l1', ['o']), line('vacia', [])],
      tactics: [tactic('t', { unitId: null, ownerId: null }), tactic('sin-fechas', { startOn: null }), tactic('fuera', { endOn: '2028-02-01' })],
      period,
    });
    expect(Object.fromEntries(checks.map((check) => [check.code, check.items.map((item) => `${item.kind}:${item.id}`)]))).toEqual({
      OBJECTIVE_NO_KPI: ['objective:sin-kpi'],
      KPI_NO_BASELINE: ['kpi:k'],
      KPI_NO_TARGET: ['kpi:k'],
      TACTIC_NO_OWNER: ['tactic:t'],
      TACTIC_NO_DATES: ['tactic:sin-fechas'],
      DATES_OUTSIDE_PERIOD: ['objective:sin-kpi', 'tactic:fuera'],
      LINE_NO_TACTIC: ['line:vacia'],
      WEAKNESS_NOT_ADDRESSED: ['swot:w2'],
      THREAT_NOT_ADDRESSED: ['swot:t1'],
    });
  });
});

describe('traceability', () => {
  it('follows a weakness to its objectives, lines, tactics and KPIs, and shows what answers nothing', () => {
    const rows = traceability(
      [swot('w1', 'weakness'), swot('w2', 'weakness')],
      [objective('o', { swotItemIds: ['w1'] })],
      [line('l1', ['o']), line('l2', [])],
      [tactic('t1'), tactic('t2', { lineId: 'l2' })],
      [kpi('k', 'o')],
    );
    expect(rows).toEqual([
      { swotItemId: 'w1', objectiveIds: ['o'], lineIds: ['l1'], tacticIds: ['t1'], kpiIds: ['k'] },
      { swotItemId: 'w2', objectiveIds: [], lineIds: [], tacticIds: [], kpiIds: [] },
    ]);
  });
});
