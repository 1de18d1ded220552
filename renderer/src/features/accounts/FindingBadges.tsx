import { FINDING_SEVERITY, type FindingCode } from '../../../../shared/audit/findings';
import type { Translator } from '../../../../shared/i18n';

/** The problems of one account as short badges coloured by severity; their full titles are the tooltip. */
export function FindingBadges({ codes, t }: { codes: readonly FindingCode[]; t: Translator }) {
  if (codes.length === 0) return <span className="muted">—</span>;
  return (
    <span className="finding-badges" title={codes.map((code) => t(`inventory.findings.${code}.title`)).join('\n')}>
      {codes.map((code) => (
        <span key={code} className={`finding-badge severity-${FINDING_SEVERITY[code]}`}>
          {t(`accounts.findingShort.${code}`)}
        </span>
      ))}
    </span>
  );
}
