import type { Database } from 'sql.js';
import type { RumboError } from '../errors';
import { UndoHistory } from './undo';
import type { PendingMerge } from '../sharing/pending-merge';
import type { PendingCopy } from '../sharing/pending-copy';

/** One open plan inside the engine. */
export interface PlanSession {
  db: Database;
  readOnly: boolean;
  readOnlyReason: RumboError | null;
  history: UndoHistory;
  /** Results derived from the data, valid for one revision (see `derived`). */
  derivedCache: Map<string, unknown>;
  derivedRevision: number;
  /** A merge shown to the user and waiting for their choices (see plan.mergePreview). */
  pendingMerge: PendingMerge | null;
  /** A copy prepared to send, recorded in the plan only once it was written (see plan.recordCopy). */
  pendingCopy: PendingCopy | null;
}

export function newSession(db: Database, readOnly = false, readOnlyReason: RumboError | null = null): PlanSession {
  return { db, readOnly, readOnlyReason, history: new UndoHistory(), derivedCache: new Map(), derivedRevision: -1, pendingMerge: null, pendingCopy: null };
}

/**
 * Computes something from the plan once per revision: after every change the screens ask for
 * the state, the inventory and the action plan, and each would otherwise recount 5,000 accounts.
 * Every change moves the revision on, so a cached value can never be stale.
 */
export function derived<T>(session: PlanSession, revision: number, key: string, compute: () => T): T {
  if (session.derivedRevision !== revision) {
    session.derivedCache.clear();
    session.derivedRevision = revision;
  }
  if (!session.derivedCache.has(key)) session.derivedCache.set(key, compute());
  return session.derivedCache.get(key) as T;
}
