import { useId, useRef, useState } from 'react';
import type { Finding } from '../../../../shared/audit/findings';
import type { Account } from '../../../../shared/model/accounts';
import { formatDate } from '../../../../shared/i18n';
import { useApp } from '../../app/store';
import { useT } from '../../i18n/useT';
import type { InventoryIndex } from '../accounts/inventory-index';
import { PlatformBadge } from '../accounts/PlatformBadge';
import { showAccountsWithFinding } from '../accounts/view-store';
import { QuickFix } from './QuickFix';

const PAGE = 10;

interface FindingCardProps {
  finding: Finding;
  accountsById: ReadonlyMap<string, Account>;
  index: InventoryIndex;
  dormantAfterDays: number;
  readOnly: boolean;
  /** Told after each fix, with the account's name. */
  onFixed: (name: string) => void;
}

/** One kind of problem: what it is, why it matters, how to fix it, and the accounts concerned. */
export function FindingCard({ finding, accountsById, index, dormantAfterDays, readOnly, onFixed }: FindingCardProps) {
  const t = useT();
  const lang = useApp((state) => state.lang);
  const id = useId();
  const [expanded, setExpanded] = useState(false);
  const [limit, setLimit] = useState(PAGE);
  const bodyRef = useRef<HTMLTableSectionElement>(null);
  const toggleRef = useRef<HTMLButtonElement>(null);
  const { code } = finding;
  const title = t(`inventory.findings.${code}.title`);
  const items = finding.items.slice(0, limit).flatMap((accountId) => accountsById.get(accountId) ?? []);

  /** The fixed row leaves the list and takes the focus with it: give it to the row that took its place. */
  function refocusAfterFix(position: number) {
    requestAnimationFrame(() => {
      if (document.activeElement && document.activeElement !== document.body) return;
      const rows = bodyRef.current?.rows;
      const row = rows && rows.length > 0 ? rows[Math.min(position, rows.length - 1)] : undefined;
      (row?.querySelector<HTMLElement>('select, button') ?? toggleRef.current)?.focus();
    });
  }

  const nameOf = (account: Account) => account.handle || account.displayName || t(`inventory.platforms.${account.platform}`);

  return (
    <article className={`finding-card severity-${finding.severity}`} aria-labelledby={`${id}-title`} data-code={code}>
      <header className="finding-head">
        <span className={`severity-badge severity-${finding.severity}`}>{t(`accounts.audit.severity.${finding.severity}`)}</span>
        <h3 id={`${id}-title`}>{title}</h3>
        <span className="finding-count" data-testid={`finding-count-${code}`}>
          {t('accounts.audit.count', { count: finding.count })}
        </span>
      </header>
      <p className="finding-description">{t(`inventory.findings.${code}.description`, { days: dormantAfterDays })}</p>
      <p className="finding-fix">
        <strong>{t('accounts.audit.howToFix')}</strong> {t(`inventory.findings.${code}.fix`)}
      </p>
      <div className="button-row">
        <button ref={toggleRef} type="button" className="secondary" aria-expanded={expanded} aria-controls={`${id}-list`} onClick={() => setExpanded(!expanded)}>
          {t('accounts.audit.showAccounts')}
        </button>
        <button type="button" className="secondary" onClick={() => showAccountsWithFinding(code)}>
          {t('accounts.audit.showInGrid')}
        </button>
      </div>
      <div id={`${id}-list`} hidden={!expanded}>
        {expanded && (
          <table className="finding-accounts">
            <caption className="visually-hidden">{t('accounts.audit.accountsOf', { title })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('accounts.audit.account')}</th>
                <th scope="col">{t('accounts.audit.unit')}</th>
                <th scope="col">{t('accounts.audit.fix')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('accounts.audit.openAccount')}</span>
                </th>
              </tr>
            </thead>
            <tbody ref={bodyRef}>
              {items.map((account, position) => {
                const name = nameOf(account);
                const unit = account.unitId ? index.unitById.get(account.unitId) : undefined;
                return (
                  <tr key={account.id}>
                    <th scope="row">
                      <PlatformBadge platform={account.platform} />
                      <span className="account-name">{name}</span>
                      {account.displayName && account.displayName !== name && <span className="muted small"> · {account.displayName}</span>}
                      {code === 'DORMANT' && (
                        <span className="muted small detail">
                          {account.lastPostOn ? t('accounts.audit.lastPost', { date: formatDate(lang, account.lastPostOn) }) : t('accounts.audit.noLastPost')}
                        </span>
                      )}
                    </th>
                    <td>{unit ? unit.name : <span className="muted">{t('inventory.noUnit')}</span>}</td>
                    <td>
                      <QuickFix
                        code={code}
                        account={account}
                        name={name}
                        index={index}
                        readOnly={readOnly}
                        onFixed={() => {
                          refocusAfterFix(position);
                          onFixed(name);
                        }}
                      />
                    </td>
                    <td>
                      <button type="button" className="link" onClick={() => showAccountsWithFinding(code, account.id)} aria-label={`${t('accounts.audit.openAccount')}: ${name}`}>
                        {t('accounts.audit.openAccount')}
                      </button>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        )}
        {expanded && finding.items.length > limit && (
          <button type="button" className="link show-more" onClick={() => setLimit(limit + PAGE * 5)}>
            {t('accounts.audit.showMore', { count: Math.min(PAGE * 5, finding.items.length - limit) })}
          </button>
        )}
      </div>
    </article>
  );
}
