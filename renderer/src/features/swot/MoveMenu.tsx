import { useEffect, useId, useRef, useState } from 'react';

interface MoveMenuProps {
  label: string;
  /** Accessible name of the button, which says which item moves. */
  buttonLabel: string;
  targets: readonly { value: string; label: string }[];
  onChoose: (value: string) => void;
  disabled?: boolean;
}

/**
 * "Move to…": a button that opens a short list of destinations. The keyboard way of doing what
 * dragging a card across the board does; Escape or leaving the list closes it.
 */
export function MoveMenu({ label, buttonLabel, targets, onChoose, disabled }: MoveMenuProps) {
  const [open, setOpen] = useState(false);
  const listId = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);
  const listRef = useRef<HTMLUListElement>(null);

  useEffect(() => {
    if (open) listRef.current?.querySelector('button')?.focus();
  }, [open]);

  const close = (refocus: boolean) => {
    setOpen(false);
    if (refocus) buttonRef.current?.focus();
  };

  return (
    <div
      className="move-menu"
      onKeyDown={(event) => {
        if (event.key === 'Escape' && open) {
          event.stopPropagation();
          close(true);
        }
      }}
      onBlur={(event) => {
        if (open && !event.currentTarget.contains(event.relatedTarget as Node | null)) setOpen(false);
      }}
    >
      <button
        ref={buttonRef}
        type="button"
        className="secondary small-button"
        data-tool="moveTo"
        aria-label={buttonLabel}
        aria-expanded={open}
        aria-controls={listId}
        disabled={disabled}
        onClick={() => setOpen(!open)}
      >
        {label} ▾
      </button>
      {open && (
        <ul id={listId} ref={listRef} className="move-menu-list">
          {targets.map((target) => (
            <li key={target.value}>
              <button
                type="button"
                onClick={() => {
                  setOpen(false);
                  onChoose(target.value);
                }}
              >
                {target.label}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
