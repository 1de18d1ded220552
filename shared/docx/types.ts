import type { PlatformCount, UnitCount } from '../audit/summary';
import type { Lang } from '../i18n';
import type { ActionPlan } from '../model/action-plan';
import type { DocumentPart, DocumentSetup, DraftMarking, EmptyParts } from '../model/document';
import type { InstitutionProfile } from '../model/institution';
import type { Inventory } from '../model/inventory';
import type { PlanCounts, PlanMeta } from '../model/plan';

/** The inventory as the document shows it: the records, the audit, and the summaries made from them. */
export interface DocumentInventory extends Inventory {
  /** Accounts per network, most first (shared/audit/summary.ts). */
  byPlatform: PlatformCount[];
  /** Accounts per unit in tree order, with an entry for accounts without a unit (shared/audit/summary.ts). */
  byUnit: UnitCount[];
}

/** Everything the document shows, read from the plan by the engine. */
export interface PlanDocumentData {
  meta: PlanMeta;
  institution: InstitutionProfile;
  counts: PlanCounts;
  inventory: DocumentInventory;
  /** From diagnosis to action: SWOT, CAME, objectives and KPIs, lines, tactics, and what is computed from them. */
  action: ActionPlan;
  /** The document control, version history and the planner's own texts. */
  document: DocumentSetup;
  /** When the document was produced (ISO timestamp); shown as the document date. */
  generatedAt: string;
}

/** Turns an SVG drawing into PNG bytes `width` pixels wide. Given by the host (resvg in Node and in the Worker); the engine itself draws nothing. */
export type SvgRasterizer = (svg: string, width: number) => Promise<Uint8Array>;

export interface DocumentOptions {
  lang: Lang;
  /** Chapters and annexes left out of this export. */
  excludedParts?: readonly DocumentPart[];
  /** 'auto' (the default): DRAFT on every page until the plan is approved. */
  draftMarking?: DraftMarking;
  /** 'note' (the default): a chapter without data says so in a line; 'omit': it is left out. */
  emptyParts?: EmptyParts;
  /** Without it the charts are left out (their figures are in the tables beside them anyway). */
  rasterize?: SvgRasterizer;
  /**
   * Work out the page numbers of the contents (and the page count) by laying the pages out as
   * Word would, so they show where fields are not refreshed: LibreOffice, previews, and Word's
   * Protected View, in which an approver first opens a document received by e-mail. Default
   * true. Laying pages out is slow (measured on a busy 2-core machine: ~0.2 s for 4 pages,
   * ~8 s for 25 pages of tables), so it is bounded: see page-estimate.ts. With false the
   * numbers are left for Word to fill in when it refreshes the fields on opening.
   */
  estimatePageNumbers?: boolean;
}

/** What the export would contain, for the preview before exporting. */
export interface DocumentPreview {
  /** Every part the plan's document can hold, in order: included or left out, and whether the plan has data for it. */
  parts: { part: DocumentPart; title: string; included: boolean; hasData: boolean }[];
  /** The headings the table of contents will list (levels 1–3), numbered as in the document. */
  headings: { level: 1 | 2 | 3; text: string }[];
  /** "<institution> - <plan title> - v<version>.docx", safe as a file name on Windows. */
  fileName: string;
  draft: boolean;
  /** The document control table's rows, as the document prints them. */
  control: ControlField[];
}

/** A row of the document control: its label and one entry per line of its cell. */
export interface ControlField {
  label: string;
  items: string[];
}
