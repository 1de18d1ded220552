import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { NodeFileStore } from '../../../electron/store';
import { makeTempDir, planVersions, quickCheck, removeDir, sha, storeOptions } from './plan-fixtures';

let dataDir: string;
beforeEach(async () => {
  dataDir = await makeTempDir('recovery');
});
afterEach(() => removeDir(dataDir));

describe('recovery snapshots', () => {
  it('keeps the latest snapshot per key, lists newest first, reads back and clears', async () => {
    const { a, b } = await planVersions();
    const store = new NodeFileStore(storeOptions(dataDir));
    await store.writeRecovery('plan-1', { name: 'Plan 1', path: null }, a);
    await store.writeRecovery('plan-2', { name: 'Plan 2', path: '/x/plan2.rumbo' }, a);
    await store.writeRecovery('plan-1', { name: 'Plan 1 (editado)', path: null }, b);

    const listed = await store.listRecovery();
    expect(listed.map((entry) => entry.name)).toEqual(['Plan 1 (editado)', 'Plan 2']);
    expect(listed[1]).toMatchObject({ path: '/x/plan2.rumbo' });
    const restored = await store.readRecovery(listed[0]!.id);
    expect(sha(restored)).toBe(sha(b));
    expect(await quickCheck(restored)).toBe('ok');

    expect(listed.map((entry) => entry.key)).toEqual(['plan-1', 'plan-2']);
    await store.clearRecovery(listed[0]!.key);
    expect((await store.listRecovery()).map((entry) => entry.name)).toEqual(['Plan 2']);
    await store.clearRecovery('plan-1'); // twice is harmless
    expect((await readdir(join(dataDir, 'recovery'))).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('keys whatever the renderer sends into a fixed-shape id inside the folder', async () => {
    const store = new NodeFileStore(storeOptions(dataDir));
    await store.writeRecovery('../../etc/passwd', { name: 'x', path: null }, new Uint8Array([1]));
    const [entry] = await store.listRecovery();
    expect(entry!.id).toMatch(/^[0-9a-f]{32}$/);
    expect((await readdir(dataDir)).sort()).toEqual(['recovery']);
  });

  it.each(['../recovery/x', '..', '/etc/passwd', `${'0'.repeat(29)}/..`, 'g'.repeat(32), ''])('refuses the id %j', async (id) => {
    const store = new NodeFileStore(storeOptions(dataDir));
    await expect(store.readRecovery(id)).rejects.toMatchObject({ code: 'INPUT_INVALID' });
  });

  it('answers FILE_NOT_FOUND for a well-formed id with no snapshot', async () => {
    const store = new NodeFileStore(storeOptions(dataDir));
    await expect(store.readRecovery('0'.repeat(32))).rejects.toMatchObject({ code: 'FILE_NOT_FOUND' });
  });

  it('lists nothing when there is no recovery folder yet', async () => {
    expect(await new NodeFileStore(storeOptions(dataDir)).listRecovery()).toEqual([]);
  });
});
