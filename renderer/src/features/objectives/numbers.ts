import { formatNumber, LOCALES, type Lang } from '../../../../shared/i18n';
import { parseLocaleNumber } from '../accounts/locale';

/**
 * A number typed the way the user writes it ("1.234,5" in Spanish), optionally signed and
 * followed by the unit people tend to type out of habit ("30 €", "40 %"). Empty text is null;
 * anything that is not a number is undefined, so the field can say so instead of guessing.
 */
export function parseNumberInput(lang: Lang, text: string, allowNegative = false): number | null | undefined {
  const trimmed = text.trim().replace(/\s*[€%]$/, '');
  const negative = allowNegative && /^[-\u2212]/.test(trimmed);
  const value = parseLocaleNumber(lang, negative ? trimmed.slice(1) : trimmed);
  if (value === undefined || (value === null && negative)) return undefined;
  return value === null ? null : negative ? -value : value;
}

/** How a stored number is shown back in a field: the user's own notation, no rounding surprises. */
export function formatNumberInput(lang: Lang, value: number | null): string {
  return value === null ? '' : formatNumber(lang, value, { maximumFractionDigits: 6 });
}

export function formatMoney(lang: Lang, value: number): string {
  return new Intl.NumberFormat(LOCALES[lang], { style: 'currency', currency: 'EUR' }).format(value);
}

export function formatHours(lang: Lang, value: number): string {
  return `${formatNumber(lang, value, { maximumFractionDigits: 1 })}\u00a0h`;
}

/** Full-time equivalents always with two decimals: 0,01 is real effort, not nothing. */
export function formatFte(lang: Lang, value: number): string {
  return formatNumber(lang, value, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
}

/** Whether a date lies outside the plan period: the plan checks' own rule. */
export { outsidePeriod } from '../../../../shared/action/checks';
