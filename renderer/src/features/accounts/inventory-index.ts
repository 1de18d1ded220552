import { useMemo } from 'react';
import type { FindingCode } from '../../../../shared/audit/findings';
import type { Inventory } from '../../../../shared/model/inventory';
import type { Person } from '../../../../shared/model/people';
import type { OrgUnit, UnitKind } from '../../../../shared/model/units';

export interface UnitOption {
  id: string;
  name: string;
  depth: number;
  kind: UnitKind;
}

/** Lookups the inventory screens need on every row; built once per inventory, not per cell. */
export interface InventoryIndex {
  unitsInOrder: UnitOption[];
  unitById: Map<string, UnitOption>;
  peopleByName: Person[];
  personName: Map<string, string>;
  findingsByAccount: Map<string, FindingCode[]>;
}

/** Units depth-first in the order of the organisation chart, as a picker should list them. */
export function unitsInTreeOrder(units: readonly OrgUnit[]): UnitOption[] {
  const children = new Map<string | null, OrgUnit[]>();
  for (const unit of units) children.set(unit.parentId, [...(children.get(unit.parentId) ?? []), unit]);
  const ordered: UnitOption[] = [];
  const seen = new Set<string>();
  const visit = (unit: OrgUnit, depth: number) => {
    if (seen.has(unit.id)) return;
    seen.add(unit.id);
    ordered.push({ id: unit.id, name: unit.name, depth, kind: unit.kind });
    for (const child of [...(children.get(unit.id) ?? [])].sort((a, b) => a.position - b.position)) visit(child, depth + 1);
  };
  for (const root of [...(children.get(null) ?? [])].sort((a, b) => a.position - b.position)) visit(root, 0);
  // A unit whose parent is missing would otherwise vanish from every picker.
  for (const unit of units) visit(unit, 0);
  return ordered;
}

/** The unit and every unit below it: filtering by an area shows the accounts of its services too. */
export function unitAndDescendants(units: readonly OrgUnit[], rootId: string): Set<string> {
  const children = new Map<string | null, string[]>();
  for (const unit of units) children.set(unit.parentId, [...(children.get(unit.parentId) ?? []), unit.id]);
  const found = new Set<string>();
  const stack = [rootId];
  while (stack.length > 0) {
    const id = stack.pop()!;
    if (found.has(id)) continue;
    found.add(id);
    stack.push(...(children.get(id) ?? []));
  }
  return found;
}

export function indexInventory(inventory: Inventory, collator: Intl.Collator): InventoryIndex {
  const unitsInOrder = unitsInTreeOrder(inventory.units);
  const findingsByAccount = new Map<string, FindingCode[]>();
  for (const finding of inventory.findings) {
    for (const id of finding.items) {
      const list = findingsByAccount.get(id);
      if (list) list.push(finding.code);
      else findingsByAccount.set(id, [finding.code]);
    }
  }
  return {
    unitsInOrder,
    unitById: new Map(unitsInOrder.map((unit) => [unit.id, unit])),
    peopleByName: [...inventory.people].sort((a, b) => collator.compare(a.name, b.name)),
    personName: new Map(inventory.people.map((person) => [person.id, person.name])),
    findingsByAccount,
  };
}

export function useInventoryIndex(inventory: Inventory | null, collator: Intl.Collator): InventoryIndex | null {
  return useMemo(() => (inventory ? indexInventory(inventory, collator) : null), [inventory, collator]);
}

/** Indentation that shows a unit's place in the tree inside a plain <select>. */
export function indentedName(unit: UnitOption): string {
  return `${'\u00a0\u00a0\u00a0'.repeat(unit.depth)}${unit.name}`;
}
