import { translate, type Lang } from '../i18n';
import type { Account, AccountStatus, Platform } from '../model/accounts';
import type { Inventory } from '../model/inventory';
import type { MapAccountInput, MapInput, MapLabels } from './layout';

/** What the map shows: one network, one status, and whether units with nothing to show are left out. */
export interface MapFilter {
  platform: Platform | null;
  status: AccountStatus | null;
  onlyUnitsWithAccounts: boolean;
}

export const SHOW_EVERYTHING: MapFilter = { platform: null, status: null, onlyUnitsWithAccounts: false };

type InventoryPart = Pick<Inventory, 'units' | 'people' | 'accounts' | 'findings'>;

/** The chip's words: the handle, else the display name, else the address. */
export function accountLabel(account: Pick<Account, 'handle' | 'displayName' | 'url'>, lang: Lang): string {
  return account.handle.trim() || account.displayName.trim() || account.url.trim() || translate(lang, 'map.chip.noHandle');
}

/** Ids of the accounts that have at least one audit finding. */
export function accountsWithFindings(findings: InventoryPart['findings']): Set<string> {
  return new Set(findings.flatMap((finding) => finding.items));
}

/**
 * The map's input from the inventory, with the cards' words in `lang`. With
 * `onlyUnitsWithAccounts`, a unit stays when it or one of its sub-units has a shown account, so
 * that the path from the top of the tree to every account is still drawn.
 */
export function mapInputFromInventory(inventory: InventoryPart, lang: Lang, filter: MapFilter = SHOW_EVERYTHING): MapInput {
  const flagged = accountsWithFindings(inventory.findings);
  const people = new Map(inventory.people.map((person) => [person.id, person.name]));
  const accounts: MapAccountInput[] = inventory.accounts
    .filter((account) => (filter.platform === null || account.platform === filter.platform) && (filter.status === null || account.status === filter.status))
    .map((account) => ({
      id: account.id,
      unitId: account.unitId,
      platform: account.platform,
      label: accountLabel(account, lang),
      status: account.status,
      flagged: flagged.has(account.id),
    }));

  let units = inventory.units;
  if (filter.onlyUnitsWithAccounts) {
    const parentOf = new Map(inventory.units.map((unit) => [unit.id, unit.parentId]));
    const keep = new Set<string>();
    for (const account of accounts) {
      // Walks up to the top; a unit already kept has its whole path kept (and a cycle cannot loop).
      for (let id = account.unitId; id !== null && parentOf.has(id) && !keep.has(id); id = parentOf.get(id) ?? null) keep.add(id);
    }
    units = inventory.units.filter((unit) => keep.has(unit.id));
  }

  return {
    units: units.map((unit) => {
      const responsible = unit.responsibleId ? people.get(unit.responsibleId) : undefined;
      return {
        id: unit.id,
        parentId: unit.parentId,
        position: unit.position,
        name: unit.name,
        kind: unit.kind,
        detail: translate(lang, 'map.card.detail', {
          kind: translate(lang, `map.kinds.${unit.kind}`),
          responsible: responsible ? translate(lang, 'map.card.responsible', { name: responsible }) : translate(lang, 'map.card.noResponsible'),
        }),
      };
    }),
    accounts,
  };
}

/** The words the layout sizes, in `lang`. */
export function mapLabels(lang: Lang): MapLabels {
  return {
    orphans: (count) => translate(lang, 'map.tray.heading', { count }),
    continued: translate(lang, 'map.continued'),
    folded: (units, accounts) =>
      translate(lang, 'map.fold.note', {
        units: translate(lang, 'map.fold.units', { count: units }),
        accounts: translate(lang, 'map.fold.accounts', { count: accounts }),
      }),
  };
}
