import type { OrgUnit } from '../model/units';

/** A unit in the order of the organisation chart, with how deep it sits and the units above it. */
export interface TreeUnit {
  unit: OrgUnit;
  /** 0 for a top-level unit. */
  depth: number;
  /** Names from the top-level unit down to this one's parent. */
  ancestors: string[];
}

/**
 * The organisation chart in reading order: each unit followed by the units below it, siblings
 * by their position. A unit the walk from the top cannot reach (a parent missing or a loop,
 * which only a damaged or hand-made file holds) still appears, at the end and at the top
 * level, so that none of its accounts goes missing from the document.
 */
export function unitsInTreeOrder(units: readonly OrgUnit[]): TreeUnit[] {
  const known = new Set(units.map((unit) => unit.id));
  const children = new Map<string | null, OrgUnit[]>();
  for (const unit of units) {
    const parent = unit.parentId !== null && known.has(unit.parentId) ? unit.parentId : null;
    const siblings = children.get(parent);
    if (siblings) siblings.push(unit);
    else children.set(parent, [unit]);
  }
  for (const siblings of children.values()) siblings.sort((a, b) => a.position - b.position || a.name.localeCompare(b.name));

  const ordered: TreeUnit[] = [];
  const seen = new Set<string>();
  // An explicit stack rather than recursion: a hand-made file may nest units very deep.
  const visit = (start: OrgUnit) => {
    const stack: TreeUnit[] = [{ unit: start, depth: 0, ancestors: [] }];
    while (stack.length > 0) {
      const entry = stack.pop()!;
      if (seen.has(entry.unit.id)) continue;
      seen.add(entry.unit.id);
      ordered.push(entry);
      const below = children.get(entry.unit.id) ?? [];
      const ancestors = [...entry.ancestors, entry.unit.name];
      for (let i = below.length - 1; i >= 0; i--) stack.push({ unit: below[i]!, depth: entry.depth + 1, ancestors });
    }
  };
  for (const root of children.get(null) ?? []) visit(root);
  for (const unit of units) visit(unit);
  return ordered;
}
