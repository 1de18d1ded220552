import { useMemo } from 'react';
import { summaryByUnit, type UnitCount } from '../../../../shared/audit/summary';
import type { Inventory } from '../../../../shared/model/inventory';
import { useApp } from '../../app/store';
import { indexUnits, treeOrder, type TreeEntry, type UnitIndex } from './unit-tree';

const NO_UNITS: Inventory['units'] = [];

/** The open plan's units as a tree, rebuilt only when the units change. */
export function useUnitIndex(): UnitIndex {
  const units = useApp((state) => state.inventory?.units ?? NO_UNITS);
  return useMemo(() => indexUnits(units), [units]);
}

/** Every unit in tree order with its depth, for lists that let the user choose a unit. */
export function useUnitsInTreeOrder(): TreeEntry[] {
  const index = useUnitIndex();
  return useMemo(() => treeOrder(index), [index]);
}

/** Accounts per unit (own and including sub-units), keyed by unit id. */
export function useAccountCounts(): ReadonlyMap<string | null, UnitCount> {
  const inventory = useApp((state) => state.inventory);
  return useMemo(
    () => new Map(summaryByUnit(inventory?.accounts ?? [], inventory?.units ?? NO_UNITS).map((count) => [count.unitId, count])),
    [inventory?.accounts, inventory?.units],
  );
}

/** A unit's name indented by its depth, for the options of a native <select> (which cannot be styled). */
export function indentedName(entry: TreeEntry): string {
  return `${'\u00a0\u00a0\u00a0'.repeat(entry.depth)}${entry.depth > 0 ? '› ' : ''}${entry.unit.name}`;
}
