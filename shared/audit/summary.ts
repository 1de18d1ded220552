import type { Account, AccountStatus, Platform } from '../model/accounts';
import type { OrgUnit } from '../model/units';

export interface PlatformCount {
  platform: Platform;
  accounts: number;
  followers: number;
}

export interface UnitCount {
  /** null: accounts without a unit. */
  unitId: string | null;
  /** Accounts owned by the unit itself. */
  own: number;
  /** Accounts of the unit and of every unit below it. */
  total: number;
  byStatus: Partial<Record<AccountStatus, number>>;
}

/** Accounts per network, most first. */
export function summaryByPlatform(accounts: readonly Account[]): PlatformCount[] {
  const counts = new Map<Platform, PlatformCount>();
  for (const account of accounts) {
    const entry = counts.get(account.platform) ?? { platform: account.platform, accounts: 0, followers: 0 };
    entry.accounts += 1;
    entry.followers += account.followers ?? 0;
    counts.set(account.platform, entry);
  }
  return [...counts.values()].sort((a, b) => b.accounts - a.accounts || a.platform.localeCompare(b.platform));
}

/** Accounts per unit, with totals that include the units below; units in tree order. */
export function summaryByUnit(accounts: readonly Account[], units: readonly OrgUnit[]): UnitCount[] {
  const own = groupBy(accounts, (account) => account.unitId);
  const children = groupBy(units, (unit) => unit.parentId);
  const result: UnitCount[] = [];
  const visit = (unit: OrgUnit, seen: Set<string>): number => {
    if (seen.has(unit.id)) return 0;
    seen.add(unit.id);
    const mine = own.get(unit.id) ?? [];
    const entry: UnitCount = { unitId: unit.id, own: mine.length, total: 0, byStatus: countStatuses(mine) };
    result.push(entry);
    const below = (children.get(unit.id) ?? []).sort((a, b) => a.position - b.position).reduce((sum, child) => sum + visit(child, seen), 0);
    entry.total = mine.length + below;
    return entry.total;
  };
  const seen = new Set<string>();
  for (const root of (children.get(null) ?? []).sort((a, b) => a.position - b.position)) visit(root, seen);
  const orphans = own.get(null) ?? [];
  if (orphans.length > 0) result.push({ unitId: null, own: orphans.length, total: orphans.length, byStatus: countStatuses(orphans) });
  return result;
}

function countStatuses(accounts: readonly Account[]): Partial<Record<AccountStatus, number>> {
  const counts: Partial<Record<AccountStatus, number>> = {};
  for (const account of accounts) counts[account.status] = (counts[account.status] ?? 0) + 1;
  return counts;
}

function groupBy<T, K>(items: readonly T[], keyOf: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}
