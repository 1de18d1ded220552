import { DndContext, DragOverlay, MeasuringStrategy } from '@dnd-kit/core';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { formatDate } from '../../../../shared/i18n';
import { SHOW_EVERYTHING, accountLabel, mapInputFromInventory, mapLabels, type MapFilter } from '../../../../shared/inventory-map/input';
import { compareMapAccounts, layoutAccountMap, type MapLayoutOptions, type UnitBox } from '../../../../shared/inventory-map/layout';
import type { Account, Platform } from '../../../../shared/model/accounts';
import type { Inventory } from '../../../../shared/model/inventory';
import type { FindingCode } from '../../../../shared/audit/findings';
import { useController } from '../../app/controller-context';
import { useApp } from '../../app/store';
import { useT } from '../../i18n/useT';
import { ChipFace } from './AccountChip';
import { AssignDialog } from './AssignDialog';
import { mapCollisions } from './dnd';
import type { CanvasInteraction } from './MapCanvas';
import { mapWords } from './labels';
import { MapLegend } from './MapLegend';
import { MapPrint } from './MapPrint';
import { MapToolbar, type Paper } from './MapToolbar';
import { createCanvasMeasure } from './measure';
import { OrphanTray } from './OrphanTray';
import { useAccountDrag } from './useAccountDrag';
import { MapViewport } from './MapViewport';
import { nextZoom, zoomToFit } from './zoom';
import './map.css';

/** Room for the fold button beside a unit's name. */
const FOLD_BUTTON_WIDTH = 26;
/** Above this many units and accounts the map draws only what is in view (and the printout only when printing). */
const LARGE_MAP = 600;

/** The account map: the organisation chart with each unit's accounts, to assign, show and print. */
export function MapSection() {
  const inventory = useApp((state) => state.inventory);
  const plan = useApp((state) => state.plan);
  if (!inventory || !plan) return null;
  return <MapView inventory={inventory} readOnly={plan.readOnly} />;
}

/** Units that have sub-units, except the single units at the top that the map draws across the width. */
function foldableBelowTop(inventory: Inventory): Set<string> {
  const children = new Map<string | null, string[]>();
  const known = new Set(inventory.units.map((unit) => unit.id));
  for (const unit of inventory.units) {
    const parent = unit.parentId && known.has(unit.parentId) ? unit.parentId : null;
    children.set(parent, [...(children.get(parent) ?? []), unit.id]);
  }
  const top = new Set<string>();
  let level = children.get(null) ?? [];
  while (level.length === 1 && (children.get(level[0]!)?.length ?? 0) > 0 && !top.has(level[0]!)) {
    top.add(level[0]!);
    level = children.get(level[0]!) ?? [];
  }
  return new Set(inventory.units.filter((unit) => !top.has(unit.id) && (children.get(unit.id)?.length ?? 0) > 0).map((unit) => unit.id));
}

function MapView({ inventory, readOnly }: { inventory: Inventory; readOnly: boolean }) {
  const t = useT();
  const lang = useApp((state) => state.lang);
  const profile = useApp((state) => state.profile);
  const controller = useController();
  const assignButton = useRef<HTMLButtonElement>(null);
  const [view, setView] = useState({ width: 0, height: 0 });

  const [filter, setFilter] = useState<MapFilter>(SHOW_EVERYTHING);
  const [zoom, setZoom] = useState(1);
  const [folded, setFolded] = useState<ReadonlySet<string>>(() => new Set());
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [assigning, setAssigning] = useState(false);
  // The chip with the focus stays drawn when scrolled out of view, or the focus would fall to the page.
  const [focusedId, setFocusedId] = useState<string | null>(null);
  const [focusRequest, setFocusRequest] = useState<{ accountId: string; target: 'chip' | 'assign' } | null>(null);
  const [announcement, setAnnouncement] = useState({ text: '', serial: 0 });
  const [printing, setPrinting] = useState(false);
  const [paper, setPaper] = useState<Paper>('a4');

  const measure = useMemo(() => createCanvasMeasure(), []);
  const labels = useMemo(() => mapLabels(lang), [lang]);
  const accounts = useMemo(() => new Map(inventory.accounts.map((account) => [account.id, account])), [inventory.accounts]);
  const units = useMemo(() => new Map(inventory.units.map((unit) => [unit.id, unit])), [inventory.units]);
  const findings = useMemo(() => {
    const byAccount = new Map<string, FindingCode[]>();
    for (const finding of inventory.findings) for (const id of finding.items) byAccount.set(id, [...(byAccount.get(id) ?? []), finding.code]);
    return byAccount;
  }, [inventory.findings]);
  const platforms = useMemo(() => [...new Set(inventory.accounts.map((account) => account.platform))] as Platform[], [inventory.accounts]);
  const input = useMemo(() => mapInputFromInventory(inventory, lang, filter), [inventory, lang, filter]);
  const orphans = useMemo(() => input.accounts.filter((account) => account.unitId === null || !units.has(account.unitId)).sort(compareMapAccounts), [input, units]);

  const layoutWidth = view.width > 0 ? Math.floor(view.width / zoom) : 0;
  const optionsFor = useCallback(
    (width: number): MapLayoutOptions => ({ width, labels, measure, folded, includeOrphans: false, toggleWidth: FOLD_BUTTON_WIDTH }),
    [labels, measure, folded],
  );
  const layout = useMemo(() => (layoutWidth > 0 ? layoutAccountMap(input, optionsFor(layoutWidth)) : null), [input, optionsFor, layoutWidth]);
  const large = input.units.length + input.accounts.length > LARGE_MAP;

  const announce = useCallback((text: string) => setAnnouncement((previous) => ({ text, serial: previous.serial + 1 })), []);

  const handleOf = useCallback((account: Account) => accountLabel(account, lang), [lang]);
  const accountName = useCallback(
    (id: string) => {
      const account = accounts.get(id);
      return account ? `${handleOf(account)} (${t(`inventory.platforms.${account.platform}`)})` : '';
    },
    [accounts, handleOf, t],
  );
  const ownAccounts = useMemo(() => {
    const counts = new Map<string, number>();
    for (const account of inventory.accounts) if (account.unitId) counts.set(account.unitId, (counts.get(account.unitId) ?? 0) + 1);
    return counts;
  }, [inventory.accounts]);

  // ----- giving accounts a unit -----

  const assign = useCallback(
    async (accountId: string, unitId: string | null) => {
      const account = accounts.get(accountId);
      if (!account) return;
      const name = handleOf(account);
      if (account.unitId === unitId) {
        if (unitId) announce(t('map.moved.same', { account: name, unit: units.get(unitId)?.name ?? '' }));
        return;
      }
      const result = await controller.change('account.update', { id: accountId, unitId });
      if (!result) return;
      announce(unitId ? t('map.moved.toUnit', { account: name, unit: units.get(unitId)?.name ?? '' }) : t('map.moved.toTray', { account: name }));
      setSelectedId(null);
      setFocusRequest({ accountId, target: 'chip' });
    },
    [accounts, announce, controller, handleOf, t, units],
  );

  // A chip that changed place, or the action bar of a chip chosen by keyboard, gets the focus once drawn.
  useEffect(() => {
    if (!focusRequest) return;
    const target =
      focusRequest.target === 'assign' ? assignButton.current : document.querySelector<HTMLElement>(`.map-section [data-account-id="${focusRequest.accountId}"]`);
    if (!target) return;
    target.focus({ preventScroll: true });
    target.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    setFocusRequest(null);
  }, [focusRequest, layout, orphans]);

  const onSelect = useCallback((accountId: string, byKeyboard: boolean) => {
    setSelectedId((current) => (current === accountId && !byKeyboard ? null : accountId));
    if (byKeyboard) setFocusRequest({ accountId, target: 'assign' });
  }, []);
  const clearSelection = useCallback(() => setSelectedId(null), []);
  const toggleFold = useCallback(
    (unitId: string) =>
      setFolded((current) => {
        const next = new Set(current);
        if (next.has(unitId)) next.delete(unitId);
        else next.add(unitId);
        return next;
      }),
    [],
  );

  const drag = useAccountDrag({ accounts, units, lang, onDrop: (accountId, unitId) => void assign(accountId, unitId) });
  const draggingId = drag.draggingId;
  const words = useMemo(() => mapWords(t, lang, accounts, findings, units, ownAccounts), [t, lang, accounts, findings, units, ownAccounts]);
  const interaction = useMemo<CanvasInteraction>(() => {
    const pinned = new Set([selectedId, draggingId, focusedId, focusRequest?.accountId].filter((id): id is string => id !== null && id !== undefined));
    return {
      chipLabel: words.chip,
      cardLabel: words.card,
      foldLabel: (box: UnitBox) => t(box.folded ? 'map.fold.unfold' : 'map.fold.fold', { name: units.get(box.unitId)?.name ?? '' }),
      roleDescription: t('map.chip.roleDescription'),
      selectedId,
      readOnly,
      pinned,
      onSelect,
      onClearSelection: clearSelection,
      onToggleFold: toggleFold,
    };
  }, [clearSelection, draggingId, focusRequest, focusedId, onSelect, readOnly, selectedId, t, toggleFold, units, words]);

  // ----- size, folding, printing -----

  const fitAll = () => {
    if (view.width <= 0) return;
    setZoom(zoomToFit((candidate) => layoutAccountMap(input, optionsFor(Math.floor(view.width / candidate))).height, view.height));
  };
  const foldable = useMemo(() => foldableBelowTop(inventory), [inventory]);

  useEffect(() => {
    // Printing from the browser's or the system's own menu also gets the printable map.
    const media = window.matchMedia('print');
    const onMedia = (event: MediaQueryListEvent) => setPrinting(event.matches);
    const before = () => flushSync(() => setPrinting(true));
    const after = () => setPrinting(false);
    media.addEventListener('change', onMedia);
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      media.removeEventListener('change', onMedia);
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, []);

  function print() {
    flushSync(() => setPrinting(true));
    window.print();
  }

  // ----- what is shown -----

  const selected = selectedId ? accounts.get(selectedId) : undefined;
  const selectedPlace = selected?.unitId ? (units.get(selected.unitId)?.name ?? t('map.tray.title')) : t('map.tray.title');
  const shownUnits = input.units.length;
  const filtered = filter.platform !== null || filter.status !== null || filter.onlyUnitsWithAccounts;
  const shownNote = t('map.toolbar.shown', { accounts: input.accounts.length, totalAccounts: inventory.accounts.length, units: shownUnits, totalUnits: inventory.units.length });
  const draggingAccount = draggingId ? accounts.get(draggingId) : undefined;
  const nothing = inventory.units.length === 0 && inventory.accounts.length === 0;

  return (
    <section aria-labelledby="map-title" className="section map-section">
      <div className="map-screen">
        <div className="map-heading">
          <h1 id="map-title">{t('map.title')}</h1>
        </div>
        <p className="help">{t('map.help')}</p>
        {nothing ? (
          <p className="map-empty">{t('map.empty')}</p>
        ) : (
          <DndContext
            sensors={drag.sensors}
            collisionDetection={mapCollisions}
            measuring={{ droppable: { strategy: MeasuringStrategy.WhileDragging } }}
            accessibility={drag.accessibility}
            onDragStart={drag.onDragStart}
            onDragEnd={drag.onDragEnd}
            onDragCancel={drag.onDragCancel}
          >
            <MapToolbar
              filter={filter}
              onFilter={setFilter}
              platforms={platforms}
              zoom={zoom}
              onZoomStep={(direction) => setZoom((current) => nextZoom(current, direction))}
              onZoomReset={() => setZoom(1)}
              onZoomFit={fitAll}
              canFold={foldable.size > 0}
              onFoldAll={() => setFolded(foldable)}
              onUnfoldAll={() => setFolded(new Set())}
              paper={paper}
              onPaper={setPaper}
              onPrint={print}
            />
            <p className="map-shown muted small" aria-live="polite">
              {shownNote}
            </p>
            <details className="map-legend-box" open>
              <summary>{t('map.legend.title')}</summary>
              <MapLegend platforms={platforms} />
            </details>
            {selected && (
              <div className="map-selection" role="group" aria-label={t('map.selection.label')}>
                <p>{t('map.selection.selected', { account: accountName(selected.id), place: selectedPlace })}</p>
                <button ref={assignButton} type="button" disabled={readOnly} onClick={() => setAssigning(true)}>
                  {t('map.selection.assign')}
                </button>
                {selected.unitId !== null && (
                  <button type="button" className="secondary" disabled={readOnly} onClick={() => void assign(selected.id, null)}>
                    {t('map.selection.unassign')}
                  </button>
                )}
                <button type="button" className="secondary" onClick={clearSelection}>
                  {t('map.selection.clear')}
                </button>
              </div>
            )}
            <OrphanTray orphans={orphans} interaction={interaction} />
            {large && <p className="muted small">{t('map.large')}</p>}
            <MapViewport
              layout={layout}
              zoom={zoom}
              cull={large}
              interaction={interaction}
              label={t('map.viewport')}
              onSize={setView}
              onFocusChip={setFocusedId}
              emptyNote={layout && layout.boxes.length === 0 && filtered ? t('map.nothingShown') : null}
            />
            <DragOverlay dropAnimation={null}>
              {draggingAccount ? (
                <ChipFace
                  className="overlay"
                  platform={draggingAccount.platform}
                  status={draggingAccount.status}
                  text={handleOf(draggingAccount)}
                  flagged={findings.has(draggingAccount.id)}
                />
              ) : null}
            </DragOverlay>
          </DndContext>
        )}
        <p className="visually-hidden" role="status" aria-live="polite" data-testid="map-announcement">
          <span key={announcement.serial}>{announcement.text}</span>
        </p>
      </div>
      {!nothing && (printing || !large) && (
        <MapPrint
          input={input}
          labels={labels}
          measure={measure}
          folded={folded}
          paper={paper}
          platforms={platforms}
          institution={profile?.name ?? ''}
          planTitle={profile?.planTitle ?? ''}
          date={t('map.print.date', { date: formatDate(lang, new Date().toISOString().slice(0, 10), 'long') })}
          filterNote={filtered ? shownNote : null}
        />
      )}
      {assigning && selected && (
        <AssignDialog
          accountName={accountName(selected.id)}
          units={inventory.units}
          currentUnitId={selected.unitId}
          onChoose={(unitId) => {
            setAssigning(false);
            void assign(selected.id, unitId);
          }}
          onClose={() => {
            setAssigning(false);
            setFocusRequest({ accountId: selected.id, target: 'assign' });
          }}
        />
      )}
    </section>
  );
}
