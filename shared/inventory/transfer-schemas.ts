import { z } from 'zod';
import { bytesSchema } from '../model/bytes';

// PLACEHOLDER shapes, to be completed by the import/export work: the contract refers to these names.

/** The account fields a column of an imported sheet can feed. */
export const IMPORT_FIELDS = [
  'platform', 'handle', 'url', 'displayName', 'unit', 'status', 'purpose', 'audience', 'languages', 'followers',
  'postsPerWeek', 'lastPostOn', 'verified', 'managers', 'credentialsHolder', 'twoFactor', 'recoveryEmailCorporate', 'openedOn', 'notes',
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

export const importPreviewSchema = z
  .object({
    bytes: bytesSchema,
    fileName: z.string().max(500),
    /** For each column of the file, the field it feeds (null: ignored). Absent: recognised from the headers. */
    mapping: z.array(z.enum(IMPORT_FIELDS).nullable()).max(200).optional(),
  })
  .strict();

export const importCommitSchema = importPreviewSchema.extend({ skipInvalid: z.boolean().default(false), createUnits: z.boolean().default(true) }).strict();

export const exportAccountsSchema = z.object({ format: z.enum(['csv', 'xlsx']) }).strict();

export interface ImportProblem {
  field: ImportField | null;
  code: string;
  message: string;
}

export interface ImportRowPreview {
  /** Line (CSV) or row (sheet) number as the user sees it in their program. */
  line: number;
  values: Record<string, string>;
  problems: ImportProblem[];
}

export interface ImportPreview {
  format: 'csv' | 'xlsx';
  columns: string[];
  mapping: (ImportField | null)[];
  rows: ImportRowPreview[];
  unitsToCreate: string[];
  valid: number;
  invalid: number;
}

export interface ImportResult {
  imported: number;
  skipped: number;
  unitsCreated: number;
}
