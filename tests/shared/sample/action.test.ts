import { beforeAll, describe, expect, it } from 'vitest';
import { outsidePeriod } from '../../../shared/action/checks';
import { SWOT_SUGGESTIONS, suggestionText } from '../../../shared/action/library';
import { isKpiMetricCode } from '../../../shared/action/metrics';
import { translate, type MessageKey } from '../../../shared/i18n';
import { CAME_STRATEGIES, STRATEGY_QUADRANTS, SWOT_QUADRANTS } from '../../../shared/model/action';
import { SAMPLE_ENGINE_SETTINGS, SAMPLE_PROFILE } from '../../../shared/sample';
import { contentOf, readResource } from './sample-content';

type Sample = Awaited<ReturnType<typeof contentOf>>['raw'];

const PERIOD = { start: SAMPLE_PROFILE.periodStart, end: SAMPLE_PROFILE.periodEnd };
const BUILT_ON = SAMPLE_ENGINE_SETTINGS.clock().toISOString().slice(0, 10);
const inPeriod = (date: string | null) => date !== null && !outsidePeriod(date, PERIOD);

describe('the action plan of the bundled sample', () => {
  let sample: Sample;
  beforeAll(async () => {
    sample = (await contentOf(await readResource('sample.rumbo'))).raw;
  });
  const swotItem = (id: string) => sample.action.swot.find((item) => item.id === id)!;

  it('has a SWOT of five to seven weighted items with evidence in each quadrant, typed, from the library and from audit findings', () => {
    const { swot } = sample.action;
    for (const quadrant of SWOT_QUADRANTS) {
      const items = swot.filter((item) => item.quadrant === quadrant);
      expect(items.length, quadrant).toBeGreaterThanOrEqual(5);
      expect(items.length, quadrant).toBeLessThanOrEqual(7);
      // The heaviest first, as a board is read.
      const weights = [...items].sort((a, b) => a.position - b.position).map((item) => item.weight);
      expect(weights, quadrant).toEqual([...weights].sort((a, b) => b - a));
    }
    for (const item of swot) {
      expect(item.weight, item.text).toBeGreaterThanOrEqual(1);
      expect(item.weight, item.text).toBeLessThanOrEqual(5);
      expect(item.evidence.length, item.text).toBeGreaterThan(40);
    }
    expect(swot.filter((item) => item.source === 'manual').length).toBeGreaterThanOrEqual(4);

    const suggested = swot.filter((item) => item.source === 'suggestion');
    expect(suggested.length).toBeGreaterThanOrEqual(8);
    for (const item of suggested) {
      // Inserted as the library has it, in the quadrant the library puts it.
      expect(item.text).toBe(suggestionText('es', 'swot', item.sourceRef)?.text);
      expect(item.quadrant).toBe(SWOT_SUGGESTIONS.find((suggestion) => suggestion.id === item.sourceRef)?.quadrant);
    }

    const fromFindings = swot.filter((item) => item.source === 'finding');
    expect(fromFindings.length).toBeGreaterThanOrEqual(2);
    for (const item of fromFindings) {
      const finding = sample.findings.find((candidate) => candidate.code === item.sourceRef);
      expect(finding, item.sourceRef).toBeDefined();
      expect(item.quadrant).toBe('weakness');
      expect(item.text).toBe(translate('es', `inventory.findings.${item.sourceRef}.title` as MessageKey));
      expect(item.evidence.startsWith(`${finding!.count} cuentas del inventario`), item.evidence).toBe(true);
    }
  });

  it('pairs CAME options of all four strategies in the quadrants each one pairs, and makes strategy lines of them', () => {
    const { came, lines } = sample.action;
    expect(new Set(came.map((option) => option.strategy))).toEqual(new Set(CAME_STRATEGIES));
    for (const option of came) {
      // Both sides of the pairing, e.g. a weakness to correct and the opportunity to use.
      const quadrants = new Set(option.swotItemIds.map((id) => swotItem(id).quadrant));
      expect(quadrants, option.text).toEqual(new Set(STRATEGY_QUADRANTS[option.strategy]));
    }
    expect(lines.length).toBeGreaterThanOrEqual(4);
    expect(lines.length).toBeLessThanOrEqual(6);
    const optionIds = new Set(came.map((option) => option.id));
    for (const line of lines) {
      expect(optionIds.has(line.cameOptionId!), line.name).toBe(true);
      expect(line.objectiveIds.length, line.name).toBeGreaterThan(0);
      expect(line.description.length, line.name).toBeGreaterThan(40);
    }
    expect(new Set(lines.map((line) => came.find((option) => option.id === line.cameOptionId)!.strategy))).toEqual(new Set(CAME_STRATEGIES));
  });

  it('sets five to seven SMART objectives, each owned, dated in the period and answering a weakness or a threat', () => {
    const { objectives, smartMissing } = sample.action;
    expect(objectives.length).toBeGreaterThanOrEqual(5);
    expect(objectives.length).toBeLessThanOrEqual(7);
    const people = new Set(sample.people.map((person) => person.id));
    for (const objective of objectives) {
      expect(smartMissing[objective.id], objective.statement).toEqual([]);
      expect(inPeriod(objective.deadline), objective.statement).toBe(true);
      expect(people.has(objective.ownerId!), objective.statement).toBe(true);
      expect(objective.swotItemIds.some((id) => ['weakness', 'threat'].includes(swotItem(id).quadrant)), objective.statement).toBe(true);
    }
  });

  it('measures each objective with one to three complete KPIs, whose baselines agree with the inventory', () => {
    const { objectives, kpis } = sample.action;
    const people = new Set(sample.people.map((person) => person.id));
    for (const objective of objectives) {
      const own = kpis.filter((kpi) => kpi.objectiveId === objective.id);
      expect(own.length, objective.statement).toBeGreaterThanOrEqual(1);
      expect(own.length, objective.statement).toBeLessThanOrEqual(3);
    }
    for (const kpi of kpis) {
      expect(kpi.metric === 'custom' || isKpiMetricCode(kpi.metric), kpi.metric).toBe(true);
      expect(kpi.name && kpi.unit && kpi.source && kpi.frequency, kpi.name).toBeTruthy();
      expect(kpi.target, kpi.name).not.toBeNull();
      expect(inPeriod(kpi.deadline), kpi.name).toBe(true);
      expect(people.has(kpi.ownerId!), kpi.name).toBe(true);
    }
    expect(kpis.some((kpi) => kpi.metric === 'custom')).toBe(true);

    const running = sample.accounts.filter((account) => account.status !== 'closed' && account.status !== 'proposed');
    const percentOf = (count: number) => Math.round((100 * count) / running.length);
    const baseline = (metric: string) => kpis.find((kpi) => kpi.metric === metric)?.baseline;
    expect(baseline('accountsWithOwner')).toBe(percentOf(running.filter((account) => account.unitId !== null && account.peopleIds.length > 0).length));
    expect(baseline('accountsWith2fa')).toBe(percentOf(running.filter((account) => account.twoFactor === true && account.recoveryEmailCorporate === true).length));
    expect(baseline('dormantAccounts')).toBe(sample.findings.find((finding) => finding.code === 'DORMANT')!.count);
  });

  it('plans 20 to 30 tactics across every line, each owned, dated in the period, priced and with the status its dates give on the day it was built', () => {
    const { tactics, lines, roles, totals } = sample.action;
    expect(tactics.length).toBeGreaterThanOrEqual(20);
    expect(tactics.length).toBeLessThanOrEqual(30);
    for (const line of lines) expect(tactics.filter((tactic) => tactic.lineId === line.id).length, line.name).toBeGreaterThanOrEqual(3);
    const units = new Set(sample.units.map((unit) => unit.id));
    const people = new Set(sample.people.map((person) => person.id));
    const accounts = new Set(sample.accounts.map((account) => account.id));
    for (const tactic of tactics) {
      expect(units.has(tactic.unitId!) && people.has(tactic.ownerId!), tactic.title).toBe(true);
      expect(inPeriod(tactic.startOn) && inPeriod(tactic.endOn) && tactic.startOn! <= tactic.endOn!, tactic.title).toBe(true);
      expect(tactic.hoursOnce + tactic.hoursPerWeek, tactic.title).toBeGreaterThan(0);
      expect(roles.some((role) => role.id === tactic.roleId), tactic.title).toBe(true);
      expect(tactic.accountIds.every((id) => accounts.has(id)), tactic.title).toBe(true);
      const expected = tactic.endOn! < BUILT_ON ? 'done' : tactic.startOn! <= BUILT_ON ? 'in_progress' : 'planned';
      expect(tactic.status, tactic.title).toBe(expected);
    }
    expect(new Set(tactics.map((tactic) => tactic.status))).toEqual(new Set(['done', 'in_progress', 'planned']));
    expect(new Set(tactics.map((tactic) => tactic.unitId)).size).toBeGreaterThanOrEqual(5);
    expect(new Set(tactics.map((tactic) => tactic.ownerId)).size).toBeGreaterThanOrEqual(5);
    expect(tactics.filter((tactic) => tactic.accountIds.length > 0).length).toBeGreaterThan(tactics.length / 2);
    // Spread over the whole period, not bunched at its start.
    expect(tactics.some((tactic) => tactic.startOn! >= '2027-01-01')).toBe(true);
    expect(tactics.filter((tactic) => tactic.endOn! >= '2027-01-01').length).toBeGreaterThanOrEqual(10);

    // Plausible hourly costs of local public-sector staff, and a total a town council can own up to.
    for (const role of roles) expect(role.hourlyCost, role.name).toBeGreaterThanOrEqual(18);
    for (const role of roles) expect(role.hourlyCost, role.name).toBeLessThanOrEqual(60);
    expect(totals.all.tactics).toBe(tactics.length);
    expect(totals.all.fte).toBeGreaterThan(0.3);
    expect(totals.all.fte).toBeLessThan(1.5);
    expect(Object.keys(totals.byLine).sort()).toEqual(lines.map((line) => line.id).sort());
  });

  it('passes its own plan checks but one, on purpose: the response time nobody has measured yet has no baseline', () => {
    const { checks, kpis } = sample.action;
    expect(sample.checks).toEqual(checks);
    expect(checks.map(({ code, count }) => ({ code, count }))).toEqual([{ code: 'KPI_NO_BASELINE', count: 1 }]);
    const unmeasured = kpis.find((kpi) => kpi.id === checks[0]!.items[0]!.id)!;
    expect(unmeasured).toMatchObject({ metric: 'responseTime', baseline: null });
    // The KPI says why, and a tactic of the plan takes the first measurement.
    expect(unmeasured.source).toMatch(/Sin valor de partida/);
    expect(sample.action.tactics.some((tactic) => /punto de partida/.test(tactic.title) && tactic.startOn! <= '2026-03-31')).toBe(true);
  });

  it('names nothing real: no address or e-mail outside the reserved .example domain', () => {
    const texts = JSON.stringify(sample.action);
    expect(texts.match(/https?:\/\/[^\s"]+/g) ?? []).toEqual([]);
    for (const domain of texts.match(/[\w-]+(?:\.[\w-]+)*\.(?:es|com|org|net|eu|gob|gov|cat|gal|eus)\b/g) ?? []) expect(domain).toMatch(/\.example\b/);
  });

  it('traces every weakness and threat to the objectives, KPIs, lines and tactics that answer it', () => {
    const { swot, traceability } = sample.action;
    const answerable = swot.filter((item) => item.quadrant === 'weakness' || item.quadrant === 'threat');
    expect(answerable.length).toBeGreaterThanOrEqual(10);
    for (const item of answerable) {
      const row = traceability.find((candidate) => candidate.swotItemId === item.id)!;
      expect(row.objectiveIds.length, item.text).toBeGreaterThan(0);
      expect(row.kpiIds.length, item.text).toBeGreaterThan(0);
      expect(row.lineIds.length, item.text).toBeGreaterThan(0);
      expect(row.tacticIds.length, item.text).toBeGreaterThan(0);
    }
  });
});
