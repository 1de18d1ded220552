import { useId, useState } from 'react';
import type { Person } from '../../../../shared/model/people';
import { useT } from '../../i18n/useT';

interface PeoplePickerProps {
  legend: string;
  people: readonly Person[];
  value: readonly string[];
  disabled?: boolean;
  onChange: (ids: string[]) => void;
}

/**
 * Chooses people from the directory: the chosen ones as removable chips, the others in a
 * list (type-ahead works in a native list, and it reads well with a screen reader).
 */
export function PeoplePicker({ legend, people, value, disabled, onChange }: PeoplePickerProps) {
  const t = useT();
  const selectId = useId();
  const [choice, setChoice] = useState('');
  const byId = new Map(people.map((person) => [person.id, person]));
  const others = people.filter((person) => !value.includes(person.id));

  return (
    <fieldset className="field people-picker" disabled={disabled}>
      <legend>{legend}</legend>
      {value.length === 0 ? (
        <p className="muted">{t('accounts.editor.noPeople')}</p>
      ) : (
        <ul className="chips">
          {value.map((id) => {
            const name = byId.get(id)?.name ?? id;
            return (
              <li key={id} className="chip">
                <span>{name}</span>
                <button type="button" className="chip-remove" aria-label={t('accounts.editor.removePerson', { name })} onClick={() => onChange(value.filter((other) => other !== id))}>
                  ×
                </button>
              </li>
            );
          })}
        </ul>
      )}
      {people.length === 0 ? (
        <p className="hint">{t('accounts.editor.emptyDirectory')}</p>
      ) : (
        others.length > 0 && (
          <div className="inline-pick">
            <label htmlFor={selectId}>{t('accounts.editor.addPerson')}</label>
            <select id={selectId} value={choice} onChange={(event) => setChoice(event.target.value)}>
              <option value="">{t('accounts.bulk.choose')}</option>
              {others.map((person) => (
                <option key={person.id} value={person.id}>
                  {person.role ? `${person.name} — ${person.role}` : person.name}
                </option>
              ))}
            </select>
            <button
              type="button"
              className="secondary"
              disabled={!choice}
              onClick={() => {
                onChange([...value, choice]);
                setChoice('');
              }}
            >
              {t('accounts.editor.addPersonButton')}
            </button>
          </div>
        )
      )}
    </fieldset>
  );
}
