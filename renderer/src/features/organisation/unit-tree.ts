import type { OrgUnit } from '../../../../shared/model/units';

/** The units as a tree: who is where, in the order the engine keeps them. */
export interface UnitIndex {
  byId: ReadonlyMap<string, OrgUnit>;
  /** Children of each unit; the key null holds the top level. */
  children: ReadonlyMap<string | null, readonly OrgUnit[]>;
}

/** Where a unit sits: its parent, and its index among its siblings once it is taken out of them (as 'unit.move' reads it). */
export interface Placement {
  parentId: string | null;
  index: number;
}

export interface TreeRow {
  unit: OrgUnit;
  /** 1 for the top level, as aria-level counts. */
  level: number;
  posInSet: number;
  setSize: number;
  hasChildren: boolean;
  expanded: boolean;
}

export interface TreeEntry {
  unit: OrgUnit;
  /** 0 for the top level. */
  depth: number;
}

const EMPTY: readonly OrgUnit[] = [];

// Same order as the engine's `ORDER BY position, name` (SQLite compares text by code units, as `<` does).
function byPosition(a: OrgUnit, b: OrgUnit): number {
  if (a.position !== b.position) return a.position - b.position;
  return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}

export function indexUnits(units: readonly OrgUnit[]): UnitIndex {
  const byId = new Map(units.map((unit) => [unit.id, unit]));
  const children = new Map<string | null, OrgUnit[]>();
  for (const unit of units) {
    // A parent that is not there would hide the unit for ever; show it at the top level instead.
    const parentId = unit.parentId !== null && byId.has(unit.parentId) ? unit.parentId : null;
    const list = children.get(parentId);
    if (list) list.push(unit);
    else children.set(parentId, [unit]);
  }
  for (const list of children.values()) list.sort(byPosition);
  return { byId, children };
}

export function childrenOf(index: UnitIndex, parentId: string | null): readonly OrgUnit[] {
  return index.children.get(parentId) ?? EMPTY;
}

/** The parent as the tree shows it (null for the top level, also when the stored parent is missing). */
export function parentOf(index: UnitIndex, id: string): string | null {
  const parentId = index.byId.get(id)?.parentId ?? null;
  return parentId !== null && index.byId.has(parentId) ? parentId : null;
}

/** The rows a reader sees, top to bottom: the children of a collapsed unit are left out. */
export function visibleRows(index: UnitIndex, collapsed: ReadonlySet<string>): TreeRow[] {
  const rows: TreeRow[] = [];
  const seen = new Set<string>();
  const walk = (parentId: string | null, level: number) => {
    const siblings = childrenOf(index, parentId);
    siblings.forEach((unit, position) => {
      if (seen.has(unit.id)) return;
      seen.add(unit.id);
      const hasChildren = childrenOf(index, unit.id).length > 0;
      const expanded = hasChildren && !collapsed.has(unit.id);
      rows.push({ unit, level, posInSet: position + 1, setSize: siblings.length, hasChildren, expanded });
      if (expanded) walk(unit.id, level + 1);
    });
  };
  walk(null, 1);
  return rows;
}

/** Every unit in tree order with its depth: what a "choose a unit" list shows. */
export function treeOrder(index: UnitIndex): TreeEntry[] {
  return visibleRows(index, new Set()).map((row) => ({ unit: row.unit, depth: row.level - 1 }));
}

/** The unit and every unit below it. */
export function subtreeOf(index: UnitIndex, id: string): Set<string> {
  const found = new Set<string>([id]);
  const queue = [id];
  for (let next = queue.pop(); next !== undefined; next = queue.pop()) {
    for (const child of childrenOf(index, next)) {
      if (found.has(child.id)) continue;
      found.add(child.id);
      queue.push(child.id);
    }
  }
  return found;
}

/** Ids from the top level down to the unit's parent. */
export function ancestorsOf(index: UnitIndex, id: string): string[] {
  const chain: string[] = [];
  for (let parentId = parentOf(index, id); parentId !== null && !chain.includes(parentId); parentId = parentOf(index, parentId)) {
    chain.unshift(parentId);
  }
  return chain;
}

export function placementOf(index: UnitIndex, id: string): Placement {
  const parentId = parentOf(index, id);
  return { parentId, index: childrenOf(index, parentId).findIndex((unit) => unit.id === id) };
}

export type KeyboardMove = 'up' | 'down' | 'indent' | 'outdent';

/** Where a keyboard move takes the unit, or null when that move is not possible from where it is. */
export function keyboardPlacement(index: UnitIndex, id: string, move: KeyboardMove): Placement | null {
  if (!index.byId.has(id)) return null;
  const here = placementOf(index, id);
  const siblings = childrenOf(index, here.parentId);
  switch (move) {
    case 'up':
      return here.index > 0 ? { parentId: here.parentId, index: here.index - 1 } : null;
    case 'down':
      return here.index < siblings.length - 1 ? { parentId: here.parentId, index: here.index + 1 } : null;
    case 'indent': {
      const previous = siblings[here.index - 1];
      return previous ? { parentId: previous.id, index: childrenOf(index, previous.id).length } : null;
    }
    case 'outdent': {
      if (here.parentId === null) return null;
      const parent = placementOf(index, here.parentId);
      return { parentId: parent.parentId, index: parent.index + 1 };
    }
  }
}

/** Where a dragged unit lands relative to the unit under the pointer. */
export type DropZone = 'before' | 'after' | 'inside-first' | 'inside-last';

/** The placement a drop means, or null when it would change nothing or put a unit inside itself. */
export function dropPlacement(index: UnitIndex, activeId: string, overId: string, zone: DropZone): Placement | null {
  if (activeId === overId || !index.byId.has(activeId) || !index.byId.has(overId)) return null;
  if (subtreeOf(index, activeId).has(overId)) return null;
  let target: Placement;
  if (zone === 'inside-first' || zone === 'inside-last') {
    const others = childrenOf(index, overId).filter((unit) => unit.id !== activeId);
    target = { parentId: overId, index: zone === 'inside-first' ? 0 : others.length };
  } else {
    const parentId = parentOf(index, overId);
    const others = childrenOf(index, parentId).filter((unit) => unit.id !== activeId);
    const overIndex = others.findIndex((unit) => unit.id === overId);
    target = { parentId, index: zone === 'before' ? overIndex : overIndex + 1 };
  }
  return samePlacement(target, placementOf(index, activeId)) ? null : target;
}

export function samePlacement(a: Placement, b: Placement): boolean {
  return a.parentId === b.parentId && a.index === b.index;
}

/** The drop zone for a pointer at `offset` pixels from the top of a row `height` pixels tall. */
export function zoneAt(offset: number, height: number, rowIsOpenParent: boolean): DropZone {
  const ratio = height > 0 ? offset / height : 0.5;
  if (ratio < 0.25) return 'before';
  // Just below an open unit is where its first child sits: the line drawn there means "inside, first".
  if (ratio > 0.75) return rowIsOpenParent ? 'inside-first' : 'after';
  return 'inside-last';
}
