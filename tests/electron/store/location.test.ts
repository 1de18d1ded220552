import { constants } from 'node:fs';
import * as realFs from 'node:fs/promises';
import { chmod, mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { NodeFileStore } from '../../../electron/store';
import type { FsPromises } from '../../../electron/store/types';
import { errnoError } from './faulty-fs';
import { makeTempDir, planVersions, removeDir, storeOptions } from './plan-fixtures';

let root: string;
beforeEach(async () => {
  root = await makeTempDir('location');
});
afterEach(async () => {
  await chmod(join(root, 'solo-lectura'), 0o755).catch(() => undefined);
  await removeDir(root);
});

const runningAsRoot = process.getuid?.() === 0;

/**
 * As root, chmod does not stop writes and access(W_OK) always succeeds. This fs answers
 * access() from the mode bits, the way the folder's owner (without root) would be answered,
 * so the same chmod-based cases test the same code path either way.
 */
function ownerViewFs(): FsPromises {
  return {
    ...realFs,
    access: async (path, mode) => {
      const { mode: bits } = await realFs.stat(path);
      if (mode !== undefined && mode & constants.W_OK && !(bits & 0o200)) throw errnoError('EACCES', 'access', String(path));
    },
  };
}

function store(extra: Parameters<typeof storeOptions>[1] = {}): NodeFileStore {
  return new NodeFileStore(storeOptions(join(root, 'data'), { ...(runningAsRoot ? { fs: ownerViewFs() } : {}), ...extra }));
}

describe('location classification', () => {
  it('says normal for a writable folder and file', async () => {
    await writeFile(join(root, 'plan.rumbo'), 'x');
    expect(await store().classifyLocation(join(root, 'plan.rumbo'))).toBe('normal');
    expect(await store().classifyLocation(join(root, 'nuevo.rumbo'))).toBe('normal');
  });

  it('says temporary under the OS temp folder by default and under configured roots', async () => {
    const defaults = new NodeFileStore({ ...storeOptions(join(root, 'data')), temporaryRoots: undefined });
    expect(await defaults.classifyLocation(join(tmpdir(), 'adjunto.rumbo'))).toBe('temporary');
    expect(await store({ temporaryRoots: [root] }).classifyLocation(join(root, 'a', 'b.rumbo'))).toBe('temporary');
    // A sibling whose name merely starts the same is not inside the root.
    expect(await store({ temporaryRoots: [join(root, 'tm')] }).classifyLocation(join(root, 'tmp-no', 'b.rumbo'))).not.toBe('temporary');
  });

  it.each([
    'C:\\Users\\ana\\AppData\\Local\\Microsoft\\Windows\\INetCache\\Content.Outlook\\K3J2\\plan.rumbo',
    'C:\\Users\\ana\\AppData\\Local\\Microsoft\\Windows\\Temporary Internet Files\\Content.Outlook\\X\\plan.rumbo',
    'c:/users/ana/appdata/local/temp/7zO1234/plan.rumbo',
    'C:\\Users\\ana\\AppData\\Local\\Temp\\mozilla_ana0\\plan.rumbo',
    '/Users/ana/Library/Containers/com.apple.mail/Data/Library/Mail Downloads/ABC/plan.rumbo',
    '\\\\servidor\\perfiles\\ana\\AppData\\Local\\Temp\\plan.rumbo',
  ])('recognises a mail attachment cache: %s', async (path) => {
    expect(await store().classifyLocation(path)).toBe('temporary');
  });

  it('does not mistake ordinary folders for caches', async () => {
    expect(await store().classifyLocation(join(root, 'Temporada 2025', 'plan.rumbo'))).not.toBe('temporary');
  });

  it('says read_only for a folder that cannot be written, and for a read-only file', async () => {
    const folder = join(root, 'solo-lectura');
    await mkdir(folder);
    await writeFile(join(folder, 'plan.rumbo'), 'x');
    await chmod(folder, 0o555);
    expect(await store().classifyLocation(join(folder, 'plan.rumbo'))).toBe('read_only');

    await writeFile(join(root, 'fijo.rumbo'), 'x');
    await chmod(join(root, 'fijo.rumbo'), 0o444);
    expect(await store().classifyLocation(join(root, 'fijo.rumbo'))).toBe('read_only');
  });

  it('opens a plan in a read-only folder without trying to lock it', async () => {
    const folder = join(root, 'solo-lectura');
    await mkdir(folder);
    await writeFile(join(folder, 'plan.rumbo'), (await planVersions()).a);
    await chmod(folder, 0o555);
    const opened = await store().readPlan(join(folder, 'plan.rumbo'));
    expect(opened).toMatchObject({ location: 'read_only', lockedBy: null });
    expect(await realFs.readdir(folder)).toEqual(['plan.rumbo']);
  });

  it('treats a folder that refuses the lock file as read-only (Windows ACLs escape access())', async () => {
    await writeFile(join(root, 'plan.rumbo'), (await planVersions()).a);
    const refusing: FsPromises = {
      ...realFs,
      open: (async (path: string, flags?: string) => {
        if (flags === 'wx') throw errnoError('EACCES', 'open', path);
        return realFs.open(path, flags);
      }) as FsPromises['open'],
    };
    const opened = await store({ fs: refusing }).readPlan(join(root, 'plan.rumbo'));
    expect(opened.location).toBe('read_only');
  });
});
