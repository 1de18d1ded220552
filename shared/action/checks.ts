import type { Kpi, Objective, StrategyLine, SwotItem, Tactic } from '../model/action';

export const CHECK_CODES = [
  'OBJECTIVE_NO_KPI',
  'KPI_NO_BASELINE',
  'KPI_NO_TARGET',
  'TACTIC_NO_OWNER',
  'TACTIC_NO_DATES',
  'DATES_OUTSIDE_PERIOD',
  'LINE_NO_TACTIC',
  'WEAKNESS_NOT_ADDRESSED',
  'THREAT_NOT_ADDRESSED',
] as const;
export type CheckCode = (typeof CHECK_CODES)[number];

export const CHECK_SEVERITY: Record<CheckCode, 'high' | 'medium' | 'low'> = {
  OBJECTIVE_NO_KPI: 'high',
  KPI_NO_BASELINE: 'medium',
  KPI_NO_TARGET: 'high',
  TACTIC_NO_OWNER: 'high',
  TACTIC_NO_DATES: 'medium',
  DATES_OUTSIDE_PERIOD: 'medium',
  LINE_NO_TACTIC: 'medium',
  WEAKNESS_NOT_ADDRESSED: 'medium',
  THREAT_NOT_ADDRESSED: 'low',
};

export type CheckTargetKind = 'swot' | 'objective' | 'kpi' | 'line' | 'tactic';

/** A problem of the action plan, with the records where it is fixed. */
export interface PlanCheck {
  code: CheckCode;
  severity: 'high' | 'medium' | 'low';
  count: number;
  items: { kind: CheckTargetKind; id: string }[];
}

export interface CheckInput {
  swot: readonly SwotItem[];
  objectives: readonly Objective[];
  kpis: readonly Kpi[];
  lines: readonly StrategyLine[];
  tactics: readonly Tactic[];
  period: { start: string; end: string };
}

/** Whether a date lies outside the plan period; the screens flag dates with the same rule. */
export function outsidePeriod(date: string | null, period: { start: string; end: string }): boolean {
  return date !== null && (date < period.start || date > period.end);
}

/** The plan checks, computed from the data each time; only checks with something to fix are returned. */
export function computePlanChecks(input: CheckInput): PlanCheck[] {
  const { swot, objectives, kpis, lines, tactics, period } = input;
  const addressed = new Set(objectives.flatMap((objective) => objective.swotItemIds));
  const linesWithTactics = new Set(tactics.map((tactic) => tactic.lineId));
  const lists: Record<CheckCode, { kind: CheckTargetKind; id: string }[]> = {
    OBJECTIVE_NO_KPI: objectives.filter((objective) => !kpis.some((kpi) => kpi.objectiveId === objective.id)).map((o) => ({ kind: 'objective', id: o.id })),
    KPI_NO_BASELINE: kpis.filter((kpi) => kpi.baseline === null).map((kpi) => ({ kind: 'kpi', id: kpi.id })),
    KPI_NO_TARGET: kpis.filter((kpi) => kpi.target === null).map((kpi) => ({ kind: 'kpi', id: kpi.id })),
    TACTIC_NO_OWNER: tactics.filter((tactic) => tactic.unitId === null && tactic.ownerId === null).map((t) => ({ kind: 'tactic', id: t.id })),
    TACTIC_NO_DATES: tactics.filter((tactic) => tactic.startOn === null || tactic.endOn === null).map((t) => ({ kind: 'tactic', id: t.id })),
    DATES_OUTSIDE_PERIOD: [
      ...objectives.filter((objective) => outsidePeriod(objective.deadline, period)).map((o) => ({ kind: 'objective' as const, id: o.id })),
      ...kpis.filter((kpi) => outsidePeriod(kpi.deadline, period)).map((kpi) => ({ kind: 'kpi' as const, id: kpi.id })),
      ...tactics.filter((tactic) => outsidePeriod(tactic.startOn, period) || outsidePeriod(tactic.endOn, period)).map((t) => ({ kind: 'tactic' as const, id: t.id })),
    ],
    LINE_NO_TACTIC: lines.filter((line) => !linesWithTactics.has(line.id)).map((line) => ({ kind: 'line', id: line.id })),
    WEAKNESS_NOT_ADDRESSED: swot.filter((item) => item.quadrant === 'weakness' && !addressed.has(item.id)).map((item) => ({ kind: 'swot', id: item.id })),
    THREAT_NOT_ADDRESSED: swot.filter((item) => item.quadrant === 'threat' && !addressed.has(item.id)).map((item) => ({ kind: 'swot', id: item.id })),
  };
  return CHECK_CODES.filter((code) => lists[code].length > 0).map((code) => ({
    code,
    severity: CHECK_SEVERITY[code],
    count: lists[code].length,
    items: lists[code],
  }));
}
