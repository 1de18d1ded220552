import { useMemo, useState } from 'react';
import { useApp } from '../../app/store';
import { useT } from '../../i18n/useT';
import { BOARD_ORDER } from '../swot/board-order';
import { PlanChecks } from './PlanChecks';
import { recordNamer } from './record-names';
import { ServesPanel } from './ServesPanel';
import { TraceMatrix } from './TraceMatrix';
import { coverage, MUST_ANSWER, servedBy, type AnswerRef } from './trace-model';
import '../findings/findings.css';
import '../swot/swot.css';
import './traceability.css';

/** From the diagnosis to the action and back, and the plan checks with the way to each fix. */
export function TraceabilitySection() {
  const t = useT();
  const action = useApp((state) => state.action);
  const lang = useApp((state) => state.lang);
  const nameOf = useMemo(() => (action ? recordNamer(action, lang) : () => null), [action, lang]);
  const [selected, setSelected] = useState<AnswerRef | null>(null);
  const [allQuadrants, setAllQuadrants] = useState(false);
  // A selection whose record was deleted meanwhile is no selection.
  const current = useMemo(() => {
    if (!selected || !action) return null;
    const lists = { objective: action.objectives, line: action.lines, tactic: action.tactics, kpi: action.kpis };
    return lists[selected.kind].some((record) => record.id === selected.id) ? selected : null;
  }, [action, selected]);
  const served = useMemo(() => (current && action ? servedBy(action.traceability, current) : []), [action, current]);

  if (!action) return null;
  const { weakness, threat } = coverage(action);
  const quadrants = allQuadrants ? BOARD_ORDER : BOARD_ORDER.filter((quadrant) => MUST_ANSWER.includes(quadrant));
  const warnings = action.checks.reduce((sum, check) => sum + check.count, 0);

  return (
    <section aria-labelledby="trace-title" className="section trace-screen">
      <h1 id="trace-title">{t('diagnosis.trace.title')}</h1>
      <p className="help">{t('diagnosis.trace.help')}</p>
      <div className="trace-summary">
        <p className={weakness.answered < weakness.total ? 'coverage short' : 'coverage'}>{t('diagnosis.trace.coverage.weakness', { answered: weakness.answered, total: weakness.total })}</p>
        <p className={threat.answered < threat.total ? 'coverage short' : 'coverage'}>{t('diagnosis.trace.coverage.threat', { answered: threat.answered, total: threat.total })}</p>
        <a href="#plan-checks" className="button secondary" onClick={(event) => {
          event.preventDefault();
          const target = document.getElementById('plan-checks');
          target?.scrollIntoView({ block: 'start' });
          target?.focus({ preventScroll: true });
        }}>
          {warnings === 0 ? t('diagnosis.trace.toChecksClear') : t('diagnosis.trace.toChecks', { count: warnings })}
        </a>
      </div>
      <h2>{t('diagnosis.trace.matrixTitle')}</h2>
      {action.swot.length === 0 ? (
        <p className="card">
          {t('diagnosis.trace.noSwot')}{' '}
          <button type="button" className="link" onClick={() => useApp.setState({ section: 'swot' })}>
            {t('diagnosis.came.goToSwot')}
          </button>
        </p>
      ) : (
        <>
          <div className="trace-tools">
            <ServesPanel plan={action} selected={current} served={served} onSelect={setSelected} nameOf={nameOf} />
            <label className="check-option">
              <input type="checkbox" checked={allQuadrants} onChange={(event) => setAllQuadrants(event.target.checked)} />
              {t('diagnosis.trace.showAll')}
            </label>
          </div>
          <TraceMatrix plan={action} quadrants={quadrants} selected={current} served={new Set(served)} onSelect={setSelected} nameOf={nameOf} />
        </>
      )}
      <PlanChecks plan={action} nameOf={nameOf} />
    </section>
  );
}
