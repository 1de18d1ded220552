import { ExternalHyperlink, HeadingLevel, Paragraph, TextRun, type FileChild, type IParagraphOptions, type IRunOptions, type ParagraphChild } from 'docx';
import type { CaptionBlock } from './captions';
import { dataTable, type Cell, type Content, type NotedCell } from './data-table';
import { splitLinks } from './links';
import { STYLE } from './styles';

/**
 * The small vocabulary every section module writes with. All text that reaches here is already
 * sanitised (see sanitize.ts); these helpers only decide how it looks.
 */

/** Runs for text that may span lines: each line break becomes a Word line break, not a lost "\n". */
export function textRuns(text: string, run: Omit<IRunOptions, 'text' | 'break' | 'children'> = {}): TextRun[] {
  // Most cells are one plain line: made directly, as an annex writes tens of thousands of them.
  if (!text.includes('\n') && Object.keys(run).length === 0) return [new TextRun(text)];
  return text.split('\n').map((line, index) => new TextRun({ ...run, text: line, ...(index > 0 ? { break: 1 } : {}) }));
}

/** Text whose e-mail and https addresses become links; any other "address" stays plain text. */
export function linkedRuns(text: string): ParagraphChild[] {
  return splitLinks(text).flatMap((segment): ParagraphChild[] =>
    segment.href
      ? [new ExternalHyperlink({ link: segment.href, children: [new TextRun({ text: segment.text, style: 'Hyperlink' })] })]
      : textRuns(segment.text),
  );
}

export type { Content } from './data-table';

/** A line of text with a quieter explanation under it, in the same table cell (a unit's kind, what a finding means). */
export function withNote(text: string, note: string, { bold = false }: { bold?: boolean } = {}): NotedCell {
  return { text, note, bold };
}

function children(content: Content): readonly ParagraphChild[] {
  return typeof content === 'string' ? textRuns(content) : content;
}

export function paragraph(content: Content, options: Omit<IParagraphOptions, 'text' | 'children'> = {}): Paragraph {
  return new Paragraph({ ...options, children: children(content) });
}

const HEADING_LEVELS = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;

/**
 * A real Heading 1–3 paragraph: what the navigation pane and the table of contents list.
 * Chapters (Heading 1) start on a new page; docx cannot put that in the style itself.
 */
export function heading(level: 1 | 2 | 3, text: string): Paragraph {
  return new Paragraph({ heading: HEADING_LEVELS[level], pageBreakBefore: level === 1, children: textRuns(text) });
}

/** An unnumbered heading for a front-matter page (document control, contents), kept out of the table of contents. */
export function frontHeading(text: string): Paragraph {
  return new Paragraph({ style: STYLE.frontHeading, pageBreakBefore: true, children: textRuns(text) });
}

/** A two-column "item / details" table whose first column labels each row, under its caption. */
export function fieldTable(titles: readonly [string, string], rows: readonly (readonly [string, Cell])[], caption: CaptionBlock): FileChild[] {
  return dataTable(
    [
      { title: titles[0], share: 0.32 },
      { title: titles[1], share: 0.68 },
    ],
    rows,
    { labelColumn: true, caption },
  );
}

export { tableCaption } from './captions';
export { dataTable, type Cell, type Column, type IndentedCell, type ListCell, type NotedCell, type TableOptions } from './data-table';
