import type { Row } from '../db/tables';
import type { Conflict } from './merge';
import type { Side } from './side';
import { sameValue, type PlanSnapshot } from './snapshot';

interface Copies {
  base: PlanSnapshot;
  mine: PlanSnapshot;
  theirs: PlanSnapshot;
}

/**
 * Each copy's unit tree is a tree, but one copy may put A under B while the other puts B under A.
 * In each such loop one copy's moves win: the chosen one if any unit of the loop has a choice, else
 * the preferred one; the other copy's moves in the loop are undone and reported as conflicts.
 */
export function breakUnitCycles(result: PlanSnapshot, copies: Copies, choose: (id: string) => Side, conflicts: Conflict[], explicit: (id: string) => boolean): void {
  const units = result.org_unit;
  for (let round = 0; round <= units.size; round++) {
    const cycle = findCycle(units);
    if (!cycle) return;
    const ids = cycle.map((id) => `cycle/org_unit/${id}`);
    const winner = choose(ids.find(explicit) ?? ids[0]!);
    let undone = false;
    for (const id of cycle) {
      const wanted = copies[winner].org_unit.get(id);
      const row = units.get(id)!;
      if (!wanted || sameValue(wanted.parent_id, row.parent_id)) continue;
      units.set(id, { ...row, parent_id: wanted.parent_id ?? null });
      record(id, winner);
      undone = true;
    }
    // Only possible with hand-made copies: a loop neither copy's moves explain. Lifting one unit to the top level ends it.
    if (!undone) {
      const id = [...cycle].sort()[0]!;
      units.set(id, { ...units.get(id)!, parent_id: null });
      record(id, winner);
    }

    function record(id: string, chosen: Side): void {
      const conflictId = `cycle/org_unit/${id}`;
      if (conflicts.some((conflict) => conflict.id === conflictId)) return;
      const parentIn = (copy: PlanSnapshot) => copy.org_unit.get(id)?.parent_id ?? null;
      conflicts.push({
        id: conflictId,
        kind: 'field',
        cause: 'cycle',
        table: 'org_unit',
        recordId: id,
        chosen,
        records: cycle!.map((unit) => ({ table: 'org_unit' as const, id: unit })),
        inBase: copies.base.org_unit.has(id),
        fields: [{ column: 'parent_id', base: parentIn(copies.base), mine: parentIn(copies.mine), theirs: parentIn(copies.theirs) }],
      });
    }
  }
}

/** The units of one loop in the parent links, or null when the units form a forest. */
export function findCycle(units: ReadonlyMap<string, Row>): string[] | null {
  const state = new Map<string, 'walking' | 'done'>();
  for (const start of units.keys()) {
    const path: string[] = [];
    let current: string | null = start;
    while (current !== null && units.has(current) && !state.has(current)) {
      state.set(current, 'walking');
      path.push(current);
      const parent: Row[string] | undefined = units.get(current)!.parent_id;
      current = parent === null || parent === undefined ? null : String(parent);
    }
    if (current !== null && state.get(current) === 'walking') return path.slice(path.indexOf(current));
    for (const id of path) state.set(id, 'done');
  }
  return null;
}
