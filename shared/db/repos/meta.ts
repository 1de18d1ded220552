import type { Database } from 'sql.js';
import type { PlanMeta, PlanStatus } from '../../model/plan';
import { APP_VERSION } from '../format';
import { run, selectOne, selectValue } from '../sql';
import type { Stamp } from '../changes';

export function readMeta(db: Database): PlanMeta {
  const row = selectOne(db, 'SELECT * FROM plan_meta LIMIT 1');
  if (!row) throw new Error('plan_meta missing');
  return {
    planId: String(row.id),
    revision: Number(row.revision),
    appVersion: String(row.app_version),
    formatVersion: Number(selectValue(db, 'PRAGMA user_version')),
    status: String(row.status) as PlanStatus,
    versionLabel: String(row.version_label),
    createdAt: String(row.created_at),
    updatedAt: String(row.updated_at),
  };
}

export function insertMeta(db: Database, planId: string, stamp: Stamp): void {
  run(
    db,
    `INSERT INTO plan_meta (id, revision, app_version, status, version_label, created_at, updated_at, created_by, updated_by)
     VALUES (?, 0, ?, 'draft', '0.1', ?, ?, ?, ?)`,
    [planId, APP_VERSION, stamp.now, stamp.now, stamp.author, stamp.author],
  );
}

/** Every accepted change moves the revision on; it is never undone, so copies can be ordered. */
export function bumpRevision(db: Database, stamp: Stamp): void {
  run(db, 'UPDATE plan_meta SET revision = revision + 1, app_version = ?, updated_at = ?, updated_by = ?', [
    APP_VERSION,
    stamp.now,
    stamp.author,
  ]);
}

export function readRevision(db: Database): number {
  return Number(selectValue(db, 'SELECT revision FROM plan_meta LIMIT 1'));
}

/** Who last changed the plan (the copy's last editor, for "where it comes from"). */
export function readLastEditor(db: Database): string {
  return String(selectValue(db, 'SELECT updated_by FROM plan_meta LIMIT 1') ?? '');
}

/** Where the plan stands (status and version label); bookkeeping, never an undo step. */
export function writeStatus(db: Database, status: PlanStatus, versionLabel?: string): void {
  if (versionLabel === undefined) run(db, 'UPDATE plan_meta SET status = ?', [status]);
  else run(db, 'UPDATE plan_meta SET status = ?, version_label = ?', [status, versionLabel]);
}

/** Sets the revision (a copy made now has the revision the plan will have once it records it). */
export function writeRevision(db: Database, revision: number): void {
  run(db, 'UPDATE plan_meta SET revision = ?', [revision]);
}

/** Moves the revision up to at least `revision` (a merged plan goes past both copies). */
export function raiseRevision(db: Database, revision: number): void {
  run(db, 'UPDATE plan_meta SET revision = max(revision, ?)', [revision]);
}
