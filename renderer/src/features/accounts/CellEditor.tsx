import { useRef, useState, type KeyboardEvent } from 'react';
import type { Account } from '../../../../shared/model/accounts';
import { formatNumber } from '../../../../shared/i18n';
import type { AccountPatch, CellContext, CellEditorSpec } from './columns';
import { parseLocaleNumber } from './locale';

interface CellEditorProps {
  spec: CellEditorSpec;
  account: Account;
  label: string;
  context: CellContext;
  /** A patch to apply (null: nothing changed or cancelled); `refocus` is false when the user tabbed away. */
  onDone: (patch: AccountPatch | null, refocus: boolean) => void;
  onInvalid: (message: string) => void;
}

function initialText(spec: CellEditorSpec, account: Account, context: CellContext): string {
  switch (spec.kind) {
    case 'text':
    case 'select':
      return spec.value(account);
    case 'number': {
      const value = account[spec.field];
      return value === null ? '' : formatNumber(context.lang, value, { useGrouping: false, maximumFractionDigits: 2 });
    }
    case 'date':
      return account[spec.field] ?? '';
  }
}

/**
 * Edits one cell in place. Enter or leaving the cell commits, Escape cancels. A list choice
 * made with the mouse commits at once; with the keyboard, arrows only browse the list and
 * Enter commits, so browsing never writes one undo step per option passed.
 */
export function CellEditor({ spec, account, label, context, onDone, onInvalid }: CellEditorProps) {
  const initial = initialText(spec, account, context);
  const [text, setText] = useState(initial);
  const finished = useRef(false);
  const pointerChoice = useRef(false);

  function patchOf(value: string): AccountPatch | null | 'invalid' {
    if (value === initial) return null;
    switch (spec.kind) {
      case 'text':
        return spec.patch(value);
      case 'select':
        return spec.patch(value);
      case 'date':
        return { [spec.field]: value || null };
      case 'number': {
        const parsed = parseLocaleNumber(context.lang, value);
        if (parsed === undefined || (spec.integer && parsed !== null && !Number.isInteger(parsed))) return 'invalid';
        return { [spec.field]: parsed };
      }
    }
  }

  function finish(value: string | null, refocus: boolean) {
    if (finished.current) return;
    if (value === null) {
      finished.current = true;
      onDone(null, refocus);
      return;
    }
    const patch = patchOf(value);
    if (patch === 'invalid') {
      onInvalid(context.t('accounts.grid.invalidNumber'));
      // Leaving the cell with nonsense in it drops the nonsense; Enter keeps the user there to fix it.
      if (!refocus) {
        finished.current = true;
        onDone(null, false);
      }
      return;
    }
    finished.current = true;
    onDone(patch, refocus);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement | HTMLSelectElement>) {
    // Keys typed while editing belong to the editor, not to the grid's navigation.
    event.stopPropagation();
    if (event.key === 'Enter') {
      event.preventDefault();
      finish(event.currentTarget.value, true);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      finish(null, true);
    } else if (event.key === 'Tab') {
      finish(event.currentTarget.value, false);
    }
  }

  const common = {
    'aria-label': label,
    // Ctrl+Z in a half-typed cell undoes the typing, not the last change to the plan (app/keyboard.ts).
    'data-draft': text !== initial ? 'true' : undefined,
    autoFocus: true,
    className: 'cell-editor',
    onKeyDown,
    onBlur: () => finish(text, false),
  };

  if (spec.kind === 'select') {
    return (
      <select
        {...common}
        value={text}
        onMouseDown={() => {
          pointerChoice.current = true;
        }}
        onChange={(event) => {
          setText(event.target.value);
          if (pointerChoice.current) finish(event.target.value, true);
        }}
      >
        {spec.options(context).map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    );
  }
  return (
    <input
      {...common}
      type={spec.kind === 'date' ? 'date' : 'text'}
      inputMode={spec.kind === 'number' ? 'decimal' : undefined}
      value={text}
      onFocus={(event) => spec.kind !== 'date' && event.currentTarget.select()}
      onChange={(event) => setText(event.target.value)}
    />
  );
}
