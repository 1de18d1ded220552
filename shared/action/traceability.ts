import type { Kpi, Objective, StrategyLine, SwotItem, Tactic } from '../model/action';

/** What answers one SWOT item: the objectives linked to it, their lines, those lines' tactics, the objectives' KPIs. */
export interface TraceRow {
  swotItemId: string;
  objectiveIds: string[];
  lineIds: string[];
  tacticIds: string[];
  kpiIds: string[];
}

/**
 * From each weakness and threat (and strength and opportunity) down to what answers it; read
 * backwards, the same rows say which diagnosis a tactic or KPI serves.
 */
export function traceability(swot: readonly SwotItem[], objectives: readonly Objective[], lines: readonly StrategyLine[], tactics: readonly Tactic[], kpis: readonly Kpi[]): TraceRow[] {
  return swot.map((item) => {
    const objectiveIds = objectives.filter((objective) => objective.swotItemIds.includes(item.id)).map((objective) => objective.id);
    const lineIds = lines.filter((line) => line.objectiveIds.some((id) => objectiveIds.includes(id))).map((line) => line.id);
    return {
      swotItemId: item.id,
      objectiveIds,
      lineIds,
      tacticIds: tactics.filter((tactic) => lineIds.includes(tactic.lineId)).map((tactic) => tactic.id),
      kpiIds: kpis.filter((kpi) => objectiveIds.includes(kpi.objectiveId)).map((kpi) => kpi.id),
    };
  });
}
