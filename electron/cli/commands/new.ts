import { INSTITUTION_TYPES, type InstitutionType } from '../../../shared/model/institution';
import { DEFAULT_LANG } from '../../../shared/i18n';
import { COMMON_OPTIONS, type Command } from '../command';
import { createEngine } from '../engine';
import { refuseExisting, savePlanFile } from '../plan-output';
import { requireExtension } from '../paths';
import { UsageError } from '../usage';

/**
 * `rumbo new <file.rumbo> --name "<institution>" [--type <type>] [--lang es|en]`. The plan's
 * language is --lang or Spanish, never the shell's locale: a plan is a shared document, and
 * the same command must produce the same plan on every colleague's machine.
 */
export const newCommand: Command = {
  syntax: { positionals: ['plan'], options: { ...COMMON_OPTIONS, name: 'value', type: 'value' }, required: ['name'] },
  async run({ positionals: [file], values }, context) {
    requireExtension(file!, '.rumbo');
    const type = parseType(values.type);
    await refuseExisting(file!);
    const engine = await createEngine(context.lang);
    const state = await engine.call('plan.create', {
      institutionName: values.name!,
      institutionType: type,
      language: context.requestedLang ?? DEFAULT_LANG,
    });
    await savePlanFile(file!, await engine.call('plan.export'));
    context.print(context.t('cli.done.created', { path: file!, institution: state.info.institution.name }));
  },
};

function parseType(value: string | undefined): InstitutionType | undefined {
  if (value === undefined) return undefined;
  if (!(INSTITUTION_TYPES as readonly string[]).includes(value)) throw new UsageError('badType', { value });
  return value as InstitutionType;
}

