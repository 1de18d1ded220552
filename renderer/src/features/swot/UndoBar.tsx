import type { ChangeCall } from '../../../../shared/engine/contract';
import { useController } from '../../app/controller-context';
import { useApp } from '../../app/store';
import { useT } from '../../i18n/useT';

interface UndoBarProps {
  /** What was deleted, as the user knows it. */
  message: string;
  /** The change this bar can take back; the bar hides once something else is the last change. */
  call: ChangeCall;
  onUndone: () => void;
  onDismiss: () => void;
}

/**
 * Deleting asks nothing: it happens, and this bar offers it back. It only stays while the delete
 * is still the last change, so its button never undoes something else.
 */
export function UndoBar({ message, call, onUndone, onDismiss }: UndoBarProps) {
  const t = useT();
  const controller = useController();
  const history = useApp((state) => state.plan?.history);
  if (history?.undoLabel !== call) return null;
  return (
    <div className="undo-bar" role="status">
      <span>{message}</span>
      <button
        type="button"
        onClick={() => {
          void controller.undo().then(onUndone);
        }}
      >
        {t('diagnosis.common.undo')}
      </button>
      <button type="button" className="link" aria-label={t('diagnosis.common.dismiss')} onClick={onDismiss}>
        ×
      </button>
    </div>
  );
}
