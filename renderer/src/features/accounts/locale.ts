import { useMemo } from 'react';
import { LOCALES, type Lang } from '../../../../shared/i18n';
import { useApp } from '../../app/store';

/** Sorting that puts "Área" next to "Arte" and ignores case, the way people read lists. */
export function useCollator(): Intl.Collator {
  const lang = useApp((state) => state.lang);
  return useMemo(() => new Intl.Collator(LOCALES[lang], { sensitivity: 'base', numeric: true }), [lang]);
}

/**
 * A number typed the way the user writes it: "12.500" and "1,5" in Spanish, "12,500" and
 * "1.5" in English. Empty text is "not recorded" (null); anything else that is not a
 * non-negative number is undefined, so the caller can refuse it.
 */
export function parseLocaleNumber(lang: Lang, text: string): number | null | undefined {
  const compact = text.replace(/[\s\u00a0\u202f]/g, '');
  if (compact === '') return null;
  const [group, decimal] = lang === 'es' ? ['.', ','] : [',', '.'];
  const grouped = new RegExp(`^\\d{1,3}(\\${group}\\d{3})+(\\${decimal}\\d+)?$`);
  let normal: string;
  if (grouped.test(compact)) normal = compact.split(group).join('').replace(decimal, '.');
  // A Spanish "1.5" is a decimal point typed out of habit, not a thousands group.
  else normal = compact.replace(decimal, '.');
  if (!/^\d+(\.\d+)?$/.test(normal)) return undefined;
  const value = Number(normal);
  return Number.isFinite(value) && value >= 0 ? value : undefined;
}
