import { useState } from 'react';
import type { SnapshotInfo } from '../../../../shared/model/sharing';
import { useController } from '../../app/controller-context';
import { useApp } from '../../app/store';
import { useT } from '../../i18n/useT';
import { ApprovedVersionsTable } from './ApprovedVersionsTable';
import { exportApprovedVersion } from './version-export';

type Outcome = { tone: 'done' | 'error'; message: string } | null;

interface ApprovedVersionsProps {
  versions: readonly SnapshotInfo[] | null;
  loadError: string | null;
  /** An approved version is open: it keeps no versions of its own, the plan does. */
  viewing: boolean;
}

/** The "Approved versions" part: the table, its empty state, and the outcome of viewing or exporting one. */
export function ApprovedVersions({ versions, loadError, viewing }: ApprovedVersionsProps) {
  const t = useT();
  const controller = useController();
  const file = useApp((state) => state.file);
  const profile = useApp((state) => state.profile);
  const lang = useApp((state) => state.lang);
  const busy = useApp((state) => state.busy);
  const [exporting, setExporting] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<Outcome>(null);
  // Viewing swaps the open plan for the version and comes back to the plan's file: without a file there is nothing to come back to.
  const viewBlocked = file?.handle ? null : t('approvalui.versions.viewNeedsFile');

  async function exportVersion(version: SnapshotInfo) {
    if (!profile) return;
    setExporting(version.label);
    setOutcome(null);
    const result = await exportApprovedVersion(controller, version, { institution: profile.name, title: profile.planTitle }, lang);
    setExporting(null);
    if (result.kind === 'written') setOutcome({ tone: 'done', message: t('approvalui.versions.exported', { label: version.label, name: result.name }) });
    else if (result.kind === 'cancelled') setOutcome({ tone: 'done', message: t('approvalui.versions.cancelled') });
    else setOutcome({ tone: 'error', message: result.error.message });
  }

  return (
    <section aria-labelledby="approved-versions-title" className="approved-versions">
      <h2 id="approved-versions-title">{t('approvalui.versions.title')}</h2>
      <p className="help">{t('approvalui.versions.help')}</p>
      {viewing ? (
        <p className="muted">{t('approvalui.versions.whileViewing')}</p>
      ) : loadError ? (
        <p role="alert" className="field-problem">
          {loadError}
        </p>
      ) : versions === null ? (
        <p className="muted">{t('approvalui.versions.loading')}</p>
      ) : versions.length === 0 ? (
        <p className="muted">{t('approvalui.versions.empty')}</p>
      ) : (
        <>
          <ApprovedVersionsTable
            versions={versions}
            viewBlocked={viewBlocked}
            busy={busy || exporting !== null}
            onView={(version) => void controller.viewVersion(version.id, version.label)}
            onExport={(version) => void exportVersion(version)}
          />
          {viewBlocked && (
            <p id="view-blocked-reason" className="locked-reason">
              {viewBlocked}
            </p>
          )}
        </>
      )}
      <p role="status" aria-live="polite" className="versions-outcome">
        {exporting !== null ? t('approvalui.versions.exporting', { label: exporting }) : outcome?.tone === 'done' ? outcome.message : ''}
      </p>
      {outcome?.tone === 'error' && (
        <p role="alert" className="field-problem">
          {outcome.message}
        </p>
      )}
    </section>
  );
}
