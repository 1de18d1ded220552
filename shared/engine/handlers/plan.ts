import { translate } from '../../i18n';
import { ChangeRecorder } from '../../db/changes';
import { insertInstitution, readInstitution } from '../../db/repos/institution';
import { insertMeta, readMeta } from '../../db/repos/meta';
import { createEmptyDatabase } from '../../db/schema';
import { inTransaction } from '../../db/sql';
import { unitName } from '../../db/repos/units';
import { originSnapshots } from '../../db/repos/snapshots';
import type { CopyOrigin } from '../../model/sharing';
import type { PlanInfo } from '../../model/plan';
import type { PlanState } from '../contract';
import { exportVerified } from '../export';
import { newSession, type PlanSession } from '../session';
import { planCounts } from './inventory';
import type { HandlerContext, Handlers } from './context';

export const planHandlers = {
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
  'plan.info': (_input, context) => planInfo(context.requireSession(), context),
  'plan.export': (_input, context) => exportVerified(context.SQL, context.requireSession().db),

  'history.undo': (_input, context) => context.undo(),
  'history.redo': (_input, context) => context.redo(),
} satisfies Partial<Handlers>;

function planInfo(session: PlanSession, context: HandlerContext): PlanInfo {
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
    counts: planCounts(session.db, context),
  };
}

function copyOriginOf(session: PlanSession): CopyOrigin | null {
  const origin = originSnapshots(session.db)[0];
  if (!origin) return null;
  return { preparedAt: origin.createdAt, preparedBy: origin.createdBy, recipient: origin.label, unitName: origin.unitId ? unitName(session.db, origin.unitId) : null };
}

function planState(context: HandlerContext): PlanState {
  const session = context.requireSession();
  return {
    meta: readMeta(session.db),
    info: planInfo(session, context),
    readOnly: session.readOnly,
    readOnlyReason: session.readOnlyReason ? context.errorValue(session.readOnlyReason) : null,
    history: session.history.state(),
    copyOrigin: copyOriginOf(session),
  };
}
