import { create } from 'zustand';

/** Which tactics show their editor; kept while the user visits other screens. */
export const useTacticView = create<{ open: ReadonlySet<string> }>(() => ({ open: new Set<string>() }));

export function setTacticOpen(id: string, open: boolean): void {
  useTacticView.setState((state) => {
    if (state.open.has(id) === open) return state;
    const next = new Set(state.open);
    if (open) next.add(id);
    else next.delete(id);
    return { open: next };
  });
}
