// Proposed home: tests/renderer/organisation/unit-tree.test.ts (the organisation screen's tree logic against the real engine).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { engineWithPlan } from '../../shared/helpers';
import {
  dropPlacement,
  indexUnits,
  keyboardPlacement,
  placementOf,
  subtreeOf,
  visibleRows,
  zoneAt,
  type DropZone,
  type KeyboardMove,
} from '../../../renderer/src/features/organisation/unit-tree';

/** A random tree: unit i hangs from one of the units before it, or from the top (-1). */
const shapes = fc.array(fc.integer({ min: -1, max: 30 }), { minLength: 2, maxLength: 14 }).map((parents) => parents.map((parent, i) => (parent >= i ? -1 : parent)));

async function planWithTree(parents: number[]) {
  const { engine } = await engineWithPlan();
  const ids: string[] = [];
  for (const [i, parent] of parents.entries()) {
    const unit = await engine.call('unit.create', { name: `U${i}`, parentId: parent < 0 ? null : ids[parent]! });
    ids.push(unit.id);
  }
  const index = async () => indexUnits((await engine.call('inventory.get')).units);
  return { engine, ids, index };
}

describe('organisation tree logic, checked against the engine', () => {
  it('every keyboard move lands exactly where it says, and a refused move is one the engine would not need', async () => {
    await fc.assert(
      fc.asyncProperty(shapes, fc.nat(), fc.constantFrom<KeyboardMove>('up', 'down', 'indent', 'outdent'), async (parents, pick, move) => {
        const { engine, ids, index } = await planWithTree(parents);
        const id = ids[pick % ids.length]!;
        const before = await index();
        const here = placementOf(before, id);
        const siblings = before.children.get(here.parentId) ?? [];
        const placement = keyboardPlacement(before, id, move);
        const possible = { up: here.index > 0, down: here.index < siblings.length - 1, indent: here.index > 0, outdent: here.parentId !== null }[move];
        expect(placement !== null).toBe(possible);
        if (!placement) return;
        await engine.call('unit.move', { id, ...placement });
        const after = await index();
        expect(placementOf(after, id)).toEqual(placement);
        expect(after.byId.size).toBe(ids.length);
        if (move === 'indent') expect(placement.parentId).toBe(siblings[here.index - 1]!.id);
        if (move === 'outdent') expect(placementOf(after, here.parentId!).index).toBe(placement.index - 1);
      }),
      { numRuns: 60 },
    );
  });

  it('a drop never asks for a cycle, never asks for nothing, and lands where it says', async () => {
    await fc.assert(
      fc.asyncProperty(shapes, fc.nat(), fc.nat(), fc.constantFrom<DropZone>('before', 'after', 'inside-first', 'inside-last'), async (parents, a, b, zone) => {
        const { engine, ids, index } = await planWithTree(parents);
        const active = ids[a % ids.length]!;
        const over = ids[b % ids.length]!;
        const before = await index();
        const placement = dropPlacement(before, active, over, zone);
        if (subtreeOf(before, active).has(over)) {
          expect(placement).toBeNull();
          return;
        }
        if (!placement) return;
        expect(placement).not.toEqual(placementOf(before, active));
        await engine.call('unit.move', { id: active, ...placement });
        const after = await index();
        expect(placementOf(after, active)).toEqual(placement);
        // Relative to the unit it was dropped on: before it, after it, or inside it.
        const overAt = placementOf(after, over);
        if (zone === 'before') expect({ parent: placement.parentId, next: overAt.index }).toEqual({ parent: overAt.parentId, next: placement.index + 1 });
        if (zone === 'after') expect({ parent: placement.parentId, previous: overAt.index }).toEqual({ parent: overAt.parentId, previous: placement.index - 1 });
        if (zone === 'inside-first') expect(placement).toEqual({ parentId: over, index: 0 });
        if (zone === 'inside-last') expect(placement).toEqual({ parentId: over, index: (after.children.get(over) ?? []).length - 1 });
      }),
      { numRuns: 60 },
    );
  });

  it('visible rows: collapsed units hide their sub-tree; levels, positions and set sizes follow the tree', async () => {
    const { ids, index } = await planWithTree([-1, 0, 0, 1, -1]);
    const tree = await index();
    const all = visibleRows(tree, new Set());
    expect(all.map((row) => [row.unit.name, row.level, row.posInSet, row.setSize, row.hasChildren])).toEqual([
      ['U0', 1, 1, 2, true],
      ['U1', 2, 1, 2, true],
      ['U3', 3, 1, 1, false],
      ['U2', 2, 2, 2, false],
      ['U4', 1, 2, 2, false],
    ]);
    expect(visibleRows(tree, new Set([ids[1]!])).map((row) => row.unit.name)).toEqual(['U0', 'U1', 'U2', 'U4']);
    expect(visibleRows(tree, new Set([ids[0]!])).map((row) => row.unit.name)).toEqual(['U0', 'U4']);
  });

  it('drop zones: top quarter before, bottom quarter after (or first inside an open unit), middle inside', () => {
    expect(zoneAt(2, 40, false)).toBe('before');
    expect(zoneAt(20, 40, false)).toBe('inside-last');
    expect(zoneAt(38, 40, false)).toBe('after');
    expect(zoneAt(38, 40, true)).toBe('inside-first');
  });
});
