import type { Row } from '../db/tables';
import { dropDanglingReferences } from '../merge/dangling';
import { recordKey, referencesFrom } from '../merge/references';
import { MERGE_TABLES, copySnapshot, sameContent, type PlanSnapshot, type UserTable } from '../merge/snapshot';

/**
 * A department package: the plan limited to one unit's part (its accounts and its tactics, with
 * everything else as context), and the rule that a returned package changes only that part.
 */

/** The unit and every unit below it. */
export function unitSubtree(snapshot: PlanSnapshot, unitId: string): Set<string> {
  const units = new Set<string>([unitId]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const [id, row] of snapshot.org_unit) {
      if (!units.has(id) && row.parent_id !== null && units.has(String(row.parent_id))) {
        units.add(id);
        grew = true;
      }
    }
  }
  return units;
}

const inUnits = (units: Set<string>, row: Row | undefined) => row !== undefined && row.unit_id !== null && units.has(String(row.unit_id));

/** The plan with only the unit's accounts and tactics (and their links); the rest stays as context. */
export function limitToUnit(snapshot: PlanSnapshot, unitId: string): PlanSnapshot {
  const units = unitSubtree(snapshot, unitId);
  const limited = copySnapshot(snapshot);
  for (const table of ['account', 'tactic'] as const) {
    for (const [id, row] of limited[table]) if (!inUnits(units, row)) limited[table].delete(id);
  }
  dropDanglingReferences(limited);
  return limited;
}

/**
 * What a returned package may change: its unit's accounts and tactics and their links, the units
 * of the part, and people it added or who belong to the part, with any new record these need.
 * Everything else stays as it was sent; `ignored` counts the records whose changes were left out.
 */
export function scopeReturned(base: PlanSnapshot, returned: PlanSnapshot, unitId: string): { theirs: PlanSnapshot; ignored: number } {
  const units = unitSubtree(base, unitId);
  const version = (table: UserTable, id: string) => returned[table].get(id) ?? base[table].get(id);
  const accountInPart = (id: unknown) => typeof id === 'string' && (inUnits(units, returned.account.get(id)) || inUnits(units, base.account.get(id)));
  const tacticInPart = (id: unknown) => typeof id === 'string' && (inUnits(units, returned.tactic.get(id)) || inUnits(units, base.tactic.get(id)));
  const inPart = (table: UserTable, id: string): boolean => {
    const now = returned[table].get(id);
    const then = base[table].get(id);
    switch (table) {
      case 'account':
      case 'tactic':
        return inUnits(units, now) || inUnits(units, then);
      case 'account_person':
        return accountInPart(version(table, id)?.account_id);
      case 'tactic_account':
        return tacticInPart(version(table, id)?.tactic_id);
      case 'org_unit':
        return units.has(id);
      case 'person':
        return then === undefined || inUnits(units, then);
      default:
        return false;
    }
  };

  const theirs = copySnapshot(base);
  const leftOut = new Set<string>();
  const taken: { table: UserTable; id: string }[] = [];
  for (const table of MERGE_TABLES) {
    const ids = new Set([...base[table].keys(), ...returned[table].keys()]);
    for (const id of ids) {
      const now = returned[table].get(id);
      const then = base[table].get(id);
      const changed = now === undefined || then === undefined ? now !== then : !sameContent(table, now, then);
      if (!changed) continue;
      if (!inPart(table, id)) {
        leftOut.add(recordKey(table, id));
        continue;
      }
      if (now) {
        theirs[table].set(id, now);
        taken.push({ table, id });
      } else theirs[table].delete(id);
    }
  }
  // What the part's new records need comes along (a new tactic on a new strategy line brings
  // the line): dropping the tactic instead would lose the department's work.
  while (taken.length > 0) {
    const { table, id } = taken.pop()!;
    const row = theirs[table].get(id);
    if (!row) continue;
    for (const reference of referencesFrom(table)) {
      const target = row[reference.column];
      if (target === null || target === undefined || theirs[reference.target].has(String(target))) continue;
      const added = returned[reference.target].get(String(target));
      if (!added || base[reference.target].has(String(target))) continue;
      theirs[reference.target].set(String(target), added);
      leftOut.delete(recordKey(reference.target, String(target)));
      taken.push({ table: reference.target, id: String(target) });
    }
  }
  const ignored = leftOut.size;
  dropDanglingReferences(theirs);
  return { theirs, ignored };
}
