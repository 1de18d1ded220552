import { useId, useLayoutEffect, useRef, type ReactNode } from 'react';
import './confirm-dialog.css';

interface ConfirmDialogProps {
  title: string;
  confirmLabel: string;
  cancelLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
  children: ReactNode;
}

/**
 * A modal question before something that cannot be seen afterwards (a deletion). The native
 * <dialog> keeps focus inside, closes with Escape and tells screen readers it is a dialog.
 * Mount it to open it; unmount it to close it.
 */
export function ConfirmDialog({ title, confirmLabel, cancelLabel, onConfirm, onCancel, children }: ConfirmDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const titleId = useId();
  const bodyId = useId();

  // A layout effect: its cleanup runs while the dialog is still in the page, so closing it gives
  // the focus back to the button that opened it (a plain effect runs after removal, and focus is lost).
  useLayoutEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (!dialog.open) dialog.showModal();
    // The safe answer has the focus: Enter or Space on arrival never deletes anything.
    cancelRef.current?.focus();
    return () => dialog.close();
  }, []);

  return (
    <dialog
      ref={ref}
      className="confirm-dialog"
      aria-labelledby={titleId}
      aria-describedby={bodyId}
      onCancel={(event) => {
        // Escape: let React decide (unmounting closes it), so the dialog and the state never disagree.
        event.preventDefault();
        onCancel();
      }}
    >
      <form
        method="dialog"
        onSubmit={(event) => {
          event.preventDefault();
          onConfirm();
        }}
      >
        <h2 id={titleId}>{title}</h2>
        <div id={bodyId} className="confirm-body">
          {children}
        </div>
        <div className="button-row confirm-actions">
          <button type="submit" className="danger">
            {confirmLabel}
          </button>
          <button ref={cancelRef} type="button" className="secondary" onClick={onCancel}>
            {cancelLabel}
          </button>
        </div>
      </form>
    </dialog>
  );
}
