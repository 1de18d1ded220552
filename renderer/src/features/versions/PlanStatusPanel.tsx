import { PLAN_STATUSES, type PlanStatus } from '../../../../shared/model/plan';
import type { DraftMarking } from '../../../../shared/model/document';
import { useApp } from '../../app/store';
import { useT } from '../../i18n/useT';

interface PlanStatusPanelProps {
  status: PlanStatus;
  versionLabel: string;
  draftMarking: DraftMarking;
  /** Why nothing here can be done (a read-only plan, a frozen version); null when it can. */
  lockedReason: string | null;
  busy: boolean;
  onStatus: (status: 'draft' | 'in_review') => void;
  onApprove: () => void;
}

/**
 * Where the plan stands ("Borrador 0.3"), what each stage means, and the steps forward. Sending
 * for review and going back to draft are one button that changes its words, so the keyboard
 * focus stays on it when the status changes.
 */
export function PlanStatusPanel({ status, versionLabel, draftMarking, lockedReason, busy, onStatus, onApprove }: PlanStatusPanelProps) {
  const t = useT();
  const canChange = lockedReason === null && status !== 'approved';
  const next = status === 'in_review' ? 'draft' : 'in_review';
  // While the plan is busy the buttons say so but stay enabled: a disabled button drops the
  // keyboard focus, and the focus should stay where the user is once the change is done.
  const actionProps = {
    disabled: !canChange,
    'aria-disabled': canChange && busy ? true : undefined,
    'aria-describedby': lockedReason ? 'plan-status-locked' : undefined,
  };
  const whenIdle = (action: () => void) => {
    if (!busy) action();
  };

  return (
    <section aria-labelledby="plan-status-title" className="card plan-status">
      <h2 id="plan-status-title">{t('approvalui.status.title')}</h2>
      <p className="plan-status-current">
        <span className="muted">{t('approvalui.status.currentLabel')}</span>{' '}
        <strong data-testid="plan-status" className={`status-badge status-${status}`}>
          {t('approvalui.status.current', { status: t(`common.planStatuses.${status}`), version: versionLabel })}
        </strong>
      </p>
      <ol className="status-steps" aria-label={t('approvalui.status.stepsLabel')}>
        {PLAN_STATUSES.map((step) => (
          <li key={step} aria-current={step === status ? 'step' : undefined} className={step === status ? 'current' : undefined}>
            <strong>{t(`common.planStatuses.${step}`)}</strong>
            <span>{t(`approvalui.status.steps.${step}`)}</span>
          </li>
        ))}
      </ol>
      <p className="muted small status-marking">
        {t(draftMarking === 'auto' && status === 'approved' ? 'approvalui.status.marking.autoApproved' : `approvalui.status.marking.${draftMarking}`)}{' '}
        <button type="button" className="link" onClick={() => useApp.setState({ section: 'document' })}>
          {t('approvalui.status.openExport')}
        </button>
      </p>
      <div className="button-row">
        <button type="button" className="secondary" {...actionProps} onClick={() => whenIdle(() => onStatus(next))}>
          {t(next === 'in_review' ? 'approvalui.status.sendToReview' : 'approvalui.status.backToDraft')}
        </button>
        <button type="button" {...actionProps} onClick={() => whenIdle(onApprove)}>
          {t('approvalui.status.approve')}
        </button>
      </div>
      {lockedReason && (
        <p id="plan-status-locked" className="locked-reason">
          {lockedReason}
        </p>
      )}
    </section>
  );
}
