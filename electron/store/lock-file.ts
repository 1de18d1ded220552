import { basename, dirname, join } from 'node:path';
import type { LockOwner } from '../../shared/host/types';
import { sameMachine, type StoreContext } from './context';
import { errnoOf, isNotFound } from './errno';
import { writeAll } from './atomic-write';

/**
 * The lock is a small JSON file beside the plan, named the way Office names its owner files
 * (`~$plan.rumbo.lock`), so that whoever opens the plan elsewhere (another PC on a share)
 * sees who has it. It is advisory: it makes a second opener read-only, nothing more.
 */
const LOCK_NAME = /^~\$(.+)\.lock$/;

/** A lock we cannot read is normally one being written right now; this old, it never will be. */
export const UNREADABLE_LOCK_STALE_MS = 2 * 60 * 1000;

interface LockRecord extends LockOwner {
  app: 'rumbo';
  pid: number;
}

type LockState =
  | { kind: 'gone' }
  | { kind: 'ours'; raw: string }
  | { kind: 'live'; owner: LockOwner }
  | { kind: 'stale'; raw: string };

export function lockPathFor(planPath: string): string {
  return join(dirname(planPath), `~$${basename(planPath)}.lock`);
}

export function isLockName(name: string): boolean {
  return LOCK_NAME.test(name);
}

export async function acquireLock(context: StoreContext, planPath: string): Promise<{ acquired: true } | { acquired: false; owner: LockOwner }> {
  const lockPath = lockPathFor(planPath);
  // Three rounds: a stale lock removed, or a lock released between our create and our read.
  for (let round = 0; round < 3; round++) {
    if (await createLockFile(context, lockPath)) return { acquired: true };
    const state = await inspectLock(context, lockPath);
    if (state.kind === 'ours') return { acquired: true };
    if (state.kind === 'live') return { acquired: false, owner: state.owner };
    if (state.kind === 'stale') await removeIfUnchanged(context, lockPath, state.raw);
  }
  const state = await inspectLock(context, lockPath);
  if (state.kind === 'live') return { acquired: false, owner: state.owner };
  return { acquired: false, owner: await unknownOwner(context, lockPath) };
}

/** Removes the lock only when it is ours (same machine and pid): never someone else's. */
export async function releaseLock(context: StoreContext, planPath: string): Promise<void> {
  const lockPath = lockPathFor(planPath);
  const state = await inspectLock(context, lockPath);
  if (state.kind === 'ours') await removeIfUnchanged(context, lockPath, state.raw);
}

/** Removes the lock file at `lockPath` when it is a stale one; returns whether it did. */
export async function removeIfStale(context: StoreContext, lockPath: string): Promise<boolean> {
  const state = await inspectLock(context, lockPath);
  return state.kind === 'stale' && (await removeIfUnchanged(context, lockPath, state.raw));
}

async function createLockFile(context: StoreContext, lockPath: string): Promise<boolean> {
  const record: LockRecord = { app: 'rumbo', user: context.user, machine: context.machine, pid: context.pid, since: new Date().toISOString() };
  let handle;
  try {
    handle = await context.fs.open(lockPath, 'wx');
  } catch (error) {
    if (errnoOf(error) === 'EEXIST') return false;
    throw error;
  }
  try {
    await writeAll(handle, new TextEncoder().encode(JSON.stringify(record)));
    await handle.close();
  } catch (error) {
    await handle.close().catch(() => undefined);
    await context.fs.unlink(lockPath).catch(() => undefined);
    throw error;
  }
  return true;
}

async function inspectLock(context: StoreContext, lockPath: string): Promise<LockState> {
  let raw: string;
  try {
    raw = await context.fs.readFile(lockPath, 'utf8');
  } catch (error) {
    if (isNotFound(error)) return { kind: 'gone' };
    raw = '';
  }
  const record = parseLockRecord(raw);
  if (!record) {
    const age = await ageOf(context, lockPath);
    if (age === null) return { kind: 'gone' };
    return age > UNREADABLE_LOCK_STALE_MS ? { kind: 'stale', raw } : { kind: 'live', owner: await unknownOwner(context, lockPath) };
  }
  const owner: LockOwner = { user: record.user, machine: record.machine, since: record.since };
  if (!sameMachine(record.machine, context.machine)) return { kind: 'live', owner };
  if (record.pid === context.pid) return { kind: 'ours', raw };
  return context.isProcessAlive(record.pid) ? { kind: 'live', owner } : { kind: 'stale', raw };
}

function parseLockRecord(raw: string): LockRecord | null {
  try {
    const value: unknown = JSON.parse(raw);
    if (typeof value !== 'object' || value === null) return null;
    const { app, user, machine, pid, since } = value as Record<string, unknown>;
    if (app !== 'rumbo' || typeof user !== 'string' || typeof machine !== 'string' || typeof since !== 'string') return null;
    if (typeof pid !== 'number' || !Number.isInteger(pid) || pid <= 0) return null;
    return { app, user, machine, pid, since };
  } catch {
    return null;
  }
}

/**
 * Between our decision that a lock is stale and the unlink, another instance may have
 * replaced it with its own fresh lock: re-read just before removing to narrow that window.
 */
async function removeIfUnchanged(context: StoreContext, lockPath: string, raw: string): Promise<boolean> {
  const now = await context.fs.readFile(lockPath, 'utf8').catch(() => null);
  if (now !== raw) return false;
  try {
    await context.fs.unlink(lockPath);
    return true;
  } catch (error) {
    if (isNotFound(error)) return false;
    throw error;
  }
}

async function ageOf(context: StoreContext, path: string): Promise<number | null> {
  try {
    return Date.now() - (await context.fs.stat(path)).mtimeMs;
  } catch {
    return null;
  }
}

/** Someone holds the plan but their lock cannot be read (yet): say so without a name. */
async function unknownOwner(context: StoreContext, lockPath: string): Promise<LockOwner> {
  const since = await context.fs.stat(lockPath).then(
    (stat) => stat.mtime.toISOString(),
    () => new Date().toISOString(),
  );
  return { user: '?', machine: '?', since };
}
