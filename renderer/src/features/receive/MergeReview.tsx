import { useMemo } from 'react';
import { sectionTitle } from '../../../../shared/merge/labels';
import type { MergePreview } from '../../../../shared/model/sharing';
import { useApp } from '../../app/store';
import { useT } from '../../i18n/useT';
import { ConflictChoice } from './ConflictChoice';
import { ReviewSection } from './ReviewSection';
import { broughtCount, bySection, indexChanges, withBrought, withChoice, type Decisions } from './review';

interface MergeReviewProps {
  preview: MergePreview;
  decisions: Decisions;
  /** The plan moved on since the review was prepared (or the engine refused it): it must be prepared again. */
  stale: 'expired' | 'refused' | null;
  working: boolean;
  onDecisions: (decisions: Decisions) => void;
  onMerge: () => void;
  onPrepareAgain: () => void;
  onLeave: () => void;
}

/**
 * The merge before anything is written: what the copy's scope is, the conflicts to settle first,
 * then every change the copy brings, each accepted by default and each one's own decision.
 */
export function MergeReview({ preview, decisions, stale, working, onDecisions, onMerge, onPrepareAgain, onLeave }: MergeReviewProps) {
  const t = useT();
  const lang = useApp((state) => state.lang);
  const byKey = useMemo(() => indexChanges(preview.changes), [preview]);
  const groups = useMemo(() => bySection(preview.changes), [preview]);
  const allKeys = useMemo(() => preview.changes.map((change) => change.key), [preview]);
  const { changes, conflicts } = preview;
  const nothing = changes.length === 0 && conflicts.length === 0;
  const locked = working || stale !== null;
  const bring = (keys: readonly string[], yes: boolean) => onDecisions(withBrought(decisions, keys, yes));
  const conflictsText = conflicts.length > 0 ? t('mergeui.review.conflictsCount', { count: conflicts.length }) : t('mergeui.review.noConflicts');

  return (
    <section aria-labelledby="review-title" className="receive-panel card merge-review">
      <h2 id="review-title">{t('mergeui.review.title')}</h2>
      <p className="help">{t('mergeui.review.help')}</p>
      {preview.unitName && (
        <p className="review-note">
          {t('mergeui.review.unit', { unit: preview.unitName })}
          {preview.ignoredOutsideUnit > 0 && ` ${t('mergeui.review.ignored', { count: preview.ignoredOutsideUnit })}`}
        </p>
      )}
      {!preview.ancestorFound && <p className="review-warning">{t('mergeui.lineage.noAncestor')}</p>}
      {stale && (
        <div className="review-stale" role="alert">
          <p>{t(stale === 'expired' ? 'mergeui.review.expired' : 'mergeui.review.refused')}</p>
          <button type="button" disabled={working} onClick={onPrepareAgain}>
            {t('mergeui.review.prepareAgain')}
          </button>
        </div>
      )}
      {nothing && <p className="receive-counts">{t('mergeui.review.nothing')}</p>}

      {conflicts.length > 0 && (
        <section aria-labelledby="conflicts-title" className="review-conflicts">
          <h3 id="conflicts-title">{t('mergeui.review.conflictsTitle')}</h3>
          <p className="muted">{t('mergeui.review.conflictsHelp', { count: conflicts.length })}</p>
          {conflicts.map((conflict) => (
            <ConflictChoice
              key={conflict.id}
              conflict={conflict}
              chosen={decisions.choices[conflict.id] ?? conflict.chosen}
              disabled={locked}
              onChoose={(side) => onDecisions(withChoice(decisions, conflict.id, side))}
            />
          ))}
        </section>
      )}

      {changes.length > 0 && (
        <section aria-labelledby="changes-title" className="review-changes">
          <h3 id="changes-title">{t('mergeui.review.changesTitle')}</h3>
          {/* With one section its own buttons say the same. */}
          {groups.length > 1 && (
            <div className="button-row" role="group" aria-label={t('mergeui.review.allLabel')}>
              <button type="button" className="secondary compact" disabled={locked} onClick={() => bring(allKeys, true)}>
                {t('mergeui.review.acceptAll')}
              </button>
              <button type="button" className="secondary compact" disabled={locked} onClick={() => bring(allKeys, false)}>
                {t('mergeui.review.rejectAll')}
              </button>
            </div>
          )}
          {groups.map((group) => (
            <ReviewSection key={group.section} title={sectionTitle(lang, group.section)} changes={group.changes} byKey={byKey} decisions={decisions} disabled={locked} onBring={bring} />
          ))}
        </section>
      )}

      <div className="review-footer">
        <p role="status" aria-live="polite" className="review-total">
          {nothing ? '' : t('mergeui.review.total', { brought: broughtCount(changes, decisions, byKey), total: changes.length, conflicts: conflictsText })}
        </p>
        <div className="button-row">
          <button type="button" disabled={locked || nothing} onClick={onMerge}>
            {t('mergeui.review.merge')}
          </button>
          <button type="button" className="secondary" disabled={working} onClick={onLeave}>
            {t('mergeui.review.cancel')}
          </button>
        </div>
      </div>
    </section>
  );
}
