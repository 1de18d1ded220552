import readXlsxFile from 'read-excel-file/universal';
import { RumboError } from '../errors';
import type { ReadSheet } from './sheet';
import { assertSafeZip } from './zip-guard';

type CellValue = string | number | boolean | Date | null | undefined;

/** The entries read-excel-file unpacks (it ignores images, printer settings…). */
const isSheetXml = (name: string) => name.endsWith('.xml') || name.endsWith('.xml.rels');

/**
 * Every sheet of an .xlsx file, as rows of text. The archive is checked first (sizes, ratios,
 * real unpacked sizes); only then does read-excel-file unpack it. Its universal entry point
 * runs the same in Node and in the engine's Web Worker.
 */
export async function readXlsx(bytes: Uint8Array): Promise<ReadSheet[]> {
  await assertSafeZip(bytes, isSheetXml);
  let sheets: { sheet: string; data: CellValue[][] }[];
  try {
    sheets = (await readXlsxFile(bytes.slice().buffer)) as { sheet: string; data: CellValue[][] }[];
  } catch {
    throw new RumboError('IMPORT_UNREADABLE');
  }
  return sheets.map(({ sheet, data }) => ({
    format: 'xlsx',
    encoding: null,
    delimiter: null,
    sheet,
    // read-excel-file keeps empty leading rows and columns, so positions are the sheet's own.
    rows: data.map((cells, index) => ({ line: index + 1, cells: cells.map(cellText), readProblem: null })),
  }));
}

/**
 * Cells become the text a person would type: dates as ISO days (read-excel-file gives UTC
 * midnights), numbers with a point, booleans as words the value parsers know.
 */
function cellText(value: CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  return value;
}
