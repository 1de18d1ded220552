import { FINDING_CODES, FINDING_SEVERITY, type FindingCode, type Severity } from '../audit/findings';
import { ACCOUNT_PURPOSES, ACCOUNT_STATUSES, PLATFORM_CODES, type Account } from '../model/accounts';
import { UNIT_KINDS, type UnitKind } from '../model/units';
import type { DocumentContext } from './context';

/**
 * The inventory's codes as words of the document's language, looked up once per document (an
 * annex writes them in every one of thousands of rows). A hand-made or future file may carry a
 * code this version does not know: it reads as "other" or "not recorded", never as a raw code.
 */
export interface InventoryWords {
  platform(code: string): string;
  status(code: string): string;
  /** The purpose, or "not recorded" when none is stated. */
  purpose(code: string | null): string;
  unitKind(kind: string): string;
  /** Yes, no, or not recorded. */
  yesNo(value: boolean | null): string;
  /** "Facebook @handle (Activa)": how the map and the summaries name one account. */
  account(account: Pick<Account, 'platform' | 'handle' | 'url' | 'displayName' | 'status'>): string;
  severity(code: FindingCode): string;
  severityRank(code: FindingCode): number;
  isFinding(code: string): code is FindingCode;
}

const SEVERITY_ORDER: readonly Severity[] = ['high', 'medium', 'low'];

function lookup<T extends string>(codes: readonly T[], word: (code: T) => string): Map<string, string> {
  return new Map(codes.map((code) => [code, word(code)]));
}

export function inventoryWords(context: DocumentContext): InventoryWords {
  const { t } = context;
  const platforms = lookup(PLATFORM_CODES, (code) => t(`inventory.platforms.${code}`));
  const statuses = lookup(ACCOUNT_STATUSES, (code) => t(`inventory.statuses.${code}`));
  const purposes = lookup(ACCOUNT_PURPOSES, (code) => t(`inventory.purposes.${code}`));
  const kinds = lookup(UNIT_KINDS, (kind: UnitKind) => t(`document.situation.unitKinds.${kind}`));
  const unknown = t('inventory.unknown');
  const platform = (code: string) => platforms.get(code) ?? platforms.get('other')!;
  const status = (code: string) => statuses.get(code) ?? unknown;
  return {
    platform,
    status,
    purpose: (code) => (code === null ? unknown : (purposes.get(code) ?? unknown)),
    unitKind: (kind) => kinds.get(kind) ?? kinds.get('administrative')!,
    yesNo: (value) => (value === null ? unknown : value ? t('inventory.yes') : t('inventory.no')),
    account: (account) =>
      t('document.situation.accountLabel', {
        platform: platform(account.platform),
        handle: account.handle || account.displayName || account.url || unknown,
        status: status(account.status),
      }),
    severity: (code) => t(`inventory.severities.${FINDING_SEVERITY[code]}`),
    severityRank: (code) => SEVERITY_ORDER.indexOf(FINDING_SEVERITY[code]),
    isFinding: (code): code is FindingCode => (FINDING_CODES as readonly string[]).includes(code),
  };
}
