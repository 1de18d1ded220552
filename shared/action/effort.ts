import type { CostRole, ResourceSettings, Tactic } from '../model/action';

const DAY_MS = 86_400_000;

export function daysInclusive(startIso: string, endIso: string): number {
  return Math.max(0, Math.round((Date.parse(`${endIso}T00:00:00Z`) - Date.parse(`${startIso}T00:00:00Z`)) / DAY_MS) + 1);
}

export interface Effort {
  hours: number;
  cost: number;
}

/**
 * "It is not free": a tactic's hours are its one-off hours plus its weekly hours over the weeks
 * it runs; its cost is those hours at its role's hourly cost, plus any other cost.
 */
export function tacticEffort(tactic: Tactic, roles: ReadonlyMap<string, CostRole>): Effort {
  const weeks = tactic.startOn && tactic.endOn ? daysInclusive(tactic.startOn, tactic.endOn) / 7 : 0;
  const hours = tactic.hoursOnce + tactic.hoursPerWeek * weeks;
  const rate = tactic.roleId ? (roles.get(tactic.roleId)?.hourlyCost ?? 0) : 0;
  return { hours: round2(hours), cost: round2(hours * rate + tactic.otherCost) };
}

export interface EffortTotal extends Effort {
  /** Full-time equivalents over the plan period. */
  fte: number;
  tactics: number;
}

export interface EffortTotals {
  all: EffortTotal;
  /** Keyed by unit id; '' for tactics with no unit. */
  byUnit: Record<string, EffortTotal>;
  byLine: Record<string, EffortTotal>;
}

/** FTE: the hours divided by what one full-time post works over the plan period. */
export function fteFor(hours: number, settings: ResourceSettings, period: { start: string; end: string }): number {
  const years = daysInclusive(period.start, period.end) / 365.25;
  return years > 0 ? round2(hours / (settings.annualHours * years)) : 0;
}

export function effortTotals(
  tactics: readonly Tactic[],
  roles: readonly CostRole[],
  settings: ResourceSettings,
  period: { start: string; end: string },
): EffortTotals {
  const roleMap = new Map(roles.map((role) => [role.id, role]));
  const empty = (): EffortTotal => ({ hours: 0, cost: 0, fte: 0, tactics: 0 });
  const totals: EffortTotals = { all: empty(), byUnit: {}, byLine: {} };
  for (const tactic of tactics) {
    if (tactic.status === 'cancelled') continue;
    const effort = tacticEffort(tactic, roleMap);
    for (const total of [totals.all, (totals.byUnit[tactic.unitId ?? ''] ??= empty()), (totals.byLine[tactic.lineId] ??= empty())]) {
      total.hours += effort.hours;
      total.cost += effort.cost;
      total.tactics += 1;
    }
  }
  for (const total of [totals.all, ...Object.values(totals.byUnit), ...Object.values(totals.byLine)]) {
    total.hours = round2(total.hours);
    total.cost = round2(total.cost);
    total.fte = fteFor(total.hours, settings, period);
  }
  return totals;
}

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}
