import path from 'node:path';
import { formatBytes } from '../../../shared/errors';
import { COMMON_OPTIONS, type Command } from '../command';
import { createEngine } from '../engine';
import { openPlanReadOnly } from '../plan-file';
import { writeDocumentFile } from '../plan-output';
import { samePath } from '../paths';
import { UsageError } from '../usage';

/**
 * `rumbo export-accounts <file.rumbo> <out.csv|xlsx> [--lang es|en]`: the format follows the
 * extension; titles and words are in the language of the messages (--lang, else the shell's),
 * as a working file is for the person exporting it. An existing file is replaced atomically.
 */
export const exportAccountsCommand: Command = {
  syntax: { positionals: ['plan', 'sheet'], options: COMMON_OPTIONS },
  async run({ positionals: [file, out] }, context) {
    const format = sheetFormatOf(out!);
    if (samePath(file!, out!)) throw new UsageError('sameFile');
    const engine = await createEngine(context.lang);
    const state = await openPlanReadOnly(engine, file!, context.t);
    const bytes = await engine.call('accounts.exportFile', { format, lang: context.lang });
    await writeDocumentFile(out!, bytes);
    context.print(context.t('cli.exportAccounts.done', { path: out!, count: state.info.counts.accounts, size: formatBytes(bytes.length) }));
  },
};

function sheetFormatOf(file: string): 'csv' | 'xlsx' {
  const base = path.basename(file).toLowerCase();
  for (const format of ['csv', 'xlsx'] as const) {
    if (base.endsWith(`.${format}`) && base.length > format.length + 1) return format;
  }
  throw new UsageError('badSheetExtension', { path: file });
}
