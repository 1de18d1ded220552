import { useState } from 'react';

interface CheckFieldProps {
  label: string;
  checked: boolean;
  disabled?: boolean;
  /** Resolves once the plan has answered (accepted or refused). */
  onChange: (checked: boolean) => Promise<unknown>;
}

/**
 * A checkbox bound to the plan. The plan answers from its Worker a moment later; meanwhile the
 * box shows what the user clicked instead of flicking back, and it follows the plan afterwards.
 */
export function CheckField({ label, checked, disabled, onChange }: CheckFieldProps) {
  const [pending, setPending] = useState<boolean | null>(null);
  return (
    <label className="check-field">
      <input
        type="checkbox"
        checked={pending ?? checked}
        disabled={disabled}
        onChange={(event) => {
          const next = event.target.checked;
          setPending(next);
          void onChange(next).finally(() => setPending(null));
        }}
      />
      {label}
    </label>
  );
}
