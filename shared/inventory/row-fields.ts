import type { Lang } from '../i18n';
import type { AccountPurpose, AccountStatus, Platform } from '../model/accounts';
import { recogniseAccountUrl } from '../model/platforms';
import type { ProblemSeed, Parsed } from './problems';
import type { ImportField } from './transfer-schemas';
import { parseBoolean, parseCount, parseDate, parseDecimal, parsePlatform, parsePurpose, parseStatus, splitLanguages, splitPeople } from './values';

/** An account as one row of the file describes it, before units and people are looked up. */
export interface RowAccount {
  platform: Platform | null;
  handle: string;
  url: string;
  displayName: string;
  status: AccountStatus;
  purpose: AccountPurpose | null;
  audience: string;
  languages: string[];
  followers: number | null;
  postsPerWeek: number | null;
  lastPostOn: string | null;
  verified: boolean;
  twoFactor: boolean | null;
  recoveryEmailCorporate: boolean | null;
  openedOn: string | null;
  notes: string;
  unitName: string | null;
  managerNames: string[];
  holderName: string | null;
}

export const MAX_POSTS_PER_WEEK = 10_000;

/** Addresses pasted into the handle column ("Cuenta: https://x.com/ayto") are addresses. */
function looksLikeUrl(text: string): boolean {
  return /^https?:\/\//i.test(text);
}

/**
 * Reads the cells of one row (already trimmed; absent or empty means "not given") into an
 * account. The network and the handle come from the address when the row leaves them out,
 * exactly as when an address is pasted in the accounts screen; as there, a network given
 * explicitly wins over the address, and an account may have neither handle nor address yet.
 */
export function readRowAccount(cells: Partial<Record<ImportField, string>>, lang: Lang, problems: ProblemSeed[]): RowAccount {
  const take = <T>(field: ImportField, parse: (text: string) => Parsed<T>, fallback: T): T => {
    const text = cells[field];
    if (!text) return fallback;
    const parsed = parse(text);
    if (parsed.ok) return parsed.value;
    problems.push(parsed.params ? { field, code: parsed.code, params: parsed.params } : { field, code: parsed.code });
    return fallback;
  };

  let handle = cells.handle ?? '';
  let url = cells.url ?? '';
  let urlField: ImportField = 'url';
  if (!url && looksLikeUrl(handle)) {
    [url, handle, urlField] = [handle, '', 'handle'];
  }
  let platform = take<Platform | null>('platform', parsePlatform, null);
  if (url) {
    const recognised = recogniseAccountUrl(url);
    if (!recognised) {
      problems.push({ field: urlField, code: 'badUrl', params: { value: url } });
    } else {
      if (!platform || platform === 'other') platform = recognised.platform;
      handle ||= recognised.handle;
      url = recognised.url;
    }
  }
  if (!platform && !cells.platform) problems.push({ field: 'platform', code: 'noPlatform' });

  const followers = take('followers', parseCount, null);
  if (followers !== null && followers > Number.MAX_SAFE_INTEGER) problems.push({ field: 'followers', code: 'outOfRange', params: { value: cells.followers!, max: Number.MAX_SAFE_INTEGER } });
  const postsPerWeek = take('postsPerWeek', parseDecimal, null);
  if (postsPerWeek !== null && postsPerWeek > MAX_POSTS_PER_WEEK) problems.push({ field: 'postsPerWeek', code: 'outOfRange', params: { value: cells.postsPerWeek!, max: MAX_POSTS_PER_WEEK } });

  return {
    platform,
    handle,
    url,
    displayName: cells.displayName ?? '',
    status: take<AccountStatus>('status', (text) => parseStatus(text, lang), 'active'),
    purpose: take<AccountPurpose | null>('purpose', (text) => parsePurpose(text, lang), null),
    audience: cells.audience ?? '',
    languages: cells.languages ? splitLanguages(cells.languages) : [],
    followers,
    postsPerWeek,
    lastPostOn: take('lastPostOn', parseDate, null),
    verified: take('verified', parseBoolean, null) ?? false,
    twoFactor: take('twoFactor', parseBoolean, null),
    recoveryEmailCorporate: take('recoveryEmailCorporate', parseBoolean, null),
    openedOn: take('openedOn', parseDate, null),
    notes: cells.notes ?? '',
    unitName: cells.unit || null,
    managerNames: cells.managers ? splitPeople(cells.managers) : [],
    holderName: cells.credentialsHolder || null,
  };
}
