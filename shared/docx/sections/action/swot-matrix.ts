import { Paragraph, ShadingType, Table, TableCell, TableLayoutType, TableRow, TextRun, WidthType } from 'docx';
import type { SwotQuadrant } from '../../../model/action';
import { textRuns } from '../../blocks';
import type { DocumentContext } from '../../context';
import { COLORS, STYLE, TEXT_WIDTH } from '../../styles';
import { actionView, swotWeight } from './view';

/** The narrow first column that names each row's origin; the quadrants share the rest. */
const LABEL_SHARE = 0.12;
/** How far an item's wrapped lines and its evidence sit in from its code (0.3 cm). */
const HANGING = 170;
/** The evidence under an item, as quiet as the notes of the other tables (8.5 pt). */
const NOTE_SIZE = 17;

/**
 * The SWOT as the matrix everyone knows: strengths and weaknesses (internal) on the top row,
 * opportunities and threats (external) below, what helps on the left and what harms on the
 * right. The axes are real header cells (the column headings repeat on every page), and each
 * quadrant names itself in its first line, so the matrix reads the same to a screen reader.
 * Unlike the other tables its rows may break across pages: a quadrant with many items can be
 * taller than a page.
 */
export function swotMatrix(context: DocumentContext): Table {
  const { t } = context;
  const label = Math.round(LABEL_SHARE * TEXT_WIDTH);
  const quadrant = Math.round(((1 - LABEL_SHARE) / 2) * TEXT_WIDTH);
  const widths = [label, quadrant, quadrant];
  const shaded = (fill: string) => ({ fill, type: ShadingType.CLEAR, color: 'auto' });
  const headerCell = (text: string, width: number) =>
    new TableCell({
      width: { size: width, type: WidthType.DXA },
      shading: shaded(COLORS.accent),
      children: [new Paragraph({ style: STYLE.tableText, children: textRuns(text, { bold: true, color: 'FFFFFF' }) })],
    });
  const originCell = (text: string) =>
    new TableCell({
      width: { size: label, type: WidthType.DXA },
      shading: shaded(COLORS.accentSoft),
      children: [new Paragraph({ style: STYLE.tableText, children: textRuns(text, { bold: true }) })],
    });
  const row = (origin: string, left: SwotQuadrant, right: SwotQuadrant) =>
    new TableRow({ children: [originCell(origin), quadrantCell(context, left, quadrant), quadrantCell(context, right, quadrant)] });
  return new Table({
    style: STYLE.table,
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    rows: [
      new TableRow({
        tableHeader: true,
        cantSplit: true,
        children: [headerCell('', label), headerCell(t('docplan.swot.axes.positive'), quadrant), headerCell(t('docplan.swot.axes.negative'), quadrant)],
      }),
      row(t('docplan.swot.axes.internal'), 'strength', 'weakness'),
      row(t('docplan.swot.axes.external'), 'opportunity', 'threat'),
    ],
  });
}

/** "Fortalezas", then each item as "F1 Text (peso 4)" with its evidence in small print under it. */
function quadrantCell(context: DocumentContext, quadrant: SwotQuadrant, width: number): TableCell {
  const { t } = context;
  const view = actionView(context);
  const items = view.swot[quadrant];
  const title = new Paragraph({ style: STYLE.tableText, keepNext: true, children: textRuns(t(`action.quadrantsPlural.${quadrant}`), { bold: true, color: COLORS.accent }) });
  const indent = { left: HANGING, hanging: HANGING };
  const paragraphs = items.flatMap((item) => {
    const evidence = item.evidence.trim();
    return [
      new Paragraph({
        style: STYLE.tableText,
        indent,
        children: [
          new TextRun({ text: `${view.swotCode(item)} `, bold: true }),
          ...textRuns(item.text),
          new TextRun({ text: ` ${t('docplan.swot.weight', { weight: swotWeight(item) })}`, color: COLORS.muted }),
        ],
      }),
      ...(evidence === '' ? [] : [new Paragraph({ style: STYLE.tableText, indent: { left: HANGING }, children: textRuns(evidence, { size: NOTE_SIZE, color: COLORS.muted }) })]),
    ];
  });
  const none = new Paragraph({ style: STYLE.tableText, children: textRuns(t('docplan.swot.noItems'), { color: COLORS.muted }) });
  return new TableCell({ width: { size: width, type: WidthType.DXA }, children: [title, ...(paragraphs.length > 0 ? paragraphs : [none])] });
}
