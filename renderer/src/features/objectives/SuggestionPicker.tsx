import { useId, useState } from 'react';
import { useT } from '../../i18n/useT';

export interface SuggestionOption {
  id: string;
  text: string;
  detail: string;
  /** Why it is listed where it is ("answers 2 items of your SWOT"), or that it is already in. */
  note?: string;
}

interface SuggestionPickerProps {
  label: string;
  insertLabel: string;
  options: readonly SuggestionOption[];
  onInsert: (id: string) => Promise<void>;
  disabled?: boolean;
}

/**
 * The suggestion library at hand: choose one (the most relevant first), read what it is about,
 * insert it with one button. A native list: type-ahead works and screen readers know it.
 */
export function SuggestionPicker({ label, insertLabel, options, onInsert, disabled }: SuggestionPickerProps) {
  const t = useT();
  const id = useId();
  const [chosen, setChosen] = useState('');
  const [working, setWorking] = useState(false);
  const option = options.find((candidate) => candidate.id === chosen);
  return (
    <div className="suggestion-picker">
      <div className="field">
        <label htmlFor={id}>{label}</label>
        <div className="picker-row">
          <select id={id} value={chosen} disabled={disabled} aria-describedby={option ? `${id}-detail` : undefined} onChange={(event) => setChosen(event.target.value)}>
            <option value="">{t('actionui.suggestions.choose', { count: options.length })}</option>
            {options.map((candidate) => (
              <option key={candidate.id} value={candidate.id}>
                {candidate.note ? `${candidate.text} — ${candidate.note}` : candidate.text}
              </option>
            ))}
          </select>
          <button
            type="button"
            disabled={disabled || !option || working}
            onClick={async () => {
              if (!option) return;
              setWorking(true);
              try {
                await onInsert(option.id);
                setChosen('');
              } finally {
                setWorking(false);
              }
            }}
          >
            {insertLabel}
          </button>
        </div>
      </div>
      {option && (
        <p className="suggestion-detail" id={`${id}-detail`}>
          {option.detail}
        </p>
      )}
    </div>
  );
}
