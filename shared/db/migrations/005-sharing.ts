import type { Migration } from './types';

/**
 * Format 5: what a plan file needs to travel by e-mail and come back. Both tables are the file's
 * own bookkeeping, like plan_meta: they are not compared or merged field by field.
 *
 * - plan_snapshot: the plan as it was when a copy was sent (the common ancestor a later merge
 *   needs) or when a version was approved (frozen, read-only, exportable as it was). `data` is
 *   the whole plan file of that moment, gzipped, so that a snapshot made by this format still
 *   opens, migrated, in any later one. `origin` marks, in a copy, the snapshot it was made
 *   from: the copy says where it comes from, and it is kept when the copy is sent back.
 * - change_log: who changed what and when, one row per record changed (or per plan event:
 *   copy sent, merge, status, approval). Rows have UUIDs so that the logs of two copies can be
 *   joined on merge and compared to tell which copy includes the other.
 */
export const migration005: Migration = {
  version: 5,
  description: 'snapshots of sent copies and approved versions, change history',
  statements: [
    `CREATE TABLE plan_snapshot (
      id TEXT PRIMARY KEY NOT NULL,
      kind TEXT NOT NULL CHECK (kind IN ('sent', 'approved')),
      revision INTEGER NOT NULL CHECK (revision >= 0),
      label TEXT NOT NULL DEFAULT '',
      unit_id TEXT,
      approved_by TEXT NOT NULL DEFAULT '',
      approved_on TEXT,
      approval_reference TEXT NOT NULL DEFAULT '',
      origin INTEGER NOT NULL DEFAULT 0 CHECK (origin IN (0, 1)),
      data BLOB NOT NULL,
      created_at TEXT NOT NULL,
      created_by TEXT NOT NULL
    ) STRICT`,
    `CREATE TABLE change_log (
      id TEXT PRIMARY KEY NOT NULL,
      at TEXT NOT NULL,
      author TEXT NOT NULL,
      action TEXT NOT NULL,
      via TEXT NOT NULL DEFAULT '',
      table_name TEXT NOT NULL DEFAULT '',
      record_id TEXT NOT NULL DEFAULT '',
      kind TEXT NOT NULL DEFAULT '' CHECK (kind IN ('', 'added', 'changed', 'removed')),
      fields TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(fields) AND json_type(fields) = 'array'),
      label TEXT NOT NULL DEFAULT ''
    ) STRICT`,
    `CREATE INDEX change_log_record ON change_log(record_id)`,
    `CREATE INDEX change_log_at ON change_log(at)`,
  ],
};
