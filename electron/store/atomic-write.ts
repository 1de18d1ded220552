import type { FileHandle } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { RumboError } from '../../shared/errors';
import type { StoreContext } from './context';
import { errnoOf } from './errno';
import { sha256Of } from './hash';
import { tempNameFor } from './temp-files';

/** The target stayed held (antivirus, Word, another user) through every rename retry. */
export class TargetBusyError extends Error {
  constructor(readonly errno: string) {
    super(`target busy: ${errno}`);
    this.name = 'TargetBusyError';
  }
}

export interface AtomicWriteOptions {
  /** errno codes of a rename that mean "someone holds the target": retried, then TargetBusyError. */
  busyCodes: ReadonlySet<string>;
  /** Permission bits of the new file (so a private plan stays private). */
  mode?: number;
}

/**
 * Replaces `target` with `bytes` so that, whatever happens (kill -9, full disk, a held
 * file), the target is either its old self or the complete new content:
 * temp file in the same folder → write all → fsync → close → read back and compare →
 * rename over the target (retrying while it is held) → fsync the folder → read back again.
 * It never writes into the target in place. On failure before the rename the temp file is
 * removed and the target is untouched. Returns the SHA-256 of what is now on disk.
 */
export async function writeFileAtomic(context: StoreContext, target: string, bytes: Uint8Array, options: AtomicWriteOptions): Promise<string> {
  const { fs } = context;
  const folder = dirname(target);
  const expected = sha256Of(bytes);
  const temp = join(folder, tempNameFor(basename(target), context));
  let tempExists = false;
  try {
    const handle = await fs.open(temp, 'wx', options.mode ?? 0o666);
    tempExists = true;
    await writeAndSync(handle, bytes);
    // Checked before the rename so that a mismatch still leaves the old file untouched.
    if (sha256Of(await fs.readFile(temp)) !== expected) throw new RumboError('SAVE_VERIFY_FAILED');
    await renameWithRetry(context, temp, target, options.busyCodes);
    tempExists = false;
  } finally {
    if (tempExists) await fs.unlink(temp).catch(() => undefined);
  }
  await syncFolder(context, folder);
  await confirmOnDisk(context, target, expected);
  return expected;
}

async function writeAndSync(handle: FileHandle, bytes: Uint8Array): Promise<void> {
  try {
    await writeAll(handle, bytes);
    await handle.sync();
  } catch (error) {
    // The write's error is the one worth reporting, not a follow-up failure to close.
    await handle.close().catch(() => undefined);
    throw error;
  }
  // A failing close can be the first report of a deferred write error (network shares): fail.
  await handle.close();
}

/** A single write may be short (network shares, signals): keep going until every byte is out. */
export async function writeAll(handle: FileHandle, bytes: Uint8Array): Promise<void> {
  let offset = 0;
  while (offset < bytes.length) {
    const { bytesWritten } = await handle.write(bytes, offset, bytes.length - offset, offset);
    if (bytesWritten <= 0) throw Object.assign(new Error('write made no progress'), { code: 'EIO' });
    offset += bytesWritten;
  }
}

async function renameWithRetry(context: StoreContext, from: string, to: string, busyCodes: ReadonlySet<string>): Promise<void> {
  const { attempts, delayMs } = context.renameRetry;
  for (let attempt = 1; ; attempt++) {
    try {
      await context.fs.rename(from, to);
      return;
    } catch (error) {
      const code = errnoOf(error);
      if (code === undefined || !busyCodes.has(code)) throw error;
      if (attempt >= attempts) throw new TargetBusyError(code);
      await new Promise((resolve) => setTimeout(resolve, delayMs));
    }
  }
}

/**
 * Makes the rename itself durable where the platform allows it. Every error is ignored on
 * purpose: Windows cannot open a folder for fsync (EISDIR/EPERM), the file's own bytes are
 * already fsynced, and by now the new file is in place, so failing here would report a save
 * that did happen as failed.
 */
async function syncFolder(context: StoreContext, folder: string): Promise<void> {
  let handle: FileHandle | undefined;
  try {
    handle = await context.fs.open(folder, 'r');
    await handle.sync();
  } catch {
    // See above.
  } finally {
    await handle?.close().catch(() => undefined);
  }
}

/** The user is told "saved" only for bytes read back from the target path itself (N3). */
async function confirmOnDisk(context: StoreContext, target: string, expected: string): Promise<void> {
  let actual: string;
  try {
    actual = sha256Of(await context.fs.readFile(target));
  } catch (error) {
    throw new RumboError('SAVE_UNCONFIRMED', { detail: errnoOf(error) ?? 'read' });
  }
  if (actual !== expected) throw new RumboError('SAVE_UNCONFIRMED', { detail: 'SHA-256' });
}
