import { useId, useMemo, useState } from 'react';
import { suggestionText } from '../../../../shared/action/library';
import { useController } from '../../app/controller-context';
import { useApp } from '../../app/store';
import { useT } from '../../i18n/useT';
import type { Say } from './ActionStatus';
import { focusRecord, recordElementId } from './reveal';
import { SuggestionPicker } from './SuggestionPicker';
import { alreadyInserted, objectiveFromSuggestion, rankObjectiveSuggestions } from './suggestions';

/** Write a new objective, or insert one from the library (linked to the SWOT items it answers, with its main KPI). */
export function AddObjective({ say }: { say: Say }) {
  const t = useT();
  const controller = useController();
  const action = useApp((state) => state.action);
  // Inserted text is plan content: it is written in the plan's language, whatever the UI speaks.
  const planLang = useApp((state) => state.profile?.language ?? state.lang);
  const id = useId();
  const [statement, setStatement] = useState('');
  const [problem, setProblem] = useState<string | null>(null);

  const ranked = useMemo(() => rankObjectiveSuggestions(action?.swot ?? []), [action?.swot]);
  const options = useMemo(
    () =>
      ranked.map((entry) => {
        const text = suggestionText(planLang, 'objective', entry.suggestion.id);
        const inPlan = alreadyInserted(planLang, entry.suggestion, action?.objectives ?? []);
        const note = inPlan ? t('actionui.suggestions.inPlan') : entry.answers.length > 0 ? t('actionui.suggestions.answers', { count: entry.answers.length }) : undefined;
        return { id: entry.suggestion.id, text: text?.text ?? entry.suggestion.id, detail: text?.detail ?? '', note };
      }),
    [ranked, planLang, action?.objectives, t],
  );

  function created(objectiveId: string, message: string) {
    say(message);
    requestAnimationFrame(() => focusRecord(recordElementId('objective', objectiveId)));
  }

  async function addTyped() {
    if (!statement.trim()) return setProblem(t('actionui.objectives.statementNeeded'));
    const objective = await controller.change('objective.create', { statement: statement.trim() });
    if (!objective) return;
    setStatement('');
    setProblem(null);
    created(objective.id, t('actionui.objectives.added', { number: useApp.getState().action?.objectives.length ?? 1 }));
  }

  async function insert(suggestionId: string) {
    const entry = ranked.find((candidate) => candidate.suggestion.id === suggestionId);
    if (!entry) return;
    const draft = objectiveFromSuggestion(planLang, entry);
    const objective = await controller.change('objective.create', draft.objective);
    if (!objective) return;
    if (draft.kpi) await controller.change('kpi.create', { objectiveId: objective.id, ...draft.kpi });
    const number = useApp.getState().action?.objectives.length ?? 1;
    created(objective.id, t('actionui.objectives.inserted', { number, count: draft.objective.swotItemIds.length }));
  }

  return (
    <section className="add-record card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('actionui.objectives.addTitle')}</h2>
      <div className="add-columns">
        <form
          className="add-typed"
          onSubmit={(event) => {
            event.preventDefault();
            void addTyped();
          }}
        >
          <div className="field">
            <label htmlFor={`${id}-statement`}>{t('actionui.objectives.newStatement')}</label>
            <textarea
              id={`${id}-statement`}
              rows={2}
              value={statement}
              maxLength={2000}
              data-draft={statement ? 'true' : undefined}
              aria-invalid={problem ? true : undefined}
              aria-describedby={problem ? `${id}-problem` : `${id}-hint`}
              onChange={(event) => setStatement(event.target.value)}
              onKeyDown={(event) => {
                if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) void addTyped();
              }}
            />
            <p className="hint" id={`${id}-hint`}>
              {t('actionui.objectives.newStatementHint')}
            </p>
            {problem && (
              <p className="field-problem" id={`${id}-problem`} role="alert">
                {problem}
              </p>
            )}
          </div>
          <button type="submit">{t('actionui.objectives.add')}</button>
        </form>
        <SuggestionPicker label={t('actionui.objectives.fromLibrary')} insertLabel={t('actionui.objectives.insert')} options={options} onInsert={insert} />
      </div>
    </section>
  );
}
