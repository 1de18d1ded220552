import { REFERENCES } from '../db/tables';
import type { UserTable } from './snapshot';

export type Reference = { table: UserTable; column: string; target: UserTable; onDelete: 'clear' | 'delete' };

const ALL = REFERENCES as readonly Reference[];
const fromCache = new Map<UserTable, readonly Reference[]>();

/** The references a table's rows make (its foreign keys). */
export function referencesFrom(table: UserTable): readonly Reference[] {
  let found = fromCache.get(table);
  if (!found) fromCache.set(table, (found = ALL.filter((reference) => reference.table === table)));
  return found;
}

/** The references a record cannot live without: deleting their target deletes it (links, KPIs, tactics). */
export function requiredReferencesFrom(table: UserTable): readonly Reference[] {
  return referencesFrom(table).filter((reference) => reference.onDelete === 'delete');
}

export function allReferences(): readonly Reference[] {
  return ALL;
}

/** `table/id`: one record of the plan, as a map key. */
export type RecordKey = string;

export function recordKey(table: UserTable, id: string): RecordKey {
  return `${table}/${id}`;
}

export function splitKey(key: RecordKey): { table: UserTable; id: string } {
  const slash = key.indexOf('/');
  return { table: key.slice(0, slash) as UserTable, id: key.slice(slash + 1) };
}
