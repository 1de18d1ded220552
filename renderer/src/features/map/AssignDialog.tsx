import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { OrgUnit } from '../../../../shared/model/units';
import { useT } from '../../i18n/useT';

interface AssignDialogProps {
  /** How the account is named in the title: "@cultura (Instagram)". */
  accountName: string;
  units: readonly OrgUnit[];
  currentUnitId: string | null;
  onChoose: (unitId: string | null) => void;
  onClose: () => void;
}

interface Entry {
  unit: OrgUnit;
  depth: number;
  /** The units above it, for telling apart "Servicio de Deportes" in two areas. */
  path: string;
}

/** Units in the order of the organisation chart, each with its depth and path. */
function treeOrder(units: readonly OrgUnit[]): Entry[] {
  const children = new Map<string | null, OrgUnit[]>();
  const known = new Set(units.map((unit) => unit.id));
  for (const unit of units) {
    const parent = unit.parentId && known.has(unit.parentId) ? unit.parentId : null;
    children.set(parent, [...(children.get(parent) ?? []), unit]);
  }
  const entries: Entry[] = [];
  const seen = new Set<string>();
  const visit = (parent: string | null, depth: number, path: string) => {
    for (const unit of [...(children.get(parent) ?? [])].sort((a, b) => a.position - b.position || a.name.localeCompare(b.name))) {
      if (seen.has(unit.id)) continue;
      seen.add(unit.id);
      entries.push({ unit, depth, path });
      visit(unit.id, depth + 1, path ? `${path} › ${unit.name}` : unit.name);
    }
  };
  visit(null, 0, '');
  return entries;
}

const fold = (text: string) => text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();

/**
 * The keyboard (and mouse) way to give an account a unit: a searchable list of the organisation
 * chart. Enter in the search box takes the first match; the arrow keys walk the list.
 */
export function AssignDialog({ accountName, units, currentUnitId, onChoose, onClose }: AssignDialogProps) {
  const t = useT();
  const dialog = useRef<HTMLDialogElement>(null);
  const list = useRef<HTMLUListElement>(null);
  const searchId = useId();
  const titleId = useId();
  const [search, setSearch] = useState('');
  const entries = useMemo(() => treeOrder(units), [units]);
  const wanted = fold(search.trim());
  const matches = wanted === '' ? entries : entries.filter((entry) => fold(entry.unit.name).includes(wanted));

  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
  }, []);

  const buttons = () => Array.from(list.current?.querySelectorAll<HTMLButtonElement>('button') ?? []);

  function onSearchKey(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'Enter' && matches[0]) {
      event.preventDefault();
      onChoose(matches[0].unit.id);
    } else if (event.key === 'ArrowDown') {
      event.preventDefault();
      buttons()[0]?.focus();
    }
  }

  function onListKey(event: KeyboardEvent<HTMLUListElement>) {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    event.preventDefault();
    const all = buttons();
    const index = all.indexOf(document.activeElement as HTMLButtonElement);
    all[Math.max(0, Math.min(all.length - 1, index + (event.key === 'ArrowDown' ? 1 : -1)))]?.focus();
  }

  return (
    <dialog ref={dialog} className="map-assign" aria-labelledby={titleId} onClose={onClose}>
      <h2 id={titleId}>{t('map.assign.title', { account: accountName })}</h2>
      <div className="field">
        <label htmlFor={searchId}>{t('map.assign.search')}</label>
        {/* data-draft: Ctrl+Z while typing a search undoes the typing, not the plan's last change (app/keyboard.ts). */}
        <input
          id={searchId}
          type="search"
          autoFocus
          autoComplete="off"
          value={search}
          data-draft={search !== '' ? 'true' : undefined}
          onChange={(event) => setSearch(event.target.value)}
          onKeyDown={onSearchKey}
        />
      </div>
      <ul ref={list} className="map-assign-list" aria-label={t('map.assign.units')} onKeyDown={onListKey}>
        {currentUnitId !== null && wanted === '' && (
          <li>
            <button type="button" className="secondary" onClick={() => onChoose(null)}>
              {t('map.selection.unassign')}
            </button>
          </li>
        )}
        {matches.map((entry) => {
          const current = entry.unit.id === currentUnitId;
          return (
            <li key={entry.unit.id}>
              <button
                type="button"
                className="secondary"
                style={{ paddingLeft: `${0.9 + (wanted === '' ? entry.depth * 1.2 : 0)}rem` }}
                aria-current={current ? 'true' : undefined}
                disabled={current}
                onClick={() => onChoose(entry.unit.id)}
              >
                <span className="map-assign-name">{entry.unit.name}</span>
                <span className="map-assign-meta">
                  {t(`map.kinds.${entry.unit.kind}`)}
                  {wanted !== '' && entry.path ? ` · ${entry.path}` : ''}
                  {current ? ` · ${t('map.assign.current')}` : ''}
                </span>
              </button>
            </li>
          );
        })}
      </ul>
      {matches.length === 0 && <p role="status">{t('map.assign.noMatch', { text: search.trim() })}</p>}
      <div className="button-row">
        <button type="button" className="secondary" onClick={() => dialog.current?.close()}>
          {t('map.assign.cancel')}
        </button>
      </div>
    </dialog>
  );
}
