import type { Database } from 'sql.js';
import { readRow, type RowChange, type Stamp } from '../db/changes';
import { appendLog, type LogEntry } from '../db/repos/change-log';
import type { TableName } from '../db/tables';
import type { Lang } from '../i18n';
import { recordName, type Lookup } from '../merge/labels';
import { contentColumns, sameValue, type UserTable } from '../merge/snapshot';

/**
 * Writes what a change did to the change history: one line per record, named as it was named
 * then. Called inside the change's transaction, so the history and the plan never disagree.
 */
export function logChanges(db: Database, stamp: Stamp, action: string, changes: readonly RowChange[], lang: Lang, via = ''): void {
  // Links name both ends: an import of thousands of accounts names the same people again and again.
  const seen = new Map<string, ReturnType<Lookup>>();
  const lookup: Lookup = (table, id) => {
    const key = `${table}:${id}`;
    if (!seen.has(key)) seen.set(key, readRow(db, table as TableName, id) ?? undefined);
    return seen.get(key);
  };
  // A command may touch a record twice (insert, then fill in a reference): one line, first and last image.
  const merged = new Map<string, RowChange>();
  for (const change of changes) {
    const key = `${change.table}:${change.id}`;
    const earlier = merged.get(key);
    merged.set(key, earlier ? { ...change, before: earlier.before } : change);
  }
  const entries: LogEntry[] = [];
  for (const change of merged.values()) {
    if (change.table === 'plan_meta') continue;
    const table = change.table as UserTable;
    const kind = change.before === null ? (change.after === null ? null : 'added') : change.after === null ? 'removed' : 'changed';
    if (!kind) continue;
    const fields = kind === 'changed' ? contentColumns(table).filter((column) => !sameValue(change.before![column], change.after![column])) : [];
    if (kind === 'changed' && fields.length === 0) continue;
    entries.push({
      id: crypto.randomUUID(),
      at: stamp.now,
      author: stamp.author,
      action,
      via,
      table,
      recordId: change.id,
      kind,
      fields,
      label: recordName(lang, table, (change.after ?? change.before)!, lookup),
    });
  }
  appendLog(db, entries);
}

/** A line for something that happened to the whole plan (a copy sent, a merge, a status change). */
export function eventEntry(stamp: Stamp, action: string, label: string, via = '', people: string[] = []): LogEntry {
  return { id: crypto.randomUUID(), at: stamp.now, author: stamp.author, action, via, table: '', recordId: '', kind: '', fields: people, label };
}

export function logEvent(db: Database, stamp: Stamp, action: string, label: string, via = '', people: string[] = []): void {
  appendLog(db, [eventEntry(stamp, action, label, via, people)]);
}
