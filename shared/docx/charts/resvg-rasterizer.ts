import { Resvg, initWasm } from '@resvg/resvg-wasm';
import type { SvgRasterizer } from '../types';
import { CHART_FONT } from './svg';

/**
 * What resvg needs, which each host reads its own way (Node from node_modules, the Worker by
 * fetching the bundled files): its wasm and the fonts the charts are drawn with.
 */
export interface ResvgAssets {
  wasm: BufferSource | Response;
  /** DejaVu Sans regular and bold (the charts measure their text with these fonts' widths). */
  fonts: Uint8Array[];
}

/**
 * The SVG → PNG step of the document's charts with resvg, for the hosts to hand to the engine.
 * Not used by the engine itself (it only calls the function it is given); here because Node and
 * the Worker drive resvg the same way. The assets are loaded the first time a chart is drawn,
 * not when the host starts: most sessions never export. Only the bundled fonts are used, never
 * the system's, so a chart looks the same on every machine.
 */
export function resvgRasterizer(loadAssets: () => Promise<ResvgAssets>): SvgRasterizer {
  let fonts: Promise<Uint8Array[]> | null = null;
  const ready = () => {
    fonts ??= loadAssets().then(async (assets) => {
      await initOnce(assets.wasm);
      return assets.fonts;
    });
    // A failed load (a file missing from a broken install) is tried again at the next export.
    fonts.catch(() => (fonts = null));
    return fonts;
  };
  return async (svg, width) => {
    const fontBuffers = await ready();
    const renderer = new Resvg(svg, {
      fitTo: { mode: 'width', value: Math.round(width) },
      font: { fontBuffers, loadSystemFonts: false, defaultFontFamily: CHART_FONT, sansSerifFamily: CHART_FONT },
    });
    try {
      const image = renderer.render();
      try {
        return image.asPng();
      } finally {
        image.free();
      }
    } finally {
      renderer.free();
    }
  };
}

// resvg's wasm is one per program and refuses a second initialisation, however many rasterizers
// (engines, tests) there are.
let initialised: Promise<void> | null = null;

function initOnce(wasm: BufferSource | Response): Promise<void> {
  initialised ??= initWasm(wasm);
  initialised.catch(() => (initialised = null));
  return initialised;
}
