import { metricName } from '../../../../shared/action/metrics';
import type { Lang, MessageKey } from '../../../../shared/i18n';
import type { ActionPlan } from '../../../../shared/model/action-plan';
import { SECTION_OF, type RecordKind } from './go-to-record';

/** How a record is called in lists and links; null when it is not in the plan. */
export type RecordNamer = (kind: RecordKind, id: string) => string | null;

/**
 * Names by id, built once per plan: a SWOT item or objective by its text, a KPI by its name or
 * its metric. The traceability matrix asks for thousands of them in a large plan.
 */
export function recordNamer(plan: ActionPlan, lang: Lang): RecordNamer {
  const byId = <T extends { id: string }>(records: readonly T[], name: (record: T) => string) => new Map(records.map((record) => [record.id, name(record)]));
  const names: Record<RecordKind, Map<string, string>> = {
    swot: byId(plan.swot, (item) => item.text),
    came: byId(plan.came, (option) => option.text),
    objective: byId(plan.objectives, (objective) => objective.statement),
    kpi: byId(plan.kpis, (kpi) => kpi.name || metricName(lang, kpi.metric) || kpi.metric),
    line: byId(plan.lines, (line) => line.name),
    tactic: byId(plan.tactics, (tactic) => tactic.title),
  };
  return (kind, id) => names[kind].get(id) ?? null;
}

/** The name of the screen where a record is edited, as the navigation calls it. */
export function placeKey(kind: RecordKind): MessageKey {
  return `ui.nav.${SECTION_OF[kind]}`;
}
