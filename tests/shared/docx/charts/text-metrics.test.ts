import { describe, expect, it } from 'vitest';
import { DEJAVU_SANS_WIDTHS, MEASURED_RANGES, fitText, textWidth, wrapText } from '../../../../shared/docx/charts/text-metrics';
import { fontAdvanceWidths } from './ttf-widths';

const FONT_FILES = { regular: 'DejaVuSans.ttf', bold: 'DejaVuSans-Bold.ttf' } as const;

describe('text widths of the charts', () => {
  it.each(Object.entries(FONT_FILES) as ['regular' | 'bold', string][])('match the %s font the rasterizers load, character by character', (weight, file) => {
    const codePoints = MEASURED_RANGES.flatMap(([first, last]) => Array.from({ length: last - first + 1 }, (_, index) => first + index));
    const font = fontAdvanceWidths(file, codePoints);
    expect(font.unitsPerEm).toBe(2048);
    expect(DEJAVU_SANS_WIDTHS[weight].latin).toEqual(font.widths);
    const others = Object.keys(DEJAVU_SANS_WIDTHS[weight].other).map(Number);
    expect(Object.values(DEJAVU_SANS_WIDTHS[weight].other)).toEqual(fontAdvanceWidths(file, others).widths);
  });

  it('measure a line as the sum of its characters, scaled to the font size', () => {
    // "i" is 569/2048 em and "W" 2025/2048 em in DejaVu Sans.
    expect(textWidth('iW', 2048)).toBe(569 + 2025);
    expect(textWidth('iW', 12)).toBeCloseTo((12 * (569 + 2025)) / 2048);
    // Unknown characters (CJK, emoji) count as a full em: wide rather than overlapping.
    expect(textWidth('市😀', 10)).toBe(20);
    expect(textWidth('', 12)).toBe(0);
  });

  it('cut a long label with an ellipsis so it fits, and leave a short one alone', () => {
    expect(fitText('Facebook', 100, 12)).toBe('Facebook');
    const cut = fitText('Servicio Municipal de Deportes y Actividad Física', 120, 12);
    expect(cut.endsWith('…')).toBe(true);
    expect(textWidth(cut, 12)).toBeLessThanOrEqual(120);
    expect('Servicio Municipal de Deportes y Actividad Física'.startsWith(cut.slice(0, -1))).toBe(true);
    // Never half an emoji (a lone surrogate would be an invalid character in the SVG).
    const emoji = fitText('😀😀😀😀😀😀', 40, 12);
    expect(emoji).toMatch(/^(😀)+…$/u);
    expect(fitText('anything', 0, 12)).toBe('…');
  });

  it('wrap at spaces up to the number of lines given, the last one cut with an ellipsis', () => {
    expect(wrapText('Línea 6: Medir para decidir', 300, 12, 2)).toEqual(['Línea 6: Medir para decidir']);
    const lines = wrapText('Línea 4: Comunicación institucional neutral y respetuosa con los datos personales del vecindario', 200, 12, 2);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toBe('Línea 4: Comunicación');
    expect(lines[1]!.endsWith('…')).toBe(true);
    for (const line of lines) expect(textWidth(line, 12)).toBeLessThanOrEqual(200);
    // A word wider than a line is cut, not left to overflow.
    const word = wrapText('Supercalifragilísticoexpialidoso', 60, 12, 2);
    expect(word).toHaveLength(2);
    for (const line of word) expect(textWidth(line, 12)).toBeLessThanOrEqual(60);
    expect(wrapText('', 100, 12, 2)).toEqual([]);
  });
});
