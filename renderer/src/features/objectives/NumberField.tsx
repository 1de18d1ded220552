import { useEffect, useId, useRef, useState } from 'react';
import { formatNumber } from '../../../../shared/i18n';
import { useApp } from '../../app/store';
import { useT } from '../../i18n/useT';
import { formatNumberInput, parseNumberInput } from './numbers';

const IDLE_COMMIT_MS = 800;

interface NumberFieldProps {
  label: string;
  value: number | null;
  onCommit: (value: number | null) => void;
  /** Written after the field ("€/h", "h"); also read out as part of the description. */
  suffix?: string;
  /** What an emptied field means: null (not recorded) unless a number is given (hours: 0). */
  emptyValue?: number | null;
  min?: number;
  max?: number;
  allowNegative?: boolean;
  hint?: string;
  disabled?: boolean;
  /** For a field in a table row whose column header already says what it is. */
  labelHidden?: boolean;
  className?: string;
}

/**
 * A number typed as people write it in their language ("1.234,5"), handed to the plan when the
 * user pauses, leaves or presses Enter — only when it is a number in range; otherwise the field
 * says what is wrong and the plan keeps its value. A pending draft marks itself (data-draft) so
 * that Ctrl+Z undoes the typing, not the plan.
 */
export function NumberField({ label, value, onCommit, suffix, emptyValue = null, min, max, allowNegative, hint, disabled, labelHidden, className }: NumberFieldProps) {
  const t = useT();
  const lang = useApp((state) => state.lang);
  const id = useId();
  const [draft, setDraft] = useState(() => formatNumberInput(lang, value));
  // The plan's value the draft started from: the text is a draft only while it means something else.
  const [base, setBase] = useState(value);
  const [problem, setProblem] = useState<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const meaning = (text: string) => {
    const outcome = read(text);
    return 'value' in outcome ? outcome.value : undefined;
  };

  if (value !== base) {
    // Undo, another screen or our own commit changed the plan: follow it unless the user is
    // in the middle of typing something else ("1.234,5" that was just stored stays as typed).
    const current = meaning(draft);
    if (current === base) setDraft(formatNumberInput(lang, value));
    setBase(value);
  }
  const pending = meaning(draft) !== value;

  useEffect(() => () => {
    if (timer.current) clearTimeout(timer.current);
  }, []);

  /** The value the text stands for, or the reason it cannot be taken. */
  function read(text: string): { value: number | null } | { problem: string } {
    const parsed = parseNumberInput(lang, text, allowNegative);
    if (parsed === undefined) return { problem: t('actionui.number.invalid') };
    const result = parsed === null ? emptyValue : parsed;
    if (result !== null && ((min !== undefined && result < min) || (max !== undefined && result > max))) {
      return { problem: t('actionui.number.range', { min: formatNumber(lang, min ?? 0), max: formatNumber(lang, max ?? 0) }) };
    }
    return { value: result };
  }

  function commit(text: string, explicit: boolean) {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    const outcome = read(text);
    if ('problem' in outcome) {
      // While typing, a half-written number is not an error yet; on leaving it is.
      if (explicit) setProblem(outcome.problem);
      return;
    }
    setProblem(null);
    if (outcome.value === value) return;
    onCommit(outcome.value);
  }

  const describedBy = [hint && `${id}-hint`, suffix && `${id}-suffix`, problem && `${id}-problem`].filter(Boolean).join(' ') || undefined;
  return (
    <div className={['field', 'number-field', labelHidden ? 'cell-field' : '', className ?? ''].filter(Boolean).join(' ')}>
      <label htmlFor={id}>{label}</label>
      <div className="number-input">
        <input
          id={id}
          type="text"
          inputMode="decimal"
          autoComplete="off"
          value={draft}
          disabled={disabled}
          aria-invalid={problem ? true : undefined}
          aria-describedby={describedBy}
          data-draft={pending ? 'true' : undefined}
          onChange={(event) => {
            const next = event.target.value;
            setDraft(next);
            if (timer.current) clearTimeout(timer.current);
            timer.current = setTimeout(() => commit(next, false), IDLE_COMMIT_MS);
          }}
          onBlur={() => commit(draft, true)}
          onKeyDown={(event) => {
            if (event.key === 'Enter') commit(draft, true);
            if (event.key === 'Escape' && pending) {
              event.stopPropagation();
              setDraft(formatNumberInput(lang, value));
              setProblem(null);
            }
          }}
        />
        {suffix && (
          <span className="number-suffix" id={`${id}-suffix`}>
            {suffix}
          </span>
        )}
      </div>
      {hint && (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {problem && (
        <p className="field-problem" id={`${id}-problem`} role="alert">
          {problem}
        </p>
      )}
    </div>
  );
}
