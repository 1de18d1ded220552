import { toErrorValue } from '../../../../shared/errors';
import type { ReceivedCopy } from '../../../../shared/host/types';
import { useController } from '../../app/controller-context';
import { useApp } from '../../app/store';
import { resetReceive, useReceive, type Work } from './receive-store';
import { initialDecisions, mergeRequest, type Decisions } from './review';

/**
 * What the screen does with a received copy: read where it comes from, compare it, prepare the
 * merge and carry it out. Reading calls' refusals are shown on the screen (the planner is looking
 * at it); the merge itself goes through the controller, which saves it and makes it one undo step.
 */
export function useReceiveActions() {
  const controller = useController();

  async function step<T>(work: Work, task: () => Promise<T>): Promise<T | undefined> {
    useReceive.setState({ work, error: null });
    try {
      return await task();
    } catch (error) {
      useReceive.setState({ error: toErrorValue(error, useApp.getState().lang).message });
      return undefined;
    } finally {
      useReceive.setState({ work: null });
    }
  }

  async function inspect(copy: ReceivedCopy) {
    const lineage = await step('reading', () => controller.query('plan.inspectCopy', copy));
    if (lineage) useReceive.setState({ lineage });
    // A file that is not a plan of this format leaves nothing behind but the message.
    else useReceive.setState({ copy: null });
  }

  async function pick() {
    const copy = await controller.pickCopy();
    if (!copy) return;
    resetReceive();
    useReceive.setState({ copy });
    await inspect(copy);
  }

  async function compare() {
    const { copy } = useReceive.getState();
    if (!copy) return;
    const lang = useApp.getState().lang;
    const comparison = await step('comparing', () => controller.query('plan.compare', copy));
    if (comparison) useReceive.setState({ comparison, lineage: comparison.lineage, preview: null, decisions: null, outcome: null, refused: false, shownLang: lang });
  }

  /** Prepares the review; prepared again, it keeps the planner's earlier decisions for what is still offered. */
  async function prepare(previous?: Decisions) {
    const { copy } = useReceive.getState();
    if (!copy) return;
    const lang = useApp.getState().lang;
    const preview = await step('preparing', () => controller.query('plan.mergePreview', copy));
    if (!preview) return;
    useReceive.setState({
      preview,
      lineage: preview.lineage,
      decisions: initialDecisions(preview, previous),
      previewRevision: useApp.getState().plan?.meta.revision ?? -1,
      comparison: null,
      outcome: null,
      refused: false,
      shownLang: lang,
    });
  }

  async function merge() {
    const { preview, decisions, copy } = useReceive.getState();
    if (!preview || !decisions || !copy) return;
    useReceive.setState({ work: 'merging', error: null });
    const outcome = await controller.change('plan.merge', mergeRequest(preview, decisions));
    if (!outcome) {
      useReceive.setState({ work: null, refused: true });
      return;
    }
    useReceive.setState({ outcome, preview: null, decisions: null, work: null });
    // The banner now tells how the copy stands to the merged plan (older: all of it is in).
    const lineage = await controller.query('plan.inspectCopy', copy).catch(() => null);
    if (lineage && useReceive.getState().copy === copy) useReceive.setState({ lineage });
  }

  function leaveReview() {
    useReceive.setState({ preview: null, decisions: null, refused: false });
  }

  return { pick, compare, prepare, merge, leaveReview };
}
