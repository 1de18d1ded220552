import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/**
 * Advance widths read straight from a TrueType file (head, hhea, hmtx and the Windows Unicode
 * cmap, format 4), to check the table the charts measure text with against the font the
 * rasterizer draws with: a new DejaVu release with other widths fails the test, not the layout.
 */
export function fontAdvanceWidths(fileName: string, codePoints: readonly number[]): { unitsPerEm: number; widths: (number | null)[] } {
  const path = createRequire(import.meta.url).resolve(`dejavu-fonts-ttf/ttf/${fileName}`);
  const font = readFileSync(path);
  const u16 = (at: number) => font.readUInt16BE(at);
  const tables = new Map<string, number>();
  for (let i = 0; i < u16(4); i++) tables.set(font.toString('latin1', 12 + 16 * i, 16 + 16 * i), font.readUInt32BE(20 + 16 * i));
  const table = (tag: string) => {
    const at = tables.get(tag);
    if (at === undefined) throw new Error(`${fileName} has no ${tag} table`);
    return at;
  };
  const metricsCount = u16(table('hhea') + 34);
  const cmap = table('cmap');
  let subtable: number | undefined;
  for (let i = 0; i < u16(cmap + 2); i++) {
    const record = cmap + 4 + 8 * i;
    if (u16(record) === 3 && u16(record + 2) === 1) subtable = cmap + font.readUInt32BE(record + 4);
  }
  if (subtable === undefined || u16(subtable) !== 4) throw new Error(`${fileName} has no format 4 Unicode cmap`);
  const segments = u16(subtable + 6) / 2;
  const ends = subtable + 14;
  const starts = ends + 2 * segments + 2;
  const deltas = starts + 2 * segments;
  const offsets = deltas + 2 * segments;
  const glyphOf = (codePoint: number): number => {
    for (let s = 0; s < segments; s++) {
      if (codePoint > u16(ends + 2 * s)) continue;
      const start = u16(starts + 2 * s);
      if (codePoint < start) return 0;
      const delta = font.readInt16BE(deltas + 2 * s);
      const offset = u16(offsets + 2 * s);
      if (offset === 0) return (codePoint + delta) & 0xffff;
      const glyph = u16(offsets + 2 * s + offset + 2 * (codePoint - start));
      return glyph === 0 ? 0 : (glyph + delta) & 0xffff;
    }
    return 0;
  };
  const advance = (glyph: number) => u16(table('hmtx') + 4 * Math.min(glyph, metricsCount - 1));
  return {
    unitsPerEm: u16(table('head') + 18),
    widths: codePoints.map((codePoint) => {
      const glyph = glyphOf(codePoint);
      return glyph === 0 ? null : advance(glyph);
    }),
  };
}
