import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { resvgRasterizer } from '../../shared/docx/charts/resvg-rasterizer';
import type { SvgRasterizer } from '../../shared/docx/types';

const FONT_FILES = ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf'];

/**
 * The document's charts from SVG to PNG in Node (command line, tests, benchmarks): resvg's wasm
 * and the DejaVu fonts are read from node_modules the first time a chart is drawn.
 */
export const rasterizeForNode: SvgRasterizer = resvgRasterizer(async () => {
  const require = createRequire(import.meta.url);
  const [wasm, ...fonts] = await Promise.all([
    readFile(require.resolve('@resvg/resvg-wasm/index_bg.wasm')),
    ...FONT_FILES.map((file) => readFile(require.resolve(`dejavu-fonts-ttf/ttf/${file}`))),
  ]);
  return { wasm, fonts };
});
