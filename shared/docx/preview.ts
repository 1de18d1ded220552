import { createContext } from './context';
import { documentFileName } from '../files/file-names';
import { composeDocument } from './outline';
import { sanitizePlanData } from './sanitize';
import { ANNEXES, CHAPTERS, FRONT_MATTER } from './sections';
import { controlFields } from './sections/document-control';
import type { DocumentOptions, DocumentPreview, PlanDocumentData } from './types';

/**
 * What an export with these options would contain, without building the document: the same
 * composition the document is written from, in its outline mode (no front matter, no annex
 * bodies, no charts, nothing packed), so the parts and numbered headings are the document's own.
 */
export function previewPlanDocument(data: PlanDocumentData, options: DocumentOptions): DocumentPreview {
  const context = createContext(sanitizePlanData(data), options);
  const { parts, headings } = composeDocument(context, FRONT_MATTER, CHAPTERS, ANNEXES, 'outline');
  return {
    parts,
    headings,
    fileName: documentFileName({ institution: context.institutionName, title: context.planTitle, version: context.versionLabel }),
    draft: context.isDraft,
    control: controlFields(context),
  };
}
