import { z } from 'zod';
import { LANGUAGES } from '../i18n';
import { isoDateSchema, lineText, longText } from './text';

/**
 * The texts the planner writes for the document, each with basic formatting (a small Markdown
 * subset: paragraphs, bold, italics, lists, links; see shared/richtext). Migration 004 made one
 * row per key; its own copy of this list is frozen with it.
 */
export const PLAN_TEXT_KEYS = ['presentation', 'framework', 'governance', 'crisis', 'measurement', 'closing'] as const;
export type PlanTextKey = (typeof PLAN_TEXT_KEYS)[number];

/** The parts of the document a planner may leave out of an export (cover, control and contents always go in). */
export const DOCUMENT_PARTS = [
  'presentation', 'framework', 'situation', 'swot', 'objectives', 'strategy', 'timeline', 'resources',
  'governance', 'crisis', 'measurement', 'closing', 'inventoryAnnex', 'glossary',
] as const;
export type DocumentPart = (typeof DOCUMENT_PARTS)[number];

/** "auto": marked DRAFT until the plan is approved; the others force it on or off for one export. */
export const DRAFT_MARKINGS = ['auto', 'always', 'never'] as const;
export type DraftMarking = (typeof DRAFT_MARKINGS)[number];

/** A chapter the plan has no data for yet: a one-line note saying so, or left out altogether. */
export const EMPTY_PARTS = ['note', 'omit'] as const;
export type EmptyParts = (typeof EMPTY_PARTS)[number];

/** The longest text a planner may write in one of the document's texts (about 60 pages). */
export const PLAN_TEXT_MAX = 200_000;

/** The document control ("ficha del documento") and the export choices, kept in the plan. */
export interface DocumentSettings {
  id: string;
  /** Empty: the catalog's "Plan de presencia corporativa en redes sociales". */
  documentType: string;
  owningUnitId: string | null;
  /** The body that approves it: Pleno, Junta de Gobierno Local, Consejo de Gobierno… */
  approvedBy: string;
  approvedOn: string | null;
  /** E.g. the decree or agreement number. */
  approvalReference: string;
  nextReviewOn: string | null;
  /** One per line. */
  relatedDocuments: string;
  /** One per line. */
  legislation: string;
  excludedParts: DocumentPart[];
  draftMarking: DraftMarking;
  emptyParts: EmptyParts;
}

/** A row of the document's version history table. */
export interface DocumentVersion {
  id: string;
  version: string;
  issuedOn: string;
  author: string;
  changes: string;
  position: number;
}

/** Everything the document screens edit. */
export interface DocumentSetup {
  settings: DocumentSettings;
  versions: DocumentVersion[];
  texts: Record<PlanTextKey, string>;
}

const parts = z.array(z.enum(DOCUMENT_PARTS)).max(DOCUMENT_PARTS.length).transform((list) => [...new Set(list)]);
const optionalDate = isoDateSchema.nullable();

export const documentSettingsPatchSchema = z
  .object({
    documentType: lineText(300),
    owningUnitId: z.string().uuid().nullable(),
    approvedBy: lineText(300),
    approvedOn: optionalDate,
    approvalReference: lineText(300),
    nextReviewOn: optionalDate,
    relatedDocuments: longText(5_000),
    legislation: longText(5_000),
    excludedParts: parts,
    draftMarking: z.enum(DRAFT_MARKINGS),
    emptyParts: z.enum(EMPTY_PARTS),
  })
  .partial()
  .strict();

const versionFields = z
  .object({
    version: lineText(60).pipe(z.string().min(1, 'version')),
    issuedOn: isoDateSchema,
    author: lineText(300),
    changes: longText(2_000),
  })
  .strict();
export const documentVersionCreateSchema = versionFields.partial({ author: true, changes: true }).strict();
export const documentVersionUpdateSchema = versionFields.partial().extend({ id: z.string().uuid() }).strict();

export const planTextUpdateSchema = z.object({ key: z.enum(PLAN_TEXT_KEYS), body: longText(PLAN_TEXT_MAX) }).strict();

/** One export's choices; what is not given comes from the plan's document settings. */
export const documentExportSchema = z
  .object({ lang: z.enum(LANGUAGES), excludedParts: parts, draftMarking: z.enum(DRAFT_MARKINGS), emptyParts: z.enum(EMPTY_PARTS) })
  .partial()
  .strict()
  .optional();
