import type { Row, SqlValue } from '../db/tables';
import { alignIdentities, dropDuplicates } from './identity';
import { breakUnitCycles } from './cycles';
import { dropDanglingReferences } from './dangling';
import { recordKey, splitKey, type RecordKey } from './references';
import { SideChanges, otherSide, type Deletion, type Side } from './side';
import { MERGE_TABLES, STAMP_COLUMNS, contentColumns, emptySnapshot, sameContent, sameValue, type PlanSnapshot, type UserTable } from './snapshot';

export type { Side } from './side';

export interface RecordRef {
  table: UserTable;
  id: string;
}

export interface ConflictField {
  column: string;
  /** null also when the ancestor did not have the record (see inBase). */
  base: SqlValue;
  mine: SqlValue;
  theirs: SqlValue;
}

interface ConflictCommon {
  /** Stable for the same three plans: the key of a choice given to resolve(). */
  id: string;
  table: UserTable;
  recordId: string;
  /** The side the result follows for this conflict. */
  chosen: Side;
  /** Every record whose fate this choice decides. */
  records: RecordRef[];
}

/**
 * Both copies changed the same field (or fields that only make sense together, see FIELD_GROUPS)
 * to different values; or, for 'cycle', each copy moved a unit so that together they would make
 * a unit depend on itself.
 */
export interface FieldConflict extends ConflictCommon {
  kind: 'field';
  cause: 'both_changed' | 'cycle';
  /** False when both copies added a record with the same id (nothing to compare with). */
  inBase: boolean;
  fields: ConflictField[];
}

/** One copy deleted a record that the other copy edited, or started to use (referred to it from something new). */
export interface DeleteConflict extends ConflictCommon {
  kind: 'delete';
  deletedBy: Side;
  /** The record as the copy that kept it has it. */
  kept: Row;
  /** What the keeping copy did that depends on the record. */
  uses: (RecordRef & { how: 'edited' | 'referenced' })[];
}

export type Conflict = FieldConflict | DeleteConflict;

/** A change of one copy (relative to the ancestor) that the result carries. */
export interface AppliedChange {
  from: Side;
  table: UserTable;
  id: string;
  kind: 'added' | 'changed' | 'removed';
}

export interface MergeInputs {
  base: PlanSnapshot;
  mine: PlanSnapshot;
  theirs: PlanSnapshot;
}

export interface MergeResult {
  /** The merged plan, following mine wherever a conflict needs a choice. */
  result: PlanSnapshot;
  conflicts: Conflict[];
  applied: AppliedChange[];
  /** Kept so that resolve() can merge again with the choices. */
  inputs: MergeInputs;
}

/** Conflict id → the side whose version to keep. */
export type Choices = Readonly<Record<string, Side>>;

/**
 * Columns whose values are only valid together (the invariants check them together): they merge
 * as one, so that the start of one copy's period never meets the end of the other's.
 */
const FIELD_GROUPS: Readonly<Partial<Record<UserTable, readonly (readonly string[])[]>>> = {
  institution: [
    ['period_start', 'period_end'],
    ['logo', 'logo_mime'],
  ],
};

/**
 * Three-way merge of two copies of a plan with their common ancestor, field by field. A change
 * made on one side only is taken; the same change on both sides is fine; different changes of
 * the same field, and a deletion on one side of something the other side edited or started to
 * use, are conflicts, and the result follows mine until resolve() is told otherwise.
 */
export function mergePlans(base: PlanSnapshot, mine: PlanSnapshot, theirs: PlanSnapshot): MergeResult {
  const inputs = { base, mine, theirs };
  const { result, conflicts, aligned } = computeMerge(inputs, {}, 'mine');
  return { result, conflicts, applied: appliedChanges(result, aligned), inputs };
}

/**
 * The final plan: each conflict follows its choice, or `prefer` (mine unless told). Merging again
 * rather than patching the result keeps everything consistent with the choices: keeping a
 * deleted record brings back what was deleted with it, deleting it takes along what needs it.
 */
export function resolve(merge: MergeResult, choices: Choices, prefer: Side = 'mine'): PlanSnapshot {
  return computeMerge(merge.inputs, choices, prefer).result;
}

interface Aligned {
  base: PlanSnapshot;
  mine: PlanSnapshot;
  theirs: PlanSnapshot;
}

function computeMerge(inputs: MergeInputs, choices: Choices, prefer: Side) {
  // Mine is the plan the result is written into: its ids win where the same thing has two.
  const aligned: Aligned = {
    base: alignIdentities(inputs.mine, inputs.base),
    mine: inputs.mine,
    theirs: alignIdentities(inputs.mine, alignIdentities(inputs.base, inputs.theirs)),
  };
  const sides = { mine: new SideChanges('mine', aligned.base, aligned.mine), theirs: new SideChanges('theirs', aligned.base, aligned.theirs) };
  const conflicts: Conflict[] = [];
  const choose = (id: string): Side => (Object.hasOwn(choices, id) ? choices[id]! : prefer);

  const keptDespiteDeletion = new Set<RecordKey>();
  for (const side of ['mine', 'theirs'] as const) {
    for (const deletion of sides[side].deletions()) {
      const conflict = deletionConflict(deletion, sides[side], sides[otherSide(side)], choose);
      if (!conflict) continue;
      conflicts.push(conflict);
      if (conflict.chosen !== side) keptDespiteDeletion.add(deletion.root);
    }
  }

  const result = emptySnapshot();
  const exists = existence(aligned, sides, keptDespiteDeletion);
  for (const table of MERGE_TABLES) {
    const ids = new Set([...aligned.base[table].keys(), ...aligned.mine[table].keys(), ...aligned.theirs[table].keys()]);
    for (const id of ids) {
      if (!exists(recordKey(table, id))) continue;
      const mineRow = aligned.mine[table].get(id);
      const theirsRow = aligned.theirs[table].get(id);
      if (mineRow && theirsRow) result[table].set(id, mergeFields(table, id, aligned.base[table].get(id), sides, choose, conflicts));
      else result[table].set(id, (mineRow ?? theirsRow)!);
    }
  }

  breakUnitCycles(result, aligned, choose, conflicts, (id) => Object.hasOwn(choices, id));
  dropDanglingReferences(result);
  dropDuplicates(result, (table, id) => (aligned.base[table].has(id) ? 0 : aligned.mine[table].has(id) ? 1 : 2));
  restamp(result, aligned);
  return { result, conflicts, aligned };
}

/**
 * Whether a record is in the result before integrity is restored. A record deleted on one side
 * stays only if its deletion lost a conflict, or, when it went along with another deletion, if
 * everything it needs stays.
 */
function existence(aligned: Aligned, sides: Record<Side, SideChanges>, kept: ReadonlySet<RecordKey>): (key: RecordKey) => boolean {
  const memo = new Map<RecordKey, boolean>();
  const exists = (key: RecordKey): boolean => {
    const known = memo.get(key);
    if (known !== undefined) return known;
    const { table, id } = splitKey(key);
    const inMine = aligned.mine[table].has(id);
    const inTheirs = aligned.theirs[table].has(id);
    let answer: boolean;
    if (!aligned.base[table].has(id) || (inMine && inTheirs)) answer = inMine || inTheirs;
    else if (!inMine && !inTheirs) answer = false;
    else if (kept.has(key)) answer = true;
    else {
      const parents = sides[inMine ? 'theirs' : 'mine'].deletedParents.get(key);
      answer = parents !== undefined && parents.every(exists);
    }
    memo.set(key, answer);
    return answer;
  };
  return exists;
}

function deletionConflict(deletion: Deletion, deleter: SideChanges, keeper: SideChanges, choose: (id: string) => Side): DeleteConflict | null {
  const { table, id } = splitKey(deletion.root);
  const keptRow = keeper.row(table, id);
  // Deleted on both sides: nothing to decide.
  if (!keptRow) return null;
  const uses = new Map<RecordKey, 'edited' | 'referenced'>();
  for (const member of deletion.members) {
    const record = splitKey(member);
    if (keeper.changedColumns(record.table, record.id).length > 0) uses.set(member, 'edited');
  }
  for (const member of deletion.members) {
    for (const referrer of keeper.newReferencesTo(member)) if (!uses.has(referrer)) uses.set(referrer, 'referenced');
  }
  if (uses.size === 0) return null;

  const records = new Set<RecordKey>([...deletion.members, ...deletion.cleared, ...uses.keys()]);
  for (const use of uses.keys()) for (const dependent of keeper.dependentsOf(use)) records.add(dependent);
  const conflictId = `delete/${table}/${id}`;
  return {
    id: conflictId,
    kind: 'delete',
    table,
    recordId: id,
    chosen: choose(conflictId),
    records: [...records].map(splitKey),
    deletedBy: deleter.side,
    kept: keptRow,
    uses: [...uses].map(([key, how]) => ({ ...splitKey(key), how })),
  };
}

function fieldGroups(table: UserTable): (readonly string[])[] {
  const grouped = FIELD_GROUPS[table] ?? [];
  const inGroup = new Set(grouped.flat());
  return [...grouped, ...contentColumns(table).filter((column) => !inGroup.has(column)).map((column) => [column])];
}

function mergeFields(
  table: UserTable,
  id: string,
  base: Row | undefined,
  sides: Record<Side, SideChanges>,
  choose: (id: string) => Side,
  conflicts: Conflict[],
): Row {
  const mine = sides.mine.row(table, id)!;
  const theirs = sides.theirs.row(table, id)!;
  const merged: Row = { ...mine };
  const changedBy = (side: Side, row: Row, group: readonly string[]) =>
    !base || group.some((column) => !sameValue(base[column], row[column]) && !sides[side].isCascadeClear(table, id, column));
  for (const group of fieldGroups(table)) {
    const mineChanged = changedBy('mine', mine, group);
    const theirsChanged = changedBy('theirs', theirs, group);
    let source: Row;
    if (!mineChanged && !theirsChanged) source = base!;
    else if (!theirsChanged) source = mine;
    else if (!mineChanged) source = theirs;
    else if (group.every((column) => sameValue(mine[column], theirs[column]))) source = mine;
    else {
      const conflictId = `field/${table}/${id}/${group.join('+')}`;
      const chosen = choose(conflictId);
      conflicts.push({
        id: conflictId,
        kind: 'field',
        cause: 'both_changed',
        table,
        recordId: id,
        chosen,
        records: [{ table, id }],
        inBase: base !== undefined,
        fields: group.map((column) => ({ column, base: base?.[column] ?? null, mine: mine[column] ?? null, theirs: theirs[column] ?? null })),
      });
      source = chosen === 'mine' ? mine : theirs;
    }
    for (const column of group) merged[column] = source[column] ?? null;
  }
  return merged;
}

/**
 * Who and when, for each record of the result: those of the version it equals (see stampSource),
 * or for a mix of both copies the creation of the ancestor and the latest change of either copy.
 */
function restamp(result: PlanSnapshot, aligned: Aligned): void {
  for (const table of MERGE_TABLES) {
    for (const [id, row] of result[table]) {
      const versions = [aligned.mine[table].get(id), aligned.theirs[table].get(id), aligned.base[table].get(id)];
      const equal = stampSource(versions.filter((version): version is Row => version !== undefined && sameContent(table, version, row)), versions[2]);
      if (equal) {
        if (!STAMP_COLUMNS.every((column) => sameValue(equal[column], row[column]))) result[table].set(id, withStamps(row, equal, equal));
        continue;
      }
      const [mine, theirs, base] = versions;
      const latest = latestFirst([mine, theirs].filter((version): version is Row => version !== undefined))[0]!;
      result[table].set(id, withStamps(row, base ?? latest, latest));
    }
  }
}

/**
 * Of the versions equal to the result, one a copy touched (its stamps differ from the ancestor's)
 * rather than the ancestor's own: a merge with an untouched side must give the other side exactly.
 * Clocks of different machines disagree, so time only decides between two touched versions.
 */
function stampSource(equal: Row[], base: Row | undefined): Row | undefined {
  const touched = equal.filter((version) => version !== base && !(base && STAMP_COLUMNS.every((column) => sameValue(version[column], base[column]))));
  return latestFirst(touched)[0] ?? equal[0];
}

/** Most recently changed first; on a tie the earlier in the list (mine before theirs before the ancestor). */
function latestFirst(versions: Row[]): Row[] {
  return versions.map((row, index) => ({ row, index })).sort((a, b) => String(b.row.updated_at).localeCompare(String(a.row.updated_at)) || a.index - b.index).map(({ row }) => row);
}

function withStamps(row: Row, created: Row, updated: Row): Row {
  return {
    ...row,
    created_at: created.created_at ?? null,
    created_by: created.created_by ?? null,
    updated_at: updated.updated_at ?? null,
    updated_by: updated.updated_by ?? null,
  };
}

/** Each copy's changes that the result carries, for a summary of what came from whom. */
function appliedChanges(result: PlanSnapshot, aligned: Aligned): AppliedChange[] {
  const applied: AppliedChange[] = [];
  for (const table of MERGE_TABLES) {
    const base = aligned.base[table];
    for (const side of ['mine', 'theirs'] as const) {
      const copy = aligned[side][table];
      for (const [id, row] of copy) {
        const before = base.get(id);
        const after = result[table].get(id);
        if (!after) continue;
        if (!before) applied.push({ from: side, table, id, kind: 'added' });
        else if (contentColumns(table).some((column) => !sameValue(before[column], row[column]) && sameValue(row[column], after[column]))) {
          applied.push({ from: side, table, id, kind: 'changed' });
        }
      }
      for (const id of base.keys()) if (!copy.has(id) && !result[table].has(id)) applied.push({ from: side, table, id, kind: 'removed' });
    }
  }
  return applied;
}
