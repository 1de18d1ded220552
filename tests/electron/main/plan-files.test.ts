import { access, mkdir, mkdtemp, readdir, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { NodeFileStore } from '../../../electron/store';
import { HandleRegistry } from '../../../electron/main/handles';
import { PlanFiles } from '../../../electron/main/plan-files';
import { RecentFiles } from '../../../electron/main/recent';

const exists = (file: string) => access(file).then(() => true, () => false);
const DEAD_PID = 999_999;
const PLAN = new Uint8Array([83, 81, 76, 105, 116, 101]);

let folder: string;
let recentFile: string;
const storeFor = (pid: number) =>
  new NodeFileStore({ dataDir: path.join(folder, 'data'), user: 'ana', machine: 'pc-ayto-01', pid, temporaryRoots: [], isProcessAlive: (candidate) => candidate === process.pid });
const filesFor = (store: NodeFileStore) => new PlanFiles({ store, handles: new HandleRegistry(), recent: new RecentFiles(recentFile), log: () => undefined });

beforeEach(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'rumbo-planfiles-'));
  recentFile = path.join(folder, 'data', 'recent.json');
});
afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe('plan files', () => {
  it('at start, removes what a crashed run left beside recent plans, and nothing else', async () => {
    const share = path.join(folder, 'share');
    await mkdir(share);
    const plan = path.join(share, 'plan.rumbo');
    await writeFile(plan, PLAN);
    // A run that crashed while holding the plan and while saving it.
    const crashed = filesFor(storeFor(DEAD_PID));
    await crashed.open(plan);
    const strayTemp = path.join(share, '.plan.rumbo.rumbo-0123abcd-4242-89abcdef.tmp');
    await writeFile(strayTemp, 'half a save');
    const old = new Date(Date.now() - 60 * 60 * 1000);
    await utimes(strayTemp, old, old);
    await writeFile(path.join(share, 'notes.txt'), 'not ours');
    expect((await readdir(share)).sort()).toEqual(['.plan.rumbo.rumbo-0123abcd-4242-89abcdef.tmp', 'notes.txt', 'plan.rumbo', '~$plan.rumbo.lock']);

    await filesFor(storeFor(process.pid)).cleanRecentFolders();
    expect((await readdir(share)).sort()).toEqual(['notes.txt', 'plan.rumbo']);
  });

  it('leaves a live owner\'s lock alone and reports that owner when opening', async () => {
    const plan = path.join(folder, 'plan.rumbo');
    await writeFile(plan, PLAN);
    await filesFor(storeFor(process.pid)).open(plan);
    const other = new NodeFileStore({ dataDir: path.join(folder, 'data2'), user: 'luis', machine: 'pc-ayto-02', pid: 4242, temporaryRoots: [] });
    const opened = await filesFor(other).open(plan);
    expect(opened.lockedBy).toMatchObject({ user: 'ana', machine: 'pc-ayto-01' });
    await filesFor(other).cleanRecentFolders();
    expect(await exists(path.join(folder, '~$plan.rumbo.lock'))).toBe(true);
  });

  it('releases every lock it holds on quit', async () => {
    const files = filesFor(storeFor(process.pid));
    const plans = ['a.rumbo', 'b.rumbo'].map((name) => path.join(folder, name));
    for (const plan of plans) {
      await writeFile(plan, PLAN);
      await files.open(plan);
    }
    expect(files.hasLocks()).toBe(true);
    await files.releaseAll();
    expect(files.hasLocks()).toBe(false);
    for (const plan of plans) expect(await exists(path.join(folder, `~$${path.basename(plan)}.lock`))).toBe(false);
  });

  it('hands the renderer a copy that owns exactly the file bytes', async () => {
    const plan = path.join(folder, 'plan.rumbo');
    await writeFile(plan, PLAN);
    const opened = await filesFor(storeFor(process.pid)).open(plan);
    expect(opened.bytes).toEqual(PLAN);
    expect(opened.bytes.byteOffset).toBe(0);
    expect(opened.bytes.buffer.byteLength).toBe(PLAN.length);
  });
});
