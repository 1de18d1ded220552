import { useLayoutEffect, useMemo, useRef, useState } from 'react';
import { layoutAccountMap, type MapInput, type MapLabels } from '../../../../shared/inventory-map/layout';
import type { TextMeasure } from '../../../../shared/inventory-map/text';
import type { Platform } from '../../../../shared/model/accounts';
import { useT } from '../../i18n/useT';
import { MapCanvas } from './MapCanvas';
import { MapLegend } from './MapLegend';
import type { Paper } from './MapToolbar';

const MM = 96 / 25.4;
const MARGIN_MM = 10;
/**
 * Paper sizes in landscape, in millimetres, and the scale the map is printed at. On A4 the map is
 * drawn at 85 % (text of about 7.5 pt): four columns instead of three, and a town council's map
 * on one or two sheets instead of three.
 */
const PAPER: Record<Paper, { width: number; height: number; scale: number }> = {
  a4: { width: 297, height: 210, scale: 0.85 },
  a3: { width: 420, height: 297, scale: 1 },
};
/** The line at the foot of every page (institution, page number). */
const FOOTER_PX = 20;
/** Kept free at the foot of each page: rounding to whole pixels must never push a page onto a second sheet. */
const SAFETY_PX = 4;

/** The printable area of a sheet, in CSS pixels. */
function printArea(paper: Paper): { width: number; height: number } {
  const size = PAPER[paper];
  return { width: Math.floor((size.width - 2 * MARGIN_MM) * MM), height: Math.floor((size.height - 2 * MARGIN_MM) * MM) - SAFETY_PX };
}

interface MapPrintProps {
  input: MapInput;
  labels: MapLabels;
  measure: TextMeasure;
  folded: ReadonlySet<string>;
  paper: Paper;
  platforms: readonly Platform[];
  institution: string;
  planTitle: string;
  /** Already formatted for the reader. */
  date: string;
  /** Said on the printout when filters leave accounts out. */
  filterNote: string | null;
}

/**
 * The map on paper: a heading with the institution, the plan and the date, the legend, and the
 * map cut into whole pages by the layout itself (no card is split by the printer). Off screen
 * and invisible until printed; the print stylesheet shows it and hides everything else.
 */
export function MapPrint({ input, labels, measure, folded, paper, platforms, institution, planTitle, date, filterNote }: MapPrintProps) {
  const t = useT();
  const header = useRef<HTMLElement>(null);
  const [headerHeight, setHeaderHeight] = useState(160);
  const area = printArea(paper);
  const { scale } = PAPER[paper];
  // The layout works in the map's own pixels; on paper they are `scale` times as large.
  const pageHeight = (area.height - FOOTER_PX) / scale;
  const layout = useMemo(
    () =>
      layoutAccountMap(input, {
        width: area.width / scale,
        labels,
        measure,
        folded,
        paging: { pageHeight, firstPageHeight: Math.max(120, pageHeight - headerHeight / scale) },
      }),
    [input, labels, measure, folded, area.width, scale, pageHeight, headerHeight],
  );

  // The heading's height depends on the legend's wrapping: measured, then the first page is laid out below it.
  useLayoutEffect(() => {
    const measured = header.current?.offsetHeight;
    if (measured && measured !== headerHeight) setHeaderHeight(measured);
  }, [headerHeight, layout, paper]);

  return (
    <div className="map-print" data-paper={paper} style={{ width: area.width }}>
      {layout.pages.map((page, index) => (
        <div key={index} className="map-print-page" style={{ height: area.height }}>
          {index === 0 && (
            <header ref={header} className="map-print-header">
              <p className="map-print-institution">{institution}</p>
              <h1>{t('map.print.heading')}</h1>
              <p className="map-print-subtitle">
                {planTitle} · {date}
              </p>
              {filterNote && <p className="map-print-filter">{filterNote}</p>}
              <MapLegend platforms={platforms} />
            </header>
          )}
          <div className="map-print-band" style={{ height: page.height * scale }}>
            <div className="map-print-scale" style={{ transform: `scale(${scale})` }}>
              <MapCanvas layout={layout} view={null} band={page} />
            </div>
          </div>
          <p className="map-print-footer">
            {institution} · {t('map.print.page')} · {index + 1}/{layout.pages.length}
          </p>
        </div>
      ))}
    </div>
  );
}
