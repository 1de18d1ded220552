import { RumboError, formatBytes } from '../../shared/errors';
import { MAX_PLAN_BYTES } from '../../shared/db/format';
import type { FsPromises } from './types';
import { errnoOf } from './errno';

/**
 * Reads a plan-sized file. The size is checked before reading, so that a huge file sent by
 * mistake (or on purpose) is refused without filling the memory.
 */
export async function readBounded(fs: FsPromises, path: string): Promise<Uint8Array> {
  try {
    const stat = await fs.stat(path);
    if (!stat.isFile()) throw new RumboError('FILE_READ_FAILED', { detail: 'EISDIR' });
    if (stat.size > MAX_PLAN_BYTES) throw tooLarge(stat.size);
    const bytes = await fs.readFile(path);
    // It may have grown between the stat and the read.
    if (bytes.length > MAX_PLAN_BYTES) throw tooLarge(bytes.length);
    return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  } catch (error) {
    if (error instanceof RumboError) throw error;
    const code = errnoOf(error);
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new RumboError('FILE_NOT_FOUND');
    throw new RumboError('FILE_READ_FAILED', { detail: code ?? 'unknown' });
  }
}

function tooLarge(size: number): RumboError {
  return new RumboError('FILE_TOO_LARGE', { size: formatBytes(size), max: formatBytes(MAX_PLAN_BYTES) });
}
