import type { Database } from 'sql.js';
import type { ChangeRecorder } from '../changes';
import { selectOne } from '../sql';
import type { Row } from '../tables';
import type { InstitutionProfile, InstitutionType, LogoMime } from '../../model/institution';
import type { Lang } from '../../i18n';

export function readInstitution(db: Database): InstitutionProfile {
  const row = selectOne(db, 'SELECT * FROM institution LIMIT 1');
  if (!row) throw new Error('institution missing');
  return toProfile(row);
}

function toProfile(row: Row): InstitutionProfile {
  const logo = row.logo instanceof Uint8Array && row.logo_mime ? { mime: row.logo_mime as LogoMime, bytes: row.logo } : null;
  return {
    id: String(row.id),
    name: String(row.name),
    type: String(row.type) as InstitutionType,
    planTitle: String(row.plan_title),
    periodStart: String(row.period_start),
    periodEnd: String(row.period_end),
    authors: parseAuthors(row.authors),
    contact: String(row.contact),
    language: String(row.language) as Lang,
    logo,
    updatedAt: String(row.updated_at),
    updatedBy: String(row.updated_by),
  };
}

function parseAuthors(value: unknown): string[] {
  try {
    const parsed: unknown = JSON.parse(String(value));
    return Array.isArray(parsed) ? parsed.map(String) : [];
  } catch {
    return [];
  }
}

export type InstitutionFields = Partial<Omit<InstitutionProfile, 'id' | 'updatedAt' | 'updatedBy'>>;

/** Column values for the fields given (only those), as stored. */
export function institutionColumns(fields: InstitutionFields): Row {
  const row: Row = {};
  if (fields.name !== undefined) row.name = fields.name;
  if (fields.type !== undefined) row.type = fields.type;
  if (fields.planTitle !== undefined) row.plan_title = fields.planTitle;
  if (fields.periodStart !== undefined) row.period_start = fields.periodStart;
  if (fields.periodEnd !== undefined) row.period_end = fields.periodEnd;
  if (fields.authors !== undefined) row.authors = JSON.stringify(fields.authors);
  if (fields.contact !== undefined) row.contact = fields.contact;
  if (fields.language !== undefined) row.language = fields.language;
  if (fields.logo !== undefined) {
    row.logo = fields.logo?.bytes ?? null;
    row.logo_mime = fields.logo?.mime ?? null;
  }
  return row;
}

export function insertInstitution(recorder: ChangeRecorder, id: string, fields: Required<InstitutionFields>): void {
  recorder.insert('institution', { id, ...institutionColumns(fields) });
}

export function updateInstitution(recorder: ChangeRecorder, id: string, fields: InstitutionFields): void {
  recorder.update('institution', id, institutionColumns(fields));
}
