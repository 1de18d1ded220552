import { useId } from 'react';
import type { ActionPlan } from '../../../../shared/model/action-plan';
import { useT } from '../../i18n/useT';
import { BOARD_ORDER } from '../swot/board-order';
import { shortText } from '../swot/focus-soon';
import { goToRecord } from './go-to-record';
import { placeKey, type RecordNamer } from './record-names';
import type { AnswerKind, AnswerRef } from './trace-model';

const GROUPS: readonly AnswerKind[] = ['tactic', 'kpi', 'line', 'objective'];

interface ServesPanelProps {
  plan: ActionPlan;
  selected: AnswerRef | null;
  served: readonly string[];
  onSelect: (answer: AnswerRef | null) => void;
  nameOf: RecordNamer;
}

/** The way back: pick a tactic, KPI, line or objective and see which weaknesses, threats… it serves. */
export function ServesPanel({ plan, selected, served, onSelect, nameOf }: ServesPanelProps) {
  const t = useT();
  const selectId = useId();
  const records: Record<AnswerKind, { id: string }[]> = { tactic: plan.tactics, kpi: plan.kpis, line: plan.lines, objective: plan.objectives };
  const value = selected ? `${selected.kind}:${selected.id}` : '';
  const name = selected ? (nameOf(selected.kind, selected.id) ?? '') : '';
  const items = served
    .flatMap((id) => plan.swot.find((item) => item.id === id) ?? [])
    .sort((a, b) => BOARD_ORDER.indexOf(a.quadrant) - BOARD_ORDER.indexOf(b.quadrant) || a.position - b.position);

  return (
    <div className="serves-panel">
      <div className="field">
        <label htmlFor={selectId}>{t('diagnosis.trace.pickLabel')}</label>
        <select
          id={selectId}
          value={value}
          onChange={(event) => {
            const [kind, id] = event.target.value.split(':') as [AnswerKind | '', string | undefined];
            onSelect(kind && id ? { kind, id } : null);
          }}
        >
          <option value="">{t('diagnosis.trace.pickNone')}</option>
          {GROUPS.map((kind) =>
            records[kind].length > 0 ? (
              <optgroup key={kind} label={t(`diagnosis.trace.columns.${kind}`)}>
                {records[kind].map((record) => (
                  <option key={record.id} value={`${kind}:${record.id}`}>
                    {shortText(nameOf(kind, record.id) ?? '', 90)}
                  </option>
                ))}
              </optgroup>
            ) : null,
          )}
        </select>
      </div>
      <div className="serves-result" aria-live="polite">
        {selected && (
          <>
            <p>
              <strong>{t(`diagnosis.trace.kinds.${selected.kind}`)}</strong> «{shortText(name, 120)}»{' '}
              {items.length === 0 ? t('diagnosis.trace.servesNothing') : t('diagnosis.trace.serves', { count: items.length })}
            </p>
            {items.length > 0 && (
              <ul className="served-list">
                {items.map((item) => (
                  <li key={item.id} className={`q-${item.quadrant}`}>
                    <span className="served-quadrant">{t(`action.quadrants.${item.quadrant}`)}</span> {item.text}
                  </li>
                ))}
              </ul>
            )}
            <div className="button-row">
              <button type="button" className="secondary small-button" onClick={() => goToRecord(selected.kind, selected.id)}>
                {t('diagnosis.trace.goToRecord', { place: t(placeKey(selected.kind)) })}
              </button>
              <button type="button" className="link" onClick={() => onSelect(null)}>
                {t('diagnosis.trace.clear')}
              </button>
            </div>
          </>
        )}
      </div>
    </div>
  );
}
