import type { MergeOutcome } from '../../../../shared/model/sharing';
import { useApp } from '../../app/store';
import { useT } from '../../i18n/useT';
import { countsList } from './texts';

/** What a merge just did, told once it is written. */
export function MergeSummary({ outcome }: { outcome: MergeOutcome }) {
  const t = useT();
  const lang = useApp((state) => state.lang);
  const conflicts = outcome.conflicts > 0 ? t('mergeui.review.conflictsCount', { count: outcome.conflicts }) : t('mergeui.review.noConflicts');
  return (
    <section aria-labelledby="merge-summary-title" className="receive-panel card merge-summary">
      <h2 id="merge-summary-title">{t('mergeui.summary.title')}</h2>
      <p>{t('mergeui.summary.done', { via: outcome.via, list: countsList(t, lang, outcome), conflicts })}</p>
      <p className="muted">{t('mergeui.summary.undo')}</p>
    </section>
  );
}
