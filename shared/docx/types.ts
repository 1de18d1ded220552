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
}
