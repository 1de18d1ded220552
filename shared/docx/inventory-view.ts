import type { Account } from '../model/accounts';
import type { DocumentContext } from './context';
import { inventoryWords, type InventoryWords } from './inventory-words';
import { unitsInTreeOrder, type TreeUnit } from './unit-tree';

/** The inventory arranged the way the situation chapter and the annex read it. */
export interface InventoryView {
  words: InventoryWords;
  /** The organisation chart in reading order. */
  tree: TreeUnit[];
  /** Each unit's accounts in inventory order; key null: accounts without a (known) unit. */
  accountsByUnit: ReadonlyMap<string | null, Account[]>;
  personName(id: string | null): string | undefined;
}

// The chapter and the annex share one view of the same document, worked out once.
const views = new WeakMap<DocumentContext, InventoryView>();

export function inventoryView(context: DocumentContext): InventoryView {
  const cached = views.get(context);
  if (cached) return cached;
  const { units, accounts, people } = context.data.inventory;
  const unitIds = new Set(units.map((unit) => unit.id));
  const accountsByUnit = new Map<string | null, Account[]>();
  for (const account of accounts) {
    const unitId = account.unitId !== null && unitIds.has(account.unitId) ? account.unitId : null;
    const list = accountsByUnit.get(unitId);
    if (list) list.push(account);
    else accountsByUnit.set(unitId, [account]);
  }
  const names = new Map(people.map((person) => [person.id, person.name]));
  const view: InventoryView = {
    words: inventoryWords(context),
    tree: unitsInTreeOrder(units),
    accountsByUnit,
    personName: (id) => (id === null ? undefined : names.get(id)),
  };
  views.set(context, view);
  return view;
}
