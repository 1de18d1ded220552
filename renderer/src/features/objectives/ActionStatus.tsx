import { useCallback, useEffect, useRef, useState } from 'react';
import { useController } from '../../app/controller-context';
import { useApp } from '../../app/store';
import { useT } from '../../i18n/useT';

interface Said {
  text: string;
  serial: number;
  /** The plan revision right after an undoable change: "Undo" is offered only while nothing else has changed. */
  undoAt: number | null;
}

const CLEAR_AFTER_MS = 8000;

export type Say = (text: string, options?: { undoable?: boolean }) => void;

/** What just happened on the screen, and the way to take it back (a deletion above all). */
export function useActionStatus(): [Said | null, Say] {
  const [said, setSaid] = useState<Said | null>(null);
  const say = useCallback<Say>((text, options) => {
    const revision = useApp.getState().plan?.meta.revision ?? null;
    setSaid((previous) => ({ text, serial: (previous?.serial ?? 0) + 1, undoAt: options?.undoable ? revision : null }));
  }, []);
  return [said, say];
}

/**
 * After a deletion the record (and the button pressed) is gone: focus moves to "Undo", the
 * natural next step. After undoing, `onUndone` puts the focus somewhere meaningful.
 */
export function ActionStatus({ said, onUndone }: { said: Said | null; onUndone: () => void }) {
  const t = useT();
  const controller = useController();
  const revision = useApp((state) => state.plan?.meta.revision);
  const undoRef = useRef<HTMLButtonElement>(null);
  const undoable = said !== null && said.undoAt !== null && said.undoAt === revision;
  const offerSerial = undoable ? said.serial : null;
  useEffect(() => {
    if (offerSerial !== null) undoRef.current?.focus();
  }, [offerSerial]);
  // The line sits over the bottom of the screen: once read and no longer undoable it clears itself.
  const [cleared, setCleared] = useState<number | null>(null);
  const serial = said?.serial ?? null;
  useEffect(() => {
    if (serial === null || undoable) return;
    const timer = setTimeout(() => setCleared(serial), CLEAR_AFTER_MS);
    return () => clearTimeout(timer);
  }, [serial, undoable]);
  const shown = said !== null && cleared !== said.serial;
  return (
    <div className="action-status">
      <p role="status">{said && shown && <span key={said.serial}>{said.text}</span>}</p>
      {undoable && (
        <button
          ref={undoRef}
          type="button"
          className="secondary small-button"
          onClick={async () => {
            await controller.undo();
            onUndone();
          }}
        >
          {t('actionui.status.undo')}
        </button>
      )}
    </div>
  );
}
