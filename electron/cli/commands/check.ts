import { RumboError } from '../../../shared/errors';
import { COMMON_OPTIONS, type Command } from '../command';
import { createEngine } from '../engine';
import { openPlanReadOnly } from '../plan-file';

/**
 * `rumbo check <file.rumbo>`: opening the plan runs every check a received file goes through
 * (header, integrity, exact schema, invariants). A plan from a newer Rumbo opens read-only in
 * the app, but this build cannot vouch for a format it does not know, so it is not "sound".
 */
export const checkCommand: Command = {
  syntax: { positionals: ['plan'], options: COMMON_OPTIONS },
  async run({ positionals: [file] }, context) {
    const engine = await createEngine(context.lang);
    const state = await openPlanReadOnly(engine, file!, context.t);
    const reason = state.readOnlyReason;
    if (reason?.code === 'FILE_NEWER_VERSION') throw new RumboError(reason.code, reason.params);
    context.print(
      context.t('cli.done.checked', { path: file!, institution: state.info.institution.name, revision: state.info.plan.revision }),
    );
  },
};
