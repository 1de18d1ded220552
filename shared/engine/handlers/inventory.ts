import type { Database } from 'sql.js';
import { RumboError } from '../../errors';
import { computeFindings, type Finding } from '../../audit/findings';
import { readCounts } from '../../db/repos/counts';
import {
  accountColumns,
  accountIdsInUnit,
  accountPeopleIds,
  listAccounts,
  readAccount,
  peopleIdsInUnit,
  setAccountPeople,
  tacticIdsInUnit,
} from '../../db/repos/accounts';
import { listPeople, personColumns, personExists } from '../../db/repos/people';
import { deleteWithReferences } from '../../db/references';
import { readAuditSettings } from '../../db/repos/settings';
import { childIds, listUnits, nextPosition, renumberChildren, subtreeIds, unitColumns, unitExists } from '../../db/repos/units';
import type { Account } from '../../model/accounts';
import type { Inventory } from '../../model/inventory';
import type { PlanCounts } from '../../model/plan';
import { readRevision } from '../../db/repos/meta';
import { derived } from '../session';
import { recogniseAccountUrl } from '../../model/platforms';
import { recorderOf, todayOf, type HandlerContext, type Handlers } from './context';

/** The inventory lists and findings, computed once per revision (and per day, for dormancy). */
function cached<T>(db: Database, context: HandlerContext, key: string, compute: () => T): T {
  const session = context.requireSession();
  // Inside a change the revision has not moved yet while the data has: never cache there.
  if (session.db !== db || context.recorder) return compute();
  return derived(session, readRevision(db), `${key}:${todayOf(context)}`, compute);
}

const accountsOf = (db: Database, context: HandlerContext) => cached(db, context, 'accounts', () => listAccounts(db));
const unitsOf = (db: Database, context: HandlerContext) => cached(db, context, 'units', () => listUnits(db));

export function findingsOf(db: Database, context: HandlerContext): Finding[] {
  return cached(db, context, 'findings', () =>
    computeFindings(accountsOf(db, context), unitsOf(db, context), { today: todayOf(context), dormantAfterDays: readAuditSettings(db).dormantAfterDays }),
  );
}

export function planCounts(db: Database, context: HandlerContext): PlanCounts {
  return { ...readCounts(db), findings: findingsOf(db, context).length };
}

function requireUnit(db: Database, id: string | null | undefined): void {
  if (id && !unitExists(db, id)) throw new RumboError('NOT_FOUND');
}

function requirePeople(db: Database, ids: readonly (string | null | undefined)[]): void {
  for (const id of ids) if (id && !personExists(db, id)) throw new RumboError('NOT_FOUND');
}

function accountById(db: Database, id: string): Account {
  const account = readAccount(db, id);
  if (!account) throw new RumboError('NOT_FOUND');
  return account;
}

/** A pasted address fills in what the user left empty: the handle, and the network when "other". */
function withRecognisedUrl<T extends { url?: string; handle?: string; platform?: Account['platform'] }>(fields: T): T {
  if (!fields.url) return fields;
  const recognised = recogniseAccountUrl(fields.url);
  if (!recognised) return fields;
  return {
    ...fields,
    url: recognised.url,
    handle: fields.handle || recognised.handle,
    platform: !fields.platform || fields.platform === 'other' ? recognised.platform : fields.platform,
  };
}

/** The organisation and its accounts as the screens and the document read them (lists cached per revision). */
/** The inventory as the screens see it; `db` another plan than the open one (a frozen version). */
export function readInventory(context: HandlerContext, db: Database = context.requireSession().db): Inventory {
  const { dormantAfterDays } = readAuditSettings(db);
  return { units: unitsOf(db, context), people: listPeople(db), accounts: accountsOf(db, context), settings: { dormantAfterDays }, findings: findingsOf(db, context) };
}

export const inventoryHandlers = {
  'inventory.get': (_input, context) => readInventory(context),

  'audit.findings': (_input, context) => findingsOf(context.requireSession().db, context),

  'unit.create': (input, context) => {
    const { db } = context.requireSession();
    const parentId = input.parentId ?? null;
    requireUnit(db, parentId);
    requirePeople(db, [input.responsibleId]);
    const id = crypto.randomUUID();
    recorderOf(context).insert('org_unit', {
      id,
      ...unitColumns({ kind: 'administrative', contact: '', responsibleId: null, ...input, parentId, position: nextPosition(db, parentId) }),
    });
    return listUnits(db).find((unit) => unit.id === id)!;
  },

  'unit.update': ({ id, ...fields }, context) => {
    const { db } = context.requireSession();
    requireUnit(db, id);
    requirePeople(db, [fields.responsibleId]);
    recorderOf(context).update('org_unit', id, unitColumns(fields));
    return listUnits(db).find((unit) => unit.id === id)!;
  },

  'unit.move': ({ id, parentId, index }, context) => {
    const { db } = context.requireSession();
    requireUnit(db, id);
    requireUnit(db, parentId);
    if (parentId && subtreeIds(db, id).includes(parentId)) throw new RumboError('UNIT_MOVE_CYCLE');
    const recorder = recorderOf(context);
    const oldParent = listUnits(db).find((unit) => unit.id === id)!.parentId;
    const siblings = childIds(db, parentId).filter((sibling) => sibling !== id);
    siblings.splice(Math.min(index, siblings.length), 0, id);
    renumberChildren(recorder, siblings, parentId);
    if (oldParent !== parentId) renumberChildren(recorder, childIds(db, oldParent), oldParent);
  },

  'unit.delete': ({ id, moveAccountsTo }, context) => {
    const { db } = context.requireSession();
    requireUnit(db, id);
    requireUnit(db, moveAccountsTo);
    if (moveAccountsTo === id) throw new RumboError('INPUT_INVALID', { detail: 'moveAccountsTo' });
    const recorder = recorderOf(context);
    const unit = listUnits(db).find((candidate) => candidate.id === id)!;
    for (const accountId of accountIdsInUnit(db, id)) recorder.update('account', accountId, { unit_id: moveAccountsTo });
    for (const personId of peopleIdsInUnit(db, id)) recorder.update('person', personId, { unit_id: moveAccountsTo });
    for (const tacticId of tacticIdsInUnit(db, id)) recorder.update('tactic', tacticId, { unit_id: moveAccountsTo });
    // Sub-units are not lost with their parent: they move up one level, after its siblings.
    const children = childIds(db, id);
    const siblings = childIds(db, unit.parentId).filter((sibling) => sibling !== id);
    // Children leave before the unit goes, so every step (and its undo, in reverse) keeps references valid.
    renumberChildren(recorder, [...siblings, ...children], unit.parentId);
    deleteWithReferences(db, recorder, 'org_unit', id);
  },

  'person.create': (input, context) => {
    const { db } = context.requireSession();
    requireUnit(db, input.unitId);
    const id = crypto.randomUUID();
    recorderOf(context).insert('person', { id, ...personColumns({ role: '', email: '', phone: '', unitId: null, ...input }) });
    return listPeople(db).find((person) => person.id === id)!;
  },

  'person.update': ({ id, ...fields }, context) => {
    const { db } = context.requireSession();
    requirePeople(db, [id]);
    requireUnit(db, fields.unitId);
    recorderOf(context).update('person', id, personColumns(fields));
    return listPeople(db).find((person) => person.id === id)!;
  },

  'person.delete': ({ id }, context) => {
    const { db } = context.requireSession();
    requirePeople(db, [id]);
    deleteWithReferences(db, recorderOf(context), 'person', id);
  },

  'account.create': (input, context) => {
    const { db } = context.requireSession();
    const { peopleIds, ...fields } = withRecognisedUrl(input);
    requireUnit(db, fields.unitId);
    requirePeople(db, [fields.credentialsHolderId, ...(peopleIds ?? [])]);
    const id = crypto.randomUUID();
    const recorder = recorderOf(context);
    recorder.insert('account', { id, ...accountColumns({ status: 'active', verified: false, languages: [], notes: '', ...fields }) });
    if (peopleIds?.length) setAccountPeople(db, recorder, id, peopleIds);
    return accountById(db, id);
  },

  'account.update': ({ id, peopleIds, ...fields }, context) => {
    const { db } = context.requireSession();
    accountById(db, id);
    requireUnit(db, fields.unitId);
    requirePeople(db, [fields.credentialsHolderId, ...(peopleIds ?? [])]);
    const recorder = recorderOf(context);
    recorder.update('account', id, accountColumns(fields.url !== undefined ? withRecognisedUrl(fields) : fields));
    if (peopleIds) setAccountPeople(db, recorder, id, peopleIds);
    return accountById(db, id);
  },

  'accounts.bulkUpdate': ({ ids, unitId, status, addPeopleIds, removePeopleIds }, context) => {
    const { db } = context.requireSession();
    requireUnit(db, unitId);
    requirePeople(db, [...(addPeopleIds ?? []), ...(removePeopleIds ?? [])]);
    const recorder = recorderOf(context);
    const known = new Set(accountsOf(db, context).map((account) => account.id));
    const patch = accountColumns({ unitId, status });
    for (const id of ids) {
      if (!known.has(id)) throw new RumboError('NOT_FOUND');
      if (Object.keys(patch).length > 0) recorder.update('account', id, patch);
      if (addPeopleIds?.length || removePeopleIds?.length) {
        const current = accountPeopleIds(db, id);
        const next = [...new Set([...current, ...(addPeopleIds ?? [])])].filter((person) => !removePeopleIds?.includes(person));
        setAccountPeople(db, recorder, id, next);
      }
    }
    return ids.length;
  },

  'accounts.delete': ({ ids }, context) => {
    const { db } = context.requireSession();
    const recorder = recorderOf(context);
    for (const id of ids) deleteWithReferences(db, recorder, 'account', id);
    return ids.length;
  },

  'audit.updateSettings': (input, context) => {
    const { db } = context.requireSession();
    recorderOf(context).update('audit_settings', readAuditSettings(db).id, { dormant_after_days: input.dormantAfterDays });
    const { dormantAfterDays } = readAuditSettings(db);
    return { dormantAfterDays };
  },
} satisfies Partial<Handlers>;
