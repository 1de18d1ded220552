import {
  DndContext,
  KeyboardSensor,
  PointerSensor,
  closestCenter,
  closestCorners,
  pointerWithin,
  useSensor,
  useSensors,
  type Active,
  type Announcements,
  type CollisionDetection,
  type DragEndEvent,
  type DragOverEvent,
  type Over,
} from '@dnd-kit/core';
import { sortableKeyboardCoordinates } from '@dnd-kit/sortable';
import { useMemo, useRef, useState } from 'react';
import { SWOT_SUGGESTIONS } from '../../../../shared/action/library';
import type { SwotItem, SwotQuadrant } from '../../../../shared/model/action';
import { useT } from '../../i18n/useT';
import { BOARD_ORDER, columnsOf, placeItem, quadrantOf, type Columns } from './board-order';
import { shortText } from './focus-soon';
import { SwotQuadrantPanel } from './SwotQuadrantPanel';
import type { SwotActions } from './useSwotActions';

interface SwotBoardProps {
  items: readonly SwotItem[];
  readOnly: boolean;
  actions: SwotActions;
  onOpenSuggestions: (quadrant: SwotQuadrant) => void;
}

interface SortableData {
  quadrant?: SwotQuadrant;
  sortable?: { containerId: string; index: number; items: string[] };
}

const dataOf = (target: Active | Over | null) => (target?.data.current ?? {}) as SortableData;
/** The quadrant a drop target belongs to: a card's list, or the quadrant itself. */
const quadrantAt = (target: Active | Over | null) => (dataOf(target).sortable?.containerId ?? dataOf(target).quadrant) as SwotQuadrant | undefined;
const isCard = (target: Over | null) => dataOf(target).sortable !== undefined;

/**
 * With a pointer: the quadrant under it, then the nearest card in it (or the quadrant itself
 * when it is empty). With the keyboard, the arrows jump between cards and quadrants and the
 * nearest corners decide.
 */
const boardCollisions: CollisionDetection = (args) => {
  if (!args.pointerCoordinates) return closestCorners(args);
  const zones = pointerWithin({ ...args, droppableContainers: args.droppableContainers.filter((container) => !container.data.current?.sortable) });
  const zone = zones[0];
  if (!zone) return [];
  const quadrant = args.droppableContainers.find((container) => container.id === zone.id)?.data.current?.quadrant as SwotQuadrant | undefined;
  const cards = args.droppableContainers.filter((container) => (container.data.current as SortableData | undefined)?.sortable?.containerId === quadrant);
  // A card that has just moved into this quadrant may not be measured yet: the quadrant then stands in.
  const nearest = cards.length > 0 ? closestCenter({ ...args, droppableContainers: cards }) : [];
  return nearest.length > 0 ? nearest : [zone];
};

/** The four quadrants, with cards dragged within and between them by pointer or keyboard. */
export function SwotBoard({ items, readOnly, actions, onOpenSuggestions }: SwotBoardProps) {
  const t = useT();
  // While a card is dragged the board shows where it would land, before the plan knows.
  const [dragColumns, setDragColumns] = useState<Columns | null>(null);
  // The same, for the drop: a quick drop can come before the render that follows the last move.
  const dragRef = useRef<Columns | null>(null);
  // Which drag is the latest: a move still being saved must not wipe the view of a newer drag.
  const dragCount = useRef(0);
  const startColumns = useRef<Columns | null>(null);
  const leftStart = useRef(false);
  const show = (columns: Columns | null) => {
    dragRef.current = columns;
    setDragColumns(columns);
  };
  const planColumns = useMemo(() => columnsOf(items), [items]);
  const columns = dragColumns ?? planColumns;
  const byId = useMemo(() => new Map(items.map((item) => [item.id, item])), [items]);
  const sensors = useSensors(useSensor(PointerSensor, { activationConstraint: { distance: 6 } }), useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }));

  const textOf = (target: Active | null) => shortText(byId.get(String(target?.id))?.text ?? '', 60);
  const placeOf = (over: Over) => {
    const quadrant = quadrantAt(over);
    if (!quadrant) return '';
    const name = t(`action.quadrantsPlural.${quadrant}`);
    const sortable = dataOf(over).sortable;
    return sortable ? t('diagnosis.swot.drag.place', { quadrant: name, position: sortable.index + 1, count: sortable.items.length }) : t('diagnosis.swot.drag.end', { quadrant: name });
  };
  const announcements: Announcements = {
    onDragStart: ({ active }) => {
      leftStart.current = false;
      return t('diagnosis.swot.drag.start', { text: textOf(active) });
    },
    onDragOver: ({ active, over }) => {
      // The first "over" is the card over itself: saying so would cut off "picked up".
      if (!leftStart.current && over?.id === active.id) return undefined;
      leftStart.current = true;
      return over ? t('diagnosis.swot.drag.over', { text: textOf(active), place: placeOf(over) }) : t('diagnosis.swot.drag.nowhere');
    },
    // The move itself is announced once the plan has it, with its final place.
    onDragEnd: () => undefined,
    onDragCancel: ({ active }) => t('diagnosis.swot.drag.cancel', { text: textOf(active) }),
  };

  function onDragOver({ active, over }: DragOverEvent) {
    const target = quadrantAt(over);
    if (!over || !target) return;
    const base = dragRef.current ?? planColumns;
    const id = String(active.id);
    if (quadrantOf(base, id) === target) return;
    // Into another quadrant: above the card pointed at, or below it when past its middle.
    let index = base[target].length;
    if (isCard(over)) {
      const below = (active.rect.current.translated?.top ?? 0) > over.rect.top + over.rect.height / 2;
      index = base[target].indexOf(String(over.id)) + (below ? 1 : 0);
    }
    show(placeItem(base, id, target, index));
  }

  async function onDragEnd({ active, over }: DragEndEvent) {
    const id = String(active.id);
    const item = byId.get(id);
    let final = dragRef.current ?? planColumns;
    const quadrant = quadrantOf(final, id);
    if (!item || !quadrant || !over) return show(null);
    if (isCard(over) && quadrantAt(over) === quadrant && over.id !== active.id) final = placeItem(final, id, quadrant, final[quadrant].indexOf(String(over.id)));
    const index = final[quadrant].indexOf(id);
    const start = startColumns.current ?? planColumns;
    if (quadrant === quadrantOf(start, id) && index === start[quadrant].indexOf(id)) return show(null);
    show(final);
    const mine = dragCount.current;
    await actions.move(item, quadrant, index);
    if (dragCount.current === mine) show(null);
  }

  const suggestionCounts = useMemo(() => {
    const counts: Record<SwotQuadrant, number> = { strength: 0, weakness: 0, opportunity: 0, threat: 0 };
    for (const suggestion of SWOT_SUGGESTIONS) counts[suggestion.quadrant] += 1;
    return counts;
  }, []);

  return (
    <DndContext
      sensors={sensors}
      collisionDetection={boardCollisions}
      accessibility={{ announcements, screenReaderInstructions: { draggable: t('diagnosis.swot.drag.instructions') } }}
      onDragStart={() => {
        dragCount.current += 1;
        // A previous drop may still be on its way to the plan: start from what the board shows.
        startColumns.current = dragRef.current ?? planColumns;
        show(startColumns.current);
      }}
      onDragOver={onDragOver}
      onDragEnd={(event) => void onDragEnd(event)}
      onDragCancel={() => show(null)}
    >
      <div className="swot-board">
        <span className="axis axis-negative" aria-hidden="true">
          {t('diagnosis.swot.axes.negative')}
        </span>
        <span className="axis axis-positive" aria-hidden="true">
          {t('diagnosis.swot.axes.positive')}
        </span>
        <span className="axis axis-internal" aria-hidden="true">
          {t('diagnosis.swot.axes.internal')}
        </span>
        <span className="axis axis-external" aria-hidden="true">
          {t('diagnosis.swot.axes.external')}
        </span>
        {BOARD_ORDER.map((quadrant) => (
          <SwotQuadrantPanel
            key={quadrant}
            quadrant={quadrant}
            items={columns[quadrant].flatMap((id) => byId.get(id) ?? [])}
            readOnly={readOnly}
            actions={actions}
            suggestionCount={suggestionCounts[quadrant]}
            onOpenSuggestions={onOpenSuggestions}
          />
        ))}
      </div>
    </DndContext>
  );
}
