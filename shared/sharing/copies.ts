import type { Database, SqlJsStatic } from 'sql.js';
import { ChangeRecorder, type Stamp } from '../db/changes';
import { openPlanBytes } from '../db/open';
import { clearLog, logIds } from '../db/repos/change-log';
import { readMeta } from '../db/repos/meta';
import { clearSnapshots, listSnapshots, readSnapshotData, type SnapshotInfo } from '../db/repos/snapshots';
import { applySessionPragmas } from '../db/schema';
import { inTransaction } from '../db/sql';
import { RumboError } from '../errors';
import type { PlanMeta } from '../model/plan';
import { applySnapshot } from '../merge/apply';
import { readSnapshot, type PlanSnapshot } from '../merge/snapshot';
import { gunzip, gzip } from './pack';
import { limitToUnit } from './scope';

/** Another copy of a plan, opened to be compared or merged (never to be edited). */
export interface OtherPlan {
  db: Database;
  meta: PlanMeta;
  snapshot: PlanSnapshot;
  logIds: Set<string>;
  snapshots: SnapshotInfo[];
}

/** Opens a received copy the way a file from outside is opened (checked, migrated); a newer format is refused. */
export function openOtherPlan(SQL: SqlJsStatic, bytes: Uint8Array, name: string): OtherPlan {
  const opened = openPlanBytes(SQL, bytes);
  if (opened.readOnly) {
    opened.db.close();
    throw new RumboError('COPY_NEWER_FORMAT', { file: name });
  }
  const { db } = opened;
  return { db, meta: readMeta(db), snapshot: readSnapshot(db), logIds: logIds(db), snapshots: listSnapshots(db) };
}

/** A plan kept inside another (snapshot data), opened on its own. */
export async function openSnapshotPlan(SQL: SqlJsStatic, data: Uint8Array): Promise<Database> {
  const opened = openPlanBytes(SQL, await gunzip(data));
  return opened.db;
}

export async function readSnapshotOf(SQL: SqlJsStatic, db: Database, id: string): Promise<PlanSnapshot | null> {
  const data = readSnapshotData(db, id);
  if (!data) return null;
  const plan = await openSnapshotPlan(SQL, data);
  try {
    return readSnapshot(plan);
  } finally {
    plan.close();
  }
}

/**
 * Works on a throwaway copy of `db` and returns its bytes, compacted: `shape` removes what the
 * copy must not carry, and VACUUM rebuilds the file so that nothing deleted survives in free pages.
 */
export function compactCopy(SQL: SqlJsStatic, db: Database, shape: (copy: Database) => void): Uint8Array {
  const copy = new SQL.Database(db.export());
  try {
    applySessionPragmas(copy);
    inTransaction(copy, () => shape(copy));
    copy.run('VACUUM');
    return copy.export();
  } finally {
    copy.close();
  }
}

/** Keeps only the plan's content: no snapshots, no history (what a snapshot stores). */
export function stripBookkeeping(copy: Database): void {
  clearSnapshots(copy);
  clearLog(copy);
}

/** Limits a copy to one unit's part (a department package), without recording anything. */
export function limitCopyToUnit(copy: Database, unitId: string, stamp: Stamp): void {
  applySnapshot(copy, new ChangeRecorder(copy, stamp), limitToUnit(readSnapshot(copy), unitId));
}

/** The plan as it is now, gzipped, to be kept as a snapshot (optionally limited to a unit's part). */
export async function snapshotDataOf(SQL: SqlJsStatic, db: Database, stamp: Stamp, unitId: string | null): Promise<Uint8Array> {
  return gzip(
    compactCopy(SQL, db, (copy) => {
      stripBookkeeping(copy);
      if (unitId) limitCopyToUnit(copy, unitId, stamp);
    }),
  );
}
