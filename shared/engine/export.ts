import type { Database, SqlJsStatic } from 'sql.js';
import { RumboError } from '../errors';
import { openPlanBytes } from '../db/open';
import { readMeta } from '../db/repos/meta';
import type { ExportedPlan } from './contract';
import { sha256Hex } from './sha256';

/**
 * The bytes to write to disk, proven sound first: they are opened again exactly as a received
 * file would be (header, integrity, schema, invariants) before anyone is told they are ready.
 */
export async function exportVerified(SQL: SqlJsStatic, db: Database): Promise<ExportedPlan> {
  const revision = readMeta(db).revision;
  const bytes = db.export();
  try {
    openPlanBytes(SQL, bytes).db.close();
  } catch {
    throw new RumboError('SAVE_VERIFY_FAILED');
  }
  return { bytes, sha256: await sha256Hex(bytes), revision };
}
