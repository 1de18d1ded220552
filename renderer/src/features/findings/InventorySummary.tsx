import { useMemo } from 'react';
import { summaryByPlatform, summaryByUnit } from '../../../../shared/audit/summary';
import { ACCOUNT_STATUSES } from '../../../../shared/model/accounts';
import { formatNumber } from '../../../../shared/i18n';
import type { Inventory } from '../../../../shared/model/inventory';
import { useApp } from '../../app/store';
import { useT } from '../../i18n/useT';
import type { InventoryIndex } from '../accounts/inventory-index';
import { PlatformBadge } from '../accounts/PlatformBadge';

/** A proportion bar; the number beside it is the information, the bar only helps the eye. */
function Bar({ value, max }: { value: number; max: number }) {
  return (
    <span className="bar" aria-hidden="true">
      <span className="bar-fill" style={{ width: `${max > 0 && value > 0 ? Math.max(2, (value / max) * 100) : 0}%` }} />
    </span>
  );
}

/** The inventory at a glance: accounts by network and by unit (with the units below it). */
export function InventorySummary({ inventory, index }: { inventory: Inventory; index: InventoryIndex }) {
  const t = useT();
  const lang = useApp((state) => state.lang);
  const byPlatform = useMemo(() => summaryByPlatform(inventory.accounts), [inventory.accounts]);
  const byUnit = useMemo(() => summaryByUnit(inventory.accounts, inventory.units), [inventory.accounts, inventory.units]);
  const maxPlatform = Math.max(0, ...byPlatform.map((entry) => entry.accounts));
  const maxUnit = Math.max(0, ...byUnit.map((entry) => entry.total));

  return (
    <section aria-labelledby="summary-title" className="inventory-summary">
      <h2 id="summary-title">{t('accounts.audit.summary')}</h2>
      <div className="summary-tables">
        <table className="summary-table">
          <caption>{t('accounts.audit.byPlatform')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('accounts.audit.platform')}</th>
              <th scope="col" className="numeric">
                {t('accounts.audit.accounts')}
              </th>
              <th scope="col">
                <span className="visually-hidden">{t('accounts.audit.share')}</span>
              </th>
              <th scope="col" className="numeric">
                {t('accounts.audit.followers')}
              </th>
            </tr>
          </thead>
          <tbody>
            {byPlatform.map((entry) => (
              <tr key={entry.platform}>
                <th scope="row">
                  <PlatformBadge platform={entry.platform} name={t(`inventory.platforms.${entry.platform}`)} />
                </th>
                <td className="numeric">{formatNumber(lang, entry.accounts)}</td>
                <td className="bar-cell">
                  <Bar value={entry.accounts} max={maxPlatform} />
                </td>
                <td className="numeric">{formatNumber(lang, entry.followers)}</td>
              </tr>
            ))}
          </tbody>
        </table>

        <table className="summary-table">
          <caption>{t('accounts.audit.byUnit')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('accounts.audit.unit')}</th>
              <th scope="col" className="numeric">
                {t('accounts.audit.own')}
              </th>
              <th scope="col" className="numeric">
                {t('accounts.audit.total')}
              </th>
              <th scope="col">{t('accounts.audit.statuses')}</th>
            </tr>
          </thead>
          <tbody>
            {byUnit.map((entry) => {
              const unit = entry.unitId ? index.unitById.get(entry.unitId) : undefined;
              const statuses = ACCOUNT_STATUSES.filter((status) => (entry.byStatus[status] ?? 0) > 0);
              return (
                <tr key={entry.unitId ?? 'none'} className={entry.unitId ? undefined : 'no-unit-row'}>
                  <th scope="row" style={{ paddingLeft: `${0.6 + (unit?.depth ?? 0) * 1.1}rem` }}>
                    {unit ? unit.name : t('inventory.noUnit')}
                  </th>
                  <td className="numeric">{formatNumber(lang, entry.own)}</td>
                  <td className="numeric total-cell">
                    <Bar value={entry.total} max={maxUnit} />
                    {formatNumber(lang, entry.total)}
                  </td>
                  <td>
                    {statuses.length > 0 && (
                      <span className="status-mix">
                        <span className="stacked" aria-hidden="true">
                          {statuses.map((status) => (
                            <span key={status} className={`stack-${status}`} style={{ flexGrow: entry.byStatus[status] }} />
                          ))}
                        </span>
                        <span className="small">
                          {statuses.map((status) => `${t(`inventory.statuses.${status}`)} ${formatNumber(lang, entry.byStatus[status] ?? 0)}`).join(' · ')}
                        </span>
                      </span>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
