import { useDeferredValue, useEffect, useId, useMemo, useRef, useState } from 'react';
import { useT } from '../../i18n/useT';
import { plainText } from './text';

export interface PickerItem {
  id: string;
  label: string;
  /** A few words before the label on the chosen chip ("Debilidad"), so a chip reads on its own. */
  tag?: string;
}

export interface PickerGroup {
  key: string;
  label: string;
  items: readonly PickerItem[];
}

interface MultiPickerProps {
  label: string;
  groups: readonly PickerGroup[];
  value: readonly string[];
  /** May return the plan change's promise: when the last one settles the picker shows the plan's truth (a refused change is undone on screen). */
  onChange: (ids: string[]) => Promise<unknown> | void;
  /** Said when nothing is chosen. */
  emptyText: string;
  /** Said instead of the button when there is nothing to choose from. */
  nothingToChoose: string;
  /** Lists longer than this get a search box and show only the first matches. */
  searchFrom?: number;
  disabled?: boolean;
}

const SHOWN_AT_MOST = 60;

/**
 * Chooses several records: the chosen ones are chips (each removable), the rest are
 * checkboxes in a panel opened on demand, grouped, with a search box when the list is long
 * (there may be thousands of accounts). Every tick is one plan change.
 */
export function MultiPicker({ label, groups, value, onChange, emptyText, nothingToChoose, searchFrom = 15, disabled }: MultiPickerProps) {
  const t = useT();
  const id = useId();
  const toggleRef = useRef<HTMLButtonElement>(null);
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState('');
  const deferredQuery = useDeferredValue(query);
  // Ticks faster than the plan answers must add up, not overwrite each other: the picker shows
  // and builds on what the user ticked until the plan's answer arrives.
  const [current, setCurrent] = useState(value);
  const [seen, setSeen] = useState(value);
  const latest = useRef(value);
  const [pending, setPending] = useState(0);
  // Bumped whenever a change settles: once none is pending the picker shows the plan's value
  // again (which undoes on screen a change the plan refused).
  const [syncRequest, setSyncRequest] = useState(0);
  const [synced, setSynced] = useState(0);
  if (pending === 0 && (value !== seen || syncRequest !== synced)) {
    setSeen(value);
    setSynced(syncRequest);
    setCurrent(value);
  }
  useEffect(() => {
    latest.current = current;
  }, [current]);

  const total = useMemo(() => groups.reduce((sum, group) => sum + group.items.length, 0), [groups]);
  const searchable = total > searchFrom;
  // Chips follow the lists' order (weaknesses first...), not the order things were ticked.
  const chosen = useMemo(() => {
    const ticked = new Set(current);
    return groups.flatMap((group) => group.items.filter((item) => ticked.has(item.id)));
  }, [groups, current]);

  const visible = useMemo(() => {
    const wanted = plainText(deferredQuery.trim());
    const matching = groups.map((group) => ({ ...group, items: group.items.filter((item) => wanted === '' || plainText(`${item.tag ?? ''} ${item.label}`).includes(wanted)) }));
    const matches = matching.reduce((sum, group) => sum + group.items.length, 0);
    // A long list shows only its first matches, in group order: thousands of checkboxes help nobody.
    const shown = matching.map((group, index) => {
      if (!searchable) return group;
      const before = matching.slice(0, index).reduce((sum, other) => sum + other.items.length, 0);
      return { ...group, items: group.items.slice(0, Math.max(0, SHOWN_AT_MOST - before)) };
    });
    return { groups: shown.filter((group) => group.items.length > 0), matches, listed: shown.reduce((sum, group) => sum + group.items.length, 0) };
  }, [groups, deferredQuery, searchable]);

  function toggle(itemId: string, on: boolean) {
    const next = on ? [...latest.current.filter((other) => other !== itemId), itemId] : latest.current.filter((other) => other !== itemId);
    latest.current = next;
    setCurrent(next);
    const settled = onChange(next);
    if (!settled) return;
    setPending((count) => count + 1);
    void settled.finally(() => {
      setPending((count) => count - 1);
      setSyncRequest((request) => request + 1);
    });
  }

  function close() {
    setOpen(false);
    setQuery('');
    toggleRef.current?.focus();
  }

  return (
    <div className="multi-picker" role="group" aria-labelledby={`${id}-label`}>
      <span className="multi-picker-label" id={`${id}-label`}>
        {label}
      </span>
      {chosen.length === 0 ? (
        <p className="muted small multi-picker-empty">{emptyText}</p>
      ) : (
        <ul className="pick-chips" aria-label={t('actionui.picker.chosen', { count: chosen.length })}>
          {chosen.map((item) => (
            <li key={item.id} className="pick-chip" title={item.label}>
              {item.tag && <span className="pick-chip-tag">{item.tag}</span>}
              <span className="pick-chip-text">{item.label}</span>
              <button
                type="button"
                className="pick-chip-remove"
                disabled={disabled}
                aria-label={t('actionui.picker.remove', { name: item.label })}
                onClick={() => toggle(item.id, false)}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      {total === 0 ? (
        <p className="hint">{nothingToChoose}</p>
      ) : (
        <button
          ref={toggleRef}
          type="button"
          className="secondary small-button"
          disabled={disabled}
          aria-expanded={open}
          aria-controls={`${id}-panel`}
          onClick={() => (open ? close() : setOpen(true))}
        >
          {open ? t('actionui.picker.done') : t('actionui.picker.open', { count: chosen.length, total })}
        </button>
      )}
      {open && (
        <div
          id={`${id}-panel`}
          className="multi-picker-panel"
          onKeyDown={(event) => {
            if (event.key === 'Escape') {
              event.stopPropagation();
              close();
            }
          }}
        >
          {searchable && (
            <div className="field multi-picker-search">
              <label htmlFor={`${id}-search`}>{t('actionui.picker.search', { what: label })}</label>
              {/* data-draft: Ctrl+Z while typing a search undoes the typing, not the plan's last change. */}
              <input id={`${id}-search`} type="search" value={query} autoFocus data-draft={query ? 'true' : undefined} onChange={(event) => setQuery(event.target.value)} />
            </div>
          )}
          {visible.groups.map((group) => (
            <fieldset key={group.key} className="multi-picker-group">
              <legend>{group.label}</legend>
              {group.items.map((item, index) => (
                <label key={item.id} className="check">
                  <input
                    type="checkbox"
                    checked={current.includes(item.id)}
                    disabled={disabled}
                    autoFocus={!searchable && index === 0 && group === visible.groups[0]}
                    onChange={(event) => toggle(item.id, event.target.checked)}
                  />
                  <span>{item.label}</span>
                </label>
              ))}
            </fieldset>
          ))}
          <p className="hint" role="status">
            {visible.matches === 0
              ? t('actionui.picker.noMatches')
              : visible.listed < visible.matches
                ? t('actionui.picker.showing', { shown: visible.listed, total: visible.matches })
                : ''}
          </p>
        </div>
      )}
    </div>
  );
}
