import { formatNumber, type Lang } from '../../../../shared/i18n';

const KB = 1024;
const MB = 1024 * 1024;

/** "34 kB", "2,5 MB": a file's size as people read it, with the language's decimal mark. */
export function formatFileSize(lang: Lang, bytes: number): string {
  if (bytes < KB) return `${formatNumber(lang, bytes)} B`;
  const [value, unit] = bytes < MB ? [bytes / KB, 'kilobyte'] : [bytes / MB, 'megabyte'];
  // One decimal only where it tells something (2,5 MB), none where it is noise (340 kB).
  return formatNumber(lang, value, { style: 'unit', unit, unitDisplay: 'short', maximumFractionDigits: value < 10 ? 1 : 0 });
}
