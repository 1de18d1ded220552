import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { RumboError } from '../../shared/errors';
import type { ExportedPlan } from '../../shared/engine/contract';
import { NodeFileStore } from '../store';
import { currentUser } from './engine';

/**
 * The store's data folder holds backups of plans it replaces. The command line never replaces
 * a plan on purpose (new and sample refuse an existing file), so normally nothing is written
 * there. It is still a stable per-user folder rather than the shared temp folder: if a file
 * appears at the target between our check and the save, the store backs it up before replacing
 * it, and that copy must survive a reboot and stay out of other users' reach.
 */
export const CLI_DATA_DIR = path.join(os.homedir(), '.rumbo');

/** new and sample create plans; overwriting someone's plan with an empty or sample one would lose work. */
export async function refuseExisting(file: string): Promise<void> {
  const exists = await fs.lstat(file).then(
    () => true,
    () => false, // any other trouble with the path is reported by the save itself
  );
  if (exists) throw new RumboError('FILE_EXISTS', { path: file });
}

/** Atomic, fsynced, read back and compared with the engine's SHA-256 before success is reported. */
export async function savePlanFile(file: string, plan: ExportedPlan): Promise<void> {
  await fileStore().savePlan(path.resolve(file), plan.bytes, plan.sha256);
}

/** Temp file + fsync + rename: a failed export leaves the previous document as it was. */
export async function writeDocumentFile(file: string, bytes: Uint8Array): Promise<void> {
  await fileStore().writeDocumentAtomic(path.resolve(file), bytes);
}

function fileStore(): NodeFileStore {
  return new NodeFileStore({ dataDir: CLI_DATA_DIR, user: currentUser(), machine: os.hostname(), pid: process.pid });
}
