import { useId, useMemo, useState } from 'react';
import { formatDate } from '../../../../shared/i18n';
import type { Tactic } from '../../../../shared/model/action';
import { useController } from '../../app/controller-context';
import { useApp } from '../../app/store';
import { useT } from '../../i18n/useT';
import { fraction, monthTicks, scaleFor } from './scale';
import { TimelineBar } from './TimelineBar';
import './timeline.css';

type Dated = Tactic & { startOn: string; endOn: string };
type GroupBy = 'line' | 'unit';

interface Group {
  id: string;
  title: string;
  tactics: Dated[];
}

const isDated = (tactic: Tactic): tactic is Dated => tactic.startOn !== null && tactic.endOn !== null;

/** The tactics over the plan period (a Gantt chart), grouped by strategy line or by owning unit. */
export function TimelineSection() {
  const t = useT();
  const controller = useController();
  const lang = useApp((state) => state.lang);
  const action = useApp((state) => state.action);
  const units = useApp((state) => state.inventory?.units);
  const readOnly = useApp((state) => state.plan?.readOnly ?? true);
  const [groupBy, setGroupBy] = useState<GroupBy>('line');
  const [announcement, setAnnouncement] = useState('');
  const groupName = useId();

  const groups = useMemo<Group[]>(() => {
    if (!action) return [];
    const dated = action.tactics.filter(isDated);
    if (groupBy === 'line') {
      return action.lines.map((line) => ({ id: line.id, title: line.name, tactics: dated.filter((tactic) => tactic.lineId === line.id) }));
    }
    const byUnit = (units ?? []).map((unit) => ({ id: unit.id, title: unit.name, tactics: dated.filter((tactic) => tactic.unitId === unit.id) }));
    return [...byUnit, { id: '', title: t('timeline.noUnit'), tactics: dated.filter((tactic) => tactic.unitId === null) }];
  }, [action, groupBy, units, t]);

  if (!action) return null;
  const scale = scaleFor(action.period);
  const ticks = monthTicks(action.period);
  const years = [...new Set(ticks.map((tick) => tick.year))].map((year) => {
    const own = ticks.filter((tick) => tick.year === year);
    return { year, left: own[0]!.left, width: own.reduce((sum, tick) => sum + tick.width, 0) };
  });
  const today = new Date().toISOString().slice(0, 10);
  const todayAt = today >= action.period.start && today <= action.period.end ? fraction(scale, today) : null;
  const undated = action.tactics.filter((tactic) => !isDated(tactic));
  const monthFormat = new Intl.DateTimeFormat(lang === 'es' ? 'es-ES' : 'en-GB', { month: 'narrow', timeZone: 'UTC' });

  function commit(tactic: Tactic, dates: { startOn: string; endOn: string }) {
    void controller.change('tactic.update', { id: tactic.id, ...dates }).then((result) => {
      if (result) setAnnouncement(t('timeline.moved', { title: tactic.title, start: formatDate(lang, dates.startOn), end: formatDate(lang, dates.endOn) }));
    });
  }

  return (
    <section className="section timeline-section" aria-labelledby="timeline-title">
      <h1 id="timeline-title">{t('timeline.title')}</h1>
      <p className="help">{t('timeline.help')}</p>
      <p className="timeline-period">{t('timeline.period', { start: formatDate(lang, action.period.start), end: formatDate(lang, action.period.end) })}</p>
      <div className="timeline-controls">
        <fieldset className="timeline-group-by">
          <legend>{t('timeline.groupBy')}</legend>
          {(['line', 'unit'] as const).map((value) => (
            <label key={value}>
              <input type="radio" name={groupName} value={value} checked={groupBy === value} onChange={() => setGroupBy(value)} />
              {t(value === 'line' ? 'timeline.byLine' : 'timeline.byUnit')}
            </label>
          ))}
        </fieldset>
        <button type="button" className="secondary" onClick={() => window.print()}>
          {t('timeline.print')}
        </button>
      </div>
      <p className="muted small">{t('timeline.keyboardHelp')}</p>

      {action.tactics.length === 0 ? (
        <p className="muted">{t('timeline.empty')}</p>
      ) : (
        <div className="timeline" role="group" aria-label={t('timeline.title')}>
          <div className="timeline-row timeline-head" aria-hidden="true">
            <div className="timeline-label">{t('timeline.tacticColumn')}</div>
            <div className="timeline-track">
              {years.map((year) => (
                <span key={year.year} className="timeline-year" style={{ left: `${year.left * 100}%`, width: `${year.width * 100}%` }}>
                  {year.year}
                </span>
              ))}
              {ticks.map((tick) => (
                <span key={tick.iso} className="timeline-month" style={{ left: `${tick.left * 100}%`, width: `${tick.width * 100}%` }}>
                  {monthFormat.format(new Date(`${tick.iso}T00:00:00Z`))}
                </span>
              ))}
            </div>
          </div>
          {groups
            .filter((group) => group.tactics.length > 0)
            .map((group) => (
              <div key={group.id || 'none'} className="timeline-group" role="group" aria-label={group.title}>
                <div className="timeline-row timeline-group-title">
                  <div className="timeline-label">
                    <strong>{group.title}</strong>
                  </div>
                  <div className="timeline-track" aria-hidden="true" />
                </div>
                {group.tactics.map((tactic) => (
                  <div key={tactic.id} className="timeline-row">
                    <div className="timeline-label" title={tactic.title}>
                      {tactic.title}
                    </div>
                    <div className="timeline-track">
                      {ticks.map((tick) => (
                        <span key={tick.iso} className={`timeline-gridline${tick.month === 1 ? ' year-start' : ''}`} style={{ left: `${tick.left * 100}%` }} aria-hidden="true" />
                      ))}
                      {todayAt !== null && <span className="timeline-today" style={{ left: `${todayAt * 100}%` }} aria-hidden="true" />}
                      <TimelineBar tactic={tactic} scale={scale} lang={lang} t={t} readOnly={readOnly} onCommit={commit} />
                    </div>
                  </div>
                ))}
              </div>
            ))}
        </div>
      )}

      <div className="timeline-legend" aria-label={t('timeline.legend')}>
        {(['planned', 'in_progress', 'done', 'cancelled'] as const).map((status) => (
          <span key={status} className="timeline-legend-item">
            <span className={`timeline-swatch status-${status}`} aria-hidden="true" />
            {t(`action.tacticStatuses.${status}`)}
          </span>
        ))}
        {todayAt !== null && (
          <span className="timeline-legend-item">
            <span className="timeline-swatch today" aria-hidden="true" />
            {t('timeline.today')}
          </span>
        )}
      </div>

      {undated.length > 0 && (
        <section className="timeline-undated" aria-labelledby="timeline-undated-title">
          <h2 id="timeline-undated-title">{t('timeline.undated')}</h2>
          <p className="muted">{t('timeline.undatedHint')}</p>
          <ul>
            {undated.map((tactic) => (
              <li key={tactic.id}>{tactic.title}</li>
            ))}
          </ul>
          <button type="button" className="secondary" onClick={() => useApp.setState({ section: 'lines' })}>
            {t('timeline.goToLines')}
          </button>
        </section>
      )}
      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
    </section>
  );
}
