/**
 * Focuses an element that the next renders will bring (a card that moved to another quadrant,
 * the card a deleted one leaves behind). Looks for it over a few frames, then gives up quietly.
 */
export function focusSoon(find: () => HTMLElement | null | undefined, frames = 30): void {
  const attempt = (left: number) => {
    const element = find();
    if (element) {
      element.focus();
      return;
    }
    if (left > 0) requestAnimationFrame(() => attempt(left - 1));
  };
  requestAnimationFrame(() => attempt(frames));
}

/** A long text cut for a message read aloud or shown in a line. */
export function shortText(text: string, max = 80): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  return clean.length <= max ? clean : `${clean.slice(0, max - 1).trimEnd()}…`;
}
