/**
 * Records of the action screens are found by element id (`objective-<uuid>`, `kpi-<uuid>`,
 * `line-<uuid>`, `tactic-<uuid>`): the convention of traceability/go-to-record, which other
 * screens use to bring the user here. Every such container is always rendered and focusable
 * (tabIndex -1); a folded tactic opens when it receives focus.
 */
export { recordElementId } from '../traceability/go-to-record';

/** Puts the focus on a record just created or moved, and scrolls it into view. */
export function focusRecord(elementId: string): boolean {
  const element = document.getElementById(elementId);
  if (!element) return false;
  // Focus first: a folded tactic opens on focus, and the scroll then accounts for its full height.
  element.focus({ preventScroll: true });
  requestAnimationFrame(() => element.scrollIntoView({ block: 'nearest' }));
  return true;
}
