import { useEffect, useRef } from 'react';
import type { MapLayout } from '../../../../shared/inventory-map/layout';
import { MapCanvas, type CanvasInteraction } from './MapCanvas';
import { useScrollView } from './useScrollView';

/** Drawn beyond the visible edges, so that scrolling does not show blank space before the next frame. */
const OVERSCAN = 400;

interface MapViewportProps {
  layout: MapLayout | null;
  zoom: number;
  /** Draw only what is in view. */
  cull: boolean;
  interaction: CanvasInteraction;
  label: string;
  /** The visible size, for the layout's width and for "show all". */
  onSize: (size: { width: number; height: number }) => void;
  onFocusChip: (accountId: string) => void;
  emptyNote: string | null;
}

/**
 * The scrolling window on the map. Scrolling re-renders only this and the canvas, never the
 * screen around it; the layout is laid out to this window's width divided by the zoom.
 */
export function MapViewport({ layout, zoom, cull, interaction, label, onSize, onFocusChip, emptyNote }: MapViewportProps) {
  const scroller = useRef<HTMLDivElement>(null);
  const view = useScrollView(scroller);

  useEffect(() => {
    if (view.width > 0) onSize({ width: view.width, height: view.height });
  }, [view.width, view.height, onSize]);

  const cullView = cull
    ? { x: view.left / zoom - OVERSCAN, y: view.top / zoom - OVERSCAN, width: view.width / zoom + 2 * OVERSCAN, height: view.height / zoom + 2 * OVERSCAN }
    : null;

  return (
    <div
      ref={scroller}
      className="map-viewport"
      role="region"
      aria-label={label}
      tabIndex={-1}
      data-testid="map-viewport"
      onFocus={(event) => {
        const id = (event.target as HTMLElement).dataset.accountId;
        if (id) onFocusChip(id);
      }}
    >
      {emptyNote && <p className="map-empty">{emptyNote}</p>}
      {layout && (
        <div className="map-sizer" style={{ width: layout.width * zoom, height: layout.height * zoom }}>
          <div className="map-zoom" style={{ transform: `scale(${zoom})` }}>
            <MapCanvas layout={layout} view={cullView} interaction={interaction} />
          </div>
        </div>
      )}
    </div>
  );
}
