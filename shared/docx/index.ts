import { Document, Packer, PageOrientation, type ISectionOptions, type PageNumberEstimator } from 'docx';
import { prepareCharts } from './charts/prepare';
import { createContext, type DocumentContext } from './context';
import { CORE_PROPERTIES_PATH, corePropertiesXml } from './core-properties';
import { composeDocument, type BodySection, type ComposedDocument } from './outline';
import { boundedEstimator } from './page-estimate';
import { pageFooters, pageHeaders } from './page-frame';
import { RICH_TEXT_NUMBERING } from './rich-text';
import { sanitizePlanData } from './sanitize';
import { ANNEXES, CHAPTERS, FRONT_MATTER, coverDetails } from './sections';
import { EXTERNAL_STYLES_XML, FONT, LANDSCAPE_TEXT_WIDTH, PAGE, TEXT_WIDTH, documentStyles } from './styles';
import type { DocumentOptions, PlanDocumentData } from './types';

export type { DocumentOptions, DocumentPreview, PlanDocumentData, SvgRasterizer } from './types';
export { previewPlanDocument } from './preview';

/**
 * The plan as the formal Word document a public body approves. Runs unchanged in Node and in a
 * Web Worker: it touches no file, no Buffer and no DOM, and returns the .docx bytes.
 */
export async function buildPlanDocument(data: PlanDocumentData, options: DocumentOptions): Promise<Uint8Array> {
  const context = createContext(sanitizePlanData(data), options);
  context.charts = await prepareCharts(context, options);
  const compose = () => composeDocument(context, FRONT_MATTER, CHAPTERS, ANNEXES);
  const core = [{ path: CORE_PROPERTIES_PATH, data: corePropertiesXml(context) }];
  if (options.estimatePageNumbers ?? true) {
    try {
      // Loaded only when used: the page layout engine is larger than the rest of docx.
      const { estimatePageNumbers } = await import('docx/layout');
      const composed = compose();
      const pageNumbers = boundedEstimator(estimatePageNumbers, { chapters: composed.chapterCount });
      return await Packer.pack(planDocument(context, composed, pageNumbers), 'uint8array', undefined, core);
    } catch {
      // The numbers are a courtesy to readers that do not refresh fields; if laying out the
      // pages fails, the document is still written (composed afresh) and Word fills them in.
    }
  }
  return Packer.pack(planDocument(context, compose(), undefined), 'uint8array', undefined, core);
}

function planDocument(context: DocumentContext, composed: ComposedDocument, pageNumbers: PageNumberEstimator | undefined): Document {
  return new Document({
    // The core properties (title, subject, author, language…) are written by core-properties.ts.
    // Word asks to refresh the fields on opening: the contents and "Page X of Y" are then exact.
    features: { updateFields: true },
    // Written with the page numbers of the contents (and the page count) already worked out, as
    // Word would lay the pages out, for applications that show fields as they are written; only
    // as far as laying out stays cheap (page-estimate.ts).
    ...(pageNumbers ? { pageNumbers } : {}),
    externalStyles: EXTERNAL_STYLES_XML,
    styles: documentStyles(context.lang),
    theme: { fonts: { headings: FONT, body: FONT } },
    // The lists of the planner's texts (each list paragraph names its definition too).
    numbering: { config: [...RICH_TEXT_NUMBERING] },
    sections: composed.sections.map((section, index) => (index === 0 ? firstSection(context, section) : pageSection(context, section))),
  });
}

const MARGINS = {
  top: PAGE.margin,
  bottom: PAGE.margin,
  left: PAGE.margin,
  right: PAGE.margin,
  header: PAGE.headerFooterDistance,
  footer: PAGE.headerFooterDistance,
} as const;

/** The section that opens with the cover, which has a header and footer of its own. */
function firstSection(context: DocumentContext, section: BodySection): ISectionOptions {
  return {
    properties: { titlePage: true, page: { size: { width: PAGE.width, height: PAGE.height }, margin: MARGINS } },
    headers: pageHeaders(context),
    footers: pageFooters(context, coverDetails(context)),
    children: section.blocks,
  };
}

/**
 * A section after the first (a landscape chapter or annex, or the portrait pages after one): its
 * running header and footer are redrawn to its page's width (a section inherits the previous
 * one's, drawn for the other orientation), and the page numbers go on from the section before.
 */
function pageSection(context: DocumentContext, { orientation, blocks }: BodySection): ISectionOptions {
  const landscape = orientation === 'landscape';
  const textWidth = landscape ? LANDSCAPE_TEXT_WIDTH : TEXT_WIDTH;
  return {
    properties: {
      page: { size: { width: PAGE.width, height: PAGE.height, ...(landscape ? { orientation: PageOrientation.LANDSCAPE } : {}) }, margin: MARGINS },
    },
    headers: { default: pageHeaders(context, textWidth).default },
    footers: { default: pageFooters(context, [], textWidth).default },
    children: blocks,
  };
}
