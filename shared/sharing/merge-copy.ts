import type { Database, SqlJsStatic } from 'sql.js';
import type { ChangeRecorder } from '../db/changes';
import { appendLog, logIds, readLog, type LogEntry } from '../db/repos/change-log';
import { insertStoredSnapshot, listSnapshots, readStoredSnapshots } from '../db/repos/snapshots';
import { raiseRevision } from '../db/repos/meta';
import { applySnapshot } from '../merge/apply';
import { eventEntry } from './history';
import { translate, type Lang } from '../i18n';
import { describeConflicts, describeDiff, lookupIn } from '../merge/describe';
import { diffPlans } from '../merge/diff';
import { dropDanglingReferences } from '../merge/dangling';
import { TABLE_SECTIONS, fieldLabel, formatValue } from '../merge/labels';
import { mergePlans, resolve, type Choices, type MergeResult } from '../merge/merge';
import { copySnapshot, emptySnapshot, type PlanSnapshot, type UserTable } from '../merge/snapshot';
import type { MergePreview, OfferedChange, OfferedConflict } from '../model/sharing';
import { readSnapshotOf, type OtherPlan } from './copies';
import { commonAncestor } from './lineage';
import type { PendingMerge } from './pending-merge';
import { scopeReturned } from './scope';

/**
 * Merges another copy into the open plan: the newest snapshot both keep is the common ancestor;
 * a returned department package only brings changes to its unit's part. The result is offered
 * change by change (and conflict by conflict) before anything is written.
 */
export async function prepareMerge(
  SQL: SqlJsStatic,
  db: Database,
  other: OtherPlan,
  input: { mine: PlanSnapshot; via: string; mineRevision: number; lang: Lang },
): Promise<{ pending: PendingMerge; preview: Omit<MergePreview, 'token' | 'lineage'> }> {
  const ancestor = commonAncestor(listSnapshots(db), other.snapshots);
  const stored = ancestor ? await readSnapshotOf(SQL, db, ancestor.id) : null;
  const base = stored ?? emptySnapshot();
  const { mine } = input;
  let theirs = other.snapshot;
  let ignoredOutsideUnit = 0;
  let unitName: string | null = null;
  if (ancestor?.unitId) {
    ({ theirs, ignored: ignoredOutsideUnit } = scopeReturned(base, theirs, ancestor.unitId));
    const unit = mine.org_unit.get(ancestor.unitId) ?? base.org_unit.get(ancestor.unitId);
    unitName = unit ? String(unit.name) : null;
  }
  const merge = mergePlans(base, mine, theirs);
  const pending: PendingMerge = {
    token: crypto.randomUUID(),
    mineRevision: input.mineRevision,
    theirsRevision: other.meta.revision,
    via: input.via,
    merge,
    ...extrasOf(db, other.db),
  };
  return {
    pending,
    preview: {
      ancestorFound: stored !== null,
      unitName,
      ignoredOutsideUnit,
      changes: offeredChanges(merge, input.lang),
      conflicts: offeredConflicts(merge, input.lang),
    },
  };
}

/** What merging brings into the open plan if every conflict keeps the open plan's side. */
function offeredChanges(merge: MergeResult, lang: Lang): OfferedChange[] {
  const { mine } = merge.inputs;
  return describeDiff(diffPlans(mine, merge.result), mine, merge.result, lang).flatMap((section) =>
    section.changes.map((change) => ({ ...change, key: changeKey(change.table, change.id), section: section.section })),
  );
}

function offeredConflicts(merge: MergeResult, lang: Lang): OfferedConflict[] {
  const { base, mine, theirs } = merge.inputs;
  const lookup = lookupIn(mine, theirs, base);
  const byId = new Map(merge.conflicts.map((conflict) => [conflict.id, conflict]));
  const sides = { mine: translate(lang, 'merge.sides.mine'), theirs: translate(lang, 'merge.sides.theirs') };
  return describeConflicts(merge, lang, sides).map((described) => {
    const conflict = byId.get(described.id)!;
    const fields =
      conflict.kind === 'field'
        ? conflict.fields.map((field) => ({
            label: fieldLabel(lang, conflict.table, field.column),
            base: formatValue(lang, conflict.table, field.column, field.base, lookup),
            mine: formatValue(lang, conflict.table, field.column, field.mine, lookup),
            theirs: formatValue(lang, conflict.table, field.column, field.theirs, lookup),
          }))
        : [];
    return { ...described, section: TABLE_SECTIONS[conflict.table], fields };
  });
}

/**
 * Writes a merged plan into the open one through `recorder` (one undo step) with what the other
 * copy brings besides its records: its history lines, its snapshots (ancestors of later merges),
 * and a revision past both copies. The merge itself becomes a line of the history. Returns the
 * history lines written, which an undo of the merge takes away again.
 */
export function writeMerge(db: Database, recorder: ChangeRecorder, result: PlanSnapshot, other: Pick<PendingMerge, 'via' | 'theirsRevision' | 'theirsLog' | 'theirsSnapshots'>): LogEntry[] {
  applySnapshot(db, recorder, result);
  raiseRevision(db, other.theirsRevision);
  // The other copy's lines say which copy they came through, so the history can be read by copy.
  const brought = other.theirsLog.map((entry) => (entry.via ? entry : { ...entry, via: other.via }));
  for (const snapshot of other.theirsSnapshots) insertStoredSnapshot(db, snapshot);
  const editors = [...new Set(other.theirsLog.filter((entry) => entry.table !== '').map((entry) => entry.author))].sort();
  const lines = [...brought, eventEntry(recorder.stamp, 'plan.merge', other.via, other.via, editors)];
  appendLog(db, lines);
  return lines;
}

/** What another copy brings besides its records: history lines and snapshots the open plan lacks. */
export function extrasOf(db: Database, other: Database): Pick<PendingMerge, 'theirsLog' | 'theirsSnapshots'> {
  const mineLog = logIds(db);
  const mineSnapshots = new Set(listSnapshots(db).map((snapshot) => snapshot.id));
  return {
    theirsLog: readLog(other).filter((entry) => !mineLog.has(entry.id)),
    theirsSnapshots: readStoredSnapshots(other).filter((snapshot) => !mineSnapshots.has(snapshot.info.id)),
  };
}

export const changeKey = (table: UserTable, id: string) => `${table}:${id}`;

/**
 * The plan to write: each conflict as chosen, and every change the user rejected left as the
 * open plan has it. What a rejected record would leave pointing nowhere follows it the way a
 * deletion in the app does (a reference emptied, a link dropped).
 */
export function mergedPlan(pending: PendingMerge, choices: Choices, rejected: readonly string[]): PlanSnapshot {
  const result = copySnapshot(resolve(pending.merge, choices, 'mine'));
  const { mine } = pending.merge.inputs;
  for (const key of rejected) {
    const split = key.indexOf(':');
    const table = key.slice(0, split) as UserTable;
    const id = key.slice(split + 1);
    if (!Object.hasOwn(result, table)) continue;
    const kept = mine[table].get(id);
    if (kept) result[table].set(id, kept);
    else result[table].delete(id);
  }
  dropDanglingReferences(result);
  return result;
}
