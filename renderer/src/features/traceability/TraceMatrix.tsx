import type { TraceRow } from '../../../../shared/action/traceability';
import type { SwotItem, SwotQuadrant } from '../../../../shared/model/action';
import type { ActionPlan } from '../../../../shared/model/action-plan';
import { useT } from '../../i18n/useT';
import { goToRecord } from './go-to-record';
import type { RecordNamer } from './record-names';
import { idsOf, isUnaddressed, type AnswerKind, type AnswerRef } from './trace-model';

const ANSWER_COLUMNS: readonly AnswerKind[] = ['objective', 'line', 'tactic', 'kpi'];

interface TraceMatrixProps {
  plan: ActionPlan;
  quadrants: readonly SwotQuadrant[];
  selected: AnswerRef | null;
  /** SWOT item ids the selected record serves; empty when nothing is selected. */
  served: ReadonlySet<string>;
  onSelect: (answer: AnswerRef | null) => void;
  nameOf: RecordNamer;
}

/**
 * One row per SWOT item, with what answers it in each column. Every objective, line, tactic and
 * KPI is a toggle: pressing it lights up the rows it serves (the matrix read backwards).
 */
export function TraceMatrix({ plan, quadrants, selected, served, onSelect, nameOf }: TraceMatrixProps) {
  const t = useT();
  const rows = new Map(plan.traceability.map((row) => [row.swotItemId, row]));
  const empty: TraceRow = { swotItemId: '', objectiveIds: [], lineIds: [], tacticIds: [], kpiIds: [] };

  const cell = (row: TraceRow, kind: AnswerKind) => {
    const ids = idsOf(row, kind);
    if (ids.length === 0)
      return (
        <span className="none">
          <span aria-hidden="true">—</span>
          <span className="visually-hidden">{t('diagnosis.trace.none')}</span>
        </span>
      );
    return (
      <ul className="answer-list">
        {ids.map((id) => {
          const name = nameOf(kind, id) ?? '';
          const pressed = selected?.kind === kind && selected.id === id;
          return (
            <li key={id}>
              <button type="button" className={pressed ? 'answer pressed' : 'answer'} aria-pressed={pressed} onClick={() => onSelect(pressed ? null : { kind, id })}>
                {name}
              </button>
            </li>
          );
        })}
      </ul>
    );
  };

  const itemRow = (item: SwotItem) => {
    const row = rows.get(item.id) ?? empty;
    const unaddressed = isUnaddressed(item.quadrant, row);
    const classes = ['trace-row', `q-${item.quadrant}`, unaddressed ? 'unaddressed' : '', selected ? (served.has(item.id) ? 'served' : 'dimmed') : ''];
    return (
      <tr key={item.id} className={classes.filter(Boolean).join(' ')}>
        <th scope="row">
          <div className="trace-head">
            <span className="trace-letter" aria-hidden="true">
              {t(`diagnosis.swot.letters.${item.quadrant}`)}
            </span>
            <div>
              <button type="button" className="link trace-item" onClick={() => goToRecord('swot', item.id)} aria-label={t('diagnosis.trace.goToItem', { text: item.text })}>
                {item.text}
              </button>
              <span className="muted small"> · {t('diagnosis.trace.weight', { weight: item.weight })}</span>
              {unaddressed && (
                <span className="unaddressed-note">
                  <span aria-hidden="true">⚠ </span>
                  {t(`diagnosis.trace.unaddressed.${item.quadrant === 'threat' ? 'threat' : 'weakness'}`)}
                </span>
              )}
              {selected && served.has(item.id) && <span className="visually-hidden">{t('diagnosis.trace.servedMark')}</span>}
            </div>
          </div>
        </th>
        {ANSWER_COLUMNS.map((kind) => (
          <td key={kind}>{cell(row, kind)}</td>
        ))}
      </tr>
    );
  };

  return (
    <div className="trace-table-wrap">
      <table className="trace-table">
        <caption className="visually-hidden">{t('diagnosis.trace.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('diagnosis.trace.columns.swot')}</th>
            {ANSWER_COLUMNS.map((kind) => (
              <th key={kind} scope="col">
                {t(`diagnosis.trace.columns.${kind}`)}
              </th>
            ))}
          </tr>
        </thead>
        {quadrants.map((quadrant) => {
          const items = plan.swot.filter((item) => item.quadrant === quadrant).sort((a, b) => a.position - b.position);
          return (
            <tbody key={quadrant} className={`q-${quadrant}`}>
              <tr className="group-row">
                <th scope="rowgroup" colSpan={5}>
                  {t(`action.quadrantsPlural.${quadrant}`)} ({items.length})
                </th>
              </tr>
              {items.length === 0 ? (
                <tr>
                  <td colSpan={5} className="muted">
                    {t('diagnosis.trace.noItems')}
                  </td>
                </tr>
              ) : (
                items.map(itemRow)
              )}
            </tbody>
          );
        })}
      </table>
    </div>
  );
}
