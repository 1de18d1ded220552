/** The sizes the map steps through with "−" and "+". */
export const ZOOM_STEPS = [0.25, 0.33, 0.5, 0.67, 0.8, 0.9, 1, 1.1, 1.25, 1.5, 1.75, 2] as const;
export const MIN_ZOOM = ZOOM_STEPS[0];
export const MAX_ZOOM = ZOOM_STEPS[ZOOM_STEPS.length - 1]!;

export function nextZoom(current: number, direction: 1 | -1): number {
  if (direction > 0) return ZOOM_STEPS.find((step) => step > current + 0.001) ?? MAX_ZOOM;
  return [...ZOOM_STEPS].reverse().find((step) => step < current - 0.001) ?? MIN_ZOOM;
}

/**
 * The largest size, at most 100 %, at which the whole map fits the visible area. The map reflows
 * to the width it is given, so a smaller size also means more columns and a shorter map: the
 * height at each size is asked of the layout itself.
 */
export function zoomToFit(heightAt: (zoom: number) => number, viewHeight: number): number {
  if (viewHeight <= 0 || heightAt(1) <= viewHeight) return 1;
  let low: number = MIN_ZOOM;
  let high = 1;
  for (let i = 0; i < 8; i++) {
    const middle = (low + high) / 2;
    if (heightAt(middle) * middle <= viewHeight) low = middle;
    else high = middle;
  }
  return Math.floor(low * 100) / 100;
}
