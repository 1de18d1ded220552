import { readdir, utimes, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { NodeFileStore } from '../../../electron/store';
import { tempNameFor } from '../../../electron/store/temp-files';
import { makeTempDir, planVersions, removeDir, storeOptions } from './plan-fixtures';
import { createHash } from 'node:crypto';

let folder: string;
beforeEach(async () => {
  folder = await makeTempDir('stray');
});
afterEach(() => removeDir(folder));

const DEAD = 4242;
const LIVE = 1001;
const machineTag = (machine: string) => createHash('sha256').update(machine.toLowerCase()).digest('hex').slice(0, 8);
const store = () => new NodeFileStore(storeOptions(join(folder, 'data'), { isProcessAlive: (pid) => pid === LIVE }));
/** The temp name a save by `pid` on `machine` would use. */
const tempOf = (target: string, pid: number, machine = hostname()) => tempNameFor(target, { machineTag: machineTag(machine), pid });

describe('stray files of interrupted saves', () => {
  it('removes temp files and locks of dead Rumbo processes, and nothing else', async () => {
    const deadTemp = tempOf('plan.rumbo', DEAD);
    const liveTemp = tempOf('plan.rumbo', LIVE);
    const otherMachineTemp = tempOf('plan.rumbo', DEAD, 'OTRO-PC');
    const deadLock = '~$plan.rumbo.lock';
    const liveLock = '~$otro.rumbo.lock';
    const lock = (pid: number) => JSON.stringify({ app: 'rumbo', user: 'ana', machine: hostname(), pid, since: new Date().toISOString() });
    await writeFile(join(folder, deadTemp), 'partial');
    await writeFile(join(folder, liveTemp), 'in progress');
    await writeFile(join(folder, otherMachineTemp), 'in progress elsewhere');
    await writeFile(join(folder, deadLock), lock(DEAD));
    await writeFile(join(folder, liveLock), lock(LIVE));
    await writeFile(join(folder, '.plan.rumbo.tmp'), 'not ours: does not follow our naming');
    await writeFile(join(folder, 'plan.rumbo'), 'the plan');

    const removed = await store().cleanStrayFiles(folder);
    expect(removed.sort()).toEqual([join(folder, deadTemp), join(folder, deadLock)].sort());
    expect((await readdir(folder)).sort()).toEqual(['.plan.rumbo.tmp', liveLock, liveTemp, otherMachineTemp, 'plan.rumbo'].sort());
  });

  it('removes an abandoned temp file from another machine once it is old', async () => {
    const name = tempOf('plan.rumbo', DEAD, 'OTRO-PC');
    await writeFile(join(folder, name), 'partial');
    const old = new Date(Date.now() - 60 * 60 * 1000);
    await utimes(join(folder, name), old, old);
    expect(await store().cleanStrayFiles(folder)).toEqual([join(folder, name)]);
  });

  it('cleans the temp files of the plan being opened (only that plan)', async () => {
    await writeFile(join(folder, 'plan.rumbo'), (await planVersions()).a);
    const mine = tempOf('plan.rumbo', DEAD);
    const another = tempOf('otro.rumbo', DEAD);
    await writeFile(join(folder, mine), 'partial');
    await writeFile(join(folder, another), 'partial');
    await store().readPlan(join(folder, 'plan.rumbo'));
    const names = await readdir(folder);
    expect(names).not.toContain(mine);
    expect(names).toContain(another);
  });

  it('answers an empty list for a folder that does not exist', async () => {
    expect(await store().cleanStrayFiles(join(folder, 'nada'))).toEqual([]);
  });
});
