import type { Database } from 'sql.js';
import { run, selectAll, selectOne } from '../sql';
import type { Stamp } from '../changes';

export type SnapshotKind = 'sent' | 'approved';

/** A snapshot as lists show it (without its data). */
export interface SnapshotInfo {
  id: string;
  kind: SnapshotKind;
  revision: number;
  /** The version label (approved) or who the copy was for (sent). */
  label: string;
  /** The unit a department package was limited to. */
  unitId: string | null;
  approvedBy: string;
  approvedOn: string | null;
  approvalReference: string;
  createdAt: string;
  createdBy: string;
  /** In a copy: the snapshot this file was made from. */
  origin: boolean;
}

export interface NewSnapshot {
  id: string;
  kind: SnapshotKind;
  revision: number;
  label: string;
  unitId: string | null;
  approvedBy?: string;
  approvedOn?: string | null;
  approvalReference?: string;
  data: Uint8Array;
}

const INFO_COLUMNS = 'id, kind, revision, label, unit_id, approved_by, approved_on, approval_reference, created_at, created_by, origin';

export function insertSnapshot(db: Database, snapshot: NewSnapshot, stamp: Stamp): void {
  run(
    db,
    `INSERT INTO plan_snapshot (${INFO_COLUMNS}, data) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    [
      snapshot.id,
      snapshot.kind,
      snapshot.revision,
      snapshot.label,
      snapshot.unitId,
      snapshot.approvedBy ?? '',
      snapshot.approvedOn ?? null,
      snapshot.approvalReference ?? '',
      stamp.now,
      stamp.author,
      0,
      snapshot.data,
    ],
  );
}

/** Newest first. */
export function listSnapshots(db: Database, kind?: SnapshotKind): SnapshotInfo[] {
  const where = kind ? 'WHERE kind = ?' : '';
  return selectAll(db, `SELECT ${INFO_COLUMNS} FROM plan_snapshot ${where} ORDER BY created_at DESC, rowid DESC`, kind ? [kind] : []).map(toInfo);
}

export function readSnapshotInfo(db: Database, id: string): SnapshotInfo | null {
  const row = selectOne(db, `SELECT ${INFO_COLUMNS} FROM plan_snapshot WHERE id = ?`, [id]);
  return row ? toInfo(row) : null;
}

export function readSnapshotData(db: Database, id: string): Uint8Array | null {
  const row = selectOne(db, 'SELECT data FROM plan_snapshot WHERE id = ?', [id]);
  return row?.data instanceof Uint8Array ? row.data : null;
}

/** A snapshot with its data, as it travels from one copy of the plan to another. */
export interface StoredSnapshot {
  info: SnapshotInfo;
  data: Uint8Array;
}

export function readStoredSnapshots(db: Database): StoredSnapshot[] {
  return selectAll(db, `SELECT ${INFO_COLUMNS}, data FROM plan_snapshot ORDER BY created_at, rowid`).map((row) => ({ info: toInfo(row), data: row.data as Uint8Array }));
}

/** The snapshots this file was made from (it is a copy), newest first. */
export function originSnapshots(db: Database): SnapshotInfo[] {
  return listSnapshots(db).filter((snapshot) => snapshot.origin);
}

/** Adds a snapshot made in another copy, keeping its id, date and author (not as an origin of this file); nothing when it is there already. */
export function insertStoredSnapshot(db: Database, { info, data }: StoredSnapshot): void {
  run(
    db,
    `INSERT OR IGNORE INTO plan_snapshot (${INFO_COLUMNS}, data) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    [info.id, info.kind, info.revision, info.label, info.unitId, info.approvedBy, info.approvedOn, info.approvalReference, info.createdAt, info.createdBy, 0, data],
  );
}

function toInfo(row: Record<string, unknown>): SnapshotInfo {
  return {
    id: String(row.id),
    kind: row.kind as SnapshotKind,
    revision: Number(row.revision),
    label: String(row.label),
    unitId: typeof row.unit_id === 'string' ? row.unit_id : null,
    approvedBy: String(row.approved_by),
    approvedOn: typeof row.approved_on === 'string' ? row.approved_on : null,
    approvalReference: String(row.approval_reference),
    createdAt: String(row.created_at),
    createdBy: String(row.created_by),
    origin: row.origin === 1,
  };
}

/**
 * Shapes the snapshots a copy carries: the one it is made from becomes its origin; the starting
 * points of other copies this plan sent stay behind (the ones this plan was itself made from stay).
 */
export function keepOnlyOriginsAnd(db: Database, id: string): void {
  run(db, "DELETE FROM plan_snapshot WHERE kind = 'sent' AND origin = 0 AND id <> ?", [id]);
  run(db, 'UPDATE plan_snapshot SET origin = 1 WHERE id = ?', [id]);
}

export function clearSnapshots(db: Database): void {
  run(db, 'DELETE FROM plan_snapshot');
}
