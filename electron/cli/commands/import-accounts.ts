import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { RumboError, formatBytes } from '../../../shared/errors';
import { formatDateTime, type MessageKey } from '../../../shared/i18n';
import type { PlanEngine } from '../../../shared/engine/engine';
import { IMPORT_LIMITS } from '../../../shared/inventory/limits';
import { sniffSheetFormat } from '../../../shared/inventory/read-file';
import type { ImportPreview } from '../../../shared/inventory/transfer-schemas';
import { NodeFileStore } from '../../store';
import { COMMON_OPTIONS, type Command } from '../command';
import type { CommandContext } from '../context';
import { createEngine, currentUser } from '../engine';
import { CLI_DATA_DIR, savePlanFile } from '../plan-output';

/**
 * `rumbo import-accounts <file.rumbo> <accounts.csv|xlsx> [--skip-invalid]`: the plan is opened
 * for writing as the desktop app opens it (taking its lock, so that nobody edits it meanwhile),
 * the sheet goes through the engine's preview and commit, and the plan is saved atomically.
 * When a row has a problem, every problem is listed on stderr and the plan is left untouched.
 */
export const importAccountsCommand: Command = {
  syntax: { positionals: ['plan', 'accounts'], options: { ...COMMON_OPTIONS, 'skip-invalid': 'flag' } },
  async run({ positionals: [file, sheetFile], flags }, context) {
    const sheet = await readSheetFile(sheetFile!);
    // An empty file or an old .xls is said before the plan is even opened (and locked).
    sniffSheetFormat(sheet);
    const engine = await createEngine(context.lang);
    const store = new NodeFileStore({ dataDir: CLI_DATA_DIR, user: currentUser(), machine: os.hostname(), pid: process.pid });
    const target = path.resolve(file!);
    const opened = await store.readPlan(target);
    try {
      if (opened.lockedBy) {
        const { user, machine, since } = opened.lockedBy;
        throw new RumboError('IMPORT_PLAN_LOCKED', { user, machine, since: formatDateTime(context.lang, since) });
      }
      if (opened.location === 'read_only') throw new RumboError('PLAN_READ_ONLY');
      const state = await engine.call('plan.open', { bytes: opened.bytes });
      if (state.readOnlyReason) throw new RumboError(state.readOnlyReason.code, state.readOnlyReason.params);

      const input = { bytes: sheet, fileName: path.basename(sheetFile!) };
      const preview = await engine.call('accounts.importPreview', input);
      const skipInvalid = flags.has('skip-invalid');
      if (preview.invalid > 0 && !skipInvalid) reportProblems(preview, context);
      await commitAndSave(engine, file!, { ...input, skipInvalid }, context);
    } finally {
      await store.releaseLock(target).catch(() => undefined);
    }
  },
};

async function commitAndSave(engine: PlanEngine, file: string, input: { bytes: Uint8Array; fileName: string; skipInvalid: boolean }, context: CommandContext) {
  const result = await engine.call('accounts.importCommit', input);
  await savePlanFile(file, await engine.call('plan.export'));
  context.print(context.t('cli.importAccounts.imported', { count: result.imported, path: file }));
  if (result.unitsCreated > 0) context.print(context.t('cli.importAccounts.unitsCreated', { count: result.unitsCreated }));
  if (result.peopleCreated > 0) context.print(context.t('cli.importAccounts.peopleCreated', { count: result.peopleCreated }));
  if (result.skipped > 0) context.print(context.t('cli.importAccounts.skipped', { count: result.skipped }));
}

/** One line per problem on stderr, then the failure line (written by the command line runner). */
function reportProblems(preview: ImportPreview, { io, t }: CommandContext): never {
  for (const row of preview.rows) {
    for (const problem of row.problems) {
      const message = problem.message.replace(/\s*[\r\n]+\s*/g, ' ');
      const line = problem.field
        ? t('cli.importAccounts.problem', { line: row.line, field: t(`transfer.columns.${problem.field}` as MessageKey), message })
        : t('cli.importAccounts.rowProblem', { line: row.line, message });
      io.stderr(`${line}\n`);
    }
  }
  io.stderr(`${t('cli.importAccounts.skipHint')}\n`);
  throw new RumboError('IMPORT_ROWS_INVALID', { count: preview.invalid });
}

/** The sheet's bytes, refused by size before reading (a sheet is small; a huge file is a mistake). */
async function readSheetFile(file: string): Promise<Uint8Array> {
  const stats = await fs.stat(file).catch((error: NodeJS.ErrnoException) => {
    throw error.code === 'ENOENT' || error.code === 'ENOTDIR' ? new RumboError('FILE_NOT_FOUND') : new RumboError('FILE_READ_FAILED', { detail: error.code ?? 'I/O' });
  });
  if (!stats.isFile()) throw new RumboError('FILE_READ_FAILED', { detail: 'EISDIR' });
  if (stats.size > IMPORT_LIMITS.maxFileBytes) {
    throw new RumboError('IMPORT_TOO_LARGE', { size: formatBytes(stats.size), max: formatBytes(IMPORT_LIMITS.maxFileBytes) });
  }
  const bytes = await fs.readFile(file).catch((error: NodeJS.ErrnoException) => {
    throw new RumboError('FILE_READ_FAILED', { detail: error.code ?? 'I/O' });
  });
  return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}
