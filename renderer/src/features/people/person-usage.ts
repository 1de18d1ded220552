import type { Account } from '../../../../shared/model/accounts';
import type { Inventory } from '../../../../shared/model/inventory';
import type { OrgUnit } from '../../../../shared/model/units';

/** Every place a person is named: what deleting them would leave without a person. */
export interface PersonUsage {
  unitsResponsible: OrgUnit[];
  accountsRun: Account[];
  accountsHolding: Account[];
}

const emptyUsage = (): PersonUsage => ({ unitsResponsible: [], accountsRun: [], accountsHolding: [] });

/** One pass over the inventory for the whole directory (not one search per row). */
export function usageByPerson(inventory: Pick<Inventory, 'units' | 'accounts'>): Map<string, PersonUsage> {
  const usage = new Map<string, PersonUsage>();
  const of = (personId: string) => {
    let entry = usage.get(personId);
    if (!entry) usage.set(personId, (entry = emptyUsage()));
    return entry;
  };
  for (const unit of inventory.units) if (unit.responsibleId) of(unit.responsibleId).unitsResponsible.push(unit);
  for (const account of inventory.accounts) {
    for (const personId of new Set(account.peopleIds)) of(personId).accountsRun.push(account);
    if (account.credentialsHolderId) of(account.credentialsHolderId).accountsHolding.push(account);
  }
  return usage;
}

export function usageCount(usage: PersonUsage | undefined): number {
  return usage ? usage.unitsResponsible.length + usage.accountsRun.length + usage.accountsHolding.length : 0;
}
