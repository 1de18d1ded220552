import { describe, expect, it } from 'vitest';
import { rasterizeForNode } from '../../../electron/node/rasterize';
import { barChartSvg } from '../../../shared/docx/charts';
import { CHART_FONT, FONT_SIZE } from '../../../shared/docx/charts/svg';
import { textWidth } from '../../../shared/docx/charts/text-metrics';
import { readImageInfo } from '../../../shared/docx/image-size';
import { decodeRgbaPng, isInk, type RgbaImage } from './png-pixels';

/** The columns in which some pixel of the rows [top, bottom) is ink. */
function inkColumns(image: RgbaImage, top: number, bottom: number): number[] {
  const columns: number[] = [];
  for (let x = 0; x < image.width; x++) {
    for (let y = top; y < bottom; y++) {
      if (isInk(image, x, y)) {
        columns.push(x);
        break;
      }
    }
  }
  return columns;
}

describe('the charts rasterizer for Node (resvg + bundled DejaVu Sans)', () => {
  it('writes a real PNG of the width asked, keeping the drawing’s proportions', async () => {
    const drawing = barChartSvg([
      { label: 'Facebook', value: 12, valueText: '12' },
      { label: 'Instagram', value: 6, valueText: '6' },
    ]);
    for (const width of [600, 1200]) {
      const png = await rasterizeForNode(drawing.svg, width);
      const info = readImageInfo(png);
      expect(info).toEqual({ kind: 'png', width, height: Math.round((drawing.height * width) / drawing.width) });
      const image = decodeRgbaPng(png);
      expect(image.width).toBe(width);
      // Opaque white where nothing is drawn: the chart carries its own page.
      expect([...image.pixels.subarray(0, 4)]).toEqual([255, 255, 255, 255]);
    }
  });

  it('draws text with the bundled font, as wide as the charts measure it (so labels never run into bars)', async () => {
    const text = 'Concejalía de Participación Ciudadana (Ñ, ü, ç, l·l) 1.234 €';
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="600" height="40" viewBox="0 0 600 40" font-family="${CHART_FONT}" font-size="${FONT_SIZE}"><rect width="600" height="40" fill="#fff"/><text x="10" y="25" fill="#000">${text}</text></svg>`;
    const image = decodeRgbaPng(await rasterizeForNode(svg, 1200));
    const columns = inkColumns(image, 0, image.height);
    expect(columns.length).toBeGreaterThan(0);
    const drawn = (columns[columns.length - 1]! - columns[0]!) / 2;
    // Ink spans the advance widths less the side bearings of the first and last glyphs (and kerning).
    expect(drawn).toBeGreaterThan(textWidth(text, FONT_SIZE) - 6);
    expect(drawn).toBeLessThanOrEqual(textWidth(text, FONT_SIZE));
  });

  it('draws bars as long as their values, starting at the zero line', async () => {
    const drawing = barChartSvg([
      { label: 'A', value: 10, valueText: '' },
      { label: 'B', value: 5, valueText: '' },
    ]);
    const image = decodeRgbaPng(await rasterizeForNode(drawing.svg, 1200));
    // The middle of each 24 px row (at 2×), past the label column.
    const barLength = (row: number) => inkColumns(image, (6 + 24 * row + 12) * 2, (6 + 24 * row + 12) * 2 + 1).filter((x) => x > 60).length;
    const [first, second] = [barLength(0), barLength(1)];
    expect(first).toBeGreaterThan(800);
    expect(second / first).toBeCloseTo(0.5, 1);
  });

  it('refuses what is not SVG, as a rejected promise the document can survive', async () => {
    await expect(rasterizeForNode('<not svg', 100)).rejects.toBeDefined();
  });
});
