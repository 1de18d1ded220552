import { memo, useCallback, useId, useMemo, useState } from 'react';
import { formatDate, type Lang, type Translator } from '../../../../shared/i18n';
import type { Tactic } from '../../../../shared/model/action';
import { useController } from '../../app/controller-context';
import { useApp } from '../../app/store';
import { useT } from '../../i18n/useT';
import { localIsoDate, monthTicks, scaleFor, todayFraction, yearSpans, type MonthTick, type Scale } from './scale';
import { TimelineBar } from './TimelineBar';
import './timeline.css';

type Dated = Tactic & { startOn: string; endOn: string };
type GroupBy = 'line' | 'unit';
type Commit = (tactic: Tactic, dates: { startOn: string; endOn: string }) => void;

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
  const helpId = useId();
  const periodStart = action?.period.start;
  const periodEnd = action?.period.end;
  // One Scale object per period, so rows whose tactic did not change skip rendering after an edit.
  const scale = useMemo(() => (periodStart && periodEnd ? scaleFor({ start: periodStart, end: periodEnd }) : null), [periodStart, periodEnd]);

  const groups = useMemo<Group[]>(() => {
    if (!action) return [];
    const dated = action.tactics.filter(isDated);
    const nonEmpty = (list: Group[]) => list.filter((group) => group.tactics.length > 0);
    if (groupBy === 'line') {
      return nonEmpty(action.lines.map((line) => ({ id: line.id, title: line.name, tactics: dated.filter((tactic) => tactic.lineId === line.id) })));
    }
    const byUnit = (units ?? []).map((unit) => ({ id: unit.id, title: unit.name, tactics: dated.filter((tactic) => tactic.unitId === unit.id) }));
    return nonEmpty([...byUnit, { id: '', title: t('timeline.noUnit'), tactics: dated.filter((tactic) => tactic.unitId === null) }]);
  }, [action, groupBy, units, t]);

  const commit = useCallback<Commit>(
    (tactic, dates) => {
      void controller.change('tactic.update', { id: tactic.id, ...dates }).then((result) => {
        if (result) setAnnouncement(t('timeline.moved', { title: tactic.title, start: formatDate(lang, dates.startOn), end: formatDate(lang, dates.endOn) }));
      });
    },
    [controller, lang, t],
  );

  if (!action || !scale) return null;
  const ticks = monthTicks(action.period);
  const todayAt = todayFraction(scale, action.period, localIsoDate(new Date()));
  const undated = action.tactics.filter((tactic) => !isDated(tactic));

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
      <p id={helpId} className="muted small timeline-keyboard-help">
        {t('timeline.keyboardHelp')}
      </p>

      {action.tactics.length === 0 ? (
        <p className="muted">{t('timeline.empty')}</p>
      ) : (
        <div className="timeline" role="group" aria-label={t('timeline.title')}>
          <TimelineHead ticks={ticks} lang={lang} t={t} />
          <TimelineGrid ticks={ticks} todayAt={todayAt} />
          {groups.map((group) => (
            <TimelineGroup key={group.id || 'none'} group={group} scale={scale} lang={lang} t={t} readOnly={readOnly} helpId={helpId} onCommit={commit} />
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

/** Years and months above the chart; it stays in view while the rows scroll under it. */
function TimelineHead({ ticks, lang, t }: { ticks: MonthTick[]; lang: Lang; t: Translator }) {
  const monthFormat = new Intl.DateTimeFormat(lang === 'es' ? 'es-ES' : 'en-GB', { month: 'narrow', timeZone: 'UTC' });
  return (
    <div className="timeline-head" aria-hidden="true">
      <div className="timeline-label">{t('timeline.tacticColumn')}</div>
      <div className="timeline-track">
        {yearSpans(ticks).map((year) => (
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
  );
}

/**
 * The month gridlines and today's line, drawn once behind all the rows. Drawing them in every row
 * made ~26 elements per tactic (52,000 of 59,000 with 2,000 tactics) and most of the layout time.
 */
function TimelineGrid({ ticks, todayAt }: { ticks: MonthTick[]; todayAt: number | null }) {
  return (
    <div className="timeline-grid" aria-hidden="true">
      {ticks.map((tick) => (
        <span key={tick.iso} className={`timeline-gridline${tick.month === 1 ? ' year-start' : ''}`} style={{ left: `${tick.left * 100}%` }} />
      ))}
      {todayAt !== null && <span className="timeline-today" style={{ left: `${todayAt * 100}%` }} />}
    </div>
  );
}

interface RowProps {
  scale: Scale;
  lang: Lang;
  t: Translator;
  readOnly: boolean;
  helpId: string;
  onCommit: Commit;
}

function TimelineGroup({ group, ...rowProps }: RowProps & { group: Group }) {
  const titleId = useId();
  return (
    <div className="timeline-group" role="group" aria-labelledby={titleId}>
      {/* The title has the whole row: no bar shares it, so a long line or unit name is not cut. */}
      <h2 id={titleId} className="timeline-group-title">
        {group.title}
      </h2>
      {group.tactics.map((tactic) => (
        <TimelineRow key={tactic.id} tactic={tactic} {...rowProps} />
      ))}
    </div>
  );
}

/** What a row shows of its tactic: when none of it changed, the row is not rendered again. */
function sameRow(before: RowProps & { tactic: Dated }, after: RowProps & { tactic: Dated }): boolean {
  const a = before.tactic;
  const b = after.tactic;
  return (
    a.id === b.id &&
    a.title === b.title &&
    a.startOn === b.startOn &&
    a.endOn === b.endOn &&
    a.status === b.status &&
    before.scale === after.scale &&
    before.lang === after.lang &&
    before.t === after.t &&
    before.readOnly === after.readOnly &&
    before.helpId === after.helpId &&
    before.onCommit === after.onCommit
  );
}

const TimelineRow = memo(function TimelineRow({ tactic, scale, lang, t, readOnly, helpId, onCommit }: RowProps & { tactic: Dated }) {
  return (
    <div className="timeline-row">
      <div className="timeline-label" title={tactic.title}>
        {tactic.title}
      </div>
      <div className="timeline-track">
        <TimelineBar tactic={tactic} scale={scale} lang={lang} t={t} readOnly={readOnly} helpId={helpId} onCommit={onCommit} />
      </div>
    </div>
  );
}, sameRow);
