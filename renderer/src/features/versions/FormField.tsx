import { useId } from 'react';

interface FormFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  hint?: string;
  /** Shown under the field and read with it; the field is marked invalid while it is there. */
  problem?: string | null;
  type?: 'text' | 'date';
  required?: boolean;
  maxLength?: number;
}

/**
 * A plain controlled field of a form that is submitted as a whole (unlike CommitField, which
 * writes on every pause): label, hint and the problem found on submit, all tied to the input.
 */
export function FormField({ label, value, onChange, hint, problem, type = 'text', required, maxLength }: FormFieldProps) {
  const id = useId();
  const describedBy = [hint ? `${id}-hint` : '', problem ? `${id}-problem` : ''].filter(Boolean).join(' ');
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type={type}
        value={value}
        required={required}
        maxLength={maxLength}
        aria-invalid={problem ? true : undefined}
        aria-describedby={describedBy || undefined}
        onChange={(event) => onChange(event.target.value)}
      />
      {hint && (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {problem && (
        <p className="field-problem" id={`${id}-problem`}>
          {problem}
        </p>
      )}
    </div>
  );
}
