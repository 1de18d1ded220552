import type { Database, SqlJsStatic } from 'sql.js';
import type { ErrorValue } from '../../errors';
import type { Lang } from '../../i18n';
import type { ChangeRecorder, Stamp } from '../../db/changes';
import type { LogEntry } from '../../db/repos/change-log';
import type { CallName, CallParsed, CallResult, HistoryState } from '../contract';
import type { PlanSession } from '../session';
import type { SvgRasterizer } from '../../docx/types';

export interface HandlerContext {
  SQL: SqlJsStatic;
  lang: Lang;
  author: string;
  /** Present only in calls that change the plan. */
  recorder?: ChangeRecorder;
  stamp(): Stamp;
  now(): Date;
  requireSession(): PlanSession;
  replaceSession(session: PlanSession | null): void;
  configure(author: string, lang: Lang): void;
  undo(): HistoryState;
  redo(): HistoryState;
  openBytes(bytes: Uint8Array, forceReadOnly: boolean): void;
  errorValue(error: unknown): ErrorValue;
  /** In a change call: names the copy the change comes from, for the change history. */
  setVia(copy: string): void;
  /** In a change call: history lines written by the call that its undo takes away (and redo puts back). */
  keepWithUndo(entries: LogEntry[]): void;
  /**
   * Writes the file's own bookkeeping (snapshots, status, history events) in one transaction:
   * refused when read-only, moves the revision on so it is saved, but is no undo step.
   */
  bookkeep<T>(work: (db: Database, stamp: Stamp) => T): T;
  /** Draws the document's charts, when the host provides a way. */
  rasterize?: SvgRasterizer;
}

export type Handler<K extends CallName> = (input: CallParsed<K>, context: HandlerContext) => CallResult<K> | Promise<CallResult<K>>;
export type Handlers = { [K in CallName]: Handler<K> };

/** The recorder of a change call (the engine always provides it for those). */
export function recorderOf(context: HandlerContext): ChangeRecorder {
  if (!context.recorder) throw new Error('change call without a recorder');
  return context.recorder;
}

/** Today's date (ISO) in the engine's clock. */
export function todayOf(context: HandlerContext): string {
  return context.now().toISOString().slice(0, 10);
}
