import type { CopyLineage } from '../../../../shared/model/sharing';
import { useApp } from '../../app/store';
import { useT } from '../../i18n/useT';
import { lineageTexts } from './texts';

/** The received copy in plain words: which file, how it stands to the open plan, where it comes from, the common ancestor. */
export function CopyLineageBanner({ name, lineage }: { name: string; lineage: CopyLineage }) {
  const t = useT();
  const lang = useApp((state) => state.lang);
  const texts = lineageTexts(t, lang, lineage);
  // Another plan's copy has no ancestor with this one by definition: the warning would only add noise.
  const warnNoAncestor = !texts.ancestor && lineage.relation !== 'other_plan';
  return (
    <section aria-labelledby="lineage-title" className={`lineage-banner relation-${lineage.relation}`} data-relation={lineage.relation}>
      <h2 id="lineage-title">{t('mergeui.lineage.title')}</h2>
      <p className="lineage-file">
        <span className="visually-hidden">{t('mergeui.lineage.file')}: </span>
        <strong>{name}</strong>
      </p>
      <p className="lineage-relation">{texts.relation}</p>
      <dl className="lineage-facts">
        <dt>{t('mergeui.lineage.originLabel')}</dt>
        <dd>{texts.origin}</dd>
        <dt>{t('mergeui.lineage.editedLabel')}</dt>
        <dd>{texts.edited}</dd>
        {lineage.relation !== 'other_plan' && (
          <>
            <dt>{t('mergeui.lineage.ancestorLabel')}</dt>
            <dd className={warnNoAncestor ? 'lineage-warning' : undefined}>{texts.ancestor ?? t('mergeui.lineage.noAncestor')}</dd>
          </>
        )}
      </dl>
    </section>
  );
}
