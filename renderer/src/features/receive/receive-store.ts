import { create } from 'zustand';
import type { Lang } from '../../../../shared/i18n';
import type { ReceivedCopy } from '../../../../shared/host/types';
import type { CopyComparison, CopyLineage, MergeOutcome, MergePreview } from '../../../../shared/model/sharing';
import { useApp } from '../../app/store';
import type { Decisions } from './review';

export type Work = 'reading' | 'comparing' | 'preparing' | 'merging';

/**
 * The copy being received and what the screen shows about it. Not part of the plan, but kept
 * while the planner looks at other sections (to check an account before accepting its change)
 * and forgotten when the plan is closed.
 */
export interface ReceiveState {
  copy: ReceivedCopy | null;
  lineage: CopyLineage | null;
  comparison: CopyComparison | null;
  preview: MergePreview | null;
  /** The plan's revision the preview was prepared at: once the plan moves on, the engine refuses it. */
  previewRevision: number;
  decisions: Decisions | null;
  outcome: MergeOutcome | null;
  error: string | null;
  /** The engine refused the merge (the notice says why): the review must be prepared again. */
  refused: boolean;
  /** The language the engine described the changes in: they are described again when it changes. */
  shownLang: Lang | null;
  work: Work | null;
}

const EMPTY: ReceiveState = {
  copy: null,
  lineage: null,
  comparison: null,
  preview: null,
  previewRevision: -1,
  decisions: null,
  outcome: null,
  error: null,
  refused: false,
  shownLang: null,
  work: null,
};

export const useReceive = create<ReceiveState>(() => EMPTY);

export function resetReceive(): void {
  useReceive.setState(EMPTY);
}

// Another plan (or none) is no place for this copy's review.
useApp.subscribe((state, previous) => {
  if (previous.plan && (!state.plan || state.plan.meta.planId !== previous.plan.meta.planId)) resetReceive();
});
