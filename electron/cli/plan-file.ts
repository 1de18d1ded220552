import fs from 'node:fs/promises';
import { RumboError, formatBytes } from '../../shared/errors';
import type { Translator } from '../../shared/i18n';
import type { PlanEngine } from '../../shared/engine/engine';
import type { PlanState } from '../../shared/engine/contract';
import { MAX_PLAN_BYTES } from '../../shared/db/format';

/**
 * The bytes of a plan file, refused before reading when it is too large to be a plan. The
 * path is stat'ed first so that a folder or a named pipe (which would block) is never opened,
 * and the open file is stat'ed again so that a file swapped in between cannot make us read more.
 */
export async function readPlanFile(file: string, t: Translator): Promise<Uint8Array> {
  assertReadable(await fsCall(() => fs.stat(file)), t);
  const handle = await fsCall(() => fs.open(file, 'r'));
  try {
    const size = assertReadable(await fsCall(() => handle.stat()), t);
    const bytes = new Uint8Array(size);
    let filled = 0;
    while (filled < size) {
      const { bytesRead } = await fsCall(() => handle.read(bytes, filled, size - filled, filled));
      if (bytesRead === 0) break; // shrank while reading: the engine reports it as truncated
      filled += bytesRead;
    }
    return bytes.subarray(0, filled);
  } finally {
    await handle.close();
  }
}

/**
 * Opens a plan for a command that only reads it: the engine validates the untrusted bytes,
 * and nothing is written back, so the file is never changed and no lock file is left.
 */
export async function openPlanReadOnly(engine: PlanEngine, file: string, t: Translator): Promise<PlanState> {
  const bytes = await readPlanFile(file, t);
  return engine.call('plan.open', { bytes, forceReadOnly: true });
}

function assertReadable(stats: { isFile(): boolean; size: number }, t: Translator): number {
  if (!stats.isFile()) throw new RumboError('FILE_READ_FAILED', { detail: t('cli.readProblems.notAFile') });
  if (stats.size > MAX_PLAN_BYTES) {
    throw new RumboError('FILE_TOO_LARGE', { size: formatBytes(stats.size), max: formatBytes(MAX_PLAN_BYTES) });
  }
  return stats.size;
}

async function fsCall<T>(operation: () => Promise<T>): Promise<T> {
  try {
    return await operation();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new RumboError('FILE_NOT_FOUND');
    throw new RumboError('FILE_READ_FAILED', { detail: code ?? 'I/O' });
  }
}
