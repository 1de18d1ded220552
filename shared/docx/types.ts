import type { Lang } from '../i18n';
import type { InstitutionProfile } from '../model/institution';
import type { PlanCounts, PlanMeta } from '../model/plan';

/** Everything the document shows, read from the plan by the engine. */
export interface PlanDocumentData {
  meta: PlanMeta;
  institution: InstitutionProfile;
  counts: PlanCounts;
  /** When the document was produced (ISO timestamp); shown as the document date. */
  generatedAt: string;
}

export interface DocumentOptions {
  lang: Lang;
  /**
   * Work out the page numbers of the contents (and the page count) by laying the pages out as
   * Word would, so they show where fields are not refreshed: LibreOffice, previews, and Word's
   * Protected View, in which an approver first opens a document received by e-mail. Default
   * true. It costs time that grows with the document (measured here: ~0.2 s for today's
   * 4 pages, ~8 s for a 25-page test document on a busy 2-core machine); with false the
   * numbers are left for Word to fill in when it refreshes the fields on opening.
   */
  estimatePageNumbers?: boolean;
}
