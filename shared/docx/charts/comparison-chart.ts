import { cleanLine } from '../sanitize';
import { CHART_WIDTH, FONT_SIZE, INK, finiteOr0, labelAt, linearScale, px, rect, svgDocument, textAt, type ChartDrawing } from './svg';
import { fitText, textWidth, wrapText } from './text-metrics';

/** A value and how the document writes it ("35 %"). */
export interface Measure {
  value: number;
  text: string;
}

/** One thing measured twice: a KPI's baseline (before) and its target (after). */
export interface ComparisonRow {
  label: string;
  before: Measure;
  after: Measure;
}

/** The names of the two bars, and a note on how to read them, drawn above the rows. */
export interface ComparisonLegend {
  before: string;
  after: string;
  note: string;
}

const MARGIN = 6;
const LEGEND = 24;
const SWATCH = { width: 16, height: 11 };
const BAR = 11;
const BAR_GAP = 3;
const ROW_PADDING = 6;
const ROW = 2 * BAR + BAR_GAP + 2 * ROW_PADDING;
const LABEL_GAP = 10;
const VALUE_GAP = 6;
const LABEL_SHARE = 0.42;
/** Two lines fit beside the two bars of a row. */
const LABEL_LINES = 2;

// Pale for "before", dark for "after": told apart by lightness, so also printed in grey and by
// readers who do not see the colour; outlined dark so the pale one stands out from the page (3:1).
const BEFORE_FILL = INK.soft;
const OUTLINE = ` stroke="${INK.bar}" stroke-width="1"`;

/**
 * Two bars per row, before above after, each row on its own scale (a percentage and a number of
 * followers cannot share one): what a row shows is how far the target moves from the baseline,
 * and both values are written at the ends of their bars.
 */
export function comparisonChartSvg(rows: readonly ComparisonRow[], legend: ComparisonLegend, width: number = CHART_WIDTH): ChartDrawing {
  const labels = rows.map((row) => cleanLine(row.label));
  const texts = rows.map((row) => [cleanLine(row.before.text), cleanLine(row.after.text)] as const);
  const labelColumn = Math.min(width * LABEL_SHARE, Math.max(0, ...labels.map((label) => textWidth(label, FONT_SIZE))));
  const valueColumn = Math.max(0, ...texts.flat().map((text) => textWidth(text, FONT_SIZE))) + VALUE_GAP;
  const anyNegative = rows.some((row) => finiteOr0(row.before.value) < 0 || finiteOr0(row.after.value) < 0);
  const left = MARGIN + labelColumn + LABEL_GAP + (anyNegative ? valueColumn : 0);
  const right = width - MARGIN - valueColumn;
  const height = 2 * MARGIN + LEGEND + rows.length * ROW;

  const marks = rows.map((row, index) => {
    const top = MARGIN + LEGEND + index * ROW;
    const [beforeText, afterText] = texts[index]!;
    const x = linearScale([row.before.value, row.after.value], left, right);
    const bar = (measure: Measure, text: string, y: number, fill: string) => {
      const value = finiteOr0(measure.value);
      const zero = x(0);
      const end = x(value);
      const middle = y + BAR / 2;
      const label = value < 0 ? textAt(end - VALUE_GAP, middle, text, { anchor: 'end' }) : textAt(end + VALUE_GAP, middle, text);
      return rect(Math.min(zero, end), y, Math.abs(end - zero), BAR, fill, OUTLINE) + label;
    };
    const separator = index === 0 ? '' : `<line x1="${MARGIN}" y1="${px(top)}" x2="${width - MARGIN}" y2="${px(top)}" stroke="${INK.soft}" stroke-width="1"/>`;
    return [
      separator,
      labelAt(MARGIN + labelColumn, top + ROW / 2, wrapText(labels[index]!, labelColumn, FONT_SIZE, LABEL_LINES)),
      bar(row.before, beforeText, top + ROW_PADDING, BEFORE_FILL),
      bar(row.after, afterText, top + ROW_PADDING + BAR + BAR_GAP, INK.bar),
      // Each row's own zero line, since each row has its own scale.
      `<line x1="${px(x(0))}" y1="${px(top + ROW_PADDING - 2)}" x2="${px(x(0))}" y2="${px(top + ROW - ROW_PADDING + 2)}" stroke="${INK.muted}" stroke-width="1"/>`,
    ].join('');
  });
  return svgDocument(width, height, [...legendMarks(legend, width), ...marks]);
}

/** Swatch and name of each bar, then the note, on one line above the rows (the note is cut if the names are long). */
function legendMarks(legend: ComparisonLegend, width: number): string[] {
  const middle = MARGIN + LEGEND / 2 - 2;
  const swatchTop = middle - SWATCH.height / 2;
  const marks: string[] = [];
  let x = MARGIN;
  for (const [name, fill] of [
    [cleanLine(legend.before), BEFORE_FILL],
    [cleanLine(legend.after), INK.bar],
  ] as const) {
    const text = fitText(name, width * 0.3, FONT_SIZE);
    marks.push(rect(x, swatchTop, SWATCH.width, SWATCH.height, fill, OUTLINE), textAt(x + SWATCH.width + 5, middle, text));
    x += SWATCH.width + 5 + textWidth(text, FONT_SIZE) + 18;
  }
  const room = width - MARGIN - x;
  if (room > 40) marks.push(textAt(width - MARGIN, middle, fitText(cleanLine(legend.note), room, FONT_SIZE), { anchor: 'end', fill: INK.muted }));
  return marks;
}
