import type { Database } from 'sql.js';
import { run, selectAll, selectValue } from '../sql';
import type { SqlValue } from '../tables';

export type LoggedKind = '' | 'added' | 'changed' | 'removed';

/** One line of the change history: a record changed, or (table '') an event of the whole plan. */
export interface LogEntry {
  id: string;
  at: string;
  author: string;
  /** The call that did it ('account.update', 'history.undo', 'plan.merge', 'plan.approve'…). */
  action: string;
  /** For a merge: the copy the change came from. */
  via: string;
  table: string;
  recordId: string;
  kind: LoggedKind;
  /** The columns a 'changed' entry touched; for a merge event, the people who had edited the merged copy. */
  fields: string[];
  /** The record's name when it was changed, so that the history reads well after it is gone. */
  label: string;
}

export interface LogQuery {
  tables?: readonly string[];
  recordId?: string;
  author?: string;
  via?: string;
  /** Words to find in the label, the author or the copy's name. */
  text?: string;
  /** ISO dates, inclusive. */
  from?: string;
  to?: string;
  limit: number;
  offset: number;
}

const COLUMNS = 'id, at, author, action, via, table_name, record_id, kind, fields, label';

export function appendLog(db: Database, entries: readonly LogEntry[]): void {
  if (entries.length === 0) return;
  const statement = db.prepare(`INSERT OR IGNORE INTO change_log (${COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  try {
    for (const entry of entries) {
      statement.run([entry.id, entry.at, entry.author, entry.action, entry.via, entry.table, entry.recordId, entry.kind, JSON.stringify(entry.fields), entry.label]);
    }
  } finally {
    statement.free();
  }
}

/** Newest first, with how many match in all and who appears in the whole history (for the filter). */
export function queryLog(db: Database, query: LogQuery): { entries: LogEntry[]; total: number; authors: string[] } {
  const conditions: string[] = [];
  const params: SqlValue[] = [];
  if (query.tables && query.tables.length > 0) {
    // The plan's own events (table '') belong to no section: a section filter leaves them out.
    conditions.push(`table_name IN (${query.tables.map(() => '?').join(', ')})`);
    params.push(...query.tables);
  }
  if (query.recordId) {
    conditions.push('record_id = ?');
    params.push(query.recordId);
  }
  if (query.author) {
    conditions.push('author = ?');
    params.push(query.author);
  }
  if (query.via) {
    conditions.push('via = ?');
    params.push(query.via);
  }
  if (query.text) {
    conditions.push("(instr(lower(label), lower(?)) > 0 OR instr(lower(author), lower(?)) > 0 OR instr(lower(via), lower(?)) > 0)");
    params.push(query.text, query.text, query.text);
  }
  if (query.from) {
    conditions.push('substr(at, 1, 10) >= ?');
    params.push(query.from);
  }
  if (query.to) {
    conditions.push('substr(at, 1, 10) <= ?');
    params.push(query.to);
  }
  const where = conditions.length > 0 ? `WHERE ${conditions.join(' AND ')}` : '';
  const total = Number(selectValue(db, `SELECT count(*) FROM change_log ${where}`, params));
  const rows = selectAll(db, `SELECT ${COLUMNS} FROM change_log ${where} ORDER BY at DESC, rowid DESC LIMIT ? OFFSET ?`, [...params, query.limit, query.offset]);
  const authors = selectAll(db, 'SELECT DISTINCT author FROM change_log ORDER BY author').map((row) => String(row.author));
  return { entries: rows.map(toEntry), total, authors };
}

export function readLog(db: Database): LogEntry[] {
  return selectAll(db, `SELECT ${COLUMNS} FROM change_log ORDER BY at, rowid`).map(toEntry);
}

export function logIds(db: Database): Set<string> {
  return new Set(selectAll(db, 'SELECT id FROM change_log').map((row) => String(row.id)));
}

export function removeLog(db: Database, ids: readonly string[]): void {
  const statement = db.prepare('DELETE FROM change_log WHERE id = ?');
  try {
    for (const id of ids) statement.run([id]);
  } finally {
    statement.free();
  }
}

function toEntry(row: Record<string, unknown>): LogEntry {
  let fields: string[] = [];
  try {
    const parsed: unknown = JSON.parse(String(row.fields));
    if (Array.isArray(parsed)) fields = parsed.map(String);
  } catch {
    // The schema checks the JSON; a foreign value only loses its field list.
  }
  return {
    id: String(row.id),
    at: String(row.at),
    author: String(row.author),
    action: String(row.action),
    via: String(row.via),
    table: String(row.table_name),
    recordId: String(row.record_id),
    kind: String(row.kind) as LoggedKind,
    fields,
    label: String(row.label),
  };
}

/** Every merge written to the history, newest first, with how many records it added, changed and removed. */
export function listMergeEvents(db: Database): { at: string; author: string; via: string; editors: string[]; added: number; changed: number; removed: number }[] {
  return selectAll(
    db,
    `SELECT e.at, e.author, e.via, e.fields,
       (SELECT count(*) FROM change_log c WHERE c.action = 'plan.merge' AND c.via = e.via AND c.at = e.at AND c.kind = 'added') AS added,
       (SELECT count(*) FROM change_log c WHERE c.action = 'plan.merge' AND c.via = e.via AND c.at = e.at AND c.kind = 'changed') AS changed,
       (SELECT count(*) FROM change_log c WHERE c.action = 'plan.merge' AND c.via = e.via AND c.at = e.at AND c.kind = 'removed') AS removed
     FROM change_log e WHERE e.action = 'plan.merge' AND e.table_name = '' ORDER BY e.at DESC, e.rowid DESC`,
  ).map((row) => ({
    at: String(row.at),
    author: String(row.author),
    via: String(row.via),
    editors: toEntry(row).fields,
    added: Number(row.added),
    changed: Number(row.changed),
    removed: Number(row.removed),
  }));
}

export function clearLog(db: Database): void {
  run(db, 'DELETE FROM change_log');
}
