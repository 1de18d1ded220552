import Papa from 'papaparse';
import { RumboError } from '../errors';
import { decodeText, looksBinary } from './decode-text';
import type { ReadProblem, ReadSheet, SheetRow } from './sheet';
import type { CsvDelimiter } from './transfer-schemas';

const DELIMITERS: readonly CsvDelimiter[] = [';', ',', '\t'];

/**
 * Reads a CSV file into rows. Quoted cells may hold the delimiter, line breaks and doubled
 * quotes. Broken quoting is a problem of the row where it starts, never a failure of the
 * whole file, so that the user learns where to look.
 */
export function readCsv(bytes: Uint8Array): ReadSheet {
  const { text, encoding } = decodeText(bytes);
  if (text.trim() === '') throw new RumboError('IMPORT_EMPTY');
  if (looksBinary(text)) throw new RumboError('IMPORT_UNREADABLE');
  const delimiter = detectDelimiter(text);
  const parsed = Papa.parse<string[]>(text, { delimiter, quoteChar: '"', skipEmptyLines: false, header: false, dynamicTyping: false });
  const problems = new Map<number, ReadProblem>();
  for (const error of parsed.errors) {
    if (error.type !== 'Quotes' || error.row === undefined) continue;
    // An unclosed quote swallows the rest of the file: that is the message the user needs.
    if (error.code === 'MissingQuotes' || !problems.has(error.row)) problems.set(error.row, error.code === 'MissingQuotes' ? 'missingQuotes' : 'badQuotes');
  }
  const rows: SheetRow[] = parsed.data.map((cells, index) => ({ line: index + 1, cells, readProblem: problems.get(index) ?? null }));
  // A final line break leaves one empty record behind; it is not a row of the sheet.
  const last = rows[rows.length - 1];
  if (last && last.cells.length === 1 && last.cells[0] === '' && !last.readProblem) rows.pop();
  return { format: 'csv', encoding, delimiter, sheet: null, rows };
}

/**
 * The delimiter is the one used most in the first record (the titles), outside quotes. Spanish
 * Excel writes ";" because "," is the decimal separator; on a tie ";" wins for the same reason.
 */
export function detectDelimiter(text: string): CsvDelimiter {
  const counts = new Map<CsvDelimiter, number>(DELIMITERS.map((delimiter) => [delimiter, 0]));
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) break;
    else if (!quoted && counts.has(char as CsvDelimiter)) counts.set(char as CsvDelimiter, counts.get(char as CsvDelimiter)! + 1);
  }
  let best: CsvDelimiter = ';';
  for (const delimiter of DELIMITERS) if (counts.get(delimiter)! > counts.get(best)!) best = delimiter;
  return best;
}
