import { useId, useRef, useState } from 'react';
import { personFieldsSchema, type Person } from '../../../../shared/model/people';
import { useController } from '../../app/controller-context';
import { useApp } from '../../app/store';
import { useT } from '../../i18n/useT';
import './people.css';

interface PersonPickerProps {
  label: string;
  /** The chosen person's id; null for nobody. */
  value: string | null;
  onChange: (personId: string | null) => void;
  /** The unit a person created from here joins (for example, the unit whose head is being chosen). */
  unitIdForNew?: string | null;
  disabled?: boolean;
  hint?: string;
}

const NOBODY = '';
const NO_PEOPLE: Person[] = [];

/** The option text: the name, and the role when there is one, so that namesakes can be told apart. */
export function personLabel(person: Person): string {
  return person.role ? `${person.name} — ${person.role}` : person.name;
}

/**
 * Choose someone from the people directory, or add them on the spot without leaving the
 * screen. Creating and then assigning are two plan changes (two undo steps).
 */
export function PersonPicker({ label, value, onChange, unitIdForNew = null, disabled, hint }: PersonPickerProps) {
  const t = useT();
  const controller = useController();
  const people = useApp((state) => state.inventory?.people ?? NO_PEOPLE);
  const id = useId();
  const selectRef = useRef<HTMLSelectElement>(null);
  const [creating, setCreating] = useState(false);
  const [name, setName] = useState('');
  const [role, setRole] = useState('');
  const [problem, setProblem] = useState<string | null>(null);

  function close() {
    setCreating(false);
    setName('');
    setRole('');
    setProblem(null);
    selectRef.current?.focus();
  }

  async function create() {
    if (!personFieldsSchema.shape.name.safeParse(name).success) {
      setProblem(t('organisation.picker.nameMissing'));
      return;
    }
    const person = await controller.change('person.create', { name, role, unitId: unitIdForNew });
    if (!person) return;
    onChange(person.id);
    close();
  }

  const known = value !== null && people.some((person) => person.id === value);
  return (
    <div className="field person-picker">
      <label htmlFor={id}>{label}</label>
      <div className="picker-row">
        <select
          ref={selectRef}
          id={id}
          value={known ? value : NOBODY}
          disabled={disabled}
          aria-describedby={hint ? `${id}-hint` : undefined}
          onChange={(event) => onChange(event.target.value === NOBODY ? null : event.target.value)}
        >
          <option value={NOBODY}>{t('organisation.picker.none')}</option>
          {people.map((person) => (
            <option key={person.id} value={person.id}>
              {personLabel(person)}
            </option>
          ))}
        </select>
        <button type="button" className="secondary" disabled={disabled || creating} aria-expanded={creating} aria-controls={`${id}-new`} onClick={() => setCreating(true)}>
          {t('organisation.picker.create')}
        </button>
      </div>
      {hint && (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {creating && (
        <div
          id={`${id}-new`}
          role="group"
          aria-labelledby={`${id}-new-title`}
          className="picker-new"
          onKeyDown={(event) => {
            if (event.key === 'Escape') {
              event.stopPropagation();
              close();
            }
          }}
        >
          <p id={`${id}-new-title`} className="picker-new-title">
            {t('organisation.picker.createTitle', { field: label })}
          </p>
          <label htmlFor={`${id}-name`}>{t('organisation.picker.newName')}</label>
          <input
            id={`${id}-name`}
            autoFocus
            value={name}
            maxLength={200}
            aria-invalid={problem ? true : undefined}
            aria-describedby={problem ? `${id}-problem` : undefined}
            onChange={(event) => setName(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === 'Enter') {
                event.preventDefault();
                void create();
              }
            }}
          />
          <label htmlFor={`${id}-role`}>{t('organisation.picker.newRole')}</label>
          <input
            id={`${id}-role`}
            value={role}
            maxLength={200}
            onChange={(event) => setRole(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === 'Enter') {
                event.preventDefault();
                void create();
              }
            }}
          />
          {problem && (
            <p id={`${id}-problem`} className="field-problem" role="alert">
              {problem}
            </p>
          )}
          <div className="button-row">
            <button type="button" onClick={() => void create()}>
              {t('organisation.picker.createAndAssign')}
            </button>
            <button type="button" className="secondary" onClick={close}>
              {t('organisation.picker.cancel')}
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
