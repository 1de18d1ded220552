import { COMMON_OPTIONS, type Command } from '../command';
import { createEngine } from '../engine';
import { refuseExisting, savePlanFile } from '../plan-output';
import { readPlanFile } from '../plan-file';
import { requireExtension } from '../paths';
import { BUNDLED_SAMPLE_PATH } from '../resources';

/**
 * `rumbo sample <out.rumbo>`: the bundled sample goes through the engine on its way out, so
 * what is written is verified and in this build's file format even if the bundled copy is older.
 */
export const sampleCommand: Command = {
  syntax: { positionals: ['plan'], options: COMMON_OPTIONS },
  async run({ positionals: [file] }, context) {
    requireExtension(file!, '.rumbo');
    await refuseExisting(file!);
    const engine = await createEngine(context.lang);
    const state = await engine.call('plan.open', { bytes: await readPlanFile(BUNDLED_SAMPLE_PATH, context.t) });
    await savePlanFile(file!, await engine.call('plan.export'));
    context.print(context.t('cli.done.sample', { path: file!, institution: state.info.institution.name }));
  },
};
