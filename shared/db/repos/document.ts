import type { Database } from 'sql.js';
import { rowMapper } from '../mapper';
import { selectAll, selectOne } from '../sql';
import type { Row } from '../tables';
import {
  DOCUMENT_PARTS,
  DRAFT_MARKINGS,
  EMPTY_PARTS,
  PLAN_TEXT_KEYS,
  type DocumentPart,
  type DocumentSettings,
  type DocumentSetup,
  type DocumentVersion,
  type PlanTextKey,
} from '../../model/document';
import { listRows } from './rows';

export const documentVersionMapper = rowMapper<DocumentVersion>({
  id: ['id', 'text'],
  version: ['version', 'text'],
  issuedOn: ['issued_on', 'text'],
  author: ['author', 'text'],
  changes: ['changes', 'text'],
  position: ['position', 'integer'],
});

/** The plain columns of the settings; the list of parts (JSON) and the two choices (checked against what this version knows) are read apart. */
const settingsMapper = rowMapper<Omit<DocumentSettings, 'excludedParts' | 'draftMarking' | 'emptyParts'>>({
  id: ['id', 'text'],
  documentType: ['document_type', 'text'],
  owningUnitId: ['owning_unit_id', 'textOrNull'],
  approvedBy: ['approved_by', 'text'],
  approvedOn: ['approved_on', 'textOrNull'],
  approvalReference: ['approval_reference', 'text'],
  nextReviewOn: ['next_review_on', 'textOrNull'],
  relatedDocuments: ['related_documents', 'text'],
  legislation: ['legislation', 'text'],
});

export function readDocumentSettings(db: Database): DocumentSettings {
  const row = selectOne(db, 'SELECT * FROM document_settings LIMIT 1');
  if (!row) throw new Error('document_settings missing');
  return {
    ...settingsMapper.fromRow(row),
    excludedParts: parseParts(row.excluded_parts),
    // The schema's CHECK keeps them to known values; a future format may add one.
    draftMarking: known(DRAFT_MARKINGS, row.draft_marking, 'auto'),
    emptyParts: known(EMPTY_PARTS, row.empty_parts, 'note'),
  };
}

function known<T extends string>(values: readonly T[], value: unknown, fallback: T): T {
  return values.includes(value as T) ? (value as T) : fallback;
}

/** The columns for a settings patch (fields left out are not touched). */
export function documentSettingsColumns({ excludedParts, draftMarking, emptyParts, ...plain }: Partial<Omit<DocumentSettings, 'id'>>): Row {
  return {
    ...settingsMapper.toColumns(plain),
    ...(excludedParts !== undefined ? { excluded_parts: JSON.stringify(excludedParts) } : {}),
    ...(draftMarking !== undefined ? { draft_marking: draftMarking } : {}),
    ...(emptyParts !== undefined ? { empty_parts: emptyParts } : {}),
  };
}

/** Parts this version knows, once each; anything else a file carries is ignored. */
function parseParts(value: unknown): DocumentPart[] {
  try {
    const parsed: unknown = JSON.parse(String(value));
    if (!Array.isArray(parsed)) return [];
    return DOCUMENT_PARTS.filter((part) => parsed.includes(part));
  } catch {
    return [];
  }
}

/** Every planner text by key ('' for a key a file lacks a row for). */
export function readPlanTexts(db: Database): Record<PlanTextKey, string> {
  const texts = Object.fromEntries(PLAN_TEXT_KEYS.map((key) => [key, ''])) as Record<PlanTextKey, string>;
  for (const row of selectAll(db, 'SELECT key, body FROM plan_text')) {
    const key = String(row.key) as PlanTextKey;
    if (PLAN_TEXT_KEYS.includes(key)) texts[key] = String(row.body);
  }
  return texts;
}

export function planTextId(db: Database, key: PlanTextKey): string | null {
  const row = selectOne(db, 'SELECT id FROM plan_text WHERE key = ?', [key]);
  return row ? String(row.id) : null;
}

export function readDocumentSetup(db: Database): DocumentSetup {
  return {
    settings: readDocumentSettings(db),
    versions: listRows(db, 'document_version', documentVersionMapper, 'position, issued_on, id'),
    texts: readPlanTexts(db),
  };
}
