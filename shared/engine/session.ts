import type { Database } from 'sql.js';
import type { RumboError } from '../errors';
import { UndoHistory } from './undo';

/** One open plan inside the engine. */
export interface PlanSession {
  db: Database;
  readOnly: boolean;
  readOnlyReason: RumboError | null;
  history: UndoHistory;
}

export function newSession(db: Database, readOnly = false, readOnlyReason: RumboError | null = null): PlanSession {
  return { db, readOnly, readOnlyReason, history: new UndoHistory() };
}
