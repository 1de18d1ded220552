import { useId } from 'react';
import { tacticEffort } from '../../../../shared/action/effort';
import { formatDate } from '../../../../shared/i18n';
import type { CostRole, Tactic } from '../../../../shared/model/action';
import { useApp } from '../../app/store';
import { useT } from '../../i18n/useT';
import type { Say } from '../objectives/ActionStatus';
import { formatHours, formatMoney, outsidePeriod } from '../objectives/numbers';
import { recordElementId } from '../objectives/reveal';
import { TacticEditor } from './TacticEditor';
import { setTacticOpen, useTacticView } from './view-store';

interface TacticItemProps {
  tactic: Tactic;
  /** "1.2": the line's number and the tactic's. */
  number: string;
  index: number;
  count: number;
  roles: ReadonlyMap<string, CostRole>;
  readOnly: boolean;
  say: Say;
}

/**
 * One tactic: a summary line that is always there (title, status, dates, its hours and cost,
 * what needs fixing) and its editor on demand. The container takes focus, and opens when it
 * gets it, so another screen can bring the user straight to it.
 */
export function TacticItem({ tactic, number, index, count, roles, readOnly, say }: TacticItemProps) {
  const t = useT();
  const lang = useApp((state) => state.lang);
  const period = useApp((state) => state.action?.period);
  const open = useTacticView((state) => state.open.has(tactic.id));
  const headingId = useId();
  const effort = tacticEffort(tactic, roles);
  const outside = period !== undefined && (outsidePeriod(tactic.startOn, period) || outsidePeriod(tactic.endOn, period));
  const dates =
    tactic.startOn && tactic.endOn
      ? t('actionui.tactics.dates', { start: formatDate(lang, tactic.startOn), end: formatDate(lang, tactic.endOn) })
      : tactic.startOn
        ? t('actionui.tactics.from', { start: formatDate(lang, tactic.startOn) })
        : tactic.endOn
          ? t('actionui.tactics.until', { end: formatDate(lang, tactic.endOn) })
          : t('actionui.tactics.noDates');
  const flags = [
    outside && t('actionui.tactics.flagOutside'),
    tactic.unitId === null && tactic.ownerId === null && t('actionui.tactics.flagNoOwner'),
    (!tactic.startOn || !tactic.endOn) && t('actionui.tactics.flagNoDates'),
  ].filter((flag): flag is string => Boolean(flag));

  return (
    <article
      id={recordElementId('tactic', tactic.id)}
      tabIndex={-1}
      className={`tactic record${open ? ' open' : ''}${tactic.status === 'cancelled' ? ' cancelled' : ''}`}
      aria-labelledby={headingId}
      onFocus={(event) => {
        if (event.target === event.currentTarget) setTacticOpen(tactic.id, true);
      }}
    >
      <div className="tactic-summary">
        <h4 id={headingId}>
          <button type="button" className="tactic-toggle" aria-expanded={open} aria-controls={`${headingId}-editor`} onClick={() => setTacticOpen(tactic.id, !open)}>
            <span className="toggle-mark" aria-hidden="true">
              {open ? '▾' : '▸'}
            </span>
            <span className="record-number">{t('actionui.tactics.heading', { number })}</span> <span className="tactic-title">{tactic.title}</span>
          </button>
        </h4>
        <span className={`status-badge status-${tactic.status}`}>{t(`action.tacticStatuses.${tactic.status}`)}</span>
        <span className={outside ? 'tactic-dates outside' : 'tactic-dates'}>{dates}</span>
        <span className="tactic-effort" data-testid="tactic-effort" title={t('actionui.tactics.effortTitle')}>
          {tactic.status === 'cancelled'
            ? t('actionui.tactics.cancelledEffort')
            : t('actionui.tactics.effortShort', { hours: formatHours(lang, effort.hours), cost: formatMoney(lang, effort.cost) })}
        </span>
        {flags.length > 0 && (
          <span className="tactic-flags">
            {flags.map((flag) => (
              <span key={flag} className="flag flag-warn">
                <span aria-hidden="true">⚠ </span>
                {flag}
              </span>
            ))}
          </span>
        )}
      </div>
      {open && (
        <div id={`${headingId}-editor`}>
          <TacticEditor tactic={tactic} number={number} index={index} count={count} roles={roles} readOnly={readOnly} say={say} />
        </div>
      )}
    </article>
  );
}
