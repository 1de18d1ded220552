import type { FindingCode } from '../../../../shared/audit/findings';
import type { Lang, Translator } from '../../../../shared/i18n';
import { accountLabel } from '../../../../shared/inventory-map/input';
import type { UnitBox } from '../../../../shared/inventory-map/layout';
import type { Account } from '../../../../shared/model/accounts';
import type { OrgUnit } from '../../../../shared/model/units';

export interface MapWords {
  /** Handle, network, status and findings: what a screen reader says for a chip (and its tooltip). */
  chip: (accountId: string) => string;
  /** Name, kind and number of accounts of a unit's card. */
  card: (box: UnitBox) => string;
}

/**
 * The spoken labels of chips and cards, remembered once said. Messages with a count build Intl
 * plural rules and number formats, which costs about a millisecond each: thousands of chips
 * scrolling into view must not pay it again and again. The cache lives as long as the data does.
 */
export function mapWords(t: Translator, lang: Lang, accounts: ReadonlyMap<string, Account>, findings: ReadonlyMap<string, readonly FindingCode[]>, units: ReadonlyMap<string, OrgUnit>, ownAccounts: ReadonlyMap<string, number>): MapWords {
  const chips = new Map<string, string>();
  const findingTexts = new Map<string, string>();
  const countTexts = new Map<number, string>();

  const findingText = (codes: readonly FindingCode[]) => {
    const key = codes.join(',');
    let text = findingTexts.get(key);
    if (text === undefined) {
      text = t('map.chip.findings', { count: codes.length, list: codes.map((code) => t(`inventory.findings.${code}.title`)).join('; ') });
      findingTexts.set(key, text);
    }
    return text;
  };

  return {
    chip: (accountId) => {
      const known = chips.get(accountId);
      if (known !== undefined) return known;
      const account = accounts.get(accountId);
      if (!account) return '';
      const base = t('map.chip.label', { account: accountLabel(account, lang), platform: t(`inventory.platforms.${account.platform}`), status: t(`inventory.statuses.${account.status}`) });
      const codes = findings.get(accountId) ?? [];
      const text = codes.length === 0 ? base : `${base}, ${findingText(codes)}`;
      chips.set(accountId, text);
      return text;
    },
    card: (box) => {
      const count = ownAccounts.get(box.unitId) ?? 0;
      let accountsText = countTexts.get(count);
      if (accountsText === undefined) {
        accountsText = t('map.card.accounts', { count });
        countTexts.set(count, accountsText);
      }
      return t('map.card.label', { name: units.get(box.unitId)?.name ?? '', kind: t(`map.kinds.${box.unitKind}`).toLowerCase(), accounts: accountsText });
    },
  };
}
