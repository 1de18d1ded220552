import { useId, useMemo, useState } from 'react';
import { roleName, suggestionText } from '../../../../shared/action/library';
import type { StrategyLine } from '../../../../shared/model/action';
import { useController } from '../../app/controller-context';
import { useApp } from '../../app/store';
import { useT } from '../../i18n/useT';
import type { Say } from '../objectives/ActionStatus';
import { formatHours } from '../objectives/numbers';
import { focusRecord, recordElementId } from '../objectives/reveal';
import { SuggestionPicker } from '../objectives/SuggestionPicker';
import { rankTacticSuggestions, roleForSuggestion, tacticFromSuggestion } from '../objectives/suggestions';
import { setTacticOpen } from './view-store';

/** Add a tactic to a line: typed, or from the library with its usual effort and profile. */
export function AddTactic({ line, lineNumber, say }: { line: StrategyLine; lineNumber: number; say: Say }) {
  const t = useT();
  const controller = useController();
  const action = useApp((state) => state.action);
  const lang = useApp((state) => state.lang);
  const planLang = useApp((state) => state.profile?.language ?? state.lang);
  const id = useId();
  const [title, setTitle] = useState('');
  const [problem, setProblem] = useState<string | null>(null);

  const ranked = useMemo(() => {
    const swot = action?.swot ?? [];
    const lineSwot = new Set((action?.objectives ?? []).filter((objective) => line.objectiveIds.includes(objective.id)).flatMap((objective) => objective.swotItemIds));
    return rankTacticSuggestions(swot, lineSwot);
  }, [action?.swot, action?.objectives, line.objectiveIds]);
  const options = useMemo(
    () =>
      ranked.map(({ suggestion, answers }) => {
        const text = suggestionText(planLang, 'tactic', suggestion.id);
        const effort =
          suggestion.hoursPerWeek > 0
            ? t('actionui.tactics.suggestedEffortWeekly', { once: formatHours(lang, suggestion.hoursOnce), perWeek: formatHours(lang, suggestion.hoursPerWeek) })
            : t('actionui.tactics.suggestedEffort', { once: formatHours(lang, suggestion.hoursOnce) });
        const note = answers.length > 0 ? `${effort}; ${t('actionui.suggestions.answers', { count: answers.length })}` : effort;
        return { id: suggestion.id, text: text?.text ?? suggestion.id, detail: `${text?.detail ?? ''} (${roleName(planLang, suggestion.role)})`, note };
      }),
    [ranked, planLang, lang, t],
  );

  function opened(tacticId: string, message: string) {
    say(message);
    setTacticOpen(tacticId, true);
    requestAnimationFrame(() => focusRecord(recordElementId('tactic', tacticId)));
  }

  async function addTyped() {
    if (!title.trim()) return setProblem(t('actionui.tactics.titleNeeded'));
    const tactic = await controller.change('tactic.create', { lineId: line.id, title: title.trim() });
    if (!tactic) return;
    setTitle('');
    setProblem(null);
    opened(tactic.id, t('actionui.tactics.added', { title: tactic.title, number: lineNumber }));
  }

  async function insert(suggestionId: string) {
    const suggestion = ranked.find((entry) => entry.suggestion.id === suggestionId)?.suggestion;
    if (!suggestion) return;
    // The library names a profile; the plan costs it. Reuse the plan's profile of that name, or add it (cost to be filled in).
    let role = roleForSuggestion(planLang, suggestion, useApp.getState().action?.roles ?? []);
    const newRole = role === null;
    if (!role) role = (await controller.change('role.create', { name: roleName(planLang, suggestion.role), hourlyCost: 0 })) ?? null;
    const tactic = await controller.change('tactic.create', tacticFromSuggestion(planLang, suggestion, line.id, role?.id ?? null));
    if (!tactic) return;
    const message = t('actionui.tactics.inserted', { title: tactic.title, number: lineNumber });
    opened(tactic.id, role && newRole ? `${message} ${t('actionui.tactics.roleAdded', { name: role.name })}` : message);
  }

  return (
    <div className="add-tactic" role="group" aria-labelledby={`${id}-title`}>
      <h4 id={`${id}-title`} className="add-tactic-title">
        {t('actionui.tactics.addTitle', { number: lineNumber })}
      </h4>
      <div className="add-columns">
        <form
          className="inline-form"
          onSubmit={(event) => {
            event.preventDefault();
            void addTyped();
          }}
        >
          <div className="field grow">
            <label htmlFor={`${id}-new`}>{t('actionui.tactics.newTitle')}</label>
            <input
              id={`${id}-new`}
              value={title}
              maxLength={300}
              data-draft={title ? 'true' : undefined}
              aria-invalid={problem ? true : undefined}
              aria-describedby={problem ? `${id}-problem` : undefined}
              onChange={(event) => setTitle(event.target.value)}
            />
          </div>
          <button type="submit" className="secondary">
            {t('actionui.tactics.add')}
          </button>
          {problem && (
            <p className="field-problem" id={`${id}-problem`} role="alert">
              {problem}
            </p>
          )}
        </form>
        <SuggestionPicker label={t('actionui.tactics.fromLibrary')} insertLabel={t('actionui.tactics.insert')} options={options} onInsert={insert} />
      </div>
    </div>
  );
}
