import type { Finding } from '../../../../shared/audit/findings';
import type { SwotItem } from '../../../../shared/model/action';
import { useApp } from '../../app/store';
import { useT } from '../../i18n/useT';
import { recordElementId } from '../traceability/go-to-record';
import { focusSoon } from './focus-soon';
import type { SwotActions } from './useSwotActions';

interface FindingsPanelProps {
  findings: readonly Finding[];
  items: readonly SwotItem[];
  readOnly: boolean;
  actions: SwotActions;
}

/**
 * The inventory's audit findings as candidate weaknesses: one button turns a finding into a
 * weakness with its count as evidence. Findings already on the board say so.
 */
export function FindingsPanel({ findings, items, readOnly, actions }: FindingsPanelProps) {
  const t = useT();
  const hasAccounts = useApp((state) => (state.inventory?.accounts.length ?? 0) > 0);
  const used = new Map(items.filter((item) => item.source === 'finding').map((item) => [item.sourceRef, item]));
  const pending = findings.filter((finding) => !used.has(finding.code)).length;

  async function create(code: string) {
    const item = await actions.fromFinding(code);
    if (item) focusSoon(() => document.getElementById(recordElementId('swot', item.id))?.querySelector<HTMLElement>('[data-tool="moveTo"]'));
  }

  return (
    <details className="findings-panel" open={pending > 0 ? true : undefined}>
      <summary>
        <strong>{t('diagnosis.findings.title')}</strong>{' '}
        <span className="muted">{findings.length === 0 ? t('diagnosis.findings.noneShort') : t('diagnosis.findings.pending', { count: pending })}</span>
      </summary>
      <p className="hint">{hasAccounts ? t('diagnosis.findings.help') : t('diagnosis.findings.noAccounts')}</p>
      {findings.length > 0 && (
        <ul className="finding-options">
          {findings.map((finding) => {
            const title = t(`inventory.findings.${finding.code}.title`);
            const existing = used.get(finding.code);
            return (
              <li key={finding.code} className={`severity-${finding.severity}`}>
                <span className="finding-option-title">{title}</span>
                <span className="muted small">
                  {t('diagnosis.findings.count', { count: finding.count })} · {t('diagnosis.findings.severity', { level: t(`inventory.severities.${finding.severity}`).toLocaleLowerCase() })}
                </span>
                {existing ? (
                  <span className="already">✓ {t('diagnosis.findings.already')}</span>
                ) : (
                  <button type="button" className="secondary small-button" disabled={readOnly} aria-label={t('diagnosis.findings.createOf', { title })} onClick={() => void create(finding.code)}>
                    {t('diagnosis.findings.create')}
                  </button>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </details>
  );
}
