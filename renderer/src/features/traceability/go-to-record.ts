import type { CheckTargetKind } from '../../../../shared/action/checks';
import type { ActionPlan } from '../../../../shared/model/action-plan';
import { useApp, type Section } from '../../app/store';
import './go-to-record.css';

/** Every record a link can lead to: the plan checks' kinds, plus the CAME options. */
export type RecordKind = CheckTargetKind | 'came';

/**
 * The element id each screen gives a record, so that a link from anywhere (a plan check, the
 * traceability matrix, "go to the new line") can bring it into view: `swot-<uuid>`,
 * `came-<uuid>`, `objective-<uuid>`, `kpi-<uuid>`, `line-<uuid>`, `tactic-<uuid>`.
 */
export function recordElementId(kind: RecordKind, id: string): string {
  return `${kind}-${id}`;
}

export const SECTION_OF: Record<RecordKind, Section> = {
  swot: 'swot',
  came: 'came',
  objective: 'objectives',
  kpi: 'objectives',
  line: 'lines',
  tactic: 'lines',
};

const WAIT_MS = 2500;
const HIGHLIGHT_MS = 2600;

/**
 * A KPI may be folded inside its objective and a tactic inside its line: when the record itself
 * is not on the screen, its container is the next best place to land.
 */
function candidateIds(plan: ActionPlan | null, kind: RecordKind, id: string): string[] {
  const own = recordElementId(kind, id);
  if (kind === 'kpi') {
    const kpi = plan?.kpis.find((candidate) => candidate.id === id);
    return kpi ? [own, recordElementId('objective', kpi.objectiveId)] : [own];
  }
  if (kind === 'tactic') {
    const tactic = plan?.tactics.find((candidate) => candidate.id === id);
    return tactic ? [own, recordElementId('line', tactic.lineId)] : [own];
  }
  return [own];
}

function reveal(element: HTMLElement): void {
  if (!element.matches('a[href], button, input, select, textarea, [tabindex]')) element.setAttribute('tabindex', '-1');
  const reduced = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  element.scrollIntoView({ block: 'center', behavior: reduced ? 'auto' : 'smooth' });
  element.focus({ preventScroll: true });
  element.classList.add('record-target');
  window.setTimeout(() => element.classList.remove('record-target'), HIGHLIGHT_MS);
}

/**
 * Opens the section where a record is edited and puts it in view with the focus on it. The
 * section renders after the store changes, so the element is looked for over a few frames;
 * when it never shows up the focus goes to the section itself rather than being lost.
 */
export function goToRecord(kind: RecordKind, id: string): void {
  const { action } = useApp.getState();
  useApp.setState({ section: SECTION_OF[kind] });
  const ids = candidateIds(action, kind, id);
  const started = performance.now();
  const attempt = () => {
    // The record's own id is preferred, but only the first frames wait for it alone.
    const settled = performance.now() - started > 300;
    const found = (settled ? ids : ids.slice(0, 1)).map((candidate) => document.getElementById(candidate)).find((element) => element !== null);
    if (found) return reveal(found);
    if (performance.now() - started < WAIT_MS) requestAnimationFrame(attempt);
    else document.getElementById('content')?.focus();
  };
  requestAnimationFrame(attempt);
}
