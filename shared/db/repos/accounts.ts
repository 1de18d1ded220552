import type { Database } from 'sql.js';
import type { ChangeRecorder } from '../changes';
import { selectAll } from '../sql';
import type { Row } from '../tables';
import type { Account, AccountPurpose, AccountStatus, Platform } from '../../model/accounts';

const MANAGERS_IN_NAME_ORDER = 'SELECT account_person.account_id, account_person.person_id FROM account_person JOIN person ON person.id = account_person.person_id';

const bool = (value: unknown) => (value === null || value === undefined ? null : Number(value) === 1);
const flag = (value: boolean | null) => (value === null ? null : value ? 1 : 0);

export function listAccounts(db: Database): Account[] {
  const people = new Map<string, string[]>();
  // Managers in name order: stable whatever the order (or the undo history) of their links.
  for (const row of selectAll(db, `${MANAGERS_IN_NAME_ORDER} ORDER BY person.name COLLATE NOCASE, person.id`)) {
    const list = people.get(String(row.account_id)) ?? [];
    list.push(String(row.person_id));
    people.set(String(row.account_id), list);
  }
  return selectAll(db, 'SELECT * FROM account ORDER BY platform, handle COLLATE NOCASE, id').map((row) => toAccount(row, people.get(String(row.id)) ?? []));
}

export function readAccount(db: Database, id: string): Account | null {
  const row = selectAll(db, 'SELECT * FROM account WHERE id = ?', [id])[0];
  return row ? toAccount(row, accountPeopleIds(db, id)) : null;
}

function toAccount(row: Row, peopleIds: string[]): Account {
  return {
    id: String(row.id),
    platform: String(row.platform) as Platform,
    handle: String(row.handle),
    url: String(row.url),
    displayName: String(row.display_name),
    unitId: row.unit_id === null ? null : String(row.unit_id),
    status: String(row.status) as AccountStatus,
    purpose: row.purpose === null ? null : (String(row.purpose) as AccountPurpose),
    audience: String(row.audience),
    languages: parseList(row.languages),
    followers: row.followers === null ? null : Number(row.followers),
    postsPerWeek: row.posts_per_week === null ? null : Number(row.posts_per_week),
    lastPostOn: row.last_post_on === null ? null : String(row.last_post_on),
    verified: Number(row.verified) === 1,
    credentialsHolderId: row.credentials_holder_id === null ? null : String(row.credentials_holder_id),
    twoFactor: bool(row.two_factor),
    recoveryEmailCorporate: bool(row.recovery_email_corporate),
    openedOn: row.opened_on === null ? null : String(row.opened_on),
    notes: String(row.notes),
    peopleIds,
  };
}

function parseList(value: unknown): string[] {
  try {
    const parsed: unknown = JSON.parse(String(value));
    return Array.isArray(parsed) ? parsed.map(String) : [];
  } catch {
    return [];
  }
}

export function accountColumns(fields: Partial<Omit<Account, 'id' | 'peopleIds'>>): Row {
  const row: Row = {};
  const set = (column: string, value: Row[string] | undefined) => {
    if (value !== undefined) row[column] = value;
  };
  set('platform', fields.platform);
  set('handle', fields.handle);
  set('url', fields.url);
  set('display_name', fields.displayName);
  set('unit_id', fields.unitId);
  set('status', fields.status);
  set('purpose', fields.purpose);
  set('audience', fields.audience);
  if (fields.languages !== undefined) row.languages = JSON.stringify(fields.languages);
  set('followers', fields.followers);
  set('posts_per_week', fields.postsPerWeek);
  set('last_post_on', fields.lastPostOn);
  if (fields.verified !== undefined) row.verified = fields.verified ? 1 : 0;
  set('credentials_holder_id', fields.credentialsHolderId);
  if (fields.twoFactor !== undefined) row.two_factor = flag(fields.twoFactor);
  if (fields.recoveryEmailCorporate !== undefined) row.recovery_email_corporate = flag(fields.recoveryEmailCorporate);
  set('opened_on', fields.openedOn);
  set('notes', fields.notes);
  return row;
}

/** Makes the account's managers exactly `personIds`, adding and removing links through the recorder. */
export function setAccountPeople(db: Database, recorder: ChangeRecorder, accountId: string, personIds: string[]): void {
  const links = selectAll(db, 'SELECT id, person_id FROM account_person WHERE account_id = ?', [accountId]);
  const wanted = new Set(personIds);
  for (const link of links) if (!wanted.has(String(link.person_id))) recorder.delete('account_person', String(link.id));
  const present = new Set(links.map((link) => String(link.person_id)));
  for (const personId of wanted) {
    if (!present.has(personId)) recorder.insert('account_person', { id: crypto.randomUUID(), account_id: accountId, person_id: personId });
  }
}

export function accountPeopleIds(db: Database, accountId: string): string[] {
  return selectAll(db, `${MANAGERS_IN_NAME_ORDER} WHERE account_person.account_id = ? ORDER BY person.name COLLATE NOCASE, person.id`, [accountId]).map(
    (row) => String(row.person_id),
  );
}

export function accountIdsInUnit(db: Database, unitId: string): string[] {
  return selectAll(db, 'SELECT id FROM account WHERE unit_id = ?', [unitId]).map((row) => String(row.id));
}

export function peopleIdsInUnit(db: Database, unitId: string): string[] {
  return selectAll(db, 'SELECT id FROM person WHERE unit_id = ?', [unitId]).map((row) => String(row.id));
}

export function tacticIdsInUnit(db: Database, unitId: string): string[] {
  return selectAll(db, 'SELECT id FROM tactic WHERE unit_id = ?', [unitId]).map((row) => String(row.id));
}
