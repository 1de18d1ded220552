import type { SqlJsStatic } from 'sql.js';
import type { z } from 'zod';
import { RumboError, toErrorValue, type ErrorValue } from '../errors';
import { DEFAULT_LANG, type Lang } from '../i18n';
import { ChangeRecorder, applyChanges, type Stamp } from '../db/changes';
import { openPlanBytes } from '../db/open';
import { bumpRevision } from '../db/repos/meta';
import { inTransaction } from '../db/sql';
import { logChanges } from '../sharing/history';
import { appendLog, removeLog, type LogEntry } from '../db/repos/change-log';
import { contract, isCallName, type CallInput, type ChangeCall, type CallName, type CallParsed, type CallResult, type HistoryState } from './contract';
import { newSession, type PlanSession } from './session';
import { handlers, type HandlerContext } from './handlers/index';
import type { SvgRasterizer } from '../docx/types';

export interface EngineOptions {
  SQL: SqlJsStatic;
  author?: string;
  lang?: Lang;
  /** For tests that need a fixed time. */
  clock?: () => Date;
  /** Draws the document's charts (see shared/docx/types.ts); the host provides it. */
  rasterize?: SvgRasterizer;
}

export type Outcome<T = unknown> = { ok: true; value: T } | { ok: false; error: ErrorValue };

/**
 * The plan engine: one open plan, the calls of the contract, undo and redo. It does not know
 * where it runs (Worker, command line, tests) and never touches files: bytes in, bytes out.
 */
export class PlanEngine {
  private session: PlanSession | null = null;
  private author: string;
  private lang: Lang;

  constructor(private readonly options: EngineOptions) {
    this.author = options.author ?? 'Rumbo';
    this.lang = options.lang ?? DEFAULT_LANG;
  }

  /** Typed entry point for trusted callers; failures are thrown as RumboError. */
  async call<K extends CallName>(name: K, ...args: undefined extends CallInput<K> ? [CallInput<K>?] : [CallInput<K>]): Promise<CallResult<K>> {
    const parsed = parseInput(name, args[0]);
    return this.run(name, parsed);
  }

  /** Entry point for messages from elsewhere (a Worker port): validates everything, never throws. */
  async dispatch(name: unknown, input: unknown): Promise<Outcome> {
    try {
      if (!isCallName(name)) throw new RumboError('INPUT_INVALID', { detail: String(name).slice(0, 60) });
      const parsed = parseInput(name, input);
      return { ok: true, value: await this.run(name, parsed) };
    } catch (error) {
      return { ok: false, error: toErrorValue(error, this.lang) };
    }
  }

  private async run<K extends CallName>(name: K, input: CallParsed<K>): Promise<CallResult<K>> {
    const handler = handlers[name] as (input: CallParsed<K>, context: HandlerContext) => CallResult<K> | Promise<CallResult<K>>;
    if (!contract[name].mutates) return handler(input, this.context());

    const session = this.writableSession();
    const stamp = this.stamp();
    const recorder = new ChangeRecorder(session.db, stamp);
    let via = '';
    const log: LogEntry[] = [];
    const result = await inTransaction(session.db, () => {
      const value = handler(input, { ...this.context(), recorder, setVia: (copy) => (via = copy), keepWithUndo: (entries) => log.push(...entries) });
      if (recorder.changes.length > 0) {
        logChanges(session.db, stamp, name, recorder.changes, this.lang, via);
        bumpRevision(session.db, stamp);
      }
      return value;
    });
    if (recorder.changes.length > 0) session.history.record({ label: name as ChangeCall, changes: recorder.changes, log });
    return result;
  }

  private context(): HandlerContext {
    return {
      SQL: this.options.SQL,
      lang: this.lang,
      author: this.author,
      stamp: () => this.stamp(),
      now: () => this.now(),
      requireSession: () => this.requireSession(),
      replaceSession: (session) => this.replaceSession(session),
      configure: (author, lang) => {
        this.author = author;
        this.lang = lang;
      },
      undo: () => this.stepHistory('undo'),
      redo: () => this.stepHistory('redo'),
      openBytes: (bytes, forceReadOnly) => {
        const opened = openPlanBytes(this.options.SQL, bytes);
        const readOnly = opened.readOnly || forceReadOnly;
        this.replaceSession(newSession(opened.db, readOnly, opened.readOnlyReason ?? (forceReadOnly ? new RumboError('PLAN_READ_ONLY') : null)));
      },
      errorValue: (error) => toErrorValue(error, this.lang),
      setVia: () => undefined,
      keepWithUndo: () => undefined,
      bookkeep: (work) => {
        const session = this.writableSession();
        const stamp = this.stamp();
        return inTransaction(session.db, () => {
          const value = work(session.db, stamp);
          bumpRevision(session.db, stamp);
          return value;
        });
      },
      ...(this.options.rasterize ? { rasterize: this.options.rasterize } : {}),
    };
  }

  private stepHistory(direction: 'undo' | 'redo'): HistoryState {
    const session = this.writableSession();
    const entry = direction === 'undo' ? session.history.peekUndo() : session.history.peekRedo();
    if (!entry) return session.history.state();
    const stamp = this.stamp();
    inTransaction(session.db, () => {
      applyChanges(session.db, entry.changes, direction === 'undo' ? 'before' : 'after');
      if (entry.log && direction === 'undo') removeLog(session.db, entry.log.map((line) => line.id));
      if (entry.log && direction === 'redo') appendLog(session.db, entry.log);
      const applied = direction === 'undo' ? entry.changes.map((change) => ({ ...change, before: change.after, after: change.before })).reverse() : entry.changes;
      logChanges(session.db, stamp, `history.${direction}`, applied, this.lang);
      bumpRevision(session.db, stamp);
    });
    if (direction === 'undo') session.history.markUndone();
    else session.history.markRedone();
    return session.history.state();
  }

  private requireSession(): PlanSession {
    if (!this.session) throw new RumboError('PLAN_NOT_OPEN');
    return this.session;
  }

  private writableSession(): PlanSession {
    const session = this.requireSession();
    if (session.readOnly) throw new RumboError('PLAN_READ_ONLY');
    return session;
  }

  private replaceSession(session: PlanSession | null): void {
    this.session?.db.close();
    this.session = session;
  }

  private now(): Date {
    return this.options.clock?.() ?? new Date();
  }

  private stamp(): Stamp {
    return { author: this.author, now: this.now().toISOString() };
  }
}

function parseInput<K extends CallName>(name: K, input: unknown): CallParsed<K> {
  const result = (contract[name].input as z.ZodType).safeParse(input);
  if (!result.success) {
    const issue = result.error.issues[0];
    const where = issue?.path.join('.') || name;
    throw new RumboError('INPUT_INVALID', { detail: `${where}: ${issue?.message ?? ''}`.slice(0, 200) });
  }
  return result.data as CallParsed<K>;
}
