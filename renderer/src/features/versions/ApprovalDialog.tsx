import { useEffect, useId, useLayoutEffect, useRef, useState } from 'react';
import type { CallInput } from '../../../../shared/engine/contract';
import type { Translator } from '../../../../shared/i18n';
import type { SnapshotInfo } from '../../../../shared/model/sharing';
import { nextDraftLabel } from '../../../../shared/sharing/version-labels';
import { useT } from '../../i18n/useT';
import { APPROVAL_LIMITS, checkApproval, type ApprovalField, type ApprovalForm, type ApprovalProblem } from './approval-form';
import { FormField } from './FormField';
import '../../ui/confirm-dialog.css';

interface ApprovalDialogProps {
  initial: ApprovalForm;
  /** The versions already approved: a number is not approved twice. */
  versions: readonly SnapshotInfo[];
  busy: boolean;
  /** Writes the approval; resolves false when the plan refused it (the refusal is shown as a notice). */
  onApprove: (input: CallInput<'plan.approve'>) => Promise<boolean>;
  onCancel: () => void;
}

/**
 * The approval, recorded as the decree or agreement states it. A modal <dialog> (focus kept
 * inside, Escape cancels), like ConfirmDialog, but a form: it opens on its first field, checks
 * everything on submit, tells each problem by its field and moves the focus to the first one
 * (in the order the fields are shown).
 * Nothing is written until the form is valid. Mount it to open it; unmount it to close it.
 */
export function ApprovalDialog({ initial, versions, busy, onApprove, onCancel }: ApprovalDialogProps) {
  const t = useT();
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const introId = useId();
  const [form, setForm] = useState(initial);
  const [problems, setProblems] = useState<ApprovalProblem[]>([]);
  // Bumped on each refused submit: once the problems are on screen, the first field with one takes the focus.
  const [refusals, setRefusals] = useState(0);

  // A layout effect, so that closing happens while the dialog is still in the page: the focus then
  // goes back to the button that opened it, rather than to nowhere.
  useLayoutEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const opener = document.activeElement;
    if (!dialog.open) dialog.showModal();
    dialog.querySelector('input')?.focus();
    return () => {
      dialog.close();
      if (opener instanceof HTMLElement && opener.isConnected) opener.focus();
    };
  }, []);

  useEffect(() => {
    if (refusals > 0) ref.current?.querySelector<HTMLInputElement>('input[aria-invalid="true"]')?.focus();
  }, [refusals]);

  const problemOf = (field: ApprovalField) => {
    const problem = problems.find((candidate) => candidate.field === field);
    return problem ? problemText(t, problem) : null;
  };
  const set = (field: ApprovalField) => (value: string) => setForm((current) => ({ ...current, [field]: value }));
  const bind = (field: ApprovalField) => ({
    value: form[field],
    onChange: set(field),
    problem: problemOf(field),
  });

  async function submit() {
    // Not disabled while busy (that would drop the focus): an approval on its way is simply not sent twice.
    if (busy) return;
    const { problems: found, input } = checkApproval(form, versions);
    setProblems(found);
    if (!input) {
      setRefusals((count) => count + 1);
      return;
    }
    await onApprove(input);
  }

  const draft = form.versionLabel.trim() ? nextDraftLabel(form.versionLabel) : '';

  return (
    <dialog
      ref={ref}
      className="confirm-dialog approval-dialog"
      aria-labelledby={titleId}
      aria-describedby={introId}
      onCancel={(event) => {
        // Escape: let React decide (unmounting closes it), so the dialog and the state never disagree.
        event.preventDefault();
        onCancel();
      }}
    >
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <h2 id={titleId}>{t('approvalui.approve.title')}</h2>
        <div id={introId} className="confirm-body">
          <p>{t('approvalui.approve.intro')}</p>
          <p>
            {t('approvalui.approve.effects')} <strong>{t('approvalui.approve.undoCleared')}</strong>
          </p>
        </div>
        <FormField {...bind('approvedBy')} label={t('approvalui.approve.approvedBy')} hint={t('approvalui.approve.approvedByHint')} required maxLength={APPROVAL_LIMITS.approvedBy} />
        <div className="field-row">
          <FormField {...bind('approvedOn')} label={t('approvalui.approve.approvedOn')} type="date" required />
          <FormField
            {...bind('versionLabel')}
            label={t('approvalui.approve.versionLabel')}
            hint={draft ? t('approvalui.approve.versionLabelHint', { draft }) : undefined}
            required
            maxLength={APPROVAL_LIMITS.versionLabel}
          />
        </div>
        <FormField {...bind('reference')} label={t('approvalui.approve.reference')} hint={t('approvalui.approve.referenceHint')} maxLength={APPROVAL_LIMITS.reference} />
        <div className="button-row confirm-actions">
          <button type="submit" aria-disabled={busy || undefined}>
            {t('approvalui.approve.confirm')}
          </button>
          <button type="button" className="secondary" onClick={onCancel}>
            {t('approvalui.approve.cancel')}
          </button>
        </div>
      </form>
    </dialog>
  );
}

function problemText(t: Translator, problem: ApprovalProblem): string {
  // The reference is optional: length is its only problem.
  if (problem.kind === 'tooLong') return t('approvalui.approve.problems.tooLong', { max: problem.max ?? 0 });
  switch (problem.field) {
    case 'approvedBy':
      return t('approvalui.approve.problems.approvedByMissing');
    case 'approvedOn':
      return t(problem.kind === 'invalid' ? 'approvalui.approve.problems.approvedOnInvalid' : 'approvalui.approve.problems.approvedOnMissing');
    case 'versionLabel':
      return t(problem.kind === 'taken' ? 'approvalui.approve.problems.versionLabelTaken' : 'approvalui.approve.problems.versionLabelMissing');
  }
}
