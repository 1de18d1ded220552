import type { SnapshotInfo } from '../../../../shared/model/sharing';
import { useApp } from '../../app/store';
import { useEngineQuery } from '../../app/useEngineQuery';
import { approvedVersions } from './approval-form';

/**
 * The plan's approved versions, read again whenever the plan changes (an approval, a merge that
 * brought a colleague's approved version). null while the first answer is on its way.
 */
export function useApprovedVersions(): { versions: SnapshotInfo[] | null; error: string | null } {
  const planId = useApp((state) => state.plan?.meta.planId);
  const revision = useApp((state) => state.plan?.meta.revision);
  const { value, error } = useEngineQuery('snapshots.list', undefined, `${planId}|${revision}`, planId !== undefined);
  return { versions: value ? approvedVersions(value) : null, error };
}
