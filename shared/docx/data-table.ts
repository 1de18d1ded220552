import { AlignmentType, FileChild, Paragraph, type IContext, type IXmlableObject, type ParagraphChild } from 'docx';
import type { CaptionBlock } from './captions';
import { COLORS, STYLE, TEXT_WIDTH, TREE_INDENT } from './styles';

/** What a cell shows: plain text (line breaks kept), or runs made with the helpers of blocks.ts (links, emphasis). */
export type Content = string | readonly ParagraphChild[];

export interface Column {
  title: string;
  /** Share of the text width, 0–1; the shares of a table add up to 1. */
  share: number;
  /** Figures: set to the right, so that units line up under each other. */
  numeric?: boolean;
}

/** A cell whose text is indented, by levels of the organisation tree. */
export interface IndentedCell {
  content: Content;
  indentLevel: number;
}

/** A cell listing several items, each a paragraph of its own whose wrapped lines sit indented under its first. */
export interface ListCell {
  items: readonly string[];
}

/**
 * A line of text with a quieter explanation under it, in the same cell (a unit's kind, what a
 * finding means, how a tactic's hours are made up): written on the fast path, as plain text is,
 * since tables of thousands of rows have one in every row.
 */
export interface NotedCell {
  text: string;
  note: string;
  bold?: boolean;
  /** Levels of the organisation tree it is indented by. */
  indentLevel?: number;
}

export type Cell = Content | IndentedCell | ListCell | NotedCell;

export interface TableOptions {
  /** "Tabla N. …", set above the table: made with tableCaption (captions.ts). Every data table has one. */
  caption: CaptionBlock;
  /** The first column names what each row is about: shaded and bold. */
  labelColumn?: boolean;
  /** Width in twips; the portrait text width unless said (a landscape annex is wider). */
  width?: number;
  /** Smaller text, for tables with many columns. */
  compact?: boolean;
}

/** How far the wrapped lines of a list item sit in from its first line (0.3 cm). */
const HANGING = 170;
/** The note under a cell's text: smaller (8.5 pt) and quieter. */
const NOTE = { size: 17, color: COLORS.muted } as const;

/** Emphasis a cell's plain text can take. */
interface Emphasis {
  bold?: boolean;
  color?: string;
  /** In half-points. */
  size?: number;
}

/**
 * A full-width table, under its caption, with a header row that repeats on every page it runs onto and rows that
 * never split across pages. Fixed layout: column widths stay as designed whatever the content,
 * and an unbroken long string wraps inside its cell instead of pushing the table off the page.
 *
 * The table is written straight in the form docx serialises (the same elements docx's own Table
 * writes), not as a tree of docx objects: an inventory annex has tens of thousands of cells, and
 * docx's objects cost about three times the time and half again the memory for the same XML
 * (5,000 rows × 9 cells: 5.4 s and 480 MB against 1.9 s and 335 MB, measured). Cells given as
 * docx runs (links, emphasis) are still written by docx's Paragraph, which registers the links.
 */
export function dataTable(columns: readonly Column[], rows: readonly (readonly Cell[])[], options: TableOptions): FileChild[] {
  const tableWidth = options.width ?? TEXT_WIDTH;
  const widths = columns.map((column) => Math.round(column.share * tableWidth));
  const style = options.compact ? STYLE.tableTextCompact : STYLE.tableText;
  const header = { bold: true, color: 'FFFFFF' };
  // Identical property elements are one shared object: the XML writer only reads them, and an
  // annex repeats each of them tens of thousands of times.
  const shared = new Map<string, IXmlableObject>();
  const once = (key: string, make: () => IXmlableObject): IXmlableObject => {
    let node = shared.get(key);
    if (!node) shared.set(key, (node = make()));
    return node;
  };
  const table = new PreparedBlock((context) => ({
    'w:tbl': [
      {
        'w:tblPr': [
          { 'w:tblStyle': attributes({ 'w:val': STYLE.table }) },
          { 'w:tblW': attributes({ 'w:type': 'dxa', 'w:w': tableWidth }) },
          { 'w:tblLayout': attributes({ 'w:type': 'fixed' }) },
        ],
      },
      { 'w:tblGrid': widths.map((width) => ({ 'w:gridCol': attributes({ 'w:w': width }) })) },
      row(
        columns.map((column, index) => cell(context, column.title, index, COLORS.accent, header)),
        true,
      ),
      ...rows.map((cells) =>
        row(
          cells.map((value, index) =>
            options.labelColumn && index === 0 ? cell(context, value, index, COLORS.accentSoft, { bold: true }) : cell(context, value, index),
          ),
          false,
        ),
      ),
    ],
  }));
  return [options.caption, table];

  function row(cells: IXmlableObject[], isHeader: boolean): IXmlableObject {
    const properties = once(`tr:${isHeader}`, () => ({ 'w:trPr': [{ 'w:cantSplit': {} }, ...(isHeader ? [{ 'w:tblHeader': {} }] : [])] }));
    return { 'w:tr': [properties, ...cells] };
  }

  function cell(context: IContext, value: Cell, column: number, shading?: string, emphasis: Emphasis = {}): IXmlableObject {
    const properties = once(`tc:${column}:${shading ?? ''}`, () => ({
      'w:tcPr': [
        { 'w:tcW': attributes({ 'w:type': 'dxa', 'w:w': widths[column] ?? 0 }) },
        ...(shading ? [{ 'w:shd': attributes({ 'w:fill': shading, 'w:color': 'auto', 'w:val': 'clear' }) }] : []),
      ],
    }));
    return { 'w:tc': [properties, ...paragraphs(context, value, columns[column]?.numeric ?? false, emphasis)] };
  }

  function paragraphs(context: IContext, value: Cell, numeric: boolean, emphasis: Emphasis): IXmlableObject[] {
    if (typeof value === 'object' && 'items' in value) {
      const items = value.items.length > 0 ? value.items : [''];
      return items.map((item) => plainParagraph([{ text: item, emphasis }], { left: HANGING, hanging: HANGING }, numeric));
    }
    if (typeof value === 'object' && 'note' in value) {
      const indent = value.indentLevel ? { left: value.indentLevel * TREE_INDENT } : undefined;
      const main = value.bold ? { ...emphasis, bold: true } : emphasis;
      const note = value.note === '' ? [] : value.note.split('\n').map((line) => ({ text: line, emphasis: NOTE, breakBefore: true }));
      return [plainParagraph([{ text: value.text, emphasis: main }, ...note], indent, numeric)];
    }
    const { content, indentLevel } = typeof value === 'object' && 'indentLevel' in value ? value : { content: value, indentLevel: 0 };
    const indent = indentLevel > 0 ? { left: indentLevel * TREE_INDENT } : undefined;
    if (typeof content === 'string') return [plainParagraph([{ text: content, emphasis }], indent, numeric)];
    // Runs made by the caller (links, mixed emphasis): docx writes them, registering each link.
    const paragraph = new Paragraph({ style, children: content, ...(indent ? { indent } : {}), ...(numeric ? { alignment: AlignmentType.RIGHT } : {}) });
    return [paragraph.prepForXml(context) ?? { 'w:p': [] }];
  }

  /** A paragraph of plain text pieces, each line of each piece a run (a piece may start on a new line). */
  function plainParagraph(pieces: readonly Piece[], indent: { left: number; hanging?: number } | undefined, numeric: boolean): IXmlableObject {
    const properties = once(`p:${indent?.left ?? 0}:${indent?.hanging ?? 0}:${numeric}`, () => ({
      'w:pPr': [
        { 'w:pStyle': attributes({ 'w:val': style }) },
        ...(indent ? [{ 'w:ind': attributes(indent.hanging ? { 'w:left': indent.left, 'w:hanging': indent.hanging } : { 'w:left': indent.left }) }] : []),
        ...(numeric ? [{ 'w:jc': attributes({ 'w:val': 'right' }) }] : []),
      ],
    }));
    const preserve = once('preserve', () => attributes({ 'xml:space': 'preserve' }));
    const runs = pieces.flatMap(({ text, emphasis, breakBefore }) => {
      const runProperties = emphasis.bold || emphasis.color || emphasis.size ? [runPropertiesOf(emphasis)] : [];
      return text.split('\n').map((line, index) => ({
        'w:r': [...runProperties, ...(index > 0 || breakBefore ? [{ 'w:br': {} }] : []), { 'w:t': [preserve, line] }],
      }));
    });
    return { 'w:p': [properties, ...runs] };
  }

  function runPropertiesOf({ bold, color, size }: Emphasis): IXmlableObject {
    return once(`r:${bold ?? false}:${color ?? ''}:${size ?? ''}`, () => ({
      'w:rPr': [
        ...(bold ? [{ 'w:b': {} }, { 'w:bCs': {} }] : []),
        ...(color ? [{ 'w:color': attributes({ 'w:val': color }) }] : []),
        ...(size ? [{ 'w:sz': attributes({ 'w:val': size }) }, { 'w:szCs': attributes({ 'w:val': size }) }] : []),
      ],
    }));
  }
}

/** Plain text of a cell, with the emphasis it takes, starting on a new line of its paragraph or not. */
interface Piece {
  text: string;
  emphasis: Emphasis;
  breakBefore?: boolean;
}

const attributes = (values: Record<string, string | number>) => ({ _attr: values });

/**
 * A block whose XML is made when the document is written, in the form docx serialises, with
 * docx's context at hand for the parts docx writes itself. Tables written straight as XML
 * (this module's, the timeline's) are blocks of this kind.
 */
export class PreparedBlock extends FileChild {
  constructor(private readonly write: (context: IContext) => IXmlableObject) {
    super('w:tbl');
  }

  override prepForXml(context: IContext): IXmlableObject {
    return this.write(context);
  }
}
