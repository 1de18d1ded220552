import type { Translator } from '../../../../shared/i18n';
import type { Account } from '../../../../shared/model/accounts';

/** How an account is named in a sentence: its network and its handle (or display name, or address). */
export function accountLabel(t: Translator, account: Account): string {
  const name = account.handle || account.displayName || account.url;
  return `${t(`inventory.platforms.${account.platform}`)} ${name}`.trim();
}
