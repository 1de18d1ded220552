import { spawn } from 'node:child_process';
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NodeFileStore } from '../../../electron/store';
import { leftoversIn, makeTempDir, planVersions, quickCheck, removeDir, sha, storeOptions } from './plan-fixtures';

/** CRASH_ITER=200 for a longer soak; 40 keeps the test under a minute on two busy cores. */
const ITERATIONS = Number(process.env.CRASH_ITER ?? 40);
/** Longest random wait before the kill, after the child said it is saving. One save of B takes tens of ms. */
const MAX_KILL_DELAY_MS = 250;
const SAVER = join(import.meta.dirname, 'crash-saver.ts');

type Saver = ReturnType<typeof spawn>;

let root: string;
/** Every saver started, so that none outlives a failed assertion. */
const savers = new Set<Saver>();
beforeAll(async () => {
  root = await makeTempDir('crash');
});
afterAll(async () => {
  await Promise.all([...savers].map(killHard));
  await removeDir(root);
});

/** Starts a saver and resolves once it has loaded; it does nothing until told to go. */
function startSaver(args: string[]): Promise<Saver> {
  const child = spawn(process.execPath, ['--import', 'tsx', SAVER, ...args], { stdio: ['pipe', 'pipe', 'pipe'] });
  savers.add(child);
  return nextLine(child, 'ready');
}

/** Lets a loaded saver loose on the plan; resolves once it is in its save loop. */
function go(child: Saver): Promise<Saver> {
  child.stdin!.write('go\n');
  return nextLine(child, 'saving');
}

function nextLine(child: Saver, line: string): Promise<Saver> {
  return new Promise((resolve, reject) => {
    let stderr = '';
    const onErr = (chunk: Buffer) => (stderr += chunk.toString());
    const onOut = (chunk: Buffer) => {
      if (!chunk.toString().includes(line)) return;
      child.stdout!.off('data', onOut);
      child.stderr!.off('data', onErr);
      child.off('exit', onExit);
      resolve(child);
    };
    const onExit = (code: number | null) => reject(new Error(`saver exited early (${code}): ${stderr}`));
    child.stdout!.on('data', onOut);
    child.stderr!.on('data', onErr);
    child.once('exit', onExit);
  });
}

function killHard(child: Saver): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGKILL');
  });
}

describe('kill -9 while saving', () => {
  it(`leaves the plan byte-identical to A or B and openable, ${ITERATIONS} times; a fresh start cleans up`, { timeout: 120_000 }, async () => {
    const { a, b } = await planVersions();
    const shaA = sha(a);
    const shaB = sha(b);
    const folder = join(root, 'planes');
    const dataDir = join(root, 'data');
    await mkdir(folder);
    const fileA = join(root, 'A.bin');
    const fileB = join(root, 'B.bin');
    await writeFile(fileA, a);
    await writeFile(fileB, b);
    const plan = join(folder, 'plan.rumbo');
    await writeFile(plan, a);

    const started = performance.now();
    const seen = { A: 0, B: 0, killsThatLeftTempFiles: 0, killsThatLeftBackupTemps: 0, cleaned: 0 };
    const args = [plan, dataDir, fileA, fileB];
    // The next saver loads (about a second of tsx) while the current one is saved and checked.
    let next = startSaver(args);
    let waitedForLoad = 0;
    for (let iteration = 0; iteration < ITERATIONS; iteration++) {
      const t0 = performance.now();
      const loaded = await next;
      waitedForLoad += performance.now() - t0;
      const child = await go(loaded);
      next = startSaver(args);
      await new Promise((resolve) => setTimeout(resolve, Math.random() * MAX_KILL_DELAY_MS));
      await killHard(child);

      const onDisk = await readFile(plan);
      const digest = sha(onDisk);
      expect([shaA, shaB], `iteration ${iteration}`).toContain(digest);
      seen[digest === shaA ? 'A' : 'B']++;
      expect(await quickCheck(onDisk)).toBe('ok');

      // N4: the next start removes what the killed saver left, its lock included.
      const store = new NodeFileStore(storeOptions(dataDir));
      if ((await leftoversIn(folder)).length > 0) seen.killsThatLeftTempFiles++;
      const removed = await store.cleanStrayFiles(folder);
      seen.cleaned += removed.length;
      expect(await leftoversIn(folder)).toEqual([]);
      expect(await readdir(folder)).toEqual(['plan.rumbo']);
      for (const backupFolder of await readdir(join(dataDir, 'backups')).catch(() => [] as string[])) {
        const path = join(dataDir, 'backups', backupFolder);
        if ((await leftoversIn(path)).length > 0) seen.killsThatLeftBackupTemps++;
        await store.cleanStrayFiles(path);
        expect(await leftoversIn(path)).toEqual([]);
      }
    }
    await killHard(await next);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(`crash test: waited ${Math.round(waitedForLoad)} ms for savers to load; ${ITERATIONS} kills in ${seconds} s; ${JSON.stringify(seen)}`);
    // Both versions were seen, so the kills did land across saves, not always before the first.
    expect(seen.A).toBeGreaterThan(0);
    expect(seen.B).toBeGreaterThan(0);
  });
});
