import path from 'node:path';
import { ChangeRecorder } from '../../../shared/db/changes';
import { inTransaction } from '../../../shared/db/sql';
import { exportVerified } from '../../../shared/engine/export';
import { RumboError } from '../../../shared/errors';
import { describeConflicts, diffCounts, diffPlans, mergePlans, resolve, type Side } from '../../../shared/merge';
import { bumpRevision, readMeta } from '../../../shared/db/repos/meta';
import { logChanges } from '../../../shared/sharing/history';
import { extrasOf, writeMerge } from '../../../shared/sharing/merge-copy';
import { loadSqlJsForNode } from '../../node/sqljs';
import { COMMON_OPTIONS, type Command } from '../command';
import { currentUser } from '../engine';
import { requireExtension } from '../paths';
import { refuseExisting, savePlanFile } from '../plan-output';
import { UsageError } from '../usage';
import { openPlanCopy, type PlanCopy } from './diff';

/**
 * `rumbo merge <base.rumbo> <mine.rumbo> <theirs.rumbo> <out.rumbo> [--prefer mine|theirs]`.
 * The result is mine with theirs' changes brought in (written as one undo step, as the app
 * will), saved to a new file atomically and verified; no file that exists is ever replaced, so
 * no input can be overwritten. Conflicts without --prefer are listed on stderr and nothing is written.
 */
export const mergeCommand: Command = {
  syntax: { positionals: ['base', 'mine', 'theirs', 'merged'], options: { ...COMMON_OPTIONS, prefer: 'value' } },
  async run({ positionals: [baseFile, mineFile, theirsFile, outFile], values }, context) {
    requireExtension(outFile!, '.rumbo');
    const prefer = parsePrefer(values.prefer);
    await refuseExisting(outFile!);
    const SQL = await loadSqlJsForNode();
    const copies: PlanCopy[] = [];
    try {
      for (const file of [baseFile!, mineFile!, theirsFile!]) copies.push(await openPlanCopy(SQL, file, context.t));
      const [base, mine, theirs] = copies as [PlanCopy, PlanCopy, PlanCopy];
      refuseOtherPlan(base, mine, mineFile!);
      refuseOtherPlan(base, theirs, theirsFile!);

      const merge = mergePlans(base.snapshot, mine.snapshot, theirs.snapshot);
      const names = { mine: path.basename(mineFile!), theirs: path.basename(theirsFile!) };
      const conflicts = describeConflicts(merge, context.lang, names);
      const lines = conflicts.map((conflict) => context.t('cli.merge.conflict', { section: conflict.sectionTitle, text: conflict.text }));
      if (conflicts.length > 0 && !prefer) {
        context.io.stderr([context.t('cli.merge.conflicts', { count: conflicts.length }), ...lines, ''].join('\n'));
        throw new RumboError('MERGE_CONFLICTS', { count: conflicts.length });
      }

      const result = resolve(merge, {}, prefer ?? 'mine');
      const stamp = { author: currentUser(), now: new Date().toISOString() };
      // Written as the app writes a merge: one change with its history lines, the other copy's
      // history and snapshots brought along, and a revision past both copies.
      inTransaction(mine.db, () => {
        const recorder = new ChangeRecorder(mine.db, stamp);
        writeMerge(mine.db, recorder, result, { via: names.theirs, theirsRevision: readMeta(theirs.db).revision, ...extrasOf(mine.db, theirs.db) });
        logChanges(mine.db, stamp, 'plan.merge', recorder.changes, context.lang, names.theirs);
        bumpRevision(mine.db, stamp);
      });
      await savePlanFile(outFile!, await exportVerified(SQL, mine.db));

      if (conflicts.length > 0) {
        context.print(context.t('cli.merge.resolved', { count: conflicts.length, side: names[prefer!] }));
        for (const line of lines) context.print(line);
      }
      context.print(context.t('cli.merge.done', { path: outFile!, mine: names.mine, ...diffCounts(diffPlans(mine.snapshot, result)) }));
    } finally {
      for (const copy of copies) copy.db.close();
    }
  },
};

/** Copies of different plans share no history: merging them would only add one plan's records to the other. */
function refuseOtherPlan(base: PlanCopy, copy: PlanCopy, file: string): void {
  if (copy.planId !== base.planId) throw new RumboError('MERGE_DIFFERENT_PLANS', { file: path.basename(file) });
}

function parsePrefer(value: string | undefined): Side | undefined {
  if (value === undefined || value === 'mine' || value === 'theirs') return value;
  throw new UsageError('badPrefer', { value });
}
