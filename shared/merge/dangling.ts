import { allReferences } from './references';
import type { PlanSnapshot } from './snapshot';

/**
 * Makes every reference point at a record of the result, the way deleting in the app does
 * (REFERENCES): an optional reference is emptied, a record that cannot live without its target
 * goes too (and, in turn, what needs it). Repeated until nothing changes.
 */
export function dropDanglingReferences(result: PlanSnapshot): void {
  let changed = true;
  while (changed) {
    changed = false;
    for (const reference of allReferences()) {
      const targets = result[reference.target];
      for (const [id, row] of result[reference.table]) {
        const value = row[reference.column];
        if (value === null || value === undefined || targets.has(String(value))) continue;
        if (reference.onDelete === 'clear') result[reference.table].set(id, { ...row, [reference.column]: null });
        else result[reference.table].delete(id);
        changed = true;
      }
    }
  }
}
