import { chmod, mkdir, open, readFile, readdir, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RumboError } from '../../../shared/errors';
import { MAX_PLAN_BYTES } from '../../../shared/db/format';
import { NodeFileStore } from '../../../electron/store';
import { leftoversIn, makeTempDir, planVersions, quickCheck, removeDir, sha, storeOptions } from './plan-fixtures';

let root: string;
let folder: string;
let dataDir: string;

beforeEach(async () => {
  root = await makeTempDir('save');
  folder = join(root, 'planes');
  dataDir = join(root, 'data');
  await mkdir(folder);
});
afterEach(() => removeDir(root));

describe('NodeFileStore save and read', () => {
  it('round-trips a real plan: what is read is exactly what was saved, and it opens', async () => {
    const { a } = await planVersions();
    const store = new NodeFileStore(storeOptions(dataDir));
    const path = join(folder, 'Plan de redes.rumbo');
    const saved = await store.savePlan(path, a, sha(a));
    expect(saved.sha256).toBe(sha(a));
    expect(Number.isNaN(Date.parse(saved.savedAt))).toBe(false);
    expect(saved.backupError).toBeUndefined();

    const read = await store.readPlan(path);
    expect(sha(read.bytes)).toBe(sha(a));
    expect(read.location).toBe('normal');
    expect(read.lockedBy).toBeNull();
    expect(await quickCheck(read.bytes)).toBe('ok');
    expect(await leftoversIn(folder)).toEqual([]);
  });

  it('refuses bytes that do not match the SHA-256 the engine announced, before touching the disk', async () => {
    const { a, b } = await planVersions();
    const store = new NodeFileStore(storeOptions(dataDir));
    const path = join(folder, 'plan.rumbo');
    await writeFile(path, a);
    await expect(store.savePlan(path, b, sha(a))).rejects.toMatchObject({ code: 'SAVE_VERIFY_FAILED' });
    expect(sha(await readFile(path))).toBe(sha(a));
    expect(await store.listBackups(path)).toEqual([]);
  });

  it('reports missing and oversized files with their own codes', async () => {
    const store = new NodeFileStore(storeOptions(dataDir));
    await expect(store.readPlan(join(folder, 'nope.rumbo'))).rejects.toMatchObject({ code: 'FILE_NOT_FOUND' });
    const huge = join(folder, 'huge.rumbo');
    const handle = await open(huge, 'w');
    await handle.truncate(MAX_PLAN_BYTES + 1); // sparse: nothing is really written
    await handle.close();
    const error = await store.readPlan(huge).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(RumboError);
    expect((error as RumboError).code).toBe('FILE_TOO_LARGE');
    await expect(store.readPlan(folder)).rejects.toMatchObject({ code: 'FILE_READ_FAILED' });
  });

  it('keeps the permission bits of the plan it replaces', async () => {
    if (process.platform === 'win32') return;
    const { a, b } = await planVersions();
    const store = new NodeFileStore(storeOptions(dataDir));
    const path = join(folder, 'privado.rumbo');
    await writeFile(path, a);
    await chmod(path, 0o600);
    await store.savePlan(path, b);
    expect((await stat(path)).mode & 0o777).toBe(0o600);
  });

  it('writes a .docx atomically over an older one, without backups or locks', async () => {
    const store = new NodeFileStore(storeOptions(dataDir));
    const path = join(folder, 'Plan.docx');
    await writeFile(path, 'old');
    const bytes = new TextEncoder().encode('PK new document');
    await store.writeDocumentAtomic(path, bytes);
    expect(await readFile(path, 'utf8')).toBe('PK new document');
    expect((await readdir(folder)).sort()).toEqual(['Plan.docx']);
    expect(await readdir(dataDir).catch(() => [])).toEqual([]);
  });
});

describe('NodeFileStore backups', () => {
  it('keeps exactly the last N previous versions, newest first, each one a real earlier save', async () => {
    const { a } = await planVersions();
    const keep = 4;
    const store = new NodeFileStore(storeOptions(dataDir, { backupsToKeep: keep }));
    const path = join(folder, 'plan.rumbo');
    // Distinct versions: the plan bytes with a different trailing marker each time.
    const version = (n: number) => Uint8Array.from([...a, n]);
    for (let n = 0; n < keep + 3; n++) await store.savePlan(path, version(n));

    const backups = await store.listBackups(path);
    expect(backups).toHaveLength(keep);
    const kept = await Promise.all(backups.map(async (backup) => (await readFile(backup.file)).at(-1)));
    // After saves 0..6 the file holds 6; the backups are the versions it replaced: 5, 4, 3, 2.
    expect(kept).toEqual([5, 4, 3, 2]);
    const times = backups.map((backup) => Date.parse(backup.savedAt));
    expect([...times].sort((x, y) => y - x)).toEqual(times);
    expect(await leftoversIn(dirname(backups[0]!.file))).toEqual([]);
  });

  it('never backs up an empty file, nor the same version twice', async () => {
    const { a, b } = await planVersions();
    const store = new NodeFileStore(storeOptions(dataDir));
    const path = join(folder, 'plan.rumbo');
    await writeFile(path, new Uint8Array(0));
    await store.savePlan(path, a);
    expect(await store.listBackups(path)).toEqual([]);

    await store.savePlan(path, b); // backs up a
    await writeFile(path, a); // someone puts a back: a is already the newest backup
    await store.savePlan(path, b);
    const backups = await store.listBackups(path);
    expect(backups).toHaveLength(1);
    expect(sha(await readFile(backups[0]!.file))).toBe(sha(a));
  });

  it('gives two plans with the same name in different folders their own backups', async () => {
    const { a, b } = await planVersions();
    const store = new NodeFileStore(storeOptions(dataDir));
    await mkdir(join(folder, 'otra'));
    const first = join(folder, 'plan.rumbo');
    const second = join(folder, 'otra', 'plan.rumbo');
    for (const path of [first, second]) {
      await store.savePlan(path, a);
      await store.savePlan(path, b);
    }
    const [one, two] = [await store.listBackups(first), await store.listBackups(second)];
    expect(one).toHaveLength(1);
    expect(two).toHaveLength(1);
    expect(one[0]!.file).not.toBe(two[0]!.file);
  });

  it('saves even when the backup cannot be made, and says why', async () => {
    const { a, b } = await planVersions();
    // A file where the backups folder should be: mkdir fails for real.
    await writeFile(join(root, 'blocked'), 'x');
    const store = new NodeFileStore(storeOptions(join(root, 'blocked')));
    const path = join(folder, 'plan.rumbo');
    await writeFile(path, a);
    const saved = await store.savePlan(path, b);
    expect(saved.backupError).toMatch(/^E[A-Z]+$/);
    expect(sha(await readFile(path))).toBe(sha(b));
  });
});
