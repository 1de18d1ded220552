import Papa from 'papaparse';
import writeXlsxFile, { type Cell, type SheetData } from 'write-excel-file/universal';
import { translate, type Lang } from '../i18n';
import type { Account } from '../model/accounts';
import type { Inventory } from '../model/inventory';
import { IMPORT_FIELDS, type ImportField } from './transfer-schemas';
import { PROTOTYPE_NAME } from './values';

/** A cell of the exported table, typed so that each format writes it its own way. */
export type ExportCell = { text: string } | { count: number } | { decimal: number } | { date: string } | null;

export interface ExportTable {
  titles: string[];
  rows: ExportCell[][];
}

/**
 * The inventory as a table: one row per account, one column per importable field, in the
 * order and with the titles that the import recognises. Words (network, status, yes/no) are
 * in `lang`; units and people are written by name; several people are separated by "; ".
 */
export function accountsTable(inventory: Pick<Inventory, 'accounts' | 'units' | 'people'>, lang: Lang): ExportTable {
  const unitNames = new Map(inventory.units.map((unit) => [unit.id, unit.name]));
  const personNames = new Map(inventory.people.map((person) => [person.id, person.name]));
  const yesNo = (value: boolean | null): ExportCell => (value === null ? null : text(translate(lang, value ? 'inventory.yes' : 'inventory.no')));
  const cellOf: Record<ImportField, (account: Account) => ExportCell> = {
    platform: (account) => text(translate(lang, `inventory.platforms.${account.platform}`)),
    handle: (account) => text(account.handle),
    url: (account) => text(account.url),
    displayName: (account) => text(account.displayName),
    unit: (account) => text(account.unitId ? (unitNames.get(account.unitId) ?? '') : ''),
    status: (account) => text(translate(lang, `inventory.statuses.${account.status}`)),
    purpose: (account) => (account.purpose ? text(translate(lang, `inventory.purposes.${account.purpose}`)) : null),
    audience: (account) => text(account.audience),
    languages: (account) => text(account.languages.join(', ')),
    followers: (account) => (account.followers === null ? null : { count: account.followers }),
    postsPerWeek: (account) => (account.postsPerWeek === null ? null : { decimal: account.postsPerWeek }),
    lastPostOn: (account) => (account.lastPostOn ? { date: account.lastPostOn } : null),
    verified: (account) => yesNo(account.verified),
    managers: (account) => text(account.peopleIds.map((id) => personNames.get(id) ?? '').filter(Boolean).join('; ')),
    credentialsHolder: (account) => text(account.credentialsHolderId ? (personNames.get(account.credentialsHolderId) ?? '') : ''),
    twoFactor: (account) => yesNo(account.twoFactor),
    recoveryEmailCorporate: (account) => yesNo(account.recoveryEmailCorporate),
    openedOn: (account) => (account.openedOn ? { date: account.openedOn } : null),
    notes: (account) => text(account.notes),
  };
  return {
    titles: IMPORT_FIELDS.map((field) => translate(lang, `transfer.columns.${field}`)),
    rows: inventory.accounts.map((account) => IMPORT_FIELDS.map((field) => cellOf[field](account))),
  };
}

function text(value: string): ExportCell {
  return value === '' ? null : { text: value };
}

/**
 * A spreadsheet program runs a cell that starts with = + - @ (or tab/CR before them) as a
 * formula: a notes field saying `=HYPERLINK(...)` would become a live link. Such cells get a
 * leading quote, as the OWASP advice says. Cells that already start with quotes before one
 * of those characters get one more, so that the import can take exactly one away again.
 */
export function neutralise(value: string): string {
  return /^'*[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/**
 * write-excel-file (4.1.1, the latest) indexes its shared strings in a plain object, so a cell
 * whose whole text is the name of an Object.prototype member ("toString", "constructor"…) gets
 * a function as its index and the file cannot be read back. Such cells get a leading quote too
 * (and one more if they already start with quotes), which the import takes away again.
 */
export function protectPrototypeName(value: string): string {
  return PROTOTYPE_NAME.test(value) ? `'${value}` : value;
}

/** dd/mm/yyyy: how Spanish (and British) Excel reads and shows a date typed in a CSV. */
function dayMonthYear(iso: string): string {
  const [year, month, day] = iso.split('-');
  return `${day}/${month}/${year}`;
}

function csvText(cell: ExportCell, lang: Lang): string {
  if (cell === null) return '';
  if ('text' in cell) return neutralise(cell.text);
  if ('count' in cell) return String(cell.count);
  // Spanish Excel reads "1.5" as a date or a thousand; the decimal comma is what it expects.
  if ('decimal' in cell) return lang === 'es' ? String(cell.decimal).replace('.', ',') : String(cell.decimal);
  return dayMonthYear(cell.date);
}

/**
 * CSV as Excel in Spanish opens it with a double click: UTF-8 with a byte-order mark (without
 * it Excel assumes Windows-1252 and garbles accents), ";" between cells, CRLF line ends.
 */
export function toCsv(table: ExportTable, lang: Lang): Uint8Array {
  const text = Papa.unparse([table.titles.map(neutralise), ...table.rows.map((row) => row.map((cell) => csvText(cell, lang)))], {
    delimiter: ';',
    newline: '\r\n',
    quotes: false,
    quoteChar: '"',
    escapeChar: '"',
  });
  return new TextEncoder().encode(`\uFEFF${text}\r\n`);
}

function xlsxCell(cell: ExportCell): Cell {
  if (cell === null) return null;
  if ('text' in cell) return { type: String, value: protectPrototypeName(neutralise(cell.text)) };
  if ('count' in cell) return { type: Number, value: cell.count, format: '0' };
  if ('decimal' in cell) return { type: Number, value: cell.decimal };
  return { type: Date, value: new Date(`${cell.date}T00:00:00Z`), format: 'dd/mm/yyyy' };
}

/** .xlsx with typed cells (numbers are numbers, dates are dates), a bold title row that stays in view. */
export async function toXlsx(table: ExportTable, lang: Lang): Promise<Uint8Array> {
  const data: SheetData = [table.titles.map((title) => ({ type: String, value: title, fontWeight: 'bold' as const })), ...table.rows.map((row) => row.map(xlsxCell))];
  const widths = table.titles.map((title, column) => Math.min(60, Math.max(title.length, ...table.rows.slice(0, 200).map((row) => widthOf(row[column] ?? null))) + 2));
  const blob = await writeXlsxFile(data, {
    sheet: translate(lang, 'transfer.sheetName'),
    stickyRowsCount: 1,
    columns: widths.map((width) => ({ width })),
  }).toBlob();
  return new Uint8Array(await blob.arrayBuffer());
}

function widthOf(cell: ExportCell): number {
  if (cell === null) return 0;
  if ('text' in cell) return cell.text.length;
  if ('date' in cell) return 10;
  return String('count' in cell ? cell.count : cell.decimal).length;
}
