import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import type { StoreContext } from './context';
import { isNotFound } from './errno';

/**
 * Temp files of our saves live beside their target (a rename is only atomic within one
 * folder) and are named `.<target name>.rumbo-<machine tag>-<pid>-<random>.tmp`, so that
 * anyone can tell they are Rumbo's, which file they belong to and which process wrote them.
 */
const TEMP_NAME = /^\.(.+)\.rumbo-([0-9a-f]{8})-(\d{1,10})-([0-9a-f]{8})\.tmp$/;

/**
 * A temp file this old is abandoned whoever wrote it: a save takes seconds even for the
 * largest plan on a slow share. Younger ones from another machine may be a save in progress.
 */
export const ABANDONED_TEMP_MS = 10 * 60 * 1000;

export function tempNameFor(targetName: string, context: Pick<StoreContext, 'machineTag' | 'pid'>): string {
  return `.${targetName}.rumbo-${context.machineTag}-${context.pid}-${randomBytes(4).toString('hex')}.tmp`;
}

export interface ParsedTempName {
  targetName: string;
  machineTag: string;
  pid: number;
}

export function parseTempName(name: string): ParsedTempName | null {
  const match = TEMP_NAME.exec(name);
  if (!match) return null;
  return { targetName: match[1]!, machineTag: match[2]!, pid: Number(match[3]) };
}

/**
 * Removes temp files of interrupted saves in `folder` (only those for `targetName` when
 * given). A temp file is only ours to remove when its writer is provably gone (same machine,
 * dead process) or it is abandoned; a live writer's temp file is about to be renamed.
 */
export async function removeStrayTemps(context: StoreContext, folder: string, targetName?: string): Promise<string[]> {
  const removed: string[] = [];
  for (const name of await listFolder(context, folder)) {
    const parsed = parseTempName(name);
    if (!parsed || (targetName !== undefined && parsed.targetName !== targetName)) continue;
    const path = join(folder, name);
    if (!(await writerIsGone(context, parsed, path))) continue;
    try {
      await context.fs.unlink(path);
      removed.push(path);
    } catch {
      // Gone already (another instance cleaned it) or held by an antivirus: the next start retries.
    }
  }
  return removed;
}

async function writerIsGone(context: StoreContext, parsed: ParsedTempName, path: string): Promise<boolean> {
  if (parsed.machineTag === context.machineTag && parsed.pid !== context.pid && !context.isProcessAlive(parsed.pid)) return true;
  try {
    const { mtimeMs } = await context.fs.stat(path);
    return Date.now() - mtimeMs > ABANDONED_TEMP_MS;
  } catch {
    return false;
  }
}

export async function listFolder(context: StoreContext, folder: string): Promise<string[]> {
  try {
    return await context.fs.readdir(folder);
  } catch (error) {
    if (isNotFound(error)) return [];
    throw error;
  }
}
