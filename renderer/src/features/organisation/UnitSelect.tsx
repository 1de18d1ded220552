import { useId } from 'react';
import { indentedName, useUnitsInTreeOrder } from './units';

interface UnitSelectProps {
  label: string;
  /** null: the "no unit" choice. */
  value: string | null;
  onChange: (unitId: string | null) => void;
  /** What choosing no unit is called here ("No unit", "(Top level)"...). */
  noneLabel: string;
  /** Units that may not be chosen (for example, a unit's own sub-tree when choosing its parent). */
  exclude?: ReadonlySet<string>;
  disabled?: boolean;
  /** Label read by screen readers only, for a field inside a table row whose column header says what it is. */
  labelHidden?: boolean;
  hint?: string;
  /** A few words after some units' names, e.g. "(the unit it reports to)". */
  notes?: ReadonlyMap<string, string>;
  /** false in narrow places (a table cell), where indentation would push the name out of sight. */
  indented?: boolean;
}

const NONE = '';

/** Choose one unit of the organisation, shown as an indented tree. */
export function UnitSelect({ label, value, onChange, noneLabel, exclude, disabled, labelHidden, hint, notes, indented = true }: UnitSelectProps) {
  const id = useId();
  const entries = useUnitsInTreeOrder();
  return (
    <div className={labelHidden ? 'field cell-field' : 'field'}>
      <label htmlFor={id} className={labelHidden ? 'visually-hidden' : undefined}>
        {label}
      </label>
      <select
        id={id}
        value={value ?? NONE}
        disabled={disabled}
        aria-describedby={hint ? `${id}-hint` : undefined}
        onChange={(event) => onChange(event.target.value === NONE ? null : event.target.value)}
      >
        <option value={NONE}>{noneLabel}</option>
        {entries
          .filter((entry) => !exclude?.has(entry.unit.id))
          .map((entry) => {
            const name = indented ? indentedName(entry) : entry.unit.name;
            const note = notes?.get(entry.unit.id);
            return (
              <option key={entry.unit.id} value={entry.unit.id}>
                {note ? `${name} ${note}` : name}
              </option>
            );
          })}
      </select>
      {hint && (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
    </div>
  );
}
