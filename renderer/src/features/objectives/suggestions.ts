import { OBJECTIVE_SUGGESTIONS, TACTIC_SUGGESTIONS, roleName, suggestionText, type ObjectiveSuggestion, type TacticSuggestion } from '../../../../shared/action/library';
import { findMetric, unitLabel } from '../../../../shared/action/metrics';
import type { Lang } from '../../../../shared/i18n';
import type { CostRole, KpiFrequency, Objective, SwotItem } from '../../../../shared/model/action';

/** The plan's SWOT items that came from each library suggestion (their source reference). */
function itemsBySuggestion(swot: readonly SwotItem[]): Map<string, SwotItem[]> {
  const found = new Map<string, SwotItem[]>();
  for (const item of swot) {
    if (item.source !== 'suggestion' || !item.sourceRef) continue;
    found.set(item.sourceRef, [...(found.get(item.sourceRef) ?? []), item]);
  }
  return found;
}

export interface Ranked<S> {
  suggestion: S;
  /** The plan's SWOT items it answers. */
  answers: SwotItem[];
}

/** Suggestions that answer more of this plan's SWOT first; the library's order otherwise. */
function rank<S extends { answers: readonly string[] }>(suggestions: readonly S[], swot: readonly SwotItem[], preferred: ReadonlySet<string> = new Set()): Ranked<S>[] {
  const bySuggestion = itemsBySuggestion(swot);
  const ranked = suggestions.map((suggestion, order) => {
    const answers = suggestion.answers.flatMap((ref) => bySuggestion.get(ref) ?? []);
    const score = answers.length + 10 * answers.filter((item) => preferred.has(item.id)).length;
    return { suggestion, answers, score, order };
  });
  ranked.sort((a, b) => b.score - a.score || a.order - b.order);
  return ranked.map(({ suggestion, answers }) => ({ suggestion, answers }));
}

export function rankObjectiveSuggestions(swot: readonly SwotItem[]): Ranked<ObjectiveSuggestion>[] {
  return rank(OBJECTIVE_SUGGESTIONS, swot);
}

/** For a line: tactics answering the SWOT items of the line's own objectives come first. */
export function rankTacticSuggestions(swot: readonly SwotItem[], lineSwotIds: ReadonlySet<string>): Ranked<TacticSuggestion>[] {
  return rank(TACTIC_SUGGESTIONS, swot, lineSwotIds);
}

export interface ObjectiveDraft {
  objective: { statement: string; swotItemIds: string[] };
  /** The suggestion's main KPI, ready to measure once baseline and target are written. */
  kpi: { metric: string; unit: string; frequency: KpiFrequency } | null;
}

/** What inserting an objective suggestion writes: its statement linked to the SWOT items it answers, and its main KPI. */
export function objectiveFromSuggestion(lang: Lang, ranked: Ranked<ObjectiveSuggestion>): ObjectiveDraft {
  const text = suggestionText(lang, 'objective', ranked.suggestion.id);
  const metric = ranked.suggestion.metrics[0] ? findMetric(ranked.suggestion.metrics[0]) : null;
  return {
    objective: { statement: text?.text ?? ranked.suggestion.id, swotItemIds: ranked.answers.map((item) => item.id) },
    kpi: metric ? { metric: metric.code, unit: unitLabel(lang, metric.unit), frequency: metric.frequency } : null,
  };
}

/** An objective already in the plan with the suggestion's exact words. */
export function alreadyInserted(lang: Lang, suggestion: ObjectiveSuggestion, objectives: readonly Objective[]): boolean {
  const text = suggestionText(lang, 'objective', suggestion.id)?.text;
  return text !== undefined && objectives.some((objective) => objective.statement.trim() === text);
}

/** The plan's cost role a tactic suggestion is costed with: one with the library role's name, if the plan has it. */
export function roleForSuggestion(lang: Lang, suggestion: TacticSuggestion, roles: readonly CostRole[]): CostRole | null {
  const name = roleName(lang, suggestion.role).trim().toLocaleLowerCase();
  return roles.find((role) => role.name.trim().toLocaleLowerCase() === name) ?? null;
}

export function tacticFromSuggestion(lang: Lang, suggestion: TacticSuggestion, lineId: string, roleId: string | null) {
  const text = suggestionText(lang, 'tactic', suggestion.id);
  return {
    lineId,
    title: text?.text ?? suggestion.id,
    description: text?.detail ?? '',
    hoursOnce: suggestion.hoursOnce,
    hoursPerWeek: suggestion.hoursPerWeek,
    roleId,
  };
}
