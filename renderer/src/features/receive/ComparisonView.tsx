import type { CopyComparison } from '../../../../shared/model/sharing';
import { useApp } from '../../app/store';
import { useT } from '../../i18n/useT';
import { ChangeLine } from './ChangeLine';
import { ChangeList } from './ChangeList';
import { OPEN_UP_TO, countKinds, nestChanges } from './review';
import { countsList } from './texts';

/** What the copy has that differs from the open plan, by section; long sections start folded with their counts showing. */
export function ComparisonView({ comparison }: { comparison: CopyComparison }) {
  const t = useT();
  const lang = useApp((state) => state.lang);
  const { counts, sections } = comparison;
  const nothing = counts.added + counts.changed + counts.removed === 0;
  return (
    <section aria-labelledby="compare-title" className="receive-panel card">
      <h2 id="compare-title">{t('mergeui.compare.title')}</h2>
      <p className="help">{t('mergeui.compare.help')}</p>
      <p className="receive-counts" data-testid="compare-counts">
        {nothing ? t('mergeui.compare.nothing') : t('mergeui.compare.counts', { list: countsList(t, lang, counts) })}
      </p>
      {sections.map((section) => (
        <details key={section.section} className="change-section" open={section.changes.length <= OPEN_UP_TO}>
          <summary>{t('mergeui.compare.section', { title: section.title, list: countsList(t, lang, countKinds(section.changes)) })}</summary>
          <ChangeList nodes={nestChanges(section.changes)} render={(change) => <ChangeLine change={change} />} />
        </details>
      ))}
    </section>
  );
}
