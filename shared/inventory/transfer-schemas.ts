import { z } from 'zod';
import { LANGUAGES } from '../i18n';
import { bytesSchema } from '../model/bytes';

/** The account fields a column of an imported sheet can feed, in the order of Rumbo's own export. */
export const IMPORT_FIELDS = [
  'platform', 'handle', 'url', 'displayName', 'unit', 'status', 'purpose', 'audience', 'languages', 'followers',
  'postsPerWeek', 'lastPostOn', 'verified', 'managers', 'credentialsHolder', 'twoFactor', 'recoveryEmailCorporate', 'openedOn', 'notes',
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

/** One field per column at most: two columns feeding the same field would silently lose one. */
const mappingSchema = z
  .array(z.enum(IMPORT_FIELDS).nullable())
  .max(200)
  .refine((fields) => {
    const used = fields.filter((field) => field !== null);
    return new Set(used).size === used.length;
  }, 'mapping: a field is fed by two columns');

export const importPreviewSchema = z
  .object({
    bytes: bytesSchema,
    fileName: z.string().max(500),
    /** For each column of the file, the field it feeds (null: ignored). Absent: recognised from the titles. */
    mapping: mappingSchema.optional(),
    /** Units named in the file that the plan lacks are created (true) or reported as row problems (false). */
    createUnits: z.boolean().default(true),
    /** The same for people named as managers or credentials holders. */
    createPeople: z.boolean().default(true),
  })
  .strict();
export type ImportPreviewInput = z.input<typeof importPreviewSchema>;
export type ImportOptions = z.output<typeof importPreviewSchema>;

/** Without skipInvalid, any row with a problem stops the whole import and nothing changes. */
export const importCommitSchema = importPreviewSchema.extend({ skipInvalid: z.boolean().default(false) }).strict();
export type ImportCommitInput = z.input<typeof importCommitSchema>;

/** lang: the language of the column titles and of the words in the cells (default: the session's). */
export const exportAccountsSchema = z.object({ format: z.enum(['csv', 'xlsx']), lang: z.enum(LANGUAGES).optional() }).strict();
export type ExportAccountsInput = z.input<typeof exportAccountsSchema>;

export type SheetFormat = 'csv' | 'xlsx';
export type TextEncodingName = 'utf-8' | 'utf-8-bom' | 'windows-1252' | 'utf-16le' | 'utf-16be';
export type CsvDelimiter = ';' | ',' | '\t';

export interface ImportProblem {
  /** The field concerned; null when it is the row as a whole (quotes, extra cells, a duplicate). */
  field: ImportField | null;
  /** Stable code (see ROW_PROBLEM_CODES). */
  code: string;
  /** In the session's language, ready to show. */
  message: string;
}

export interface ImportRowPreview {
  /** Row number as the user sees it in their spreadsheet program (the title row is usually 1). */
  line: number;
  /** The mapped cells, shortened for display. */
  values: Partial<Record<ImportField, string>>;
  problems: ImportProblem[];
}

export interface ImportColumn {
  /** The title as written in the file. */
  title: string;
  /** What Rumbo recognised from the title alone (null: not recognised). */
  recognised: ImportField | null;
  /** A few non-empty values, shortened, to help the user choose. */
  samples: string[];
}

export interface ImportPreview {
  format: SheetFormat;
  /** CSV only. */
  encoding: TextEncodingName | null;
  delimiter: CsvDelimiter | null;
  /** .xlsx only: the sheet that was read. */
  sheet: string | null;
  /** Row number of the column titles. */
  headerLine: number;
  columns: ImportColumn[];
  /** The mapping used: the one given, or the recognised one. */
  mapping: (ImportField | null)[];
  /** True when no column gives the network or an address it can be recognised from: nothing can be imported. */
  missingPlatform: boolean;
  rows: ImportRowPreview[];
  unitsToCreate: string[];
  peopleToCreate: string[];
  valid: number;
  invalid: number;
}

export interface ImportResult {
  imported: number;
  skipped: number;
  unitsCreated: number;
  peopleCreated: number;
}
