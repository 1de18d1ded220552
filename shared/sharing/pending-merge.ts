import type { LogEntry } from '../db/repos/change-log';
import type { StoredSnapshot } from '../db/repos/snapshots';
import type { MergeResult } from '../merge/merge';

/** A merge computed for the user to review; applied by plan.merge only while the plan is as it was then. */
export interface PendingMerge {
  token: string;
  /** The open plan's revision when the merge was computed. */
  mineRevision: number;
  theirsRevision: number;
  /** The other copy's name: the history says that the changes came from it. */
  via: string;
  merge: MergeResult;
  /** History lines of the other copy that the open plan does not have. */
  theirsLog: LogEntry[];
  /** Snapshots of the other copy that the open plan does not have (ancestors of later merges). */
  theirsSnapshots: StoredSnapshot[];
}
