import { MAP_TEXT, estimateTextWidth, type TextMeasure } from '../../../../shared/inventory-map/text';

const CACHE_LIMIT = 50_000;

/**
 * Measures map text with the font the page really uses, so that the layout's line breaks and
 * chip widths match what the browser draws. Widths are kept between layouts (zooming and
 * filtering re-measure the same handles); without a canvas it falls back to the estimate.
 */
export function createCanvasMeasure(): TextMeasure {
  const context = document.createElement('canvas').getContext('2d');
  if (!context) return estimateTextWidth;
  const family = getComputedStyle(document.documentElement).fontFamily || 'sans-serif';
  const cache = new Map<string, number>();
  return (text, role) => {
    const key = `${role}\u0000${text}`;
    const known = cache.get(key);
    if (known !== undefined) return known;
    const style = MAP_TEXT[role];
    context.font = `${style.weight} ${style.size}px ${family}`;
    // Half a pixel more than measured: text drawn in a box of exactly its width may still be cut.
    const width = context.measureText(text).width + 0.5;
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(key, width);
    return width;
  };
}
