import { useId } from 'react';
import { FINDING_CODES } from '../../../../shared/audit/findings';
import { ACCOUNT_STATUSES, PLATFORM_CODES } from '../../../../shared/model/accounts';
import { useT } from '../../i18n/useT';
import { hasFilters } from './grid-model';
import { indentedName, type InventoryIndex } from './inventory-index';
import { NO_FILTERS, NO_UNIT, setFilters, useAccountsView, type AccountFilters } from './view-store';

interface GridFiltersProps {
  index: InventoryIndex;
  shown: number;
  total: number;
}

/** Search and filters above the grid, and the live count of what they leave. */
export function GridFilters({ index, shown, total }: GridFiltersProps) {
  const t = useT();
  const filters = useAccountsView((view) => view.filters);
  const id = useId();

  const select = <K extends Exclude<keyof AccountFilters, 'search'>>(key: K, label: string, options: { value: string; label: string }[]) => (
    <div className="field filter">
      <label htmlFor={`${id}-${key}`}>{label}</label>
      <select id={`${id}-${key}`} value={filters[key]} onChange={(event) => setFilters({ [key]: event.target.value } as Partial<AccountFilters>)}>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );

  return (
    <div role="search" aria-label={t('accounts.filters.label')} className="grid-filters">
      <div className="field filter search">
        <label htmlFor={`${id}-search`}>{t('accounts.filters.search')}</label>
        <input
          id={`${id}-search`}
          type="search"
          value={filters.search}
          placeholder={t('accounts.filters.searchPlaceholder')}
          data-draft={filters.search ? 'true' : undefined}
          onChange={(event) => setFilters({ search: event.target.value })}
        />
      </div>
      {select('platform', t('accounts.filters.platform'), [
        { value: '', label: t('accounts.filters.all') },
        ...PLATFORM_CODES.map((code) => ({ value: code, label: t(`inventory.platforms.${code}`) })),
      ])}
      {select('unit', t('accounts.filters.unit'), [
        { value: '', label: t('accounts.filters.all') },
        { value: NO_UNIT, label: t('accounts.filters.noUnit') },
        ...index.unitsInOrder.map((unit) => ({ value: unit.id, label: indentedName(unit) })),
      ])}
      {select('status', t('accounts.filters.status'), [
        { value: '', label: t('accounts.filters.all') },
        ...ACCOUNT_STATUSES.map((status) => ({ value: status, label: t(`inventory.statuses.${status}`) })),
      ])}
      {select('finding', t('accounts.filters.finding'), [
        { value: '', label: t('accounts.filters.all') },
        { value: 'any', label: t('accounts.filters.anyFinding') },
        { value: 'none', label: t('accounts.filters.noFinding') },
        ...FINDING_CODES.map((code) => ({ value: code, label: t(`inventory.findings.${code}.title`) })),
      ])}
      <div className="filter-end">
        <button type="button" className="secondary" disabled={!hasFilters(filters)} onClick={() => setFilters(NO_FILTERS)}>
          {t('accounts.filters.clear')}
        </button>
        <p role="status" aria-live="polite" className="grid-count" data-testid="account-count">
          {t('accounts.grid.count', { shown, total })}
        </p>
      </div>
    </div>
  );
}
