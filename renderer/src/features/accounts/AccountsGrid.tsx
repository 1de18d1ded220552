import { memo, useCallback, useEffect, useId, useLayoutEffect, useMemo, useRef, useState, type FocusEvent, type KeyboardEvent } from 'react';
import { defaultRangeExtractor, useVirtualizer, type Range } from '@tanstack/react-virtual';
import { CellEditor } from './CellEditor';
import { COLUMNS, GRID_TEMPLATE, GRID_WIDTH, PINNED_LEFT, PINNED_WIDTH, type AccountPatch, type CellContext, type Column } from './columns';
import type { AccountRow } from './grid-model';
import { openEditor, setSelection, useAccountsView, type SortKey, type SortOrder } from './view-store';

const ROW_HEIGHT = 38;
const HEADER_HEIGHT = 50;
const PAGE_ROWS = 10;
const COLUMN_LEFT = COLUMNS.map((_, position) => COLUMNS.slice(0, position).reduce((sum, column) => sum + column.width, 0));
const FIRST_DATA_COLUMN = COLUMNS.findIndex((column) => column.key === 'handle');

/** Where the keyboard is: a row (an account id, or null for the header row) and a column. */
interface CellPosition {
  id: string | null;
  col: number;
}

export interface AccountsGridProps {
  rows: readonly AccountRow[];
  context: CellContext;
  readOnly: boolean;
  onCommit: (row: AccountRow, column: Column, patch: AccountPatch) => void;
  onInvalid: (message: string) => void;
}

export function rowName(row: AccountRow): string {
  return row.account.handle || row.account.displayName || row.platformName;
}

const pinnedStyle = (col: number) => (PINNED_LEFT[col] === undefined ? undefined : { left: PINNED_LEFT[col] });

/**
 * The inventory as a spreadsheet-like grid. Only the rows in view exist in the page (5,000
 * accounts scroll as smoothly as 50), yet screen readers hear the true size and position
 * through aria-rowcount and aria-rowindex. One cell at a time is the grid's single tab stop;
 * the arrow keys move between cells and Enter edits, as in a spreadsheet.
 */
export function AccountsGrid({ rows, context, readOnly, onCommit, onInvalid }: AccountsGridProps) {
  const { t } = context;
  const helpId = useId();
  const scrollRef = useRef<HTMLDivElement>(null);
  const selected = useAccountsView((view) => view.selected);
  const anchorId = useAccountsView((view) => view.anchorId);
  const sort = useAccountsView((view) => view.sort);
  const [active, setActive] = useState<CellPosition>({ id: null, col: FIRST_DATA_COLUMN });
  const [editing, setEditing] = useState<CellPosition | null>(null);
  const [focusRequest, setFocusRequest] = useState(0);

  const positionOf = useMemo(() => new Map(rows.map((row, position) => [row.account.id, position])), [rows]);
  // A row that was filtered away or deleted hands the tab stop back to the header.
  const activeIndex = active.id === null ? -1 : (positionOf.get(active.id) ?? -1);
  const activeId = activeIndex === -1 ? null : active.id;

  const rangeExtractor = useCallback(
    (range: Range) => {
      const indexes = defaultRangeExtractor(range);
      // The focused row stays in the page even when scrolled away, so focus is never lost.
      if (activeIndex >= 0 && !indexes.includes(activeIndex)) return [...indexes, activeIndex].sort((a, b) => a - b);
      return indexes;
    },
    [activeIndex],
  );

  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
    scrollMargin: HEADER_HEIGHT,
    scrollPaddingStart: HEADER_HEIGHT,
    rangeExtractor,
  });

  const moveTo = useCallback((position: CellPosition) => {
    setActive(position);
    setFocusRequest((request) => request + 1);
  }, []);

  useLayoutEffect(() => {
    if (focusRequest === 0) return;
    const scroller = scrollRef.current;
    if (!scroller) return;
    if (activeIndex >= 0) virtualizer.scrollToIndex(activeIndex, { align: 'auto' });
    const target = scroller.querySelector<HTMLElement>(`[data-row="${activeId ?? 'header'}"][data-col="${active.col}"]`);
    target?.focus({ preventScroll: true });
    // Sideways, a cell must come out from under the pinned columns, not just into the viewport.
    if (!COLUMNS[active.col]?.pinned) {
      const left = COLUMN_LEFT[active.col]!;
      const right = left + COLUMNS[active.col]!.width;
      if (left - scroller.scrollLeft < PINNED_WIDTH) scroller.scrollLeft = left - PINNED_WIDTH;
      else if (right - scroller.scrollLeft > scroller.clientWidth) scroller.scrollLeft = right - scroller.clientWidth;
    }
    // Only a keyboard move or the end of an edit asks for focus; re-renders alone never steal it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [focusRequest]);

  const toggle = useCallback(
    (id: string, range: boolean) => {
      const here = positionOf.get(id);
      if (here === undefined) return;
      const next = new Set(selected);
      const from = range && anchorId !== null ? positionOf.get(anchorId) : undefined;
      if (from !== undefined) {
        const [low, high] = from < here ? [from, here] : [here, from];
        for (const row of rows.slice(low, high + 1)) next.add(row.account.id);
        setSelection(next);
      } else {
        if (next.has(id)) next.delete(id);
        else next.add(id);
        setSelection(next, id);
      }
    },
    [positionOf, selected, anchorId, rows],
  );

  const allSelected = rows.length > 0 && rows.every((row) => selected.has(row.account.id));
  const someSelected = !allSelected && rows.some((row) => selected.has(row.account.id));

  function toggleAll() {
    const next = new Set(selected);
    for (const row of rows) {
      if (allSelected) next.delete(row.account.id);
      else next.add(row.account.id);
    }
    setSelection(next, null);
  }

  function sortBy(key: SortKey) {
    const next: SortOrder | null =
      sort?.key !== key ? { key, direction: 'ascending' } : sort.direction === 'ascending' ? { key, direction: 'descending' } : null;
    useAccountsView.setState({ sort: next });
  }

  const startEdit = useCallback(
    (id: string, col: number) => {
      const column = COLUMNS[col];
      if (column?.editor && !readOnly) setEditing({ id, col });
      // Cells with no editor of their own open the record (also to read it in a read-only plan).
      else if (column?.key === 'managers' || column?.key === 'findings') openEditor(id);
    },
    [readOnly],
  );

  const finishEdit = useCallback(
    (row: AccountRow, col: number, patch: AccountPatch | null, refocus: boolean) => {
      setEditing(null);
      if (patch) onCommit(row, COLUMNS[col]!, patch);
      if (refocus) moveTo({ id: row.account.id, col });
    },
    [onCommit, moveTo],
  );

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (editing) return;
    const last = rows.length - 1;
    let row = activeIndex;
    let col = active.col;
    switch (event.key) {
      case 'ArrowDown':
        row = Math.min(last, row + 1);
        break;
      case 'ArrowUp':
        row = Math.max(-1, row - 1);
        break;
      case 'ArrowLeft':
        col = Math.max(0, col - 1);
        break;
      case 'ArrowRight':
        col = Math.min(COLUMNS.length - 1, col + 1);
        break;
      case 'Home':
        if (event.ctrlKey) row = last >= 0 ? 0 : -1;
        else col = 0;
        break;
      case 'End':
        if (event.ctrlKey) row = last;
        else col = COLUMNS.length - 1;
        break;
      case 'PageDown':
        row = Math.min(last, row + PAGE_ROWS);
        break;
      case 'PageUp':
        row = Math.max(last >= 0 ? 0 : -1, row - PAGE_ROWS);
        break;
      case 'Enter':
      case 'F2': {
        // Buttons and checkboxes answer Enter themselves.
        if (event.target instanceof HTMLButtonElement || event.target instanceof HTMLInputElement || activeId === null) return;
        event.preventDefault();
        startEdit(activeId, col);
        return;
      }
      case ' ':
        if (event.shiftKey && activeId !== null) {
          event.preventDefault();
          toggle(activeId, true);
        }
        return;
      default:
        return;
    }
    event.preventDefault();
    const id = row < 0 ? null : rows[row]!.account.id;
    moveTo({ id, col });
  }

  function onFocus(event: FocusEvent<HTMLDivElement>) {
    const target = event.target as HTMLElement;
    const { row, col } = target.dataset;
    if (row === undefined || col === undefined) return;
    const id = row === 'header' ? null : row;
    if (id !== activeId || Number(col) !== active.col) setActive({ id, col: Number(col) });
  }

  const tabStop = (id: string | null, col: number) => (id === activeId && col === active.col ? 0 : -1);

  return (
    <div className="grid-frame">
      <p id={helpId} className="visually-hidden">
        {t('accounts.grid.keyboardHelp')}
      </p>
      <div
        ref={scrollRef}
        role="grid"
        aria-label={t('accounts.grid.label')}
        aria-describedby={helpId}
        aria-rowcount={rows.length + 1}
        aria-colcount={COLUMNS.length}
        aria-multiselectable="true"
        aria-readonly={readOnly || undefined}
        className="account-grid"
        onKeyDown={onKeyDown}
        onFocus={onFocus}
      >
        <div role="rowgroup" className="grid-head" style={{ width: GRID_WIDTH }}>
          <div role="row" aria-rowindex={1} className="grid-row grid-header-row" style={{ gridTemplateColumns: GRID_TEMPLATE, height: HEADER_HEIGHT }}>
            {COLUMNS.map((column, col) => {
              const sorted = sort?.key === column.key ? sort.direction : undefined;
              const label = t(column.label);
              return (
                <div
                  key={column.key}
                  role="columnheader"
                  aria-colindex={col + 1}
                  aria-sort={column.sortable ? (sorted ?? 'none') : undefined}
                  className={`grid-cell head-cell${column.pinned ? ' pinned' : ''}${column.numeric ? ' numeric' : ''}`}
                  style={pinnedStyle(col)}
                  tabIndex={column.key === 'open' ? tabStop(null, col) : undefined}
                  data-row={column.key === 'open' ? 'header' : undefined}
                  data-col={column.key === 'open' ? col : undefined}
                >
                  {column.key === 'select' ? (
                    <input
                      type="checkbox"
                      aria-label={t('accounts.grid.selectAll')}
                      checked={allSelected}
                      ref={(input) => {
                        if (input) input.indeterminate = someSelected;
                      }}
                      disabled={rows.length === 0}
                      onChange={toggleAll}
                      tabIndex={tabStop(null, col)}
                      data-row="header"
                      data-col={col}
                    />
                  ) : column.key === 'open' ? (
                    <span className="visually-hidden">{label}</span>
                  ) : column.sortable ? (
                    <button
                      type="button"
                      className="sort-button"
                      title={t('accounts.grid.sortBy', { column: label })}
                      onClick={() => sortBy(column.key as SortKey)}
                      tabIndex={tabStop(null, col)}
                      data-row="header"
                      data-col={col}
                    >
                      <span>{label}</span>
                      <span className="sort-mark" aria-hidden="true">
                        {sorted === 'ascending' ? '▲' : sorted === 'descending' ? '▼' : '↕'}
                      </span>
                    </button>
                  ) : (
                    label
                  )}
                </div>
              );
            })}
          </div>
        </div>
        <div role="rowgroup" className="grid-body" style={{ height: virtualizer.getTotalSize(), width: GRID_WIDTH }}>
          {virtualizer.getVirtualItems().map((item) => {
            const row = rows[item.index]!;
            const id = row.account.id;
            return (
              <GridRow
                key={id}
                row={row}
                position={item.index}
                top={item.start - HEADER_HEIGHT}
                selected={selected.has(id)}
                activeCol={id === activeId ? active.col : null}
                editingCol={editing?.id === id ? editing.col : null}
                readOnly={readOnly}
                context={context}
                onToggle={toggle}
                onStartEdit={startEdit}
                onFinishEdit={finishEdit}
                onInvalid={onInvalid}
              />
            );
          })}
        </div>
      </div>
    </div>
  );
}

interface GridRowProps {
  row: AccountRow;
  position: number;
  top: number;
  selected: boolean;
  activeCol: number | null;
  editingCol: number | null;
  readOnly: boolean;
  context: CellContext;
  onToggle: (id: string, range: boolean) => void;
  onStartEdit: (id: string, col: number) => void;
  onFinishEdit: (row: AccountRow, col: number, patch: AccountPatch | null, refocus: boolean) => void;
  onInvalid: (message: string) => void;
}

const GridRow = memo(function GridRow({ row, position, top, selected, activeCol, editingCol, readOnly, context, onToggle, onStartEdit, onFinishEdit, onInvalid }: GridRowProps) {
  const { t } = context;
  const id = row.account.id;
  const name = rowName(row);
  const tabIndex = (col: number) => (activeCol === col ? 0 : -1);
  return (
    <div
      role="row"
      aria-rowindex={position + 2}
      aria-selected={selected}
      className={`grid-row${selected ? ' selected' : ''}${position % 2 === 1 ? ' striped' : ''}`}
      style={{ gridTemplateColumns: GRID_TEMPLATE, height: ROW_HEIGHT, transform: `translateY(${top}px)` }}
    >
      {COLUMNS.map((column, col) => {
        const className = `grid-cell${column.pinned ? ' pinned' : ''}${column.numeric ? ' numeric' : ''}`;
        if (column.key === 'select') {
          return (
            <div key={column.key} role="gridcell" aria-colindex={col + 1} className={className} style={pinnedStyle(col)}>
              <input
                type="checkbox"
                aria-label={t('accounts.grid.selectRow', { name })}
                checked={selected}
                onChange={() => undefined}
                onClick={(event) => onToggle(id, event.shiftKey)}
                tabIndex={tabIndex(col)}
                data-row={id}
                data-col={col}
              />
            </div>
          );
        }
        if (column.key === 'open') {
          return (
            <div key={column.key} role="gridcell" aria-colindex={col + 1} className={className} style={pinnedStyle(col)}>
              <button
                type="button"
                className="open-button"
                aria-label={t('accounts.grid.openRow', { name })}
                title={t('accounts.grid.openRow', { name })}
                onClick={() => openEditor(id)}
                tabIndex={tabIndex(col)}
                data-row={id}
                data-col={col}
              >
                <span aria-hidden="true">✎</span>
              </button>
            </div>
          );
        }
        const editable = Boolean(column.editor) && !readOnly;
        if (editingCol === col && column.editor) {
          return (
            <div key={column.key} role="gridcell" aria-colindex={col + 1} className={`${className} editing`} style={pinnedStyle(col)}>
              <CellEditor
                spec={column.editor}
                account={row.account}
                label={t('accounts.grid.editCell', { column: t(column.label), name })}
                context={context}
                onDone={(patch, refocus) => onFinishEdit(row, col, patch, refocus)}
                onInvalid={onInvalid}
              />
            </div>
          );
        }
        return (
          <div
            key={column.key}
            role="gridcell"
            aria-colindex={col + 1}
            aria-readonly={editable ? undefined : true}
            className={`${className}${editable ? ' editable' : ''}`}
            style={pinnedStyle(col)}
            tabIndex={tabIndex(col)}
            data-row={id}
            data-col={col}
            onDoubleClick={() => onStartEdit(id, col)}
          >
            <span className="cell-text">{column.render?.(row, context)}</span>
          </div>
        );
      })}
    </div>
  );
});

/** Keeps the grid's selection to accounts that still exist (after a delete or an undo). */
export function useLiveSelection(existing: ReadonlySet<string>): string[] {
  const selected = useAccountsView((view) => view.selected);
  const live = useMemo(() => [...selected].filter((id) => existing.has(id)), [selected, existing]);
  useEffect(() => {
    if (live.length !== selected.size) setSelection(new Set(live));
  }, [live, selected]);
  return live;
}
