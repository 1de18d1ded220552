import type { CsvDelimiter, SheetFormat, TextEncodingName } from './transfer-schemas';

/** A problem found while reading the file itself, before any cell is looked at. */
export type ReadProblem = 'missingQuotes' | 'badQuotes';

/** One row of the file as read, every cell as text. */
export interface SheetRow {
  /** Row number as the user's spreadsheet program shows it. */
  line: number;
  cells: string[];
  readProblem: ReadProblem | null;
}

/** A file read into rows, before the column titles are found. */
export interface ReadSheet {
  format: SheetFormat;
  encoding: TextEncodingName | null;
  delimiter: CsvDelimiter | null;
  sheet: string | null;
  rows: SheetRow[];
}

export function isBlankRow(row: SheetRow): boolean {
  return row.cells.every((cell) => cell.trim() === '');
}
