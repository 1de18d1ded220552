import { useState } from 'react';
import { CommitField } from '../../ui/CommitField';
import { oneItemPerLine } from './lines';

interface ListFieldProps {
  label: string;
  hint: string;
  value: string;
  maxLength: number;
  disabled: boolean;
  /** Called with the list cleaned to one item per line, and only when that differs from `value`. */
  onCommit: (items: string) => void;
}

/**
 * A multi-line field for a list typed one item per line. What is stored is cleaned (trimmed
 * lines, no blank ones); once the user leaves the field it is shown again from the plan, so the
 * field shows exactly what the document will list rather than the spacing that was typed.
 */
export function ListField({ label, hint, value, maxLength, disabled, onCommit }: ListFieldProps) {
  // A new generation after each visit: the field starts again from the plan's value, without a draft.
  const [generation, setGeneration] = useState(0);
  return (
    <div onBlur={() => setGeneration((current) => current + 1)}>
      <CommitField
        key={generation}
        label={label}
        hint={hint}
        multiline
        value={value}
        maxLength={maxLength}
        disabled={disabled}
        onCommit={(text) => {
          const items = oneItemPerLine(text);
          if (items !== value) onCommit(items);
        }}
      />
    </div>
  );
}
