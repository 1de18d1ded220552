import { useCallback, useEffect, useState } from 'react';
import { toErrorValue } from '../../../../shared/errors';
import type { SnapshotInfo } from '../../../../shared/model/sharing';
import { useController } from '../../app/controller-context';
import { useApp } from '../../app/store';

export type SentCopies = { kind: 'loading' } | { kind: 'loaded'; copies: SnapshotInfo[] } | { kind: 'failed'; message: string };

/**
 * The copies this plan has sent, newest first, read from the plan itself. Read again whenever the
 * plan's revision moves (a send, a merge that brought another copy's list) and on `reload()`.
 */
export function useSentCopies(): { sent: SentCopies; reload: () => void } {
  const controller = useController();
  const revision = useApp((state) => state.plan?.meta.revision ?? -1);
  const [sent, setSent] = useState<SentCopies>({ kind: 'loading' });
  const [asked, setAsked] = useState(0);
  const reload = useCallback(() => setAsked((count) => count + 1), []);

  useEffect(() => {
    let current = true;
    controller
      .query('snapshots.list', undefined)
      .then((snapshots) => {
        if (!current) return;
        const copies = snapshots.filter((snapshot) => snapshot.kind === 'sent').sort((a, b) => b.createdAt.localeCompare(a.createdAt));
        setSent({ kind: 'loaded', copies });
      })
      .catch((error: unknown) => {
        if (current) setSent({ kind: 'failed', message: toErrorValue(error, useApp.getState().lang).message });
      });
    // A slower answer to an older question must not overwrite a newer one.
    return () => {
      current = false;
    };
  }, [controller, revision, asked]);

  return { sent, reload };
}
