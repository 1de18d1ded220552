import type { SnapshotInfo } from '../../../../shared/model/sharing';
import { useApp } from '../../app/store';
import { useEngineQuery } from '../../app/useEngineQuery';

export type SentCopies = { kind: 'loading' } | { kind: 'loaded'; copies: SnapshotInfo[] } | { kind: 'failed'; message: string };

/**
 * The copies this plan has sent, newest first, read from the plan itself. Read again whenever the
 * plan's revision moves (a copy recorded as sent, a merge that brought another copy's list).
 */
export function useSentCopies(): SentCopies {
  const revision = useApp((state) => state.plan?.meta.revision ?? -1);
  const { value, error } = useEngineQuery('snapshots.list', undefined, String(revision));
  if (error) return { kind: 'failed', message: error };
  if (!value) return { kind: 'loading' };
  const copies = value.filter((snapshot) => snapshot.kind === 'sent').sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  return { kind: 'loaded', copies };
}
