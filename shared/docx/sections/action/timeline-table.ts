import type { FileChild, IXmlableObject } from 'docx';
import { PreparedBlock } from '../../data-table';
import { COLORS, STYLE } from '../../styles';

/** The header: the column labels, under an optional row that groups them (the years over the months). */
export interface TimelineHeader {
  title: string;
  groups: { label: string; span: number }[] | null;
  labels: string[];
}

export type TimelineRow =
  /** A strategy line: one cell across the table, kept on the page of its first tactic. */
  | { kind: 'group'; text: string }
  /** A tactic, shaded from column `first` to `last` (none when `first` > `last`). */
  | { kind: 'tactic'; title: string; note: string; first: number; last: number; fill: string };

export interface TimelineTableOptions {
  /** Table width in twips. */
  width: number;
  /** Width of the first column, in twips; the period columns share the rest. */
  labelWidth: number;
  header: TimelineHeader;
  rows: readonly TimelineRow[];
}

/**
 * Period cells are narrow: their text (the month names) sits close to the borders (0.05 cm). Set
 * once for the whole table, and the few wide cells (the names) get the table style's margin back:
 * a plan of 2,000 tactics has 48,000 period cells, and each margin written is three elements more.
 */
const NARROW_MARGIN = 28;
/** The table style's own side margin (0.2 cm), for the cells of names. */
const WIDE_MARGIN = 113;
const HEADER_LABEL_SIZE = 14; // 7 pt
const NOTE_SIZE = 16; // 8 pt

/**
 * The timeline as a Word table: a row per tactic under a row per strategy line, a column per
 * month (or quarter…), and the cells of the months a tactic runs shaded. Header rows repeat on
 * every page and no row splits. Written straight in the XML form docx serialises, like
 * data-table.ts and for the same reason: a plan of 2,000 tactics over 24 months is 50,000 cells,
 * which docx's own table objects take about nine seconds to write. An empty period cell is one
 * shared object, written as few elements as Word needs (its width, its shading, a paragraph).
 */
export function timelineTable({ width, labelWidth, header, rows }: TimelineTableOptions): FileChild {
  const count = header.labels.length;
  const columnWidth = Math.floor((width - labelWidth) / Math.max(1, count));
  const shared = new Map<string, IXmlableObject>();
  const once = (key: string, make: () => IXmlableObject): IXmlableObject => {
    let node = shared.get(key);
    if (!node) shared.set(key, (node = make()));
    return node;
  };

  const rowProperties = (isHeader: boolean) => once(`tr:${isHeader}`, () => ({ 'w:trPr': [{ 'w:cantSplit': {} }, ...(isHeader ? [{ 'w:tblHeader': {} }] : [])] }));
  const cellProperties = (cellWidth: number, options: { span?: number; merge?: 'restart' | 'continue'; fill?: string; wide?: boolean } = {}) =>
    once(`tc:${cellWidth}:${options.span ?? 1}:${options.merge ?? ''}:${options.fill ?? ''}:${options.wide ?? false}`, () => ({
      'w:tcPr': [
        { 'w:tcW': attributes({ 'w:type': 'dxa', 'w:w': cellWidth }) },
        ...(options.span && options.span > 1 ? [{ 'w:gridSpan': attributes({ 'w:val': options.span }) }] : []),
        ...(options.merge === 'restart' ? [{ 'w:vMerge': attributes({ 'w:val': 'restart' }) }] : options.merge === 'continue' ? [{ 'w:vMerge': {} }] : []),
        ...(options.fill ? [{ 'w:shd': attributes({ 'w:fill': options.fill, 'w:color': 'auto', 'w:val': 'clear' }) }] : []),
        ...(options.wide
          ? [{ 'w:tcMar': [{ 'w:left': attributes({ 'w:w': WIDE_MARGIN, 'w:type': 'dxa' }) }, { 'w:right': attributes({ 'w:w': WIDE_MARGIN, 'w:type': 'dxa' }) }] }]
          : []),
      ],
    }));
  const paragraphProperties = (options: { keepNext?: boolean; center?: boolean } = {}) =>
    once(`p:${options.keepNext ?? false}:${options.center ?? false}`, () => ({
      'w:pPr': [
        { 'w:pStyle': attributes({ 'w:val': STYLE.tableTextCompact }) },
        ...(options.keepNext ? [{ 'w:keepNext': {} }] : []),
        ...(options.center ? [{ 'w:jc': attributes({ 'w:val': 'center' }) }] : []),
      ],
    }));
  const runProperties = (options: { bold?: boolean; color?: string; size?: number }) =>
    once(`r:${options.bold ?? false}:${options.color ?? ''}:${options.size ?? ''}`, () => ({
      'w:rPr': [
        ...(options.bold ? [{ 'w:b': {} }, { 'w:bCs': {} }] : []),
        ...(options.color ? [{ 'w:color': attributes({ 'w:val': options.color }) }] : []),
        ...(options.size ? [{ 'w:sz': attributes({ 'w:val': options.size }) }, { 'w:szCs': attributes({ 'w:val': options.size }) }] : []),
      ],
    }));
  const preserve = once('preserve', () => attributes({ 'xml:space': 'preserve' }));
  const run = (text: string, options: { bold?: boolean; color?: string; size?: number; breakBefore?: boolean } = {}) => ({
    'w:r': [runProperties(options), ...(options.breakBefore ? [{ 'w:br': {} }] : []), { 'w:t': [preserve, text] }],
  });
  const emptyCell = (fill?: string) =>
    once(`empty:${fill ?? ''}`, () => ({ 'w:tc': [cellProperties(columnWidth, fill ? { fill } : {}), { 'w:p': [paragraphProperties()] }] }));

  const headerText = { bold: true, color: 'FFFFFF' } as const;
  const headerRows: IXmlableObject[] = [];
  if (header.groups) {
    headerRows.push({
      'w:tr': [
        rowProperties(true),
        { 'w:tc': [cellProperties(labelWidth, { merge: 'restart', fill: COLORS.accent, wide: true }), { 'w:p': [paragraphProperties(), run(header.title, headerText)] }] },
        ...header.groups.map((group) => ({
          'w:tc': [
            cellProperties(columnWidth * group.span, { span: group.span, fill: COLORS.accent }),
            { 'w:p': [paragraphProperties({ center: true }), run(group.label, headerText)] },
          ],
        })),
      ],
    });
  }
  headerRows.push({
    'w:tr': [
      rowProperties(true),
      header.groups
        ? { 'w:tc': [cellProperties(labelWidth, { merge: 'continue', fill: COLORS.accent, wide: true }), { 'w:p': [paragraphProperties()] }] }
        : { 'w:tc': [cellProperties(labelWidth, { fill: COLORS.accent, wide: true }), { 'w:p': [paragraphProperties(), run(header.title, headerText)] }] },
      ...header.labels.map((label) => ({
        'w:tc': [
          cellProperties(columnWidth, { fill: COLORS.accent }),
          { 'w:p': [paragraphProperties({ center: true }), run(label, { ...headerText, size: HEADER_LABEL_SIZE })] },
        ],
      })),
    ],
  });

  const bodyRow = (row: TimelineRow): IXmlableObject => {
    if (row.kind === 'group') {
      return {
        'w:tr': [
          rowProperties(false),
          {
            'w:tc': [
              cellProperties(labelWidth + columnWidth * count, { span: count + 1, fill: COLORS.accentSoft, wide: true }),
              { 'w:p': [paragraphProperties({ keepNext: true }), run(row.text, { bold: true })] },
            ],
          },
        ],
      };
    }
    const label = {
      'w:tc': [
        cellProperties(labelWidth, { wide: true }),
        { 'w:p': [paragraphProperties(), run(row.title), ...(row.note ? [run(row.note, { color: COLORS.muted, size: NOTE_SIZE, breakBefore: true })] : [])] },
      ],
    };
    const cells = header.labels.map((_, index) => emptyCell(index >= row.first && index <= row.last ? row.fill : undefined));
    return { 'w:tr': [rowProperties(false), label, ...cells] };
  };

  return new PreparedBlock(() => ({
    'w:tbl': [
      {
        'w:tblPr': [
          { 'w:tblStyle': attributes({ 'w:val': STYLE.table }) },
          { 'w:tblW': attributes({ 'w:type': 'dxa', 'w:w': labelWidth + columnWidth * count }) },
          { 'w:tblLayout': attributes({ 'w:type': 'fixed' }) },
          { 'w:tblCellMar': [{ 'w:left': attributes({ 'w:w': NARROW_MARGIN, 'w:type': 'dxa' }) }, { 'w:right': attributes({ 'w:w': NARROW_MARGIN, 'w:type': 'dxa' }) }] },
        ],
      },
      { 'w:tblGrid': [labelWidth, ...header.labels.map(() => columnWidth)].map((gridWidth) => ({ 'w:gridCol': attributes({ 'w:w': gridWidth }) })) },
      ...headerRows,
      ...rows.map(bodyRow),
    ],
  }));
}

const attributes = (values: Record<string, string | number>) => ({ _attr: values });
