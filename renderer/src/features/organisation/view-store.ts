import { create } from 'zustand';
import { ancestorsOf, type UnitIndex } from './unit-tree';

/** What the organisation screen shows (not part of the plan): kept while the user visits other sections. */
interface OrgViewState {
  selectedId: string | null;
  /** Units whose sub-units are hidden; everything is open by default so that nothing is missed. */
  collapsed: ReadonlySet<string>;
}

export const useOrgView = create<OrgViewState>(() => ({ selectedId: null, collapsed: new Set<string>() }));

export function selectUnit(id: string | null): void {
  useOrgView.setState({ selectedId: id });
}

export function setExpanded(ids: readonly string[], expanded: boolean): void {
  useOrgView.setState((state) => {
    const collapsed = new Set(state.collapsed);
    for (const id of ids) {
      if (expanded) collapsed.delete(id);
      else collapsed.add(id);
    }
    return { collapsed };
  });
}

export function collapseAll(ids: readonly string[]): void {
  useOrgView.setState({ collapsed: new Set(ids) });
}

export function expandAll(): void {
  useOrgView.setState({ collapsed: new Set<string>() });
}

/** Opens every unit above `id`, so that it can be seen and focused. */
export function revealUnit(index: UnitIndex, id: string): void {
  const hidden = ancestorsOf(index, id).filter((ancestor) => useOrgView.getState().collapsed.has(ancestor));
  if (hidden.length > 0) setExpanded(hidden, true);
}

/**
 * Puts the keyboard focus on a unit of the tree once it is on screen: after a move or a
 * deletion the row is re-rendered (and a moved DOM node loses focus), so it waits a few frames.
 */
export function focusUnitSoon(id: string, framesLeft = 6): void {
  requestAnimationFrame(() => {
    const item = document.querySelector<HTMLElement>(`[role="tree"] [data-unit-id="${CSS.escape(id)}"]`);
    if (item) item.focus();
    else if (framesLeft > 0) focusUnitSoon(id, framesLeft - 1);
  });
}
