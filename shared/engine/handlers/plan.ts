import type { SqlJsStatic } from 'sql.js';
import { RumboError, formatBytes, type ErrorValue } from '../errors';
import { translate, type Lang } from '../i18n';
import { ChangeRecorder, type Stamp } from '../db/changes';
import { readCounts } from '../db/repos/counts';
import { insertInstitution, readInstitution, updateInstitution } from '../db/repos/institution';
import { insertMeta, readMeta } from '../db/repos/meta';
import { createEmptyDatabase } from '../db/schema';
import { inTransaction } from '../db/sql';
import { buildPlanDocument } from '../docx';
import { LOGO_MAX_BYTES, sniffLogoMime } from '../model/institution';
import type { PlanInfo } from '../model/plan';
import type { CallName, CallParsed, CallResult, HistoryState, PlanState } from './contract';
import { exportVerified } from './export';
import { newSession, type PlanSession } from './session';

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
}

type Handlers = {
  [K in CallName]: (input: CallParsed<K>, context: HandlerContext) => CallResult<K> | Promise<CallResult<K>>;
};

export const handlers: Handlers = {
  'session.configure': ({ author, lang }, context) => context.configure(author, lang),

  'plan.create': (input, context) => {
    const db = createEmptyDatabase(context.SQL);
    const stamp = context.stamp();
    const year = context.now().getUTCFullYear();
    try {
      inTransaction(db, () => {
        insertMeta(db, crypto.randomUUID(), stamp);
        insertInstitution(new ChangeRecorder(db, stamp), crypto.randomUUID(), {
          name: input.institutionName,
          type: input.institutionType,
          planTitle: input.planTitle || translate(input.language, 'document.defaultPlanTitle'),
          periodStart: input.periodStart ?? `${year}-01-01`,
          periodEnd: input.periodEnd ?? `${year + 1}-12-31`,
          authors: [context.author],
          contact: '',
          language: input.language,
          logo: null,
        });
      });
    } catch (error) {
      db.close();
      throw error;
    }
    context.replaceSession(newSession(db));
    return planState(context);
  },

  'plan.open': ({ bytes, forceReadOnly }, context) => {
    context.openBytes(bytes, forceReadOnly ?? false);
    return planState(context);
  },

  'plan.close': (_input, context) => context.replaceSession(null),
  'plan.state': (_input, context) => planState(context),
  'plan.info': (_input, context) => planInfo(context.requireSession()),
  'plan.export': (_input, context) => exportVerified(context.SQL, context.requireSession().db),

  'institution.get': (_input, context) => readInstitution(context.requireSession().db),

  'institution.update': (patch, context) => {
    const { db } = context.requireSession();
    const current = readInstitution(db);
    if (patch.logo) {
      const sniffed = sniffLogoMime(patch.logo.bytes);
      if (!sniffed || patch.logo.bytes.length > LOGO_MAX_BYTES) throw new RumboError('LOGO_INVALID', { max: formatBytes(LOGO_MAX_BYTES) });
      patch.logo = { mime: sniffed, bytes: patch.logo.bytes };
    }
    const start = patch.periodStart ?? current.periodStart;
    const end = patch.periodEnd ?? current.periodEnd;
    if (start > end) throw new RumboError('INPUT_INVALID', { detail: translate(context.lang, 'ui.profile.periodOrder') });
    updateInstitution(context.recorder!, current.id, patch);
    return readInstitution(db);
  },

  'history.undo': (_input, context) => context.undo(),
  'history.redo': (_input, context) => context.redo(),

  'document.export': async (input, context) => {
    const { db } = context.requireSession();
    const institution = readInstitution(db);
    return buildPlanDocument(
      { meta: readMeta(db), institution, counts: readCounts(db), generatedAt: context.now().toISOString() },
      { lang: input?.lang ?? institution.language },
    );
  },
};

function planInfo(session: PlanSession): PlanInfo {
  const meta = readMeta(session.db);
  const institution = readInstitution(session.db);
  return {
    institution: { name: institution.name, type: institution.type },
    plan: {
      id: meta.planId,
      title: institution.planTitle,
      period: `${institution.periodStart}/${institution.periodEnd}`,
      status: meta.status,
      revision: meta.revision,
      language: institution.language,
    },
    counts: readCounts(session.db),
  };
}

function planState(context: HandlerContext): PlanState {
  const session = context.requireSession();
  return {
    meta: readMeta(session.db),
    info: planInfo(session),
    readOnly: session.readOnly,
    readOnlyReason: session.readOnlyReason ? context.errorValue(session.readOnlyReason) : null,
    history: session.history.state(),
  };
}
