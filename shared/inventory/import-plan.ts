import type { z } from 'zod';
import { RumboError } from '../errors';
import type { Lang } from '../i18n';
import { accountFieldsSchema, type Account } from '../model/accounts';
import { personFieldsSchema, type Person } from '../model/people';
import { accountIdentityKey } from '../model/platforms';
import { unitFieldsSchema, type OrgUnit } from '../model/units';
import { findHeaderRow, recogniseColumns } from './columns';
import { foldText } from './fold';
import { IMPORT_LIMITS } from './limits';
import { describeProblem, type ProblemSeed } from './problems';
import { readRowAccount, type RowAccount } from './row-fields';
import { isBlankRow, type ReadSheet, type SheetRow } from './sheet';
import { IMPORT_FIELDS, type ImportColumn, type ImportField, type ImportPreview, type ImportRowPreview } from './transfer-schemas';
import { unneutralise } from './values';

/** What the plan holds already: units and people are matched by name, accounts by identity. */
export interface Directory {
  units: readonly OrgUnit[];
  people: readonly Person[];
  accounts: readonly Account[];
}

export interface PlanOptions {
  mapping?: (ImportField | null)[] | undefined;
  createUnits: boolean;
  createPeople: boolean;
}

/** A unit or person: one already in the plan (its id), or one the import creates (its key). */
export type Reference = { existing: string } | { create: string };

const importedFieldsSchema = accountFieldsSchema.omit({ unitId: true, credentialsHolderId: true, peopleIds: true });
export type ImportedFields = z.output<typeof importedFieldsSchema>;

export interface ImportableAccount {
  line: number;
  fields: ImportedFields;
  unit: Reference | null;
  managers: Reference[];
  holder: Reference | null;
}

export interface ImportPlan {
  preview: ImportPreview;
  /** The rows without problems, in file order. */
  accounts: ImportableAccount[];
  /** Units and people to create, by key, with the spelling of their first mention. */
  newUnits: Map<string, string>;
  newPeople: Map<string, { name: string; email: string }>;
}

const looksLikeEmail = (text: string) => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(text);
const keyOf = (name: string) => foldText(name) || name.trim().toLowerCase();

/**
 * Everything an import would do, worked out without touching the plan: the column titles and
 * mapping, each row read and checked, units and people looked up (or to be created), and a
 * report of every problem in the user's language. The preview shows it; the commit writes it.
 */
export function planImport(sheet: ReadSheet, options: PlanOptions, directory: Directory, lang: Lang): ImportPlan {
  const header = findHeaderRow(sheet.rows);
  if (!header) throw new RumboError('IMPORT_EMPTY');
  const titleRow = sheet.rows[header.index]!;
  const titles = trimTrailingBlanks(titleRow.cells.map((cell) => cell.trim()));
  if (titles.length > IMPORT_LIMITS.maxColumns) throw new RumboError('IMPORT_TOO_MANY_COLUMNS', { max: IMPORT_LIMITS.maxColumns });
  const dataRows = sheet.rows.slice(header.index + 1).filter((row) => !isBlankRow(row) || row.readProblem);
  if (dataRows.length === 0) throw new RumboError('IMPORT_NO_ROWS');
  if (dataRows.length > IMPORT_LIMITS.maxRows) throw new RumboError('IMPORT_TOO_MANY_ROWS', { count: dataRows.length, max: IMPORT_LIMITS.maxRows });

  const recognised = recogniseColumns(titles);
  const mapping = titles.map((_, index) => (options.mapping ? (options.mapping[index] ?? null) : recognised[index]!));
  const resolver = new DirectoryResolver(directory, options);
  const existingKeys = new Set(directory.accounts.map(accountIdentityKey).filter((key): key is string => key !== null));

  const rows: ImportRowPreview[] = [];
  const accounts: ImportableAccount[] = [];
  for (const row of dataRows) {
    const problems: ProblemSeed[] = [];
    const cells = mappedCells(row, titles.length, mapping, problems);
    const account = readRowAccount(cells, lang, problems);
    const fields = validateFields(account, cells, problems);
    const unit = account.unitName === null ? null : resolver.unit(account.unitName, problems);
    const managers = account.managerNames.flatMap((name) => resolver.person(name, 'managers', problems) ?? []);
    if (account.managerNames.length > 100) problems.push({ field: 'managers', code: 'tooMany', params: { count: account.managerNames.length, max: 100 } });
    const holder = account.holderName === null ? null : resolver.person(account.holderName, 'credentialsHolder', problems);
    if (fields) {
      const key = accountIdentityKey(fields);
      if (key && existingKeys.has(key)) problems.push({ field: null, code: 'alreadyInPlan' });
    }
    rows.push({ line: row.line, values: previewValues(cells), problems: problems.map((problem) => describeProblem(problem, lang)) });
    if (problems.length === 0 && fields) accounts.push({ line: row.line, fields, unit, managers, holder });
  }

  return {
    preview: {
      format: sheet.format,
      encoding: sheet.encoding,
      delimiter: sheet.delimiter,
      sheet: sheet.sheet,
      headerLine: titleRow.line,
      columns: columns(titles, recognised, dataRows),
      mapping,
      missingPlatform: !mapping.some((field) => field === 'platform' || field === 'url'),
      rows,
      unitsToCreate: [...resolver.newUnits.values()],
      peopleToCreate: [...resolver.newPeople.values()].map((person) => person.name),
      valid: accounts.length,
      invalid: rows.length - accounts.length,
    },
    accounts,
    newUnits: resolver.newUnits,
    newPeople: resolver.newPeople,
  };
}

function trimTrailingBlanks(titles: string[]): string[] {
  let end = titles.length;
  while (end > 0 && titles[end - 1] === '') end--;
  return titles.slice(0, end);
}

/** The cells of the mapped columns, trimmed and without export neutralisation; over-long cells are reported, not read. */
function mappedCells(row: SheetRow, width: number, mapping: (ImportField | null)[], problems: ProblemSeed[]): Partial<Record<ImportField, string>> {
  if (row.readProblem) problems.push({ field: null, code: row.readProblem });
  const extra = row.cells.findIndex((cell, index) => index >= width && cell.trim() !== '');
  if (extra !== -1 && !row.readProblem) problems.push({ field: null, code: 'extraCells', params: { column: extra + 1 } });
  const cells: Partial<Record<ImportField, string>> = {};
  mapping.forEach((field, index) => {
    if (!field) return;
    const raw = row.cells[index] ?? '';
    if (raw.length > IMPORT_LIMITS.maxCellChars) {
      problems.push({ field, code: 'tooLong', params: { length: raw.length, max: IMPORT_LIMITS.maxCellChars } });
      return;
    }
    const text = unneutralise(raw.trim()).trim();
    if (text !== '') cells[field] = text;
  });
  return cells;
}

/** The same rules and clean-up as an account typed in the accounts screen. */
function validateFields(account: RowAccount, cells: Partial<Record<ImportField, string>>, problems: ProblemSeed[]): ImportedFields | null {
  const { unitName: _unit, managerNames: _managers, holderName: _holder, platform, ...rest } = account;
  const result = importedFieldsSchema.safeParse({ ...rest, platform: platform ?? 'other' });
  if (result.success) return platform ? result.data : null;
  const reported = new Set(problems.map((problem) => problem.field));
  for (const issue of result.error.issues) {
    const field = issue.path[0] as ImportField;
    if (reported.has(field)) continue;
    reported.add(field);
    problems.push(problemFromIssue(field, issue, cells[field] ?? ''));
  }
  return null;
}

function problemFromIssue(field: ImportField, issue: z.core.$ZodIssue, value: string): ProblemSeed {
  if (issue.code === 'too_big') {
    const max = Number(issue.maximum);
    if (issue.origin === 'string') return { field, code: 'tooLong', params: { length: value.length, max } };
    if (issue.origin === 'array') return { field, code: 'tooMany', params: { count: value.split(/[;,/\n|]/).length, max } };
    return { field, code: 'outOfRange', params: { value, max } };
  }
  if (field === 'url') return { field, code: 'badUrl', params: { value } };
  return { field, code: 'invalid', params: { value } };
}

function previewValues(cells: Partial<Record<ImportField, string>>): Partial<Record<ImportField, string>> {
  const values: Partial<Record<ImportField, string>> = {};
  for (const field of IMPORT_FIELDS) {
    const text = cells[field];
    if (text !== undefined) values[field] = shorten(text);
  }
  return values;
}

function shorten(text: string): string {
  return text.length > IMPORT_LIMITS.previewCellChars ? `${text.slice(0, IMPORT_LIMITS.previewCellChars)}…` : text;
}

function columns(titles: string[], recognised: (ImportField | null)[], rows: SheetRow[]): ImportColumn[] {
  return titles.map((title, index) => {
    const samples: string[] = [];
    for (const row of rows) {
      const cell = unneutralise((row.cells[index] ?? '').trim());
      if (cell && !samples.includes(shorten(cell))) samples.push(shorten(cell));
      if (samples.length === 3) break;
    }
    return { title, recognised: recognised[index] ?? null, samples };
  });
}

/**
 * Units and people named in the file, matched by name without case or accents (people also
 * by e-mail). A name no one has is created when the user agreed to it, else it is reported.
 */
class DirectoryResolver {
  readonly newUnits = new Map<string, string>();
  readonly newPeople = new Map<string, { name: string; email: string }>();
  private readonly unitsByName = new Map<string, string[]>();
  private readonly peopleByName = new Map<string, string[]>();
  private readonly peopleByEmail = new Map<string, string[]>();

  constructor(
    directory: Directory,
    private readonly options: PlanOptions,
  ) {
    for (const unit of directory.units) push(this.unitsByName, keyOf(unit.name), unit.id);
    for (const person of directory.people) {
      push(this.peopleByName, keyOf(person.name), person.id);
      if (person.email) push(this.peopleByEmail, person.email.toLowerCase(), person.id);
    }
  }

  unit(name: string, problems: ProblemSeed[]): Reference | null {
    const checked = unitFieldsSchema.shape.name.safeParse(name);
    if (!checked.success) {
      problems.push({ field: 'unit', code: 'tooLong', params: { length: name.length, max: 200 } });
      return null;
    }
    const key = keyOf(checked.data);
    const found = this.unitsByName.get(key) ?? [];
    if (found.length === 1) return { existing: found[0]! };
    if (found.length > 1) {
      problems.push({ field: 'unit', code: 'ambiguousUnit', params: { value: name } });
      return null;
    }
    if (!this.options.createUnits) {
      problems.push({ field: 'unit', code: 'unknownUnit', params: { value: name } });
      return null;
    }
    if (!this.newUnits.has(key)) this.newUnits.set(key, checked.data);
    return { create: key };
  }

  person(name: string, field: 'managers' | 'credentialsHolder', problems: ProblemSeed[]): Reference | null {
    const checked = personFieldsSchema.shape.name.safeParse(name);
    if (!checked.success) {
      problems.push({ field, code: 'tooLong', params: { length: name.length, max: 200 } });
      return null;
    }
    const email = looksLikeEmail(checked.data) ? checked.data.toLowerCase() : '';
    const key = keyOf(checked.data);
    const found = (email ? this.peopleByEmail.get(email) : undefined) ?? this.peopleByName.get(key) ?? [];
    if (found.length === 1) return { existing: found[0]! };
    if (found.length > 1) {
      problems.push({ field, code: 'ambiguousPerson', params: { value: name } });
      return null;
    }
    if (!this.options.createPeople) {
      problems.push({ field, code: 'unknownPerson', params: { value: name } });
      return null;
    }
    if (!this.newPeople.has(key)) this.newPeople.set(key, { name: checked.data, email: email.length <= 254 ? email : '' });
    return { create: key };
  }
}

function push(map: Map<string, string[]>, key: string, id: string): void {
  map.set(key, [...(map.get(key) ?? []), id]);
}
