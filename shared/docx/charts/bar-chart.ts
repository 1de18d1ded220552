import { cleanLine } from '../sanitize';
import { CHART_WIDTH, FONT_SIZE, INK, LINE_HEIGHT, finiteOr0, labelAt, linearScale, px, rect, svgDocument, textAt, type ChartDrawing } from './svg';
import { textWidth, wrapText } from './text-metrics';

/** One category: its name, its value (the bar's length) and the value as the document writes it. */
export interface Bar {
  label: string;
  value: number;
  valueText: string;
}

const ROW = 24;
const ROW_PADDING = 5;
const BAR = 15;
const MARGIN = 6;
const LABEL_GAP = 10;
const VALUE_GAP = 6;
/** Longer names go on a second line, then are cut with an ellipsis; the table beside the chart has them whole. */
const LABEL_SHARE = 0.42;
const LABEL_LINES = 2;

/**
 * Horizontal bars, one per category in the order given: the name on the left, the value written
 * at the end of its bar. No colour carries meaning and every value is written, so the chart reads
 * the same printed in grey; there is no title inside (the caption under it is the title).
 */
export function barChartSvg(bars: readonly Bar[], width: number = CHART_WIDTH): ChartDrawing {
  const labels = bars.map((bar) => cleanLine(bar.label));
  const valueTexts = bars.map((bar) => cleanLine(bar.valueText));
  const labelColumn = Math.min(width * LABEL_SHARE, Math.max(0, ...labels.map((label) => textWidth(label, FONT_SIZE))));
  const labelLines = labels.map((label) => wrapText(label, labelColumn, FONT_SIZE, LABEL_LINES));
  const valueColumn = Math.max(0, ...valueTexts.map((text) => textWidth(text, FONT_SIZE))) + VALUE_GAP;
  const values = bars.map((bar) => finiteOr0(bar.value));
  const anyNegative = values.some((value) => value < 0);
  const left = MARGIN + labelColumn + LABEL_GAP + (anyNegative ? valueColumn : 0);
  const right = width - MARGIN - (values.some((value) => value > 0) || !anyNegative ? valueColumn : 0);
  const x = linearScale(values, left, right);
  const zero = x(0);

  const marks: string[] = [];
  let top = MARGIN;
  bars.forEach((_, index) => {
    const lines = labelLines[index]!;
    const row = Math.max(ROW, lines.length * LINE_HEIGHT + 2 * ROW_PADDING);
    const middle = top + row / 2;
    const value = values[index]!;
    const end = x(value);
    const valueText = valueTexts[index]!;
    marks.push(
      labelAt(MARGIN + labelColumn, middle, lines),
      rect(Math.min(zero, end), middle - BAR / 2, Math.abs(end - zero), BAR, INK.bar),
      value < 0 ? textAt(end - VALUE_GAP, middle, valueText, { anchor: 'end' }) : textAt(end + VALUE_GAP, middle, valueText),
    );
    top += row;
  });
  const height = Math.ceil(top + MARGIN);
  // The zero line: where every bar starts, and what a zero-length bar stands on.
  marks.push(`<line x1="${px(zero)}" y1="${MARGIN}" x2="${px(zero)}" y2="${px(top)}" stroke="${INK.muted}" stroke-width="1"/>`);
  return svgDocument(width, height, marks);
}
