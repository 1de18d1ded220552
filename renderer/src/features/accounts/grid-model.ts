import { FINDING_CODES, type FindingCode } from '../../../../shared/audit/findings';
import { ACCOUNT_PURPOSES, ACCOUNT_STATUSES, PLATFORM_CODES, type Account } from '../../../../shared/model/accounts';
import type { Translator } from '../../../../shared/i18n';
import type { OrgUnit } from '../../../../shared/model/units';
import { unitAndDescendants, type InventoryIndex } from './inventory-index';
import { NO_UNIT, type AccountFilters, type SortKey, type SortOrder } from './view-store';

/** One account as the grid shows it: the names it refers to resolved once, not per render. */
export interface AccountRow {
  account: Account;
  platformName: string;
  unitName: string;
  managers: string;
  findings: FindingCode[];
  /** Lower-case text the free search looks in. */
  haystack: string;
}

export function buildRows(accounts: readonly Account[], index: InventoryIndex, t: Translator, collator: Intl.Collator): AccountRow[] {
  const platformNames = new Map(PLATFORM_CODES.map((code) => [code, t(`inventory.platforms.${code}`)]));
  return accounts.map((account) => {
    const platformName = platformNames.get(account.platform)!;
    const unitName = account.unitId ? (index.unitById.get(account.unitId)?.name ?? '') : '';
    const managers = account.peopleIds
      .map((id) => index.personName.get(id) ?? '')
      .filter(Boolean)
      .sort(collator.compare)
      .join(', ');
    const holder = account.credentialsHolderId ? (index.personName.get(account.credentialsHolderId) ?? '') : '';
    return {
      account,
      platformName,
      unitName,
      managers,
      findings: index.findingsByAccount.get(account.id) ?? [],
      haystack: [account.handle, account.displayName, account.url, platformName, unitName, managers, holder, account.audience, account.notes]
        .join('\n')
        .toLocaleLowerCase(),
    };
  });
}

export function hasFilters(filters: AccountFilters): boolean {
  return filters.platform !== '' || filters.unit !== '' || filters.status !== '' || filters.finding !== '' || filters.search.trim() !== '';
}

export function filterRows(rows: readonly AccountRow[], filters: AccountFilters, units: readonly OrgUnit[]): AccountRow[] {
  const words = filters.search.toLocaleLowerCase().split(/\s+/).filter(Boolean);
  const unitIds = filters.unit && filters.unit !== NO_UNIT ? unitAndDescendants(units, filters.unit) : null;
  return rows.filter(({ account, findings, haystack }) => {
    if (filters.platform && account.platform !== filters.platform) return false;
    if (filters.status && account.status !== filters.status) return false;
    if (filters.unit === NO_UNIT ? account.unitId !== null : unitIds && !(account.unitId && unitIds.has(account.unitId))) return false;
    if (filters.finding === 'any' ? findings.length === 0 : filters.finding === 'none' ? findings.length > 0 : filters.finding && !findings.includes(filters.finding)) return false;
    return words.every((word) => haystack.includes(word));
  });
}

type SortValue = string | number | null;

const rank = <T extends string>(list: readonly T[], value: T | null) => (value === null ? null : list.indexOf(value));

const SORT_VALUES: Record<SortKey, (row: AccountRow) => SortValue> = {
  platform: (row) => row.platformName,
  handle: (row) => row.account.handle.replace(/^@/, ''),
  displayName: (row) => row.account.displayName || null,
  unit: (row) => row.unitName || null,
  status: (row) => rank(ACCOUNT_STATUSES, row.account.status),
  purpose: (row) => rank(ACCOUNT_PURPOSES, row.account.purpose),
  followers: (row) => row.account.followers,
  postsPerWeek: (row) => row.account.postsPerWeek,
  lastPostOn: (row) => row.account.lastPostOn,
  twoFactor: (row) => (row.account.twoFactor === null ? null : row.account.twoFactor ? 1 : 0),
  managers: (row) => row.managers || null,
  // The worst problem first: codes are listed from the most to the least serious.
  findings: (row) => (row.findings.length === 0 ? null : Math.min(...row.findings.map((code) => FINDING_CODES.indexOf(code))) * 100 - row.findings.length),
};

/** Stable sort; empty values always last, whichever the direction, so they never hide the data. */
export function sortRows(rows: readonly AccountRow[], sort: SortOrder | null, collator: Intl.Collator): readonly AccountRow[] {
  if (!sort) return rows;
  const value = SORT_VALUES[sort.key];
  const sign = sort.direction === 'ascending' ? 1 : -1;
  const keyed = rows.map((row, position) => ({ row, position, key: value(row) }));
  keyed.sort((a, b) => {
    if (a.key === null || b.key === null) return a.key === b.key ? a.position - b.position : a.key === null ? 1 : -1;
    const order = typeof a.key === 'number' && typeof b.key === 'number' ? a.key - b.key : collator.compare(String(a.key), String(b.key));
    return order * sign || a.position - b.position;
  });
  return keyed.map((entry) => entry.row);
}
