/**
 * Version labels as public bodies number their plans: drafts 0.1, 0.2…; the approved plan 1.0;
 * the draft that follows it 1.1; the next approval 2.0. A label that is not a number keeps its
 * text and gains a suffix, so that nothing the planner wrote is lost.
 */
export function nextDraftLabel(approved: string): string {
  const match = /^(\d+)(?:\.(\d+))?$/.exec(approved.trim());
  if (!match) return `${approved.trim()}.1`;
  return `${match[1]}.${Number(match[2] ?? 0) + 1}`;
}

/** The label proposed when a draft is approved: the next whole number. */
export function nextApprovedLabel(draft: string): string {
  const match = /^(\d+)(?:\.\d+)?$/.exec(draft.trim());
  return match ? `${Number(match[1]) + 1}.0` : '1.0';
}
