import { describe, expect, it } from 'vitest';
import { barChartSvg, comparisonChartSvg, type Bar, type ComparisonRow } from '../../../../shared/docx/charts';
import { FONT_SIZE } from '../../../../shared/docx/charts/svg';
import { textWidth } from '../../../../shared/docx/charts/text-metrics';
import { decodeEntities } from '../docx-reader';
import { xmlProblem } from '../xml-wellformed';

interface Mark {
  x: number;
  y: number;
  width: number;
  height: number;
  fill: string;
}

/** The bars: every rect but the white ground (and, in the comparison chart, the legend swatches above the rows). */
function bars(svg: string, below = 0): Mark[] {
  return [...svg.matchAll(/<rect x="([^"]+)" y="([^"]+)" width="([^"]+)" height="([^"]+)" fill="([^"]+)"/g)]
    .map(([, x, y, width, height, fill]) => ({ x: Number(x), y: Number(y), width: Number(width), height: Number(height), fill: fill! }))
    .filter((mark) => mark.y >= below);
}

function texts(svg: string): string[] {
  return [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map(([, text]) => decodeEntities(text!));
}

function zeroLineX(svg: string): number {
  return Number(/<line x1="([^"]+)"/.exec(svg)?.[1]);
}

const bar = (label: string, value: number, valueText = String(value)): Bar => ({ label, value, valueText });

// What must never reach the SVG, raw or as a character reference (see hostile-text.test.ts).
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF\uD800-\uDFFF\u202A-\u202E\u2066-\u2069]/u;
const HOSTILE = [
  '</text><script>alert(1)</script>',
  'Ayto & "Cía" <![CDATA[x]]> ]]> \'o\'',
  '\u0001\u0008\u000B\u001F\u202Eexe.pdf\uD800\uFFFE\uFFFF\uDC00',
  '&amp; &#0; &lt;',
  `${'Ω'.repeat(100_000)}`,
];

describe('bar chart SVG', () => {
  it('stays well-formed XML with hostile labels and values, which read as typed (cleaned, escaped, maybe cut)', () => {
    const drawing = barChartSvg(HOSTILE.map((label, index) => bar(label, index + 1, label)));
    expect(xmlProblem(drawing.svg)).toBeNull();
    expect(FORBIDDEN.test(decodeEntities(drawing.svg))).toBe(false);
    expect(drawing.svg).not.toContain('<script');
    const drawn = texts(drawing.svg);
    expect(drawn).toContain('&amp; &#0; &lt;');
    expect(drawn.some((text) => text.startsWith('</text><script>'))).toBe(true);
    expect(drawn.some((text) => text.startsWith('Ayto & "Cía"'))).toBe(true);
    // A megabyte of name is one cut line, not a megabyte of drawing.
    expect(drawing.svg.length).toBeLessThan(10_000);
  });

  it('draws each bar in proportion to its value, from the same zero line', () => {
    const drawing = barChartSvg([bar('Facebook', 12), bar('Instagram', 6), bar('X', 3), bar('Blog', 0)]);
    const [a, b, c, d] = bars(drawing.svg, 1);
    const zero = zeroLineX(drawing.svg);
    for (const mark of [a, b, c, d]) expect(mark!.x).toBeCloseTo(zero, 0);
    expect(b!.width / a!.width).toBeCloseTo(0.5, 2);
    expect(c!.width / a!.width).toBeCloseTo(0.25, 2);
    expect(d!.width).toBe(0);
    // The longest bar and its value fill the width, without running off it.
    expect(a!.x + a!.width + 6 + textWidth('12', FONT_SIZE)).toBeLessThanOrEqual(drawing.width);
    expect(a!.x + a!.width).toBeGreaterThan(drawing.width * 0.8);
    expect(texts(drawing.svg)).toEqual(['Facebook', '12', 'Instagram', '6', 'X', '3', 'Blog', '0']);
  });

  it('handles no category, one, and many (the drawing grows a row at a time)', () => {
    const none = barChartSvg([]);
    expect(xmlProblem(none.svg)).toBeNull();
    expect(bars(none.svg, 1)).toHaveLength(0);

    const one = barChartSvg([bar('Facebook', 5)]);
    expect(bars(one.svg, 1)).toHaveLength(1);
    expect(one.height).toBeGreaterThan(none.height);

    const heights = [2, 8, 16].map((count) => barChartSvg(Array.from({ length: count }, (_, index) => bar(`Unidad ${index}`, index))).height);
    expect(heights[1]! - heights[0]!).toBe(6 * 24);
    expect(heights[2]! - heights[1]!).toBe(8 * 24);
    const many = barChartSvg(Array.from({ length: 16 }, (_, index) => bar(`Unidad ${index}`, 16 - index)));
    expect(bars(many.svg, 1).map((mark) => Math.round(mark.width))).toEqual([...bars(many.svg, 1)].map((mark) => Math.round(mark.width)).sort((p, q) => q - p));
  });

  it('keeps labels in their column: long ones take a second line and then an ellipsis', () => {
    const long = 'Concejalía de Participación Ciudadana, Transparencia, Gobierno Abierto y Atención a la Ciudadanía';
    const drawing = barChartSvg([bar(long, 3), bar('Policía Local', 1)]);
    const [first] = bars(drawing.svg, 1);
    const labelLines = texts(drawing.svg).filter((text) => text !== '3' && text !== '1' && text !== 'Policía Local');
    expect(labelLines).toHaveLength(2);
    expect(labelLines[1]!.endsWith('…')).toBe(true);
    for (const line of labelLines) expect(6 + textWidth(line, FONT_SIZE)).toBeLessThan(first!.x);
  });

  it('draws negative values leftwards from the zero line, and reads NaN or infinity as zero', () => {
    const drawing = barChartSvg([bar('Sube', 10), bar('Baja', -5), bar('Roto', Number.NaN, '—'), bar('Infinito', Number.POSITIVE_INFINITY, '—')]);
    expect(drawing.svg).not.toMatch(/NaN|Infinity/);
    const [up, down, broken, infinite] = bars(drawing.svg, 1);
    const zero = zeroLineX(drawing.svg);
    expect(up!.x).toBeCloseTo(zero, 0);
    expect(down!.x + down!.width).toBeCloseTo(zero, 0);
    expect(down!.width / up!.width).toBeCloseTo(0.5, 2);
    expect(broken!.width).toBe(0);
    expect(infinite!.width).toBe(0);
  });
});

describe('baseline and target (comparison) chart SVG', () => {
  const legend = { before: 'Valor de partida', after: 'Meta', note: 'Cada indicador, con su propia escala' };
  const row = (label: string, before: number, after: number): ComparisonRow => ({
    label,
    before: { value: before, text: `${before} %` },
    after: { value: after, text: `${after} %` },
  });

  it('puts two bars in each row, each row on its own scale, both values written', () => {
    const drawing = comparisonChartSvg([row('Cuentas con responsable', 69, 100), row('Cuentas inactivas', 8, 0), row('Seguidores', 1_000, 4_000)], legend);
    expect(xmlProblem(drawing.svg)).toBeNull();
    const marks = bars(drawing.svg, 24);
    expect(marks).toHaveLength(6);
    const [before1, after1, before2, after2, before3, after3] = marks;
    // The larger value of each row spans the same length, whatever its size.
    expect(after1!.width).toBeCloseTo(before2!.width, 1);
    expect(after3!.width).toBeCloseTo(after1!.width, 1);
    expect(before1!.width / after1!.width).toBeCloseTo(0.69, 2);
    expect(after2!.width).toBe(0);
    expect(before3!.width / after3!.width).toBeCloseTo(0.25, 2);
    // Told apart without colour: pale before, dark after, as in the legend.
    expect(new Set([before1, before2, before3].map((mark) => mark!.fill)).size).toBe(1);
    expect(before1!.fill).not.toBe(after1!.fill);
    expect(texts(drawing.svg)).toEqual(expect.arrayContaining(['Valor de partida', 'Meta', 'Cada indicador, con su propia escala', '69 %', '100 %', '8 %', '0 %']));
  });

  it('stays well-formed with hostile labels, values and legend', () => {
    const hostile = HOSTILE.map((label): ComparisonRow => ({ label, before: { value: -3, text: label }, after: { value: Number.NaN, text: label } }));
    const drawing = comparisonChartSvg(hostile, { before: HOSTILE[0]!, after: HOSTILE[1]!, note: HOSTILE[2]! });
    expect(xmlProblem(drawing.svg)).toBeNull();
    expect(FORBIDDEN.test(decodeEntities(drawing.svg))).toBe(false);
    expect(drawing.svg).not.toMatch(/NaN|<script/);
    expect(drawing.svg.length).toBeLessThan(20_000);
  });

  it('handles no row and one row', () => {
    expect(xmlProblem(comparisonChartSvg([], legend).svg)).toBeNull();
    expect(bars(comparisonChartSvg([row('Uno', 1, 2)], legend).svg, 24)).toHaveLength(2);
  });
});
