import { COLORS } from '../styles';
import { cleanLine } from '../sanitize';

/** A chart drawn as SVG, and the size it takes on the page in pixels at 96 dpi (what docx sizes images in). */
export interface ChartDrawing {
  svg: string;
  width: number;
  height: number;
}

/** The family the rasterizers load (DejaVu Sans, bundled): text measured here is drawn with the same widths everywhere. */
export const CHART_FONT = 'DejaVu Sans';
/** 12 px on a 600 px wide chart placed 16 cm wide: about 9 pt on paper, as the captions. */
export const FONT_SIZE = 12;
/** Fits the 16 cm text width of a portrait page (605 px) with a little room. */
export const CHART_WIDTH = 600;

export const INK = {
  text: `#${COLORS.text}`,
  muted: `#${COLORS.muted}`,
  bar: `#${COLORS.accent}`,
  soft: `#${COLORS.accentSoft}`,
  rule: `#${COLORS.rule}`,
  paper: '#FFFFFF',
} as const;

/**
 * Text for an SVG text node or attribute. Labels come from the plan file, which may be hostile:
 * characters XML forbids and bidi overrides are removed (as everywhere in the document), the
 * text is made one line, and markup characters are escaped.
 */
export function svgText(value: string): string {
  return cleanLine(value).replace(/[&<>"']/g, (character) => ENTITIES[character]!);
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Coordinates to a tenth of a pixel: enough at 2× and keeps the SVG short. */
export function px(value: number): string {
  return String(Math.round(value * 10) / 10);
}

export type Anchor = 'start' | 'end';

/** A line of text whose vertical middle sits at `middleY` (resvg and Word renderers differ on dominant-baseline, so the baseline is placed by hand). */
export function textAt(x: number, middleY: number, content: string, options: { anchor?: Anchor; fill?: string } = {}): string {
  const anchor = options.anchor === 'end' ? ' text-anchor="end"' : '';
  // DejaVu's lowercase and digits are centred about 0.36 em above the baseline.
  return `<text x="${px(x)}" y="${px(middleY + FONT_SIZE * 0.36)}"${anchor} fill="${options.fill ?? INK.text}">${svgText(content)}</text>`;
}

/** Between the baselines of a label's lines. */
export const LINE_HEIGHT = 14;

/** A label of one or more lines, right-aligned at `right`, the block centred on `middleY`. */
export function labelAt(right: number, middleY: number, lines: readonly string[]): string {
  const first = middleY - ((lines.length - 1) * LINE_HEIGHT) / 2;
  return lines.map((line, index) => textAt(right, first + index * LINE_HEIGHT, line, { anchor: 'end' })).join('');
}

export function rect(x: number, y: number, width: number, height: number, fill: string, extra = ''): string {
  return `<rect x="${px(x)}" y="${px(y)}" width="${px(Math.max(0, width))}" height="${px(height)}" fill="${fill}"${extra}/>`;
}

/** The whole drawing: a white ground (a transparent PNG turns dark text invisible on a dark screen), then the marks. */
export function svgDocument(width: number, height: number, body: readonly string[], defs = ''): ChartDrawing {
  const svg = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${CHART_FONT}" font-size="${FONT_SIZE}">`,
    defs === '' ? '' : `<defs>${defs}</defs>`,
    `<rect width="${width}" height="${height}" fill="${INK.paper}"/>`,
    ...body,
    '</svg>',
  ].join('');
  return { svg, width, height };
}

/**
 * Where values fall along a bar: zero and every value fit between `left` and `right`, so a
 * negative value (a KPI may go below zero) grows leftwards from the zero line.
 */
export function linearScale(values: readonly number[], left: number, right: number): (value: number) => number {
  const finite = values.filter(Number.isFinite);
  const low = Math.min(0, ...finite);
  const high = Math.max(0, ...finite);
  const span = high - low || 1;
  return (value) => left + ((finiteOr0(value) - low) / span) * (right - left);
}

export function finiteOr0(value: number): number {
  return Number.isFinite(value) ? value : 0;
}
