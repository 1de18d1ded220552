import type { Database, SqlJsStatic } from 'sql.js';
import { RumboError, formatBytes } from '../errors';
import { APPLICATION_ID, FORMAT_VERSION, MAX_PLAN_BYTES } from './format';
import { checkInvariants } from './invariants';
import { applySessionPragmas, expectedSchema, migrate, readSchema, schemaDifferences } from './schema';
import { selectAll, selectValue } from './sql';

const SQLITE_HEADER = 'SQLite format 3\u0000';

export interface OpenedDatabase {
  db: Database;
  /** The format the file was written in (before any migration). */
  fileFormat: number;
  readOnly: boolean;
  /** Why it is read-only, as an error code with its parameters. */
  readOnlyReason: RumboError | null;
}

/**
 * Opens bytes that came from outside (an e-mail, a USB stick, a share). Nothing of ours
 * runs on the database until its schema is known to be exactly ours, because a hostile
 * trigger would otherwise fire on our first write.
 */
export function openPlanBytes(SQL: SqlJsStatic, bytes: Uint8Array): OpenedDatabase {
  checkHeader(bytes);
  let db: Database;
  try {
    db = new SQL.Database(bytes);
  } catch (error) {
    throw new RumboError('FILE_CORRUPT', { detail: describe(error) });
  }
  try {
    return validateOpened(SQL, db);
  } catch (error) {
    db.close();
    throw error;
  }
}

function checkHeader(bytes: Uint8Array): void {
  if (bytes.length > MAX_PLAN_BYTES) {
    throw new RumboError('FILE_TOO_LARGE', { size: formatBytes(bytes.length), max: formatBytes(MAX_PLAN_BYTES) });
  }
  if (bytes.length === 0) throw new RumboError('FILE_EMPTY');
  if (bytes.length < 100) throw new RumboError('FILE_NOT_SQLITE');
  const header = String.fromCharCode(...bytes.subarray(0, 16));
  if (header !== SQLITE_HEADER) throw new RumboError('FILE_NOT_SQLITE');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const rawPageSize = view.getUint16(16);
  const pageSize = rawPageSize === 1 ? 65536 : rawPageSize;
  const validPageSize = pageSize >= 512 && pageSize <= 65536 && (pageSize & (pageSize - 1)) === 0;
  if (!validPageSize) throw new RumboError('FILE_CORRUPT', { detail: 'page size' });
  const pageCount = view.getUint32(28);
  if (bytes.length % pageSize !== 0 || (pageCount > 0 && bytes.length < pageCount * pageSize)) {
    throw new RumboError('FILE_TRUNCATED');
  }
}

function validateOpened(SQL: SqlJsStatic, db: Database): OpenedDatabase {
  let applicationId: number;
  let fileFormat: number;
  try {
    applicationId = Number(selectValue(db, 'PRAGMA application_id'));
    fileFormat = Number(selectValue(db, 'PRAGMA user_version'));
  } catch (error) {
    throw new RumboError('FILE_CORRUPT', { detail: describe(error) });
  }
  if (applicationId !== APPLICATION_ID || fileFormat < 1) throw new RumboError('FILE_NOT_RUMBO');

  const integrity = safeRows(db, 'PRAGMA integrity_check').map((row) => String(Object.values(row)[0]));
  if (integrity.length !== 1 || integrity[0] !== 'ok') {
    throw new RumboError('FILE_CORRUPT', { detail: integrity.slice(0, 2).join('; ') || 'integrity' });
  }

  const newer = fileFormat > FORMAT_VERSION;
  if (!newer) {
    const differences = schemaDifferences(readSchema(db), expectedSchema(SQL, fileFormat));
    if (differences.length > 0) throw new RumboError('FILE_FOREIGN_SCHEMA', { detail: differences.slice(0, 3).join(', ') });
  } else {
    // A newer file is only ever read; still, nothing that runs code on its own is welcome.
    const active = readSchema(db).filter((entry) => entry.type === 'trigger');
    if (active.length > 0) throw new RumboError('FILE_FOREIGN_SCHEMA', { detail: `trigger ${active[0]!.name}` });
  }

  if (safeRows(db, 'PRAGMA foreign_key_check').length > 0) throw new RumboError('FILE_CORRUPT', { detail: 'foreign keys' });

  applySessionPragmas(db);
  if (fileFormat < FORMAT_VERSION) migrate(db, fileFormat, FORMAT_VERSION);

  const problems = safeInvariants(db);
  if (problems.length > 0) throw new RumboError('FILE_INVARIANT', { detail: problems.slice(0, 3).join(', ') });

  const readOnlyReason = newer ? new RumboError('FILE_NEWER_VERSION', { found: fileFormat, supported: FORMAT_VERSION }) : null;
  return { db, fileFormat, readOnly: newer, readOnlyReason };
}

function safeRows(db: Database, sql: string) {
  try {
    return selectAll(db, sql);
  } catch (error) {
    throw new RumboError('FILE_CORRUPT', { detail: describe(error) });
  }
}

function safeInvariants(db: Database): string[] {
  try {
    return checkInvariants(db);
  } catch (error) {
    return [describe(error)];
  }
}

function describe(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.slice(0, 120);
}
