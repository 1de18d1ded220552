import {
  ExternalHyperlink,
  HeadingLevel,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
  type IParagraphOptions,
  type IRunOptions,
  type ParagraphChild,
} from 'docx';
import { splitLinks } from './links';
import { COLORS, STYLE, TEXT_WIDTH } from './styles';

/**
 * The small vocabulary every section module writes with. All text that reaches here is already
 * sanitised (see sanitize.ts); these helpers only decide how it looks.
 */

/** Runs for text that may span lines: each line break becomes a Word line break, not a lost "\n". */
export function textRuns(text: string, run: Omit<IRunOptions, 'text' | 'break' | 'children'> = {}): TextRun[] {
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

export type Content = string | readonly ParagraphChild[];

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

/** A two-column "item / details" table whose first column labels each row. */
export function fieldTable(titles: readonly [string, string], rows: readonly (readonly [string, Content])[]): Table {
  return dataTable(
    [
      { title: titles[0], share: 0.32 },
      { title: titles[1], share: 0.68 },
    ],
    rows,
    { labelColumn: true },
  );
}

export interface Column {
  title: string;
  /** Share of the text width, 0–1; the shares of a table add up to 1. */
  share: number;
}

export interface TableOptions {
  /** The first column names what each row is about: shaded and bold. */
  labelColumn?: boolean;
}

/**
 * A full-width table with a header row that repeats on every page it runs onto and rows that
 * never split across pages. Fixed layout: column widths stay as designed whatever the content,
 * and an unbroken long string wraps inside its cell instead of pushing the table off the page.
 */
export function dataTable(columns: readonly Column[], rows: readonly (readonly Content[])[], options: TableOptions = {}): Table {
  const widths = columns.map((column) => Math.round(column.share * TEXT_WIDTH));
  const cell = (content: Content, column: number, shading?: string, run: IRunOptions = {}) =>
    new TableCell({
      width: { size: widths[column] ?? 0, type: WidthType.DXA },
      ...(shading ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: shading } } : {}),
      children: [
        new Paragraph({
          style: STYLE.tableText,
          children: typeof content === 'string' ? textRuns(content, run) : content,
        }),
      ],
    });
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: columns.map((column, index) => cell(column.title, index, COLORS.accent, { bold: true, color: 'FFFFFF' })),
  });
  const body = rows.map(
    (row) =>
      new TableRow({
        cantSplit: true,
        children: row.map((content, index) =>
          options.labelColumn && index === 0 ? cell(content, index, COLORS.accentSoft, { bold: true }) : cell(content, index),
        ),
      }),
  );
  return new Table({
    style: STYLE.table,
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    rows: [header, ...body],
  });
}
