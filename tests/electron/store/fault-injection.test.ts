import { mkdir, readFile, readdir, stat, writeFile } from 'node:fs/promises';
import { basename, join, sep } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { RumboError } from '../../../shared/errors';
import { NodeFileStore } from '../../../electron/store';
import type { FsPromises, SavePlanResult } from '../../../electron/store/types';
import { FAULT_CODES, FAULT_OPS, faultyFs, type Fault, type FaultCode, type FaultyFs } from './faulty-fs';
import { leftoversIn, makeTempDir, planVersions, quickCheck, removeDir, sha, storeOptions } from './plan-fixtures';

/** The stable code each injected errno must surface as (N5). */
const EXPECTED_CODE: Record<FaultCode, string> = {
  EIO: 'SAVE_IO',
  ENOSPC: 'SAVE_NO_SPACE',
  EACCES: 'SAVE_DENIED',
  EPERM: 'SAVE_DENIED',
  EBUSY: 'SAVE_IO',
  EROFS: 'SAVE_READ_ONLY_LOCATION',
};

const roots: string[] = [];
afterAll(async () => {
  await Promise.all(roots.map(removeDir));
});

interface Scene {
  folder: string;
  target: string;
  dataDir: string;
  shim: FaultyFs;
  outcome: { ok: true; result: SavePlanResult } | { ok: false; error: unknown };
}

/** plan.rumbo holds version A; a store whose fs carries the fault saves version B over it. */
async function saveBOverA(fault: Fault | null, tweak: (fs: FsPromises) => FsPromises = (fs) => fs): Promise<Scene> {
  const { a, b } = await planVersions();
  const root = await makeTempDir('fault');
  roots.push(root);
  const folder = join(root, 'planes');
  await mkdir(folder);
  const target = join(folder, 'plan.rumbo');
  await writeFile(target, a);
  const dataDir = join(root, 'data');
  const shim = faultyFs(fault);
  const store = new NodeFileStore(storeOptions(dataDir, { fs: tweak(shim.fs) }));
  const outcome = await store.savePlan(target, b).then(
    (result) => ({ ok: true as const, result }),
    (error: unknown) => ({ ok: false as const, error }),
  );
  return { folder, target, dataDir, shim, outcome };
}

/** N1 and N4 after any outcome: the target is exactly one whole version, and nothing of ours is left. */
async function assertIntact(scene: Scene, expected: 'a' | 'b'): Promise<void> {
  const versions = await planVersions();
  const onDisk = await readFile(scene.target);
  expect(sha(onDisk)).toBe(sha(versions[expected]));
  expect(await quickCheck(onDisk)).toBe('ok');
  expect(await leftoversIn(scene.folder)).toEqual([]);
  const backupFolders = await readdir(join(scene.dataDir, 'backups')).catch(() => [] as string[]);
  for (const name of backupFolders) expect(await leftoversIn(join(scene.dataDir, 'backups', name))).toEqual([]);
}

function rumboCode(error: unknown): string {
  expect(error).toBeInstanceOf(RumboError);
  return (error as RumboError).code;
}

describe('fail the k-th I/O step of a save', () => {
  it('keeps N1/N4/N5 for every step × errno', async () => {
    const clean = await saveBOverA(null);
    expect(clean.outcome.ok).toBe(true);
    const steps = (op: string) => clean.shim.calls.filter((call) => call.op === op).length;
    const tally = { runs: 0, failedSaves: 0, savedDespiteFault: 0, backupSkipped: 0 };
    const started = performance.now();

    for (const op of FAULT_OPS) {
      expect(steps(op), `a save performs at least one ${op}`).toBeGreaterThan(0);
      for (const code of FAULT_CODES) {
        for (let nth = 1; nth <= steps(op); nth++) {
          const scene = await saveBOverA({ op, nth, code });
          tally.runs++;
          const failed = scene.shim.calls.find((call) => call.failed);
          expect(failed, `${op}#${nth} ${code} was injected`).toBeDefined();
          const where = `${op}#${nth} ${code} on ${basename(failed!.path)}`;
          const onFolder = await stat(failed!.path).then((found) => found.isDirectory(), () => false);
          const onBackup = !onFolder && failed!.path.startsWith(scene.dataDir);
          if (onFolder) {
            // Folder fsync is best effort: the new file is already in place and verified.
            expect(scene.outcome.ok, where).toBe(true);
            await assertIntact(scene, 'b');
            tally.savedDespiteFault++;
          } else if (onBackup) {
            // A failed backup never blocks the save, and it is reported.
            expect(scene.outcome, where).toMatchObject({ ok: true, result: { backupError: code } });
            await assertIntact(scene, 'b');
            tally.savedDespiteFault++;
            tally.backupSkipped++;
          } else if (op === 'rename' && (code === 'EPERM' || code === 'EBUSY')) {
            // One refused rename is what an antivirus scan looks like: the retry gets through.
            expect(scene.outcome.ok, where).toBe(true);
            await assertIntact(scene, 'b');
            tally.savedDespiteFault++;
          } else {
            expect(scene.outcome.ok, where).toBe(false);
            const error = (scene.outcome as { error: unknown }).error;
            expect(rumboCode(error), where).toBe(EXPECTED_CODE[code]);
            if (EXPECTED_CODE[code] === 'SAVE_IO') expect((error as RumboError).params).toEqual({ detail: code });
            await assertIntact(scene, 'a');
            expect(await readdir(scene.folder), where).toEqual(['plan.rumbo']);
            tally.failedSaves++;
          }
        }
      }
    }
    const perOp = Object.fromEntries(FAULT_OPS.map((op) => [op, steps(op)]));
    console.log(`fault loop: steps per save ${JSON.stringify(perOp)}; ${JSON.stringify(tally)}; ${Math.round(performance.now() - started)} ms`);
    expect(tally.failedSaves).toBeGreaterThan(0);
  });
});

describe('a target held by another program', () => {
  const onTarget = (path: string) => basename(path) === 'plan.rumbo';

  it.each(['EPERM', 'EBUSY'] as const)('%s on every rename retry: verified copy beside it and SAVE_BUSY', async (code) => {
    const scene = await saveBOverA({ op: 'rename', nth: 1, times: Infinity, code, where: onTarget });
    expect(scene.outcome.ok).toBe(false);
    const error = (scene.outcome as { error: unknown }).error as RumboError;
    expect(rumboCode(error)).toBe('SAVE_BUSY');
    const copy = String(error.params.copy);
    expect(copy).toMatch(/^plan \(copia \d{4}-\d{2}-\d{2} \d{2}\.\d{2}\)\.rumbo$/);
    expect(sha(await readFile(join(scene.folder, copy)))).toBe(sha((await planVersions()).b));
    expect(await quickCheck(await readFile(join(scene.folder, copy)))).toBe('ok');
    expect(scene.shim.calls.filter((call) => call.op === 'rename' && onTarget(call.path))).toHaveLength(5);
    await assertIntact(scene, 'a');
    expect((await readdir(scene.folder)).sort()).toEqual([copy, 'plan.rumbo'].sort());
  });

  it('a transient EBUSY that clears within the retries saves normally', async () => {
    const scene = await saveBOverA({ op: 'rename', nth: 1, times: 2, code: 'EBUSY', where: onTarget });
    expect(scene.outcome.ok).toBe(true);
    expect(scene.shim.calls.filter((call) => call.op === 'rename' && onTarget(call.path))).toHaveLength(3);
    await assertIntact(scene, 'b');
    expect(await readdir(scene.folder)).toEqual(['plan.rumbo']);
  });

  it('when not even the copy can be placed, says so without a copy and leaves nothing behind', async () => {
    const inPlanFolder = (path: string) => path.includes(`${sep}planes${sep}`);
    const scene = await saveBOverA({ op: 'rename', nth: 1, times: Infinity, code: 'EBUSY', where: inPlanFolder });
    expect(scene.outcome.ok).toBe(false);
    expect((scene.outcome as { error: RumboError }).error).toMatchObject({ code: 'SAVE_IO', params: { detail: 'EBUSY' } });
    await assertIntact(scene, 'a');
    expect(await readdir(scene.folder)).toEqual(['plan.rumbo']);
  });

  it('an exported .docx held by Word gives EXPORT_TARGET_BUSY and keeps the old document', async () => {
    const root = await makeTempDir('docx');
    roots.push(root);
    const path = join(root, 'Plan.docx');
    await writeFile(path, 'old document');
    const shim = faultyFs({ op: 'rename', nth: 1, times: Infinity, code: 'EACCES' });
    const store = new NodeFileStore(storeOptions(join(root, 'data'), { fs: shim.fs }));
    await expect(store.writeDocumentAtomic(path, new TextEncoder().encode('new'))).rejects.toMatchObject({ code: 'EXPORT_TARGET_BUSY' });
    expect(await readFile(path, 'utf8')).toBe('old document');
    expect(await readdir(root)).toEqual(['Plan.docx']);
  });
});

describe('verification', () => {
  /** Flips one byte whenever a file whose name passes `which` is read. */
  const corruptingReads =
    (which: (path: string) => boolean) =>
    (fs: FsPromises): FsPromises => ({
      ...fs,
      readFile: (async (path: string, options?: unknown) => {
        const data = await (fs.readFile as (p: string, o?: unknown) => Promise<Buffer | string>)(path, options);
        if (typeof data === 'string' || !which(String(path))) return data;
        const copy = Buffer.from(data);
        copy[copy.length >> 1] = copy[copy.length >> 1]! ^ 0xff;
        return copy;
      }) as FsPromises['readFile'],
    });

  it('a temp file that reads back wrong is never renamed: SAVE_VERIFY_FAILED, old file intact', async () => {
    const scene = await saveBOverA(null, corruptingReads((path) => path.includes('plan.rumbo.rumbo-')));
    expect(scene.outcome).toMatchObject({ ok: false, error: { code: 'SAVE_VERIFY_FAILED' } });
    await assertIntact(scene, 'a');
  });

  it('a target that reads back wrong after the rename is never reported as saved (N3)', async () => {
    let renamed = false;
    const scene = await saveBOverA(null, (fs) =>
      corruptingReads((path) => renamed && basename(path) === 'plan.rumbo')({
        ...fs,
        rename: async (from, to) => {
          await fs.rename(from, to);
          if (basename(String(to)) === 'plan.rumbo') renamed = true;
        },
      }),
    );
    expect(scene.outcome).toMatchObject({ ok: false, error: { code: 'SAVE_UNCONFIRMED', params: { detail: 'SHA-256' } } });
  });

  it('short writes are continued until every byte is on disk', async () => {
    const { a, b } = await planVersions();
    const root = await makeTempDir('short');
    roots.push(root);
    const target = join(root, 'plan.rumbo');
    await writeFile(target, a);
    const shim = faultyFs(null, { maxWriteBytes: 4096 });
    await new NodeFileStore(storeOptions(join(root, 'data'), { fs: shim.fs })).savePlan(target, b);
    expect(sha(await readFile(target))).toBe(sha(b));
    expect(shim.calls.filter((call) => call.op === 'write' && basename(call.path).startsWith('.plan.rumbo')).length).toBeGreaterThanOrEqual(Math.ceil(b.length / 4096));
  });
});
