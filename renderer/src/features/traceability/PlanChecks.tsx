import { useState } from 'react';
import type { PlanCheck } from '../../../../shared/action/checks';
import type { ActionPlan } from '../../../../shared/model/action-plan';
import { useApp } from '../../app/store';
import { useT } from '../../i18n/useT';
import { goToRecord } from './go-to-record';
import { placeKey, type RecordNamer } from './record-names';

const SHOWN = 8;
const ORDER = { high: 0, medium: 1, low: 2 } as const;

/** The plan checks, gravest first, each listing its records with a link to where each is fixed. */
export function PlanChecks({ plan, nameOf }: { plan: ActionPlan; nameOf: RecordNamer }) {
  const t = useT();
  const checks = [...plan.checks].sort((a, b) => ORDER[a.severity] - ORDER[b.severity]);
  return (
    <section id="plan-checks" className="plan-checks" aria-labelledby="plan-checks-title" tabIndex={-1}>
      <h2 id="plan-checks-title">{t('diagnosis.checks.title')}</h2>
      <p className="help">{t('diagnosis.checks.help')}</p>
      {checks.length === 0 ? (
        <p className="card all-clear">
          <span aria-hidden="true">✓ </span>
          {t('diagnosis.checks.allClear')}
        </p>
      ) : (
        <ul className="check-list">
          {checks.map((check) => (
            <CheckCard key={check.code} check={check} nameOf={nameOf} />
          ))}
        </ul>
      )}
    </section>
  );
}

function CheckCard({ check, nameOf }: { check: PlanCheck; nameOf: RecordNamer }) {
  const t = useT();
  const [all, setAll] = useState(false);
  const titleId = `check-${check.code}`;
  const shown = all ? check.items : check.items.slice(0, SHOWN);
  return (
    <li className={`finding-card check-card severity-${check.severity}`} aria-labelledby={titleId} data-code={check.code}>
      <header className="finding-head">
        <span className={`severity-badge severity-${check.severity}`}>{t('diagnosis.checks.severity', { level: t(`inventory.severities.${check.severity}`).toLocaleLowerCase() })}</span>
        <h3 id={titleId}>{t(`action.checks.${check.code}`)}</h3>
        <span className="finding-count">{t('diagnosis.checks.count', { count: check.count })}</span>
      </header>
      <p className="finding-fix">{t(`diagnosis.checks.fix.${check.code}`)}</p>
      <ul className="check-records">
        {shown.map((record) => {
          const name = nameOf(record.kind, record.id) ?? '';
          const place = t(placeKey(record.kind));
          return (
            <li key={`${record.kind}-${record.id}`}>
              <span className="record-kind">{t(`diagnosis.trace.kinds.${record.kind}`)}</span>
              <span className="record-name">{name}</span>
              <button type="button" className="link" aria-label={t('diagnosis.checks.fixOf', { name, place })} onClick={() => goToRecord(record.kind, record.id)}>
                {t('diagnosis.checks.fixIn', { place })}
              </button>
              {record.kind === 'swot' && (
                // A weakness is answered by writing an objective for it, on the objectives screen.
                <button type="button" className="link" aria-label={t('diagnosis.checks.answerOf', { name })} onClick={() => useApp.setState({ section: 'objectives' })}>
                  {t('diagnosis.checks.answer')}
                </button>
              )}
            </li>
          );
        })}
      </ul>
      {check.items.length > SHOWN && (
        <button type="button" className="link" aria-expanded={all} onClick={() => setAll(!all)}>
          {all ? t('diagnosis.checks.showFewer') : t('diagnosis.checks.showAll', { count: check.items.length })}
        </button>
      )}
    </li>
  );
}
