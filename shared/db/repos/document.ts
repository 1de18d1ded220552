import type { Database } from 'sql.js';
import { rowMapper } from '../mapper';
import { selectAll, selectOne } from '../sql';
import {
  DOCUMENT_PARTS,
  DRAFT_MARKINGS,
  EMPTY_PARTS,
  PLAN_TEXT_KEYS,
  type DocumentPart,
  type DocumentSettings,
  type DocumentSetup,
  type DocumentVersion,
  type DraftMarking,
  type EmptyParts,
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

export function readDocumentSettings(db: Database): DocumentSettings {
  const row = selectOne(db, 'SELECT * FROM document_settings LIMIT 1');
  if (!row) throw new Error('document_settings missing');
  const marking = String(row.draft_marking) as DraftMarking;
  return {
    id: String(row.id),
    documentType: String(row.document_type),
    owningUnitId: row.owning_unit_id === null ? null : String(row.owning_unit_id),
    approvedBy: String(row.approved_by),
    approvedOn: row.approved_on === null ? null : String(row.approved_on),
    approvalReference: String(row.approval_reference),
    nextReviewOn: row.next_review_on === null ? null : String(row.next_review_on),
    relatedDocuments: String(row.related_documents),
    legislation: String(row.legislation),
    excludedParts: parseParts(row.excluded_parts),
    // The schema's CHECK keeps it to the three values; a future format may add one.
    draftMarking: DRAFT_MARKINGS.includes(marking) ? marking : 'auto',
    emptyParts: EMPTY_PARTS.includes(String(row.empty_parts) as EmptyParts) ? (String(row.empty_parts) as EmptyParts) : 'note',
  };
}

/** The columns for a settings patch (fields left out are not touched). */
export function documentSettingsColumns(patch: Partial<Omit<DocumentSettings, 'id'>>): Record<string, string | null> {
  const columns: Record<string, string | null> = {};
  const set = (column: string, value: string | null | undefined) => {
    if (value !== undefined) columns[column] = value;
  };
  set('document_type', patch.documentType);
  set('owning_unit_id', patch.owningUnitId);
  set('approved_by', patch.approvedBy);
  set('approved_on', patch.approvedOn);
  set('approval_reference', patch.approvalReference);
  set('next_review_on', patch.nextReviewOn);
  set('related_documents', patch.relatedDocuments);
  set('legislation', patch.legislation);
  if (patch.excludedParts !== undefined) columns.excluded_parts = JSON.stringify(patch.excludedParts);
  set('draft_marking', patch.draftMarking);
  set('empty_parts', patch.emptyParts);
  return columns;
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
