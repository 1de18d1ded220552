import { join } from 'node:path';
import { RumboError } from '../../shared/errors';
import type { StoreContext } from './context';
import { isNotFound, saveErrorFor } from './errno';
import { sha256Of } from './hash';
import { readBounded } from './bounded-read';
import { listFolder, removeStrayTemps } from './temp-files';
import { writeFileAtomic } from './atomic-write';
import type { StoredRecovery } from './types';

/**
 * Snapshots of unsaved work in `<dataDir>/recovery/`: `<id>.rumbo` (the plan) and
 * `<id>.json` (name, path, savedAt). The id is a hash of the caller's key, so a key can
 * never name a file outside the folder, and an id handed back is checked against the
 * same shape before it is used.
 */
const RECOVERY_ID = /^[0-9a-f]{32}$/;
const NO_BUSY_RETRY = new Set<string>();

interface RecoveryInfo {
  /** The caller's key (the plan id), so a listed snapshot can be cleared by it. */
  key: string;
  name: string;
  path: string | null;
  savedAt: string;
}

export class RecoverySnapshots {
  private readonly folder: string;

  constructor(
    private readonly context: StoreContext,
    dataDir: string,
  ) {
    this.folder = join(dataDir, 'recovery');
  }

  async write(key: string, info: { name: string; path: string | null }, bytes: Uint8Array): Promise<void> {
    const id = idFor(key);
    const record: RecoveryInfo = { key, name: info.name, path: info.path, savedAt: new Date().toISOString() };
    try {
      await this.context.fs.mkdir(this.folder, { recursive: true });
      // Bytes first: the listing is driven by the JSON, so a crash in between offers the
      // previous snapshot's description with the newer bytes, never a description without bytes.
      await writeFileAtomic(this.context, this.bytesPath(id), bytes, { busyCodes: NO_BUSY_RETRY });
      await writeFileAtomic(this.context, this.infoPath(id), new TextEncoder().encode(JSON.stringify(record)), { busyCodes: NO_BUSY_RETRY });
    } catch (error) {
      throw saveErrorFor(error);
    }
  }

  /** Newest first. Also removes temp files a crash left here: this runs at start. */
  async list(): Promise<StoredRecovery[]> {
    await removeStrayTemps(this.context, this.folder).catch(() => []);
    const found: StoredRecovery[] = [];
    for (const name of await listFolder(this.context, this.folder)) {
      const id = name.endsWith('.json') ? name.slice(0, -'.json'.length) : '';
      if (!RECOVERY_ID.test(id)) continue;
      const info = await this.readInfo(id);
      if (info && (await this.hasBytes(id))) found.push({ id, ...info });
    }
    return found.sort((a, b) => (a.savedAt < b.savedAt ? 1 : -1));
  }

  async read(id: string): Promise<Uint8Array> {
    if (!RECOVERY_ID.test(id)) throw new RumboError('INPUT_INVALID', { detail: 'recovery id' });
    return readBounded(this.context.fs, this.bytesPath(id));
  }

  async clear(key: string): Promise<void> {
    const id = idFor(key);
    // The description goes first: without it the snapshot is no longer offered.
    for (const path of [this.infoPath(id), this.bytesPath(id)]) {
      try {
        await this.context.fs.unlink(path);
      } catch (error) {
        if (!isNotFound(error)) throw saveErrorFor(error);
      }
    }
  }

  private async readInfo(id: string): Promise<RecoveryInfo | null> {
    try {
      const value: unknown = JSON.parse(await this.context.fs.readFile(this.infoPath(id), 'utf8'));
      if (typeof value !== 'object' || value === null) return null;
      const { key, name, path, savedAt } = value as Record<string, unknown>;
      if (typeof key !== 'string' || typeof name !== 'string' || typeof savedAt !== 'string') return null;
      if (!(typeof path === 'string' || path === null) || idFor(key) !== id) return null;
      return { key, name, path, savedAt };
    } catch {
      return null;
    }
  }

  private async hasBytes(id: string): Promise<boolean> {
    return this.context.fs.stat(this.bytesPath(id)).then(
      (stat) => stat.isFile() && stat.size > 0,
      () => false,
    );
  }

  private bytesPath(id: string): string {
    return join(this.folder, `${id}.rumbo`);
  }

  private infoPath(id: string): string {
    return join(this.folder, `${id}.json`);
  }
}

function idFor(key: string): string {
  return sha256Of(`recovery:${key}`).slice(0, 32);
}
