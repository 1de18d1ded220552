import type { Database } from 'sql.js';
import { RumboError } from '../../errors';
import { listAccounts } from '../../db/repos/accounts';
import { listPeople } from '../../db/repos/people';
import { listUnits } from '../../db/repos/units';
import { readCsv } from '../../inventory/csv-read';
import { accountsTable, toCsv, toXlsx } from '../../inventory/export-sheet';
import { planImport, type Directory } from '../../inventory/import-plan';
import { writeImport } from '../../inventory/import-write';
import { readImportFile, sniffSheetFormat } from '../../inventory/read-file';
import type { ReadSheet } from '../../inventory/sheet';
import type { ImportOptions } from '../../inventory/transfer-schemas';
import type { PlanSession } from '../session';
import { recorderOf, type HandlerContext, type Handlers } from './context';

/**
 * The file last previewed in each open plan, already read. A change call runs inside one
 * synchronous transaction, but reading an .xlsx is asynchronous (unzipping, XML parsing); so
 * the commit takes the sheet the preview read, after checking it is the very same file. A
 * CSV can always be read again on the spot.
 */
const previewed = new WeakMap<PlanSession, { bytes: Uint8Array; sheet: ReadSheet }>();

function directoryOf(db: Database): Directory {
  return { units: listUnits(db), people: listPeople(db), accounts: listAccounts(db) };
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let index = 0; index < a.length; index++) if (a[index] !== b[index]) return false;
  return true;
}

function sheetForCommit(session: PlanSession, bytes: Uint8Array): ReadSheet {
  const cached = previewed.get(session);
  if (cached && sameBytes(cached.bytes, bytes)) return cached.sheet;
  if (sniffSheetFormat(bytes) === 'csv') return readCsv(bytes);
  throw new RumboError('IMPORT_PREVIEW_NEEDED');
}

function planOptions(input: ImportOptions) {
  return { mapping: input.mapping, createUnits: input.createUnits, createPeople: input.createPeople };
}

export const transferHandlers = {
  'accounts.importPreview': async (input, context: HandlerContext) => {
    const session = context.requireSession();
    const sheet = await readImportFile(input.bytes);
    previewed.set(session, { bytes: input.bytes.slice(), sheet });
    return planImport(sheet, planOptions(input), directoryOf(session.db), context.lang).preview;
  },

  'accounts.importCommit': (input, context) => {
    const session = context.requireSession();
    const plan = planImport(sheetForCommit(session, input.bytes), planOptions(input), directoryOf(session.db), context.lang);
    const { invalid } = plan.preview;
    // All or nothing unless the user chose otherwise: nothing is written when a row is wrong.
    if (invalid > 0 && !input.skipInvalid) throw new RumboError('IMPORT_ROWS_INVALID', { count: invalid });
    if (plan.accounts.length === 0) throw new RumboError('IMPORT_NOTHING_VALID');
    const written = writeImport(session.db, recorderOf(context), plan);
    previewed.delete(session);
    return { ...written, skipped: invalid };
  },

  'accounts.exportFile': async ({ format, lang }, context) => {
    const { db } = context.requireSession();
    const language = lang ?? context.lang;
    const table = accountsTable({ accounts: listAccounts(db), units: listUnits(db), people: listPeople(db) }, language);
    return format === 'csv' ? toCsv(table, language) : toXlsx(table, language);
  },
} satisfies Partial<Handlers>;
