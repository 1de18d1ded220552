import { accountIdentityKey } from '../model/platforms';
import type { Account } from '../model/accounts';
import type { OrgUnit } from '../model/units';

export const FINDING_CODES = [
  'NO_UNIT',
  'NO_MANAGER',
  'NO_2FA',
  'PERSONAL_RECOVERY_EMAIL',
  'DUPLICATE',
  'DORMANT',
  'POLITICAL_OWNER',
  'NO_PURPOSE',
] as const;
export type FindingCode = (typeof FINDING_CODES)[number];
export type Severity = 'high' | 'medium' | 'low';

export const FINDING_SEVERITY: Record<FindingCode, Severity> = {
  NO_UNIT: 'high',
  NO_MANAGER: 'high',
  NO_2FA: 'high',
  PERSONAL_RECOVERY_EMAIL: 'high',
  DUPLICATE: 'medium',
  DORMANT: 'medium',
  POLITICAL_OWNER: 'medium',
  NO_PURPOSE: 'low',
};

/** A problem of the inventory, with the accounts concerned. */
export interface Finding {
  code: FindingCode;
  severity: Severity;
  count: number;
  /** Account ids, in inventory order. */
  items: string[];
}

export interface FindingOptions {
  /** ISO date of today. */
  today: string;
  dormantAfterDays: number;
}

const DAY_MS = 86_400_000;

function daysBetween(fromIso: string, toIso: string): number {
  return Math.floor((Date.parse(`${toIso}T00:00:00Z`) - Date.parse(`${fromIso}T00:00:00Z`)) / DAY_MS);
}

/**
 * The audit of the inventory, computed from the data every time (never stored, so never stale).
 * Closed accounts are history, not risk: they are left out of every finding.
 */
export function computeFindings(accounts: readonly Account[], units: readonly OrgUnit[], options: FindingOptions): Finding[] {
  const unitKind = new Map(units.map((unit) => [unit.id, unit.kind]));
  const live = accounts.filter((account) => account.status !== 'closed');
  const running = live.filter((account) => account.status !== 'proposed');
  const lists: Record<FindingCode, string[]> = {
    NO_UNIT: live.filter((account) => account.unitId === null).map((account) => account.id),
    NO_MANAGER: running.filter((account) => account.peopleIds.length === 0).map((account) => account.id),
    NO_2FA: running.filter((account) => account.twoFactor !== true).map((account) => account.id),
    PERSONAL_RECOVERY_EMAIL: running.filter((account) => account.recoveryEmailCorporate === false).map((account) => account.id),
    DUPLICATE: duplicates(live),
    DORMANT: running
      .filter(
        (account) =>
          account.status === 'dormant' ||
          (account.status === 'active' && account.lastPostOn !== null && daysBetween(account.lastPostOn, options.today) > options.dormantAfterDays),
      )
      .map((account) => account.id),
    POLITICAL_OWNER: live.filter((account) => account.unitId !== null && unitKind.get(account.unitId) === 'political').map((account) => account.id),
    NO_PURPOSE: live.filter((account) => account.purpose === null).map((account) => account.id),
  };
  return FINDING_CODES.filter((code) => lists[code].length > 0).map((code) => ({
    code,
    severity: FINDING_SEVERITY[code],
    count: lists[code].length,
    items: lists[code],
  }));
}

function duplicates(accounts: readonly Account[]): string[] {
  const byKey = new Map<string, string[]>();
  for (const account of accounts) {
    const key = accountIdentityKey(account);
    if (!key) continue;
    byKey.set(key, [...(byKey.get(key) ?? []), account.id]);
  }
  const repeated = new Set([...byKey.values()].filter((ids) => ids.length > 1).flat());
  return accounts.filter((account) => repeated.has(account.id)).map((account) => account.id);
}
