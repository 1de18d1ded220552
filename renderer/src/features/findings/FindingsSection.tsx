import { useCallback, useMemo, useRef } from 'react';
import { useApp } from '../../app/store';
import { useT } from '../../i18n/useT';
import { useInventoryIndex } from '../accounts/inventory-index';
import { useCollator } from '../accounts/locale';
import { useAnnouncer } from '../accounts/useAnnouncer';
import { DormantThreshold } from './DormantThreshold';
import { FindingCard } from './FindingCard';
import { InventorySummary } from './InventorySummary';
import '../accounts/accounts.css';
import './findings.css';

/** The review of the inventory: each problem with its accounts and a fix, and the summary tables. */
export function FindingsSection() {
  const t = useT();
  const inventory = useApp((state) => state.inventory);
  const plan = useApp((state) => state.plan);
  const collator = useCollator();
  const index = useInventoryIndex(inventory, collator);
  const [announce, announcer] = useAnnouncer();
  const titleRef = useRef<HTMLHeadingElement>(null);
  const accountsById = useMemo(() => new Map((inventory?.accounts ?? []).map((account) => [account.id, account])), [inventory]);
  const affected = useMemo(() => new Set(inventory?.findings.flatMap((finding) => finding.items)).size, [inventory]);

  const onFixed = useCallback(
    (name: string) => {
      announce(t('accounts.audit.fixed', { name }));
      // When the last account of a problem is fixed its card goes away: keep focus on the page.
      requestAnimationFrame(() => {
        if (!document.activeElement || document.activeElement === document.body) titleRef.current?.focus();
      });
    },
    [announce, t],
  );

  if (!inventory || !index || !plan) return null;
  const readOnly = plan.readOnly;
  const days = inventory.settings.dormantAfterDays;

  return (
    <section aria-labelledby="findings-title" className="section findings-screen">
      <h1 id="findings-title" ref={titleRef} tabIndex={-1}>
        {t('accounts.audit.title')}
      </h1>
      <p className="help">{t('accounts.audit.help')}</p>
      <div className="findings-top">
        <p className="findings-overview">
          {t('accounts.audit.overview', { accounts: inventory.accounts.length, affected, kinds: inventory.findings.length })}
        </p>
        <DormantThreshold days={days} readOnly={readOnly} />
      </div>
      {announcer}
      {inventory.accounts.length === 0 ? (
        <p className="card">{t('accounts.audit.noAccounts')}</p>
      ) : inventory.findings.length === 0 ? (
        <p className="card all-clear">{t('accounts.audit.none')}</p>
      ) : (
        <div className="finding-list">
          {inventory.findings.map((finding) => (
            <FindingCard
              key={finding.code}
              finding={finding}
              accountsById={accountsById}
              index={index}
              dormantAfterDays={days}
              readOnly={readOnly}
              onFixed={onFixed}
            />
          ))}
        </div>
      )}
      {inventory.accounts.length > 0 && <InventorySummary inventory={inventory} index={index} />}
    </section>
  );
}
