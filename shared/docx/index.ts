import { Document, Packer, PageOrientation, type ISectionOptions, type PageNumberEstimator } from 'docx';
import { translate } from '../i18n';
import { createContext, type DocumentContext } from './context';
import { composeAnnex, composeBody } from './outline';
import { boundedEstimator } from './page-estimate';
import { pageFooters, pageHeaders } from './page-frame';
import { cleanLine, sanitizeDeep } from './sanitize';
import { ANNEXES, CHAPTERS, FRONT_MATTER, coverDetails } from './sections';
import { EXTERNAL_STYLES_XML, FONT, LANDSCAPE_TEXT_WIDTH, PAGE, documentStyles } from './styles';
import type { DocumentOptions, PlanDocumentData } from './types';

export type { DocumentOptions, PlanDocumentData } from './types';

/**
 * The plan as the formal Word document a public body approves. Runs unchanged in Node and in a
 * Web Worker: it touches no file, no Buffer and no DOM, and returns the .docx bytes.
 */
export async function buildPlanDocument(data: PlanDocumentData, options: DocumentOptions): Promise<Uint8Array> {
  const context = createContext(sanitizeDeep(data), options);
  if (options.estimatePageNumbers ?? true) {
    try {
      // Loaded only when used: the page layout engine is larger than the rest of docx.
      const { estimatePageNumbers } = await import('docx/layout');
      return await Packer.pack(planDocument(context, boundedEstimator(estimatePageNumbers)), 'uint8array');
    } catch {
      // The numbers are a courtesy to readers that do not refresh fields; if laying out the
      // pages fails, the document is still written and Word fills them in on opening.
    }
  }
  return Packer.pack(planDocument(context, undefined), 'uint8array');
}

function planDocument(context: DocumentContext, pageNumbers: PageNumberEstimator | undefined): Document {
  return new Document({
    ...properties(context),
    // Word asks to refresh the fields on opening: the contents and "Page X of Y" are then exact.
    features: { updateFields: true },
    // Written with the page numbers of the contents (and the page count) already worked out, as
    // Word would lay the pages out, for applications that show fields as they are written; only
    // as far as laying out stays cheap (page-estimate.ts).
    ...(pageNumbers ? { pageNumbers } : {}),
    externalStyles: EXTERNAL_STYLES_XML,
    styles: documentStyles(context.lang),
    theme: { fonts: { headings: FONT, body: FONT } },
    sections: [
      {
        properties: { titlePage: true, page: { size: { width: PAGE.width, height: PAGE.height }, margin: MARGINS } },
        headers: pageHeaders(context),
        footers: pageFooters(context, coverDetails(context)),
        children: composeBody(context, FRONT_MATTER, CHAPTERS),
      },
      ...annexSections(context),
    ],
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

/**
 * Each annex in a landscape section of its own, with the running header and footer redrawn to
 * the wider page; the page numbers go on from the chapters.
 */
function annexSections(context: DocumentContext): ISectionOptions[] {
  return ANNEXES.flatMap((annex) => {
    const children = composeAnnex(context, annex);
    if (!children) return [];
    return [
      {
        properties: { page: { size: { width: PAGE.width, height: PAGE.height, orientation: PageOrientation.LANDSCAPE }, margin: MARGINS } },
        headers: { default: pageHeaders(context, LANDSCAPE_TEXT_WIDTH).default },
        footers: { default: pageFooters(context, [], LANDSCAPE_TEXT_WIDTH).default },
        children,
      },
    ];
  });
}

/** File > Properties in Word: what search tools and records-management systems index. */
function properties(context: DocumentContext) {
  const { t, data, institutionName: institution, planTitle: title } = context;
  const authors = data.institution.authors.map((author) => cleanLine(author)).filter((author) => author !== '');
  const creator = authors.length > 0 ? cleanLine(authors.join('; ')) : translate(context.lang, 'common.appName');
  return {
    title,
    subject: cleanLine(t('document.properties.subject', { institution })),
    creator,
    lastModifiedBy: creator,
    description: cleanLine(
      t('document.properties.description', {
        title,
        institution,
        period: context.period,
        version: context.versionLabel,
        status: context.status,
      }),
      2_000,
    ),
    keywords: cleanLine(t('document.properties.keywords', { institution })),
  };
}
