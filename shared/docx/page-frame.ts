import { AlignmentType, Footer, Header, PageNumber, Paragraph, Tab, TabStopType, TextRun, type ParagraphChild } from 'docx';
import { TextWatermark } from 'docx/watermarks';
import type { DocumentContext } from './context';
import { cleanLine } from './sanitize';
import { COLORS, FONT, FRAME_RULE, STYLE, TEXT_WIDTH } from './styles';

/** Beyond this the running header would wrap onto a second line. */
const HEADER_TEXT_MAX = 95;

/**
 * Headers: the cover (first page) shows only the draft marking; every other page shows the
 * institution and plan title, and the draft marking, over a thin rule. While the plan is not
 * approved each page also carries a "BORRADOR" watermark, which Word can remove from its
 * Design > Watermark menu like one of its own.
 */
export function pageHeaders(context: DocumentContext, textWidth: number = TEXT_WIDTH): { first: Header; default: Header } {
  const running = new Paragraph({
    style: STYLE.header,
    border: { bottom: FRAME_RULE },
    ...rightEdge(textWidth),
    children: [new TextRun(cleanLine(`${context.institutionName} · ${context.planTitle}`, HEADER_TEXT_MAX)), ...draftMarking(context, true)],
  });
  const first = new Paragraph({ style: STYLE.header, alignment: AlignmentType.RIGHT, children: draftMarking(context, false) });
  return { first: new Header({ children: [first] }), default: new Header({ children: [running] }) };
}

/**
 * The header and footer styles put their right tab stop at the portrait text width; on a
 * landscape page that stop is cleared and one set at the wider page's right margin instead.
 */
function rightEdge(textWidth: number) {
  if (textWidth === TEXT_WIDTH) return {};
  return {
    tabStops: [
      { type: TabStopType.CLEAR, position: TEXT_WIDTH },
      { type: TabStopType.RIGHT, position: textWidth },
    ],
  };
}

function draftMarking(context: DocumentContext, afterTab: boolean): ParagraphChild[] {
  if (!context.isDraft) return [];
  const mark = context.t('document.draftMark');
  return [
    new TextRun({ children: afterTab ? [new Tab(), mark] : [mark], bold: true, color: COLORS.draft }),
    new TextWatermark({ text: mark, font: FONT, color: 'D9D9D9', opacity: 0.5 }),
  ];
}

/** Footers: the cover's details (from the cover module) on the cover; "Versión 0.1" and "Página X de Y" on every other page. */
export function pageFooters(context: DocumentContext, coverFooter: Paragraph[], textWidth: number = TEXT_WIDTH): { first: Footer; default: Footer } {
  const { t } = context;
  const running = new Paragraph({
    style: STYLE.footer,
    border: { top: FRAME_RULE },
    ...rightEdge(textWidth),
    children: [
      new TextRun(t('document.frame.version', { version: context.versionLabel })),
      new TextRun({ children: [new Tab(), ...withPageFields(t('document.frame.page'))] }),
    ],
  });
  return { first: new Footer({ children: coverFooter }), default: new Footer({ children: [running] }) };
}

/**
 * "Página {page} de {pages}" with Word's PAGE and NUMPAGES fields in place of the placeholders,
 * so each language keeps its own word order.
 */
export function withPageFields(template: string): (string | (typeof PageNumber)[keyof typeof PageNumber])[] {
  const fields = { page: PageNumber.CURRENT, pages: PageNumber.TOTAL_PAGES } as const;
  return template
    .split(/(\{page\}|\{pages\})/)
    .filter((part) => part !== '')
    .map((part) => (part === '{page}' ? fields.page : part === '{pages}' ? fields.pages : part));
}
