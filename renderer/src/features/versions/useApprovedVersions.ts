import { useEffect, useState } from 'react';
import { toErrorValue } from '../../../../shared/errors';
import type { SnapshotInfo } from '../../../../shared/model/sharing';
import { useController } from '../../app/controller-context';
import { useApp } from '../../app/store';
import { approvedVersions } from './approval-form';

/**
 * The plan's approved versions, read again whenever the plan changes (an approval, a merge that
 * brought a colleague's approved version). null while the first answer is on its way.
 */
export function useApprovedVersions(): { versions: SnapshotInfo[] | null; error: string | null } {
  const controller = useController();
  const planId = useApp((state) => state.plan?.meta.planId);
  const revision = useApp((state) => state.plan?.meta.revision);
  const [versions, setVersions] = useState<SnapshotInfo[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (planId === undefined) return;
    // An answer for an earlier revision must not overwrite a later one.
    let current = true;
    controller.query('snapshots.list', undefined).then(
      (snapshots) => {
        if (!current) return;
        setVersions(approvedVersions(snapshots));
        setError(null);
      },
      (failure: unknown) => {
        if (current) setError(toErrorValue(failure, useApp.getState().lang).message);
      },
    );
    return () => {
      current = false;
    };
  }, [controller, planId, revision]);

  return { versions, error };
}
