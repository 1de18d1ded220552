import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { estimateTextWidth, truncateText, wrapText } from '../../../shared/inventory-map/text';

const measure = estimateTextWidth;

describe('map text fitting', () => {
  it('keeps text that fits, and shortens what does not with an ellipsis', () => {
    expect(truncateText('@cultura', 200, 'chip', measure)).toBe('@cultura');
    const cut = truncateText('@ayuntamiento_de_villanueva_del_rio', 90, 'chip', measure);
    expect(cut.endsWith('…')).toBe(true);
    expect(measure(cut, 'chip')).toBeLessThanOrEqual(90);
    expect(measure(truncateText(cut.slice(0, -1) + 'xx', 90, 'chip', measure), 'chip')).toBeLessThanOrEqual(90);
  });

  it('wraps on spaces, splits a word longer than a line, and never exceeds the lines allowed', () => {
    expect(wrapText('Servicio de Deportes', 1000, 'name', measure, 3)).toEqual(['Servicio de Deportes']);
    expect(wrapText('Servicio de Deportes', 90, 'name', measure, 3)).toEqual(['Servicio de', 'Deportes']);
    const long = wrapText('Ayuntamientodevillanuevadelríoseguraysuspedanías', 100, 'name', measure, 5);
    expect(long.length).toBeGreaterThan(1);
    expect(long.join('')).toBe('Ayuntamientodevillanuevadelríoseguraysuspedanías');
    expect(wrapText('   ', 100, 'name', measure, 3)).toEqual([]);
  });

  it('any text, any width: every line fits, at most maxLines, and the words keep their order', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), fc.integer({ min: 20, max: 600 }), fc.integer({ min: 1, max: 4 }), (text, width, maxLines) => {
        const lines = wrapText(text, width, 'detail', measure, maxLines);
        expect(lines.length).toBeLessThanOrEqual(maxLines);
        for (const line of lines) expect(measure(line, 'detail')).toBeLessThanOrEqual(width);
        const kept = lines.join(' ').replace(/…$/, '').replace(/\s+/g, '');
        expect(text.replace(/\s+/g, '').startsWith(kept)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
