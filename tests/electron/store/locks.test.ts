import { readFile, readdir, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { NodeFileStore } from '../../../electron/store';
import { makeTempDir, planVersions, removeDir, storeOptions } from './plan-fixtures';

let folder: string;
let plan: string;
/** Named like Office's owner files, beside the plan. */
let lockFile: string;

beforeEach(async () => {
  folder = await makeTempDir('lock');
  plan = join(folder, 'plan.rumbo');
  lockFile = join(folder, '~$plan.rumbo.lock');
  await writeFile(plan, (await planVersions()).a);
});
afterEach(() => removeDir(folder));

/** Another Rumbo: same machine unless told otherwise, its own pid, with pids 1000-1999 "alive". */
function otherStore(pid: number, machine?: string): NodeFileStore {
  return new NodeFileStore(
    storeOptions(join(folder, 'data'), { user: 'luis', pid, isProcessAlive: (p) => p >= 1000 && p < 2000, ...(machine ? { machine } : {}) }),
  );
}

describe('plan locks', () => {
  it('is taken on open; a second live owner gets read-only with the owner named', async () => {
    const first = otherStore(1001);
    expect((await first.readPlan(plan)).lockedBy).toBeNull();
    const lock = JSON.parse(await readFile(lockFile, 'utf8'));
    expect(lock).toMatchObject({ app: 'rumbo', user: 'luis', pid: 1001 });

    const second = new NodeFileStore(storeOptions(join(folder, 'data'), { user: 'ana', pid: 1002, isProcessAlive: () => true }));
    const opened = await second.readPlan(plan);
    expect(opened.lockedBy).toMatchObject({ user: 'luis' });
    expect(opened.lockedBy?.since).toBe(lock.since);
    // The refused opener took no lock: the file is still the first owner's.
    expect(JSON.parse(await readFile(lockFile, 'utf8')).pid).toBe(1001);
    // Opening again in the owning process is not a conflict.
    expect(await first.acquireLock(plan)).toEqual({ acquired: true });
  });

  it('treats a lock from another machine as live, whatever its pid', async () => {
    await otherStore(5, 'OTRO-PC').acquireLock(plan);
    const result = await otherStore(1001).acquireLock(plan);
    expect(result).toMatchObject({ acquired: false, owner: { machine: 'OTRO-PC' } });
  });

  it('clears a lock left by a dead process on this machine and takes it', async () => {
    await otherStore(4242).acquireLock(plan); // 4242 is "dead" for otherStore
    expect(await otherStore(1001).acquireLock(plan)).toEqual({ acquired: true });
    expect(JSON.parse(await readFile(lockFile, 'utf8')).pid).toBe(1001);
  });

  it('waits out an unreadable lock while it is young, and clears it when old', async () => {
    await writeFile(lockFile, '');
    const young = await otherStore(1001).acquireLock(plan);
    expect(young).toMatchObject({ acquired: false, owner: { user: '?' } });
    const old = new Date(Date.now() - 10 * 60 * 1000);
    await utimes(lockFile, old, old);
    expect(await otherStore(1001).acquireLock(plan)).toEqual({ acquired: true });
  });

  it('releases only its own lock', async () => {
    const owner = otherStore(1001);
    await owner.acquireLock(plan);
    await otherStore(1002).releaseLock(plan);
    expect(await readdir(folder)).toContain('~$plan.rumbo.lock');
    await owner.releaseLock(plan);
    expect(await readdir(folder)).not.toContain('~$plan.rumbo.lock');
    await owner.releaseLock(plan); // releasing twice is harmless
  });
});
