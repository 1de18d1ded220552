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
