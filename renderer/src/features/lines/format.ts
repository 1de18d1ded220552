import type { EffortTotal } from '../../../../shared/action/effort';
import type { Translator, Lang } from '../../../../shared/i18n';
import { formatFte, formatHours, formatMoney } from '../objectives/numbers';

/** "28 h · 0,01 FTE · 840,00 €": one total, the same way everywhere on the screen. */
export function effortLine(t: Translator, lang: Lang, total: Pick<EffortTotal, 'hours' | 'cost' | 'fte'>): string {
  return t('actionui.totals.summary', { hours: formatHours(lang, total.hours), fte: formatFte(lang, total.fte), cost: formatMoney(lang, total.cost) });
}
