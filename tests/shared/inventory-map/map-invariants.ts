import { expect } from 'vitest';
import { MAP_TEXT, estimateTextWidth } from '../../../shared/inventory-map/text';
import { chipChromeWidth, type MapInput, type MapLayout, type Rect } from '../../../shared/inventory-map/layout';

export const overlaps = (a: Rect, b: Rect) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
const inside = (inner: Rect, outer: Rect) =>
  inner.x >= outer.x && inner.y >= outer.y && inner.x + inner.width <= outer.x + outer.width && inner.y + inner.height <= outer.y + outer.height;

/**
 * What every layout must satisfy, whatever the tree: boxes inside the drawing and apart from each
 * other, chips inside their own card and apart, text that fits its line, nothing across a page edge.
 */
export function expectSoundLayout(layout: MapLayout, context = ''): void {
  const where = (what: string) => `${context} ${what}`;
  for (const box of layout.boxes) {
    expect(box.width, where('box width')).toBeGreaterThan(0);
    expect(box.height, where('box height')).toBeGreaterThan(0);
    expect(box.x, where('box left')).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width, where('box right')).toBeLessThanOrEqual(layout.width);
    expect(box.y + box.height, where('box bottom')).toBeLessThanOrEqual(layout.height);
    for (const text of box.texts) {
      expect(estimateTextWidth(text.text, text.role), where(`text "${text.text}" fits`)).toBeLessThanOrEqual(text.width + 0.01);
      expect(inside({ x: text.x, y: text.y, width: text.width, height: MAP_TEXT[text.role].lineHeight }, box), where(`text "${text.text}" inside`)).toBe(true);
    }
  }
  // Sweep by top edge: only boxes whose vertical spans meet can overlap.
  const sorted = [...layout.boxes].sort((a, b) => a.y - b.y);
  for (let i = 0; i < sorted.length; i++) {
    for (let j = i + 1; j < sorted.length && sorted[j]!.y < sorted[i]!.y + sorted[i]!.height; j++) {
      expect(overlaps(sorted[i]!, sorted[j]!), where(`boxes ${i} and ${j} overlap`)).toBe(false);
    }
  }
  const byBox = new Map<number, Rect[]>();
  for (const chip of layout.chips) {
    const box = layout.boxes[chip.box]!;
    expect(inside(chip, box), where(`chip ${chip.text} inside its card`)).toBe(true);
    expect(box.type === 'unit' ? box.unitId : null, where('chip owner')).toBe(chip.ownerId);
    expect(estimateTextWidth(chip.text, 'chip'), where('chip text fits')).toBeLessThanOrEqual(chip.width - chipChromeWidth(chip.flagged) + 0.01);
    const siblings = byBox.get(chip.box) ?? [];
    for (const other of siblings) expect(overlaps(chip, other), where(`chips overlap in box ${chip.box}`)).toBe(false);
    siblings.push(chip);
    byBox.set(chip.box, siblings);
  }
  if (layout.pages.length > 1) {
    for (const box of layout.boxes) {
      const page = layout.pages.find((candidate) => box.y >= candidate.top && box.y < candidate.top + candidate.height)!;
      const fitsAPage = box.height <= page.height;
      if (fitsAPage) expect(box.y + box.height, where('box crosses a page edge')).toBeLessThanOrEqual(page.top + page.height);
    }
  }
}

/** Each account of the input is drawn exactly once, on its own unit's card (or with the accounts without a unit). */
export function expectEveryAccountOnce(layout: MapLayout, input: MapInput): void {
  const units = new Set(input.units.map((unit) => unit.id));
  const drawn = new Map<string, number>();
  for (const chip of layout.chips) drawn.set(chip.accountId, (drawn.get(chip.accountId) ?? 0) + 1);
  expect(drawn.size).toBe(input.accounts.length);
  for (const account of input.accounts) {
    expect(drawn.get(account.id), account.id).toBe(1);
    const chip = layout.chips.find((candidate) => candidate.accountId === account.id)!;
    expect(chip.ownerId).toBe(account.unitId !== null && units.has(account.unitId) ? account.unitId : null);
  }
}
