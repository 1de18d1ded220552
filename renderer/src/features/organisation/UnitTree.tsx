import { memo, useCallback, useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import { DndContext, DragOverlay, PointerSensor, useDraggable, useSensor, useSensors, type DragStartEvent } from '@dnd-kit/core';
import type { UnitCount } from '../../../../shared/audit/summary';
import type { Person } from '../../../../shared/model/people';
import type { UnitKind } from '../../../../shared/model/units';
import { useT } from '../../i18n/useT';
import { dropPlacement, parentOf, subtreeOf, zoneAt, type DropZone, type KeyboardMove, type Placement, type TreeRow, type UnitIndex } from './unit-tree';
import type { UnitActions } from './useUnitActions';
import { focusUnitSoon, selectUnit, setExpanded } from './view-store';
import { KindBadge } from './KindBadge';

interface UnitTreeProps {
  label: string;
  /** The id of the text that explains the keys. */
  describedBy: string;
  index: UnitIndex;
  rows: TreeRow[];
  selectedId: string | null;
  counts: ReadonlyMap<string | null, UnitCount>;
  peopleById: ReadonlyMap<string, Person>;
  readOnly: boolean;
  actions: UnitActions;
  onDelete: (id: string) => void;
}

/** Where a drag would drop: `placement` is null when it would change nothing or is not allowed. */
interface DropHint {
  overId: string;
  zone: DropZone;
  placement: Placement | null;
  allowed: boolean;
}

const MOVE_KEYS: Record<string, KeyboardMove> = { ArrowUp: 'up', ArrowDown: 'down', ArrowRight: 'indent', ArrowLeft: 'outdent' };
const TYPE_AHEAD_RESET_MS = 700;
// Module constants: a new options object each render would re-create dnd-kit's sensors and, with
// them, its context, re-rendering every row on every key press.
const POINTER_OPTIONS = { activationConstraint: { distance: 6 } };
const AUTO_SCROLL = { threshold: { x: 0, y: 0.15 } };

const plain = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLocaleLowerCase();

/**
 * The organisation chart as a WAI-ARIA tree: a flat list of treeitems with aria-level,
 * aria-setsize and aria-posinset (flat, so that a row can be dragged anywhere), one tab stop,
 * arrows to move and open/close, type-ahead. Units move by dragging with the pointer or with
 * Alt+Shift+arrows; both end in the same 'unit.move'.
 */
export function UnitTree({ label, describedBy, index, rows, selectedId, counts, peopleById, readOnly, actions, onDelete }: UnitTreeProps) {
  const t = useT();
  const treeRef = useRef<HTMLUListElement>(null);
  const [renamingId, setRenamingId] = useState<string | null>(null);
  const [draggingId, setDraggingId] = useState<string | null>(null);
  const [drop, setDrop] = useState<DropHint | null>(null);
  const dropRef = useRef<DropHint | null>(null);
  const pointer = useRef({ x: 0, y: 0 });
  const dragRef = useRef<string | null>(null);
  const moving = useRef(false);
  const typed = useRef({ text: '', at: 0 });
  // Latest values for the stable callbacks handed to the memoised rows.
  const latest = useRef({ rows, index, selectedId, readOnly, actions });
  useLayoutEffect(() => {
    latest.current = { rows, index, selectedId, readOnly, actions };
  });

  const sensors = useSensors(useSensor(PointerSensor, POINTER_OPTIONS));
  const tabbableId = rows.some((row) => row.unit.id === selectedId) ? selectedId : (rows[0]?.unit.id ?? null);

  const focusRow = useCallback((id: string) => {
    selectUnit(id);
    treeRef.current?.querySelector<HTMLElement>(`[data-unit-id="${CSS.escape(id)}"]`)?.focus();
  }, []);

  const toggle = useCallback((id: string, expand: boolean) => {
    const { index: current, selectedId: selected } = latest.current;
    // Closing a unit that holds the selection moves the selection to it: what is selected stays visible.
    if (!expand && selected && selected !== id && subtreeOf(current, id).has(selected)) selectUnit(id);
    setExpanded([id], expand);
  }, []);

  const finishRename = useCallback((id: string, name: string | null) => {
    setRenamingId(null);
    if (name !== null) void latest.current.actions.rename(id, name);
    focusUnitSoon(id);
  }, []);

  const startRename = useCallback((id: string) => {
    if (!latest.current.readOnly) setRenamingId(id);
  }, []);

  function moveByKey(id: string, direction: KeyboardMove) {
    if (readOnly || moving.current) return;
    // One move at a time: the next one is worked out from where this one leaves the unit.
    moving.current = true;
    void actions.moveByKey(id, direction).finally(() => {
      moving.current = false;
      focusUnitSoon(id);
    });
  }

  function typeAhead(key: string, from: number) {
    const now = Date.now();
    const text = now - typed.current.at > TYPE_AHEAD_RESET_MS ? key : typed.current.text + key;
    typed.current = { text, at: now };
    const wanted = plain(text);
    const count = rows.length;
    // A repeated first letter cycles through the units that start with it.
    const start = text.length === 1 ? from + 1 : from;
    for (let step = 0; step < count; step++) {
      const row = rows[(start + step) % count]!;
      if (plain(row.unit.name).startsWith(wanted)) {
        focusRow(row.unit.id);
        return;
      }
    }
  }

  function onKeyDown(event: KeyboardEvent<HTMLUListElement>) {
    const item = event.target as HTMLElement;
    // Keys typed into the rename box are the box's own.
    if (item.getAttribute('role') !== 'treeitem') return;
    const id = item.dataset.unitId;
    const at = rows.findIndex((row) => row.unit.id === id);
    const row = rows[at];
    if (!id || !row) return;
    const direction = MOVE_KEYS[event.key];
    if (event.altKey && event.shiftKey && direction) {
      event.preventDefault();
      moveByKey(id, direction);
      return;
    }
    // Ctrl+Z and the other plan shortcuts are not the tree's.
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    let handled = true;
    switch (event.key) {
      case 'ArrowDown':
        if (rows[at + 1]) focusRow(rows[at + 1]!.unit.id);
        break;
      case 'ArrowUp':
        if (rows[at - 1]) focusRow(rows[at - 1]!.unit.id);
        break;
      case 'Home':
        if (rows[0]) focusRow(rows[0].unit.id);
        break;
      case 'End':
        if (rows.length > 0) focusRow(rows[rows.length - 1]!.unit.id);
        break;
      case 'ArrowRight':
        if (row.hasChildren && !row.expanded) toggle(id, true);
        else if (row.expanded && rows[at + 1]) focusRow(rows[at + 1]!.unit.id);
        break;
      case 'ArrowLeft': {
        const parentId = parentOf(index, id);
        if (row.expanded) toggle(id, false);
        else if (parentId) focusRow(parentId);
        break;
      }
      case 'F2':
        startRename(id);
        break;
      case 'Delete':
        if (!readOnly) onDelete(id);
        break;
      default:
        handled = event.key.length === 1 && event.key !== ' ';
        if (handled) typeAhead(event.key, at);
    }
    if (handled) event.preventDefault();
  }

  // ----- dragging with the pointer -----

  const updateDrop = useCallback(() => {
    const activeId = dragRef.current;
    if (!activeId) return;
    const under = document.elementFromPoint(pointer.current.x, pointer.current.y);
    const item = under?.closest<HTMLElement>('[role="treeitem"]');
    let next: DropHint | null = null;
    const overId = item && treeRef.current?.contains(item) ? item.dataset.unitId : undefined;
    if (item && overId && overId !== activeId) {
      const row = latest.current.rows.find((candidate) => candidate.unit.id === overId);
      const rect = item.getBoundingClientRect();
      const zone = zoneAt(pointer.current.y - rect.top, rect.height, row?.expanded ?? false);
      const allowed = !subtreeOf(latest.current.index, activeId).has(overId);
      next = { overId, zone, allowed, placement: allowed ? dropPlacement(latest.current.index, activeId, overId, zone) : null };
    }
    const previous = dropRef.current;
    if (previous?.overId === next?.overId && previous?.zone === next?.zone && previous?.allowed === next?.allowed) return;
    dropRef.current = next;
    setDrop(next);
  }, []);

  useEffect(() => {
    if (!draggingId) return;
    const onPointerMove = (event: PointerEvent) => {
      pointer.current = { x: event.clientX, y: event.clientY };
      updateDrop();
    };
    // Auto-scrolling moves the rows under a still pointer.
    const onScroll = () => updateDrop();
    window.addEventListener('pointermove', onPointerMove, { capture: true });
    window.addEventListener('scroll', onScroll, { capture: true });
    return () => {
      window.removeEventListener('pointermove', onPointerMove, { capture: true });
      window.removeEventListener('scroll', onScroll, { capture: true });
    };
  }, [draggingId, updateDrop]);

  function endDrag(apply: boolean) {
    const activeId = dragRef.current;
    const hint = dropRef.current;
    dragRef.current = null;
    dropRef.current = null;
    setDraggingId(null);
    setDrop(null);
    if (!apply || !activeId || !hint?.placement) return;
    void actions.move(activeId, hint.placement).then((moved) => {
      if (!moved) return;
      selectUnit(activeId);
      focusUnitSoon(activeId);
    });
  }

  function onDragStart(event: DragStartEvent) {
    const id = String(event.active.id);
    const start = event.activatorEvent as PointerEvent;
    pointer.current = { x: start.clientX, y: start.clientY };
    dragRef.current = id;
    dropRef.current = null;
    selectUnit(id);
    setDraggingId(id);
  }

  const nameOf = (id: unknown) => index.byId.get(String(id))?.name ?? '';
  const dragged = draggingId ? index.byId.get(draggingId) : undefined;

  return (
    <DndContext
      sensors={sensors}
      autoScroll={AUTO_SCROLL}
      onDragStart={onDragStart}
      onDragEnd={() => endDrag(true)}
      onDragCancel={() => endDrag(false)}
      accessibility={{
        screenReaderInstructions: { draggable: t('organisation.drag.instructions') },
        announcements: {
          onDragStart: ({ active }) => t('organisation.drag.start', { name: nameOf(active.id) }),
          onDragOver: () => undefined,
          // The status line under the toolbar says where it went.
          onDragEnd: () => undefined,
          onDragCancel: () => t('organisation.drag.cancelled'),
        },
      }}
    >
      <ul ref={treeRef} role="tree" aria-label={label} aria-describedby={describedBy} className={draggingId ? 'unit-tree dragging' : 'unit-tree'} onKeyDown={onKeyDown}>
        {rows.map((row) => {
          const hint = drop?.overId === row.unit.id ? drop : null;
          const count = counts.get(row.unit.id);
          return (
            <TreeItem
              key={row.unit.id}
              id={row.unit.id}
              name={row.unit.name}
              kind={row.unit.kind}
              level={row.level}
              posInSet={row.posInSet}
              setSize={row.setSize}
              hasChildren={row.hasChildren}
              expanded={row.expanded}
              selected={row.unit.id === selectedId}
              tabbable={row.unit.id === tabbableId}
              dropState={hint ? (hint.allowed ? hint.zone : 'invalid') : null}
              renaming={row.unit.id === renamingId}
              own={count?.own ?? 0}
              total={count?.total ?? 0}
              responsible={row.unit.responsibleId ? (peopleById.get(row.unit.responsibleId)?.name ?? null) : null}
              readOnly={readOnly}
              onSelect={focusRow}
              onToggle={toggle}
              onStartRename={startRename}
              onFinishRename={finishRename}
            />
          );
        })}
      </ul>
      <p className="visually-hidden" role="status">
        {drop && !drop.allowed ? t('organisation.drag.invalid') : ''}
      </p>
      <DragOverlay dropAnimation={null} style={{ pointerEvents: 'none' }}>
        {dragged ? (
          <div className="drag-ghost">
            <span className="unit-name">{dragged.name}</span>
            <KindBadge kind={dragged.kind} />
          </div>
        ) : null}
      </DragOverlay>
    </DndContext>
  );
}

/** Plain values only: after every change the plan's units are new objects, and only rows whose values changed re-render. */
interface TreeItemProps {
  id: string;
  name: string;
  kind: UnitKind;
  level: number;
  posInSet: number;
  setSize: number;
  hasChildren: boolean;
  expanded: boolean;
  selected: boolean;
  tabbable: boolean;
  dropState: DropZone | 'invalid' | null;
  renaming: boolean;
  own: number;
  total: number;
  responsible: string | null;
  readOnly: boolean;
  onSelect: (id: string) => void;
  onToggle: (id: string, expand: boolean) => void;
  onStartRename: (id: string) => void;
  onFinishRename: (id: string, name: string | null) => void;
}

const INDENT_REM = 1.4;

const TreeItem = memo(function TreeItem({
  id,
  name,
  kind,
  level,
  posInSet,
  setSize,
  hasChildren,
  expanded,
  selected,
  tabbable,
  dropState,
  renaming,
  own,
  total,
  responsible,
  readOnly,
  onSelect,
  onToggle,
  onStartRename,
  onFinishRename,
}: TreeItemProps) {
  const t = useT();
  const { setNodeRef, listeners, isDragging } = useDraggable({ id, disabled: readOnly || renaming });
  const classes = ['tree-item', selected ? 'selected' : '', isDragging ? 'drag-source' : ''].filter(Boolean).join(' ');

  return (
    <li
      ref={setNodeRef}
      role="treeitem"
      data-unit-id={id}
      data-drop={dropState ?? undefined}
      aria-level={level}
      aria-setsize={setSize}
      aria-posinset={posInSet}
      aria-expanded={hasChildren ? expanded : undefined}
      aria-selected={selected}
      tabIndex={tabbable ? 0 : -1}
      className={classes}
      onClick={() => onSelect(id)}
      onDoubleClick={() => onStartRename(id)}
      {...listeners}
    >
      <span className="tree-row" style={{ paddingLeft: `${(level - 1) * INDENT_REM}rem` }}>
        <span className="indent-guides" style={{ width: `${(level - 1) * INDENT_REM}rem` }} aria-hidden="true" />
        <span
          className={hasChildren ? 'twisty' : 'twisty leaf'}
          aria-hidden="true"
          onClick={(event) => {
            if (!hasChildren) return;
            event.stopPropagation();
            onSelect(id);
            onToggle(id, !expanded);
          }}
        >
          {hasChildren ? (expanded ? '▾' : '▸') : '•'}
        </span>
        <span className="tree-main">
          <span className="tree-title">
            {renaming ? (
              <RenameBox name={name} label={t('organisation.tree.renameLabel', { name })} onDone={(next) => onFinishRename(id, next)} />
            ) : (
              <span className="unit-name">{name}</span>
            )}
            <KindBadge kind={kind} />
          </span>
          {responsible && <span className="unit-responsible">{t('organisation.tree.responsible', { name: responsible })}</span>}
        </span>
        <span className="unit-counts">
          <span className={own > 0 ? 'count-pill' : 'count-pill zero'}>{t('organisation.tree.accounts', { count: own })}</span>
          {total !== own && <span className="count-total">{t('organisation.tree.accountsWithSubunits', { count: total })}</span>}
        </span>
      </span>
    </li>
  );
});

/** The in-place rename box: Enter or leaving keeps the new name, Escape keeps the old one. */
function RenameBox({ name, label, onDone }: { name: string; label: string; onDone: (name: string | null) => void }) {
  const done = useRef(false);
  const finish = (value: string | null) => {
    if (done.current) return;
    done.current = true;
    onDone(value);
  };
  return (
    <input
      className="rename-box"
      aria-label={label}
      defaultValue={name}
      maxLength={200}
      autoFocus
      onFocus={(event) => event.target.select()}
      onClick={(event) => event.stopPropagation()}
      onDoubleClick={(event) => event.stopPropagation()}
      onKeyDown={(event) => {
        event.stopPropagation();
        if (event.key === 'Enter') finish(event.currentTarget.value);
        else if (event.key === 'Escape') finish(null);
      }}
      onBlur={(event) => finish(event.target.value)}
    />
  );
}
