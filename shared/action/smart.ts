import type { Kpi, Objective } from '../model/action';

export const SMART_PARTS = ['specific', 'measurable', 'achievable', 'relevant', 'timeBound'] as const;
export type SmartPart = (typeof SMART_PARTS)[number];

/**
 * Which SMART parts an objective shows in the data: specific (a statement of some substance),
 * measurable (a KPI with baseline and target), achievable (someone owns it), relevant (it
 * answers items of the SWOT), time-bound (a deadline).
 */
export function smartMissing(objective: Objective, kpis: readonly Kpi[]): SmartPart[] {
  const own = kpis.filter((kpi) => kpi.objectiveId === objective.id);
  const present: Record<SmartPart, boolean> = {
    specific: objective.statement.trim().split(/\s+/).length >= 5,
    measurable: own.some((kpi) => kpi.baseline !== null && kpi.target !== null),
    achievable: objective.ownerId !== null,
    relevant: objective.swotItemIds.length > 0,
    timeBound: objective.deadline !== null || own.some((kpi) => kpi.deadline !== null),
  };
  return SMART_PARTS.filter((part) => !present[part]);
}
