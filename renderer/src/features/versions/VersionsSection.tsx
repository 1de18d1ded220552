import { useState } from 'react';
import type { CallInput } from '../../../../shared/engine/contract';
import { formatDate } from '../../../../shared/i18n';
import { useController } from '../../app/controller-context';
import { useApp } from '../../app/store';
import { useT } from '../../i18n/useT';
import { localIsoDate } from '../document/versions';
import { ApprovalDialog } from './ApprovalDialog';
import { ApprovedVersions } from './ApprovedVersions';
import { PlanStatusPanel } from './PlanStatusPanel';
import { approvalDefaults } from './approval-form';
import { useApprovedVersions } from './useApprovedVersions';
import './versions.css';

/**
 * "Status and versions": the plan's life from draft to review to approval, and the versions
 * approved so far, frozen inside the file, to view or export as they were approved.
 */
export function VersionsSection() {
  const t = useT();
  const controller = useController();
  const plan = useApp((state) => state.plan);
  const document = useApp((state) => state.document);
  const viewingVersion = useApp((state) => state.viewingVersion);
  const lang = useApp((state) => state.lang);
  const busy = useApp((state) => state.busy);
  const { versions, error } = useApprovedVersions();
  const [approving, setApproving] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  if (!plan || !document) return null;

  const lockedReason = viewingVersion
    ? t('approvalui.status.viewingVersion', { label: viewingVersion.label })
    : plan.readOnly
      ? t('approvalui.status.readOnly')
      : null;

  async function changeStatus(status: 'draft' | 'in_review') {
    const changed = await controller.record('plan.setStatus', { status });
    if (changed) setAnnouncement(t(`approvalui.status.changed.${status}`));
  }

  async function approve(input: CallInput<'plan.approve'>): Promise<boolean> {
    const outcome = await controller.record('plan.approve', input);
    if (!outcome) return false;
    setApproving(false);
    setAnnouncement(t('approvalui.approve.done', { label: outcome.version.label, body: input.approvedBy, date: formatDate(lang, input.approvedOn, 'long'), draft: outcome.draftLabel }));
    return true;
  }

  return (
    <section aria-labelledby="versions-screen-title" className="section versions-screen">
      <h1 id="versions-screen-title">{t('approvalui.title')}</h1>
      <p className="help">{t('approvalui.help')}</p>
      <PlanStatusPanel
        status={plan.meta.status}
        versionLabel={plan.meta.versionLabel}
        draftMarking={document.settings.draftMarking}
        lockedReason={lockedReason}
        busy={busy || versions === null}
        onStatus={(status) => void changeStatus(status)}
        onApprove={() => {
          setAnnouncement('');
          setApproving(true);
        }}
      />
      <p role="status" aria-live="polite" className={announcement ? 'versions-announcement' : 'versions-announcement empty'}>
        {announcement}
      </p>
      <ApprovedVersions versions={versions} loadError={error} viewing={viewingVersion !== null} />
      {approving && versions && (
        <ApprovalDialog
          initial={approvalDefaults(document.settings, versions, plan.meta.versionLabel, localIsoDate())}
          versions={versions}
          busy={busy}
          onApprove={approve}
          onCancel={() => setApproving(false)}
        />
      )}
    </section>
  );
}
