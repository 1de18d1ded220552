import type { PlatformCount, UnitCount } from '../audit/summary';
import type { Lang } from '../i18n';
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
  /** When the document was produced (ISO timestamp); shown as the document date. */
  generatedAt: string;
}

export interface DocumentOptions {
  lang: Lang;
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
