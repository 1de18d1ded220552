import type { SwotItem, SwotQuadrant } from '../../../../shared/model/action';

/**
 * The board's reading order. Columns are negative | positive and rows internal | external, so
 * read down the columns it spells D-A-F-O, the Spanish acronym, and C-A-M-E, the order of the
 * strategy verbs (correct, face, maintain, exploit). The document order follows it too, so
 * Tab and a screen reader meet the quadrants in that order.
 */
export const BOARD_ORDER: readonly SwotQuadrant[] = ['weakness', 'threat', 'strength', 'opportunity'];

/** Item ids of each quadrant, in their order on the board. */
export type Columns = Record<SwotQuadrant, string[]>;

export function columnsOf(items: readonly SwotItem[]): Columns {
  const columns: Columns = { strength: [], weakness: [], opportunity: [], threat: [] };
  for (const item of [...items].sort((a, b) => a.position - b.position)) columns[item.quadrant].push(item.id);
  return columns;
}

export function quadrantOf(columns: Columns, id: string): SwotQuadrant | undefined {
  return BOARD_ORDER.find((quadrant) => columns[quadrant].includes(id));
}

/** The columns with `id` taken out of wherever it is and put at `index` of `quadrant`. */
export function placeItem(columns: Columns, id: string, quadrant: SwotQuadrant, index: number): Columns {
  const next: Columns = { strength: [], weakness: [], opportunity: [], threat: [] };
  for (const name of BOARD_ORDER) next[name] = columns[name].filter((other) => other !== id);
  const target = next[quadrant];
  target.splice(Math.max(0, Math.min(index, target.length)), 0, id);
  return next;
}
