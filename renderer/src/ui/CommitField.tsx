import { useEffect, useId, useRef, useState, type ReactNode } from 'react';

const IDLE_COMMIT_MS = 800;

interface CommitFieldProps {
  label: string;
  value: string;
  onCommit: (value: string) => void;
  hint?: string;
  multiline?: boolean;
  type?: 'text' | 'date' | 'email';
  required?: boolean;
  disabled?: boolean;
  maxLength?: number;
  children?: ReactNode;
}

/**
 * A text field that edits a draft and hands it to the plan when the user pauses, leaves the
 * field or presses Enter: one undo step per pause, not per keystroke. When the plan's value
 * changes underneath (undo, another field) and there is no draft, the field follows it.
 */
export function CommitField({ label, value, onCommit, hint, multiline, type = 'text', required, disabled, maxLength }: CommitFieldProps) {
  const id = useId();
  const [draft, setDraft] = useState(value);
  // The plan's value the draft started from; a draft equal to it is no draft at all.
  const [base, setBase] = useState(value);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  if (value !== base) {
    if (draft === base) setDraft(value);
    setBase(value);
  }

  useEffect(() => () => {
    if (timer.current) clearTimeout(timer.current);
  }, []);

  function commit(next: string) {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    if (next === base) return;
    onCommit(next);
  }

  function change(next: string) {
    setDraft(next);
    if (timer.current) clearTimeout(timer.current);
    if (type !== 'date') timer.current = setTimeout(() => commit(next), IDLE_COMMIT_MS);
    else commit(next);
  }

  const common = {
    id,
    value: draft,
    disabled,
    required,
    maxLength,
    'aria-describedby': hint ? `${id}-hint` : undefined,
    'data-draft': draft !== base ? 'true' : undefined,
    onBlur: () => commit(draft),
  };

  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {multiline ? (
        <textarea {...common} rows={4} onChange={(event) => change(event.target.value)} />
      ) : (
        <input
          {...common}
          type={type}
          onChange={(event) => change(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter') commit(draft);
          }}
        />
      )}
      {hint && (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
    </div>
  );
}
