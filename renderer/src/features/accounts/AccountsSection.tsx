import { useCallback, useDeferredValue, useEffect, useLayoutEffect, useMemo } from 'react';
import { useController } from '../../app/controller-context';
import { useApp } from '../../app/store';
import { useT } from '../../i18n/useT';
import { AccountEditor } from './AccountEditor';
import { AccountsGrid, rowName, useLiveSelection } from './AccountsGrid';
import { AddAccount } from './AddAccount';
import { BulkBar } from './BulkBar';
import { cellFormats, type AccountPatch, type CellContext, type Column } from './columns';
import { buildRows, filterRows, sortRows, type AccountRow } from './grid-model';
import { GridFilters } from './GridFilters';
import { useInventoryIndex } from './inventory-index';
import { useCollator } from './locale';
import { useAnnouncer } from './useAnnouncer';
import { openEditor, syncViewWithPlan, useAccountsView } from './view-store';
import { TransferPanel } from '../transfer/TransferPanel';
import './accounts.css';

/** The account inventory: add by pasting an address, a grid to sort, filter and edit, bulk changes. */
export function AccountsSection() {
  const t = useT();
  const controller = useController();
  const lang = useApp((state) => state.lang);
  const inventory = useApp((state) => state.inventory);
  const plan = useApp((state) => state.plan);
  const collator = useCollator();
  const index = useInventoryIndex(inventory, collator);
  const planId = plan?.meta.planId ?? null;
  const filters = useAccountsView((view) => view.filters);
  const sort = useAccountsView((view) => view.sort);
  const editingId = useAccountsView((view) => view.editingId);
  // Typing in the search box stays responsive with 5,000 rows: the grid catches up a beat later.
  const search = useDeferredValue(filters.search);
  const [announce, announcer] = useAnnouncer();

  useLayoutEffect(() => syncViewWithPlan(planId), [planId]);

  const rows = useMemo(() => (inventory && index ? buildRows(inventory.accounts, index, t, collator) : []), [inventory, index, t, collator]);
  const { platform, unit, status, finding } = filters;
  // Keyed on each filter, not on the filters object: a keystroke in the search box must not filter twice.
  const filtered = useMemo(
    () => filterRows(rows, { platform, unit, status, finding, search }, inventory?.units ?? []),
    [rows, platform, unit, status, finding, search, inventory],
  );
  const shown = useMemo(() => sortRows(filtered, sort, collator), [filtered, sort, collator]);
  const existing = useMemo(() => new Set(rows.map((row) => row.account.id)), [rows]);
  const selectedIds = useLiveSelection(existing);
  const format = useMemo(() => cellFormats(lang), [lang]);
  const context = useMemo<CellContext | null>(() => (index ? { t, lang, index, format } : null), [t, lang, index, format]);

  const onCommit = useCallback(
    (row: AccountRow, column: Column, patch: AccountPatch) => {
      void controller.change('account.update', { id: row.account.id, ...patch }).then((updated) => {
        if (updated) announce(t('accounts.grid.saved', { column: t(column.label), name: rowName(row) }));
      });
    },
    [controller, announce, t],
  );

  const editing = useMemo(() => (editingId ? (inventory?.accounts.find((account) => account.id === editingId) ?? null) : null), [editingId, inventory]);
  // An undo that removes the open account closes its record for good, so a redo does not pop it up again.
  useEffect(() => {
    if (editingId && inventory && !editing) openEditor(null);
  }, [editingId, inventory, editing]);

  if (!inventory || !index || !context || !plan) return null;
  const readOnly = plan.readOnly;

  return (
    <section aria-labelledby="accounts-title" className="section accounts-screen">
      <header className="accounts-header">
        <h1 id="accounts-title">{t('accounts.title')}</h1>
        <div className="transfer-slot">
          <TransferPanel />
        </div>
      </header>
      <p className="help">{t('accounts.help')}</p>
      <AddAccount accounts={inventory.accounts} index={index} readOnly={readOnly} announce={announce} />
      <GridFilters index={index} shown={shown.length} total={rows.length} />
      <BulkBar ids={selectedIds} index={index} readOnly={readOnly} announce={announce} />
      {announcer}
      <div className="grid-wrap">
        <AccountsGrid rows={shown} context={context} readOnly={readOnly} onCommit={onCommit} onInvalid={announce} />
        {shown.length === 0 && <p className="grid-empty">{rows.length === 0 ? t('accounts.grid.emptyInventory') : t('accounts.grid.empty')}</p>}
      </div>
      <AccountEditor account={editing} index={index} readOnly={readOnly} announce={announce} />
    </section>
  );
}
