import type { CallInput } from '../../../../shared/engine/contract';
import type { DocumentSettings } from '../../../../shared/model/document';
import type { SnapshotInfo } from '../../../../shared/model/sharing';
import { isoDateSchema } from '../../../../shared/model/text';
import { nextApprovedLabel } from '../../../../shared/sharing/version-labels';

/** What the approval dialog edits, as typed. */
export interface ApprovalForm {
  approvedBy: string;
  approvedOn: string;
  reference: string;
  versionLabel: string;
}

export type ApprovalField = keyof ApprovalForm;

/** Why a field is refused; the screen words it. */
export type ApprovalProblem =
  | { field: 'approvedBy'; kind: 'missing' | 'tooLong'; max?: number }
  | { field: 'approvedOn'; kind: 'missing' | 'invalid' }
  | { field: 'reference'; kind: 'tooLong'; max: number }
  | { field: 'versionLabel'; kind: 'missing' | 'tooLong' | 'taken'; max?: number };

/** The engine's limits (shared/model/sharing.ts approveSchema), checked here to say which field is wrong. */
export const APPROVAL_LIMITS = { approvedBy: 300, reference: 300, versionLabel: 60 } as const;

/** The approved versions of a plan, newest first (the engine lists them so), without the copies sent. */
export function approvedVersions(snapshots: readonly SnapshotInfo[]): SnapshotInfo[] {
  return snapshots.filter((snapshot) => snapshot.kind === 'approved');
}

/**
 * What the dialog opens with: the next whole version number, today, and the approving body the
 * document control names. The reference is proposed only when it is not the previous
 * approval's own: a decree approves one version, the next approval has a number of its own.
 */
export function approvalDefaults(settings: Pick<DocumentSettings, 'approvedBy' | 'approvalReference'> | null, versions: readonly SnapshotInfo[], currentLabel: string, today: string): ApprovalForm {
  const previous = versions[0];
  const reference = settings?.approvalReference ?? '';
  return {
    approvedBy: settings?.approvedBy ?? '',
    approvedOn: today,
    reference: previous && previous.approvalReference === reference ? '' : reference,
    versionLabel: nextApprovedLabel(currentLabel),
  };
}

/** The engine trims and drops control characters; the dialog checks what will actually be kept. */
function clean(value: string): string {
  return value.replace(/[\u0000-\u001f\u007f]/g, ' ').trim();
}

/**
 * Checks the form before anything is written: every problem at once (each shown by its field),
 * or the call's input. Two approved versions with the same number would be told apart by nobody.
 */
export function checkApproval(form: ApprovalForm, versions: readonly SnapshotInfo[]): { problems: ApprovalProblem[]; input: CallInput<'plan.approve'> | null } {
  const input = { approvedBy: clean(form.approvedBy), approvedOn: form.approvedOn.trim(), reference: clean(form.reference), versionLabel: clean(form.versionLabel) };
  const problems: ApprovalProblem[] = [];
  if (!input.approvedBy) problems.push({ field: 'approvedBy', kind: 'missing' });
  else if (input.approvedBy.length > APPROVAL_LIMITS.approvedBy) problems.push({ field: 'approvedBy', kind: 'tooLong', max: APPROVAL_LIMITS.approvedBy });
  if (!input.approvedOn) problems.push({ field: 'approvedOn', kind: 'missing' });
  else if (!isoDateSchema.safeParse(input.approvedOn).success) problems.push({ field: 'approvedOn', kind: 'invalid' });
  if (input.reference.length > APPROVAL_LIMITS.reference) problems.push({ field: 'reference', kind: 'tooLong', max: APPROVAL_LIMITS.reference });
  if (!input.versionLabel) problems.push({ field: 'versionLabel', kind: 'missing' });
  else if (input.versionLabel.length > APPROVAL_LIMITS.versionLabel) problems.push({ field: 'versionLabel', kind: 'tooLong', max: APPROVAL_LIMITS.versionLabel });
  else if (versions.some((version) => version.label.trim() === input.versionLabel)) problems.push({ field: 'versionLabel', kind: 'taken' });
  return { problems, input: problems.length === 0 ? input : null };
}
