import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { RumboError, formatBytes } from '../../shared/errors';
import { MAX_PLAN_BYTES } from '../../shared/db/format';

export const SAMPLE_PLAN_PATH = ['sample', 'sample.rumbo'] as const;

/** The sample plan shipped in the resources folder; the engine checks it like any other file. */
export async function readSamplePlan(resourcesDir: string): Promise<Uint8Array> {
  const file = path.join(resourcesDir, ...SAMPLE_PLAN_PATH);
  try {
    const info = await stat(file);
    if (info.size > MAX_PLAN_BYTES) throw new RumboError('FILE_TOO_LARGE', { size: formatBytes(info.size), max: formatBytes(MAX_PLAN_BYTES) });
    return new Uint8Array(await readFile(file));
  } catch (error) {
    if (error instanceof RumboError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new RumboError('FILE_NOT_FOUND');
    throw new RumboError('FILE_READ_FAILED', { detail: code ?? 'unknown' });
  }
}
