import type { Database } from 'sql.js';
import { ChangeRecorder, type Stamp } from '../../db/changes';
import { appendLog, listMergeEvents, logIds, queryLog } from '../../db/repos/change-log';
import { readDocumentSettings } from '../../db/repos/document';
import { readInstitution } from '../../db/repos/institution';
import { readLastEditor, readMeta, readRevision, writeRevision, writeStatus } from '../../db/repos/meta';
import { unitName as unitNameOf } from '../../db/repos/units';
import { rowExists, siblingIds } from '../../db/repos/rows';
import { insertSnapshot, keepOnlyOriginsAnd, listSnapshots, readSnapshotData, readSnapshotInfo } from '../../db/repos/snapshots';
import { openPlanBytes } from '../../db/open';
import { buildPlanDocument } from '../../docx';
import { RumboError } from '../../errors';
import { translate, type Lang } from '../../i18n';
import { copyFileName } from '../../files/file-names';
import { describeDiff, diffCounts, diffPlans, readSnapshot, sameSnapshot } from '../../merge';
import { TABLE_SECTIONS, fieldLabel, recordNoun, type SectionId } from '../../merge/labels';
import type { PlanSnapshot, UserTable } from '../../merge/snapshot';
import { derived } from '../session';
import type { ApprovalOutcome, CopyLineage, HistoryEntry } from '../../model/sharing';
import { compactCopy, limitCopyToUnit, openOtherPlan, openSnapshotPlan, snapshotDataOf, stripBookkeeping, type OtherPlan } from '../../sharing/copies';
import { eventEntry, logChanges, logEvent } from '../../sharing/history';
import type { PendingCopy } from '../../sharing/pending-copy';
import { commonAncestor, relationOf } from '../../sharing/lineage';
import { mergedPlan, prepareMerge, writeMerge } from '../../sharing/merge-copy';
import { gunzip, gzip } from '../../sharing/pack';
import { nextDraftLabel } from '../../sharing/version-labels';
import { documentData, documentOptions } from './document';
import { recorderOf, todayOf, type HandlerContext, type Handlers } from './context';
import { sha256Hex } from '../sha256';

export const sharingHandlers = {
  'plan.prepareCopy': async ({ recipient, unitId }, context) => {
    const { db } = writable(context);
    const stamp = context.stamp();
    if (unitId && !rowExists(db, 'org_unit', unitId)) throw new RumboError('UNIT_HAS_NO_PART');
    const unitName = unitId ? unitNameOf(db, unitId) : null;
    // The copy's starting point, kept in both files: whoever merges later finds their common ancestor.
    const data = await snapshotDataOf(context.SQL, db, stamp, unitId ?? null);
    const revision = readRevision(db) + 1;
    const sent: PendingCopy = {
      token: crypto.randomUUID(),
      snapshot: { id: crypto.randomUUID(), kind: 'sent', revision, label: recipient ?? '', unitId: unitId ?? null, data },
      event: eventEntry(stamp, 'plan.prepareCopy', [recipient, unitName].filter(Boolean).join(' · ')),
      stamp,
    };
    // The copy already carries what the plan records once the copy is written (plan.recordCopy):
    // the same snapshot and history line, so an untouched copy is "the same" as the plan. The
    // starting points of copies sent to others are no business of this one, but the ones this
    // file was itself made from stay (a copy sent back must still share its ancestor with the
    // plan it came from). VACUUM leaves nothing deleted behind.
    const bytes = compactCopy(context.SQL, db, (copy) => {
      recordSentCopy(copy, sent);
      writeRevision(copy, revision);
      keepOnlyOriginsAnd(copy, sent.snapshot.id);
      if (unitId) limitCopyToUnit(copy, unitId, stamp);
    });
    try {
      openPlanBytes(context.SQL, bytes).db.close();
    } catch {
      throw new RumboError('SAVE_VERIFY_FAILED');
    }
    const institution = readInstitution(db);
    context.requireSession().pendingCopy = sent;
    return {
      token: sent.token,
      bytes,
      sha256: await sha256Hex(bytes),
      fileName: copyFileName({ institution: institution.name, title: institution.planTitle, ...(unitName ? { unit: unitName } : {}), revision, date: todayOf(context) }),
      revision,
      unitName,
      sizeBytes: bytes.length,
    };
  },

  'plan.recordCopy': ({ token }, context) => {
    const session = writable(context);
    const sent = session.pendingCopy;
    if (!sent || sent.token !== token) throw new RumboError('NOT_FOUND');
    context.bookkeep((db) => recordSentCopy(db, sent));
    session.pendingCopy = null;
    return listSnapshots(session.db);
  },

  'plan.inspectCopy': ({ bytes, name }, context) => withOther(context, bytes, name, (other) => lineageOf(context, other)),

  'plan.compare': ({ bytes, name }, context) =>
    withOther(context, bytes, name, (other) => {
      const mine = snapshotOfOpenPlan(context);
      const diff = diffPlans(mine, other.snapshot);
      return { lineage: lineageOf(context, other), sections: describeDiff(diff, mine, other.snapshot, context.lang), counts: diffCounts(diff) };
    }),

  'plan.mergePreview': ({ bytes, name }, context) => {
    const session = writable(context);
    return withOther(context, bytes, name, async (other) => {
      if (other.meta.planId !== readMeta(session.db).planId) throw new RumboError('MERGE_DIFFERENT_PLANS', { file: name });
      const lineage = lineageOf(context, other);
      const { pending, preview } = await prepareMerge(context.SQL, session.db, other, { mine: snapshotOfOpenPlan(context), via: name, mineRevision: readRevision(session.db), lang: context.lang });
      session.pendingMerge = pending;
      return { token: pending.token, lineage, ...preview };
    });
  },

  'plan.merge': ({ token, choices, rejected }, context) => {
    const session = context.requireSession();
    const { db } = session;
    const pending = session.pendingMerge;
    if (!pending || pending.token !== token || readRevision(db) !== pending.mineRevision) throw new RumboError('MERGE_EXPIRED');
    const recorder = recorderOf(context);
    const result = mergedPlan(pending, choices, rejected);
    const counts = diffCounts(diffPlans(pending.merge.inputs.mine, result));
    context.keepWithUndo(writeMerge(db, recorder, result, pending));
    context.setVia(pending.via);
    session.pendingMerge = null;
    return { via: pending.via, ...counts, conflicts: pending.merge.conflicts.length, revision: readRevision(db) + 1 };
  },

  'plan.setStatus': ({ status }, context) => {
    context.bookkeep((db, stamp) => {
      writeStatus(db, status);
      logEvent(db, stamp, 'plan.setStatus', status);
    });
    return readMeta(context.requireSession().db);
  },

  'plan.approve': async (input, context) => {
    const session = writable(context);
    const stamp = context.stamp();
    // The version as approved, frozen: its status says approved, so its document carries no draft marking.
    const frozen = await gzip(
      compactCopy(context.SQL, session.db, (copy) => {
        stripBookkeeping(copy);
        approve(copy, input, stamp);
      }),
    );
    const id = crypto.randomUUID();
    const draftLabel = nextDraftLabel(input.versionLabel);
    context.bookkeep((db, stamp) => {
      const changes = approve(db, input, stamp);
      logChanges(db, stamp, 'plan.approve', changes, context.lang);
      insertSnapshot(
        db,
        {
          id,
          kind: 'approved',
          revision: readRevision(db) + 1,
          label: input.versionLabel,
          unitId: null,
          approvedBy: input.approvedBy,
          approvedOn: input.approvedOn,
          approvalReference: input.reference,
          data: frozen,
        },
        stamp,
      );
      // Work goes on in a new draft; the approved version stays in the file as it was.
      writeStatus(db, 'draft', draftLabel);
      logEvent(db, stamp, 'plan.approve', input.versionLabel);
    });
    // Undoing an edit made before the approval would rewrite what was approved: the history starts again.
    session.history.clear();
    return { version: readSnapshotInfo(session.db, id)!, draftLabel, status: 'draft' } satisfies ApprovalOutcome;
  },

  'snapshots.list': (_input, context) => listSnapshots(context.requireSession().db),

  'version.export': async ({ id, lang }, context) =>
    withVersion(context, id, (plan) => buildPlanDocument(documentData(context, plan), documentOptions(lang ? { lang } : undefined, context, plan))),

  'version.bytes': async ({ id }, context) => {
    const data = approvedData(context, id);
    return gunzip(data);
  },

  'history.list': (query, context) => {
    const { db } = context.requireSession();
    const tables = query.sections?.flatMap((section) => (section === 'plan' ? [''] : tablesOf(section)));
    const page = queryLog(db, { ...query, ...(tables ? { tables } : {}) });
    return { ...page, entries: page.entries.map((entry) => describeEntry(entry, context.lang)) };
  },

  'history.merges': (_input, context) => listMergeEvents(context.requireSession().db),
} satisfies Partial<Handlers>;

/**
 * The open plan as a snapshot, read once per revision: comparing and then merging a copy of a
 * large plan would otherwise read every row several times. Snapshots are never changed in place.
 */
function snapshotOfOpenPlan(context: HandlerContext): PlanSnapshot {
  const session = context.requireSession();
  return derived(session, readRevision(session.db), 'snapshot', () => readSnapshot(session.db));
}

/** The plan remembers a copy it sent: its starting point and a line in the history. */
function recordSentCopy(db: Database, sent: PendingCopy): void {
  insertSnapshot(db, sent.snapshot, sent.stamp);
  appendLog(db, [sent.event]);
}

function writable(context: HandlerContext) {
  const session = context.requireSession();
  if (session.readOnly) throw new RumboError('PLAN_READ_ONLY');
  return session;
}

/** Opens another copy for `work` and closes it afterwards, also when `work` is asynchronous. */
async function withOther<T>(context: HandlerContext, bytes: Uint8Array, name: string, work: (other: OtherPlan) => T | Promise<T>): Promise<T> {
  const other = openOtherPlan(context.SQL, bytes, name);
  try {
    return await work(other);
  } finally {
    other.db.close();
  }
}

function lineageOf(context: HandlerContext, other: OtherPlan): CopyLineage {
  const { db } = context.requireSession();
  const mineSnapshots = listSnapshots(db);
  const origin = other.snapshots.find((snapshot) => snapshot.origin) ?? null;
  const ancestor = commonAncestor(mineSnapshots, other.snapshots);
  const unitName = (id: string | null) => (id ? String(other.snapshot.org_unit.get(id)?.name ?? snapshotOfOpenPlan(context).org_unit.get(id)?.name ?? '') || null : null);
  return {
    relation: relationOf({
      samePlan: other.meta.planId === readMeta(db).planId,
      sameContent: sameSnapshot(snapshotOfOpenPlan(context), other.snapshot, { stamps: false }),
      mine: logIds(db),
      theirs: other.logIds,
    }),
    revision: other.meta.revision,
    lastEditedAt: other.meta.updatedAt,
    lastEditedBy: readLastEditor(other.db),
    origin: origin ? { preparedAt: origin.createdAt, preparedBy: origin.createdBy, recipient: origin.label, unitName: unitName(origin.unitId) } : null,
    ancestor: ancestor ? { createdAt: ancestor.createdAt, createdBy: ancestor.createdBy, kind: ancestor.kind, label: ancestor.label } : null,
  };
}

/** Writes an approval into a plan (the live one or its frozen copy); returns the record changes, for the history. */
function approve(db: Database, input: { approvedBy: string; approvedOn: string; reference: string; versionLabel: string }, stamp: Stamp) {
  const recorder = new ChangeRecorder(db, stamp);
  recorder.update('document_settings', readDocumentSettings(db).id, {
    approved_by: input.approvedBy,
    approved_on: input.approvedOn,
    approval_reference: input.reference,
  });
  const planLang = readInstitution(db).language;
  recorder.insert('document_version', {
    id: crypto.randomUUID(),
    version: input.versionLabel,
    issued_on: input.approvedOn,
    author: input.approvedBy,
    changes: input.reference
      ? translate(planLang, 'merge.approval.noteWithReference', { body: input.approvedBy, reference: input.reference })
      : translate(planLang, 'merge.approval.note', { body: input.approvedBy }),
    position: siblingIds(db, 'document_version', null, null).length,
  });
  writeStatus(db, 'approved', input.versionLabel);
  return recorder.changes;
}

function approvedData(context: HandlerContext, id: string): Uint8Array {
  const { db } = context.requireSession();
  const info = readSnapshotInfo(db, id);
  const data = info?.kind === 'approved' ? readSnapshotData(db, id) : null;
  if (!data) throw new RumboError('VERSION_NOT_FOUND');
  return data;
}

async function withVersion<T>(context: HandlerContext, id: string, work: (plan: Database) => Promise<T> | T): Promise<T> {
  const plan = await openSnapshotPlan(context.SQL, approvedData(context, id));
  try {
    return await work(plan);
  } finally {
    plan.close();
  }
}

function tablesOf(section: string): UserTable[] {
  return (Object.entries(TABLE_SECTIONS) as [UserTable, SectionId][]).filter(([, id]) => id === section).map(([table]) => table);
}

function describeEntry(entry: ReturnType<typeof queryLog>['entries'][number], lang: Lang): HistoryEntry {
  if (entry.table === '' || !Object.hasOwn(TABLE_SECTIONS, entry.table)) return { ...entry, section: null, record: '', fieldLabels: [] };
  const table = entry.table as UserTable;
  return {
    ...entry,
    section: TABLE_SECTIONS[table],
    record: recordNoun(lang, table),
    fieldLabels: entry.action === 'plan.merge' && entry.kind === '' ? [] : entry.fields.map((column) => fieldLabel(lang, table, column)),
  };
}
