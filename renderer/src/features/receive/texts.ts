import { formatDateTime, LOCALES, type Lang, type Translator } from '../../../../shared/i18n';
import type { CopyLineage } from '../../../../shared/model/sharing';

/** "2 añadidos, 1 cambiado y 3 quitados", naming only the kinds there are. */
export function countsList(t: Translator, lang: Lang, counts: { added: number; changed: number; removed: number }): string {
  const parts = (['added', 'changed', 'removed'] as const).filter((kind) => counts[kind] > 0).map((kind) => t(`mergeui.counts.${kind}`, { count: counts[kind] }));
  if (parts.length === 0) return t('mergeui.counts.none');
  return new Intl.ListFormat(LOCALES[lang], { style: 'long', type: 'conjunction' }).format(parts);
}

/** Where a received copy comes from, in sentences: how it stands, who prepared it, its last edit, the common ancestor. */
export function lineageTexts(t: Translator, lang: Lang, lineage: CopyLineage): { relation: string; origin: string; edited: string; ancestor: string | null } {
  const { origin, ancestor } = lineage;
  let originText = t('mergeui.lineage.noOrigin');
  if (origin) {
    const params = { date: formatDateTime(lang, origin.preparedAt), by: origin.preparedBy, recipient: origin.recipient, unit: origin.unitName ?? '' };
    const key = origin.unitName ? (origin.recipient ? 'originUnitFor' : 'originUnit') : origin.recipient ? 'originFor' : 'origin';
    originText = t(`mergeui.lineage.${key}`, params);
  }
  const editedParams = { revision: String(lineage.revision), date: formatDateTime(lang, lineage.lastEditedAt), by: lineage.lastEditedBy };
  return {
    relation: t(`mergeui.lineage.relation.${lineage.relation}`),
    origin: originText,
    edited: t(lineage.lastEditedBy ? 'mergeui.lineage.edited' : 'mergeui.lineage.editedAnonymous', editedParams),
    ancestor: ancestor
      ? t('mergeui.lineage.ancestorFound', {
          what: t(`mergeui.lineage.ancestorKinds.${ancestor.kind}`, { date: formatDateTime(lang, ancestor.createdAt), by: ancestor.createdBy, label: ancestor.label }),
        })
      : null,
  };
}
