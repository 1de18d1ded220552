import type { TraceRow } from '../../../../shared/action/traceability';
import type { SwotQuadrant } from '../../../../shared/model/action';
import type { ActionPlan } from '../../../../shared/model/action-plan';

/** What can be picked to see which diagnosis it serves. */
export type AnswerKind = 'objective' | 'line' | 'tactic' | 'kpi';
export interface AnswerRef {
  kind: AnswerKind;
  id: string;
}

const IDS_OF: Record<AnswerKind, keyof Omit<TraceRow, 'swotItemId'>> = { objective: 'objectiveIds', line: 'lineIds', tactic: 'tacticIds', kpi: 'kpiIds' };

export function idsOf(row: TraceRow, kind: AnswerKind): string[] {
  return row[IDS_OF[kind]];
}

/** The traceability read backwards: the SWOT items a tactic, KPI, line or objective serves. */
export function servedBy(rows: readonly TraceRow[], answer: AnswerRef): string[] {
  return rows.filter((row) => idsOf(row, answer.kind).includes(answer.id)).map((row) => row.swotItemId);
}

/** Weaknesses and threats are what the plan must answer; strengths and opportunities are optional to trace. */
export const MUST_ANSWER: readonly SwotQuadrant[] = ['weakness', 'threat'];

export function isUnaddressed(quadrant: SwotQuadrant, row: TraceRow): boolean {
  return MUST_ANSWER.includes(quadrant) && row.objectiveIds.length === 0;
}

/** How many weaknesses and threats some objective answers, for the summary line. */
export function coverage(plan: ActionPlan): Record<'weakness' | 'threat', { answered: number; total: number }> {
  const rows = new Map(plan.traceability.map((row) => [row.swotItemId, row]));
  const count = (quadrant: 'weakness' | 'threat') => {
    const items = plan.swot.filter((item) => item.quadrant === quadrant);
    return { answered: items.filter((item) => (rows.get(item.id)?.objectiveIds.length ?? 0) > 0).length, total: items.length };
  };
  return { weakness: count('weakness'), threat: count('threat') };
}
