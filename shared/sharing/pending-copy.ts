import type { Stamp } from '../db/changes';
import type { LogEntry } from '../db/repos/change-log';
import type { NewSnapshot } from '../db/repos/snapshots';

/** A copy prepared to send, which the plan records (plan.recordCopy) once the host has written it. */
export interface PendingCopy {
  token: string;
  snapshot: NewSnapshot;
  event: LogEntry;
  stamp: Stamp;
}
