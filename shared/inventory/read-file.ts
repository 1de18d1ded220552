import { RumboError, formatBytes } from '../errors';
import { findHeaderRow } from './columns';
import { readCsv } from './csv-read';
import { startsWith } from './decode-text';
import { IMPORT_LIMITS } from './limits';
import type { ReadSheet } from './sheet';
import { readXlsx } from './xlsx-read';

const ZIP = [0x50, 0x4b, 0x03, 0x04];
/** The old binary Excel format (.xls), and Word's .doc: OLE compound files. */
const OLE = [0xd0, 0xcf, 0x11, 0xe0];

/** What kind of file this is, by its first bytes (the name may lie: "cuentas.csv" saved by Excel as .xlsx). */
export function sniffSheetFormat(bytes: Uint8Array): 'csv' | 'xlsx' {
  if (bytes.length === 0) throw new RumboError('IMPORT_EMPTY');
  if (bytes.length > IMPORT_LIMITS.maxFileBytes) {
    throw new RumboError('IMPORT_TOO_LARGE', { size: formatBytes(bytes.length), max: formatBytes(IMPORT_LIMITS.maxFileBytes) });
  }
  if (startsWith(bytes, OLE)) throw new RumboError('IMPORT_OLD_EXCEL');
  return startsWith(bytes, ZIP) ? 'xlsx' : 'csv';
}

/** Reads a CSV or .xlsx file chosen by the user. Of a workbook, the first sheet whose titles are recognised is read. */
export async function readImportFile(bytes: Uint8Array): Promise<ReadSheet> {
  if (sniffSheetFormat(bytes) === 'csv') return readCsv(bytes);
  const sheets = await readXlsx(bytes);
  const withTitles = sheets.find((sheet) => (findHeaderRow(sheet.rows)?.recognised ?? 0) > 0);
  const chosen = withTitles ?? sheets.find((sheet) => findHeaderRow(sheet.rows) !== null);
  if (!chosen) throw new RumboError('IMPORT_EMPTY');
  return chosen;
}
