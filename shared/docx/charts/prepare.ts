import type { DocumentContext } from '../context';
import { readImageInfo } from '../image-size';
import type { DocumentOptions } from '../types';
import { planCharts, type ChartId } from './plan-charts';

/** A chart ready to place: its PNG, the size it takes on the page (pixels at 96 dpi) and its words. */
export interface PreparedChart {
  png: Uint8Array;
  width: number;
  height: number;
  caption: string;
  description: string;
}

export type PreparedCharts = ReadonlyMap<ChartId, PreparedChart>;

/**
 * Drawn at twice the size they take on the page: about 190 dpi, sharp on paper, while a chart
 * stays a few tens of kilobytes.
 */
export const RASTER_SCALE = 2;

/**
 * Every chart of the plan drawn and turned into PNG before the chapters are composed: the host's
 * rasterizer is asynchronous, and the chapters are built in one synchronous pass that only places
 * what is ready. Without a rasterizer there are no charts; a chart that fails to draw is left
 * out, like one the plan has no data for, since the table beside it carries the same figures.
 */
export async function prepareCharts(context: DocumentContext, options: Pick<DocumentOptions, 'rasterize' | 'excludedParts'>): Promise<PreparedCharts> {
  const prepared = new Map<ChartId, PreparedChart>();
  const { rasterize } = options;
  if (!rasterize) return prepared;
  for (const chart of planCharts(context, options.excludedParts)) {
    let png: Uint8Array;
    try {
      png = await rasterize(chart.drawing.svg, chart.drawing.width * RASTER_SCALE);
    } catch {
      continue;
    }
    // The host's bytes are checked like any image: only a real PNG goes into the document.
    const info = readImageInfo(png);
    if (info?.kind !== 'png') continue;
    const width = chart.drawing.width;
    prepared.set(chart.id, { png, width, height: Math.round((width * info.height) / info.width), caption: chart.caption, description: chart.description });
  }
  return prepared;
}
