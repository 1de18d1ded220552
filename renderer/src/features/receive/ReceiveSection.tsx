import { useEffect } from 'react';
import { useApp } from '../../app/store';
import { useT } from '../../i18n/useT';
import { ComparisonView } from './ComparisonView';
import { ConsolidationList } from './ConsolidationList';
import { CopyLineageBanner } from './CopyLineageBanner';
import { MergeReview } from './MergeReview';
import { MergeSummary } from './MergeSummary';
import { useReceive } from './receive-store';
import { useReceiveActions } from './useReceiveActions';
import './receive.css';

/**
 * "Receive and merge": a copy of the plan comes back by e-mail, edited by colleagues or a
 * department; here the planner sees where it comes from, compares it, and merges it in,
 * deciding change by change and conflict by conflict, as one undo step.
 */
export function ReceiveSection() {
  const t = useT();
  const lang = useApp((state) => state.lang);
  const plan = useApp((state) => state.plan);
  const busy = useApp((state) => state.busy);
  const state = useReceive();
  const actions = useReceiveActions();
  const { copy, lineage, comparison, preview, decisions, outcome, error, work, shownLang } = state;

  // The engine describes the changes in the language of the moment: describe them again when it changes.
  useEffect(() => {
    if (!shownLang || shownLang === lang || work) return;
    if (comparison) void actions.compare();
    else if (preview && decisions) void actions.prepare(decisions);
    // Only the language triggers this; the actions are fresh closures each render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [lang]);

  if (!plan) return null;
  const working = work !== null || busy;
  const canMerge = lineage !== null && lineage.relation !== 'other_plan';
  // Merging moves the revision on before the review is cleared: that is no expiry.
  const expired = preview !== null && work !== 'merging' && plan.meta.revision !== state.previewRevision;
  const stale = expired ? 'expired' : state.refused ? 'refused' : null;

  return (
    <section aria-labelledby="receive-title" className="section receive-screen">
      <h1 id="receive-title">{t('mergeui.title')}</h1>
      <p className="help">{t('mergeui.help')}</p>
      <div className="button-row receive-pick">
        <button type="button" className={copy ? 'secondary' : undefined} disabled={working} onClick={() => void actions.pick()}>
          {t(copy ? 'mergeui.pickOther' : 'mergeui.pick')}
        </button>
        <p role="status" aria-live="polite" className="receive-work muted">
          {work ? t(`mergeui.working.${work}`) : ''}
        </p>
      </div>
      {error && (
        <p role="alert" className="receive-error">
          {error}
        </p>
      )}
      {copy && lineage && (
        <>
          <CopyLineageBanner name={copy.name} lineage={lineage} />
          <div className="button-row receive-actions" role="group" aria-label={t('mergeui.actions.label')}>
            <button type="button" className="secondary" disabled={working} onClick={() => void actions.compare()}>
              {t('mergeui.actions.compare')}
            </button>
            <button type="button" disabled={working || !canMerge} onClick={() => void actions.prepare()}>
              {t('mergeui.actions.merge')}
            </button>
            {!canMerge && <span className="muted small">{t('mergeui.actions.otherPlan')}</span>}
          </div>
        </>
      )}
      <div role="status" aria-live="polite">
        {outcome && <MergeSummary outcome={outcome} />}
      </div>
      {comparison && <ComparisonView comparison={comparison} />}
      {preview && decisions && (
        <MergeReview
          preview={preview}
          decisions={decisions}
          stale={stale}
          working={working}
          onDecisions={(next) => useReceive.setState({ decisions: next })}
          onMerge={() => void actions.merge()}
          onPrepareAgain={() => void actions.prepare(decisions)}
          onLeave={actions.leaveReview}
        />
      )}
      <ConsolidationList />
    </section>
  );
}
