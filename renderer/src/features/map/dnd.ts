import { KeyboardCode, closestCenter, pointerWithin, type ClientRect, type CollisionDetection, type KeyboardCoordinateGetter } from '@dnd-kit/core';

/** The point of a drop target the keyboard aims at: near its top left, where the unit's name is. */
function anchorOf(rect: ClientRect): { x: number; y: number } {
  return { x: rect.left + Math.min(24, rect.width / 2), y: rect.top + Math.min(14, rect.height / 2) };
}

const DIRECTIONS: Record<string, { x: number; y: number }> = {
  [KeyboardCode.Down]: { x: 0, y: 1 },
  [KeyboardCode.Up]: { x: 0, y: -1 },
  [KeyboardCode.Right]: { x: 1, y: 0 },
  [KeyboardCode.Left]: { x: -1, y: 0 },
};

/**
 * Keyboard dragging jumps from one drop target to the next in the arrow's direction, instead of
 * moving the chip 25 pixels at a time across a map that may be thousands of pixels long. Among
 * the targets ahead, the nearest one wins; sideways distance counts double so that ↓ stays in
 * its column.
 */
export const jumpBetweenDropTargets: KeyboardCoordinateGetter = (event, { context }) => {
  const direction = DIRECTIONS[event.code];
  const { collisionRect, droppableRects, droppableContainers, over } = context;
  if (!direction || !collisionRect) return undefined;
  event.preventDefault();
  const current = over ? droppableRects.get(over.id) : undefined;
  const origin = current ? anchorOf(current) : { x: collisionRect.left + collisionRect.width / 2, y: collisionRect.top + collisionRect.height / 2 };
  let best: { x: number; y: number } | null = null;
  let bestScore = Number.POSITIVE_INFINITY;
  for (const container of droppableContainers.getEnabled()) {
    const rect = droppableRects.get(container.id);
    if (!rect || container.id === over?.id) continue;
    const anchor = anchorOf(rect);
    const ahead = (anchor.x - origin.x) * direction.x + (anchor.y - origin.y) * direction.y;
    if (ahead <= 1) continue;
    const sideways = Math.abs((anchor.x - origin.x) * direction.y) + Math.abs((anchor.y - origin.y) * direction.x);
    const score = ahead + 2 * sideways;
    if (score < bestScore) {
      bestScore = score;
      best = anchor;
    }
  }
  if (!best) return undefined;
  return { x: best.x - collisionRect.width / 2, y: best.y - collisionRect.height / 2 };
};

/**
 * With a pointer, the target under it. With the keyboard, the target that holds the dragged
 * chip's centre (where the arrows put it), else the nearest one.
 */
export const mapCollisions: CollisionDetection = (args) => {
  if (args.pointerCoordinates) return pointerWithin(args);
  const { collisionRect, droppableRects, droppableContainers } = args;
  const centre = { x: collisionRect.left + collisionRect.width / 2, y: collisionRect.top + collisionRect.height / 2 };
  const holding = droppableContainers.filter((container) => {
    const rect = droppableRects.get(container.id);
    return rect !== undefined && centre.x >= rect.left && centre.x <= rect.right && centre.y >= rect.top && centre.y <= rect.bottom;
  });
  if (holding.length > 0) return closestCenter({ ...args, droppableContainers: holding });
  return [];
};
