import { formatBytes } from '../../../shared/errors';
import { COMMON_OPTIONS, type Command } from '../command';
import { createEngine } from '../engine';
import { writeDocumentFile } from '../plan-output';
import { openPlanReadOnly } from '../plan-file';
import { requireExtension, samePath } from '../paths';
import { UsageError } from '../usage';

/**
 * `rumbo export <file.rumbo> <out.docx> [--lang es|en]`: the document is in --lang, or in
 * the plan's own language. An existing document is replaced (batch re-export is the point),
 * atomically, so a failure leaves the previous document intact.
 */
export const exportCommand: Command = {
  syntax: { positionals: ['plan', 'document'], options: COMMON_OPTIONS },
  async run({ positionals: [file, out] }, context) {
    requireExtension(out!, '.docx');
    if (samePath(file!, out!)) throw new UsageError('sameFile');
    const engine = await createEngine(context.lang);
    await openPlanReadOnly(engine, file!, context.t);
    const bytes = await engine.call('document.export', context.requestedLang ? { lang: context.requestedLang } : undefined);
    await writeDocumentFile(out!, bytes);
    context.print(context.t('cli.done.exported', { path: out!, size: formatBytes(bytes.length) }));
  },
};
