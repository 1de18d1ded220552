import path from 'node:path';
import type { OpenedFile, RecentFile, RecoveryEntry, SavedFile } from '../../shared/host/types';
import type { DesktopFileStore } from './desktop-store';
import type { HandleRegistry } from './handles';
import type { RecentFiles } from './recent';

/**
 * A copy that owns exactly its bytes. IPC serialises a typed array together with its whole
 * backing buffer, and a Node Buffer may be a slice of a shared pool holding other data.
 */
export function ownBytes(bytes: Uint8Array): Uint8Array {
  return new Uint8Array(bytes);
}

export interface PlanFilesDeps {
  store: DesktopFileStore;
  handles: HandleRegistry;
  recent: RecentFiles;
  /** Where failures that the user does not need to see (recent list, cleanup) are reported. */
  log?: (message: string, error: unknown) => void;
}

/**
 * Plan files as the renderer sees them: by handle. Opening reports who holds the plan when
 * someone else does, remembers the file in the recent list and hands out the handle; the
 * locks we hold are tracked so that quitting removes them. The bytes themselves are checked
 * by the engine in the renderer's Worker, not here.
 */
export class PlanFiles {
  private readonly locksHeld = new Set<string>();
  private readonly log: (message: string, error: unknown) => void;

  constructor(private readonly deps: PlanFilesDeps) {
    this.log = deps.log ?? ((message, error) => console.warn(`[rumbo] ${message}`, error));
  }

  async open(filePath: string): Promise<OpenedFile> {
    const absolute = path.resolve(filePath);
    const read = await this.deps.store.readPlan(absolute);
    // The store takes the lock while reading whenever the folder is a normal, writable one.
    if (read.location === 'normal' && read.lockedBy === null) this.locksHeld.add(absolute);
    await this.remember(absolute);
    return {
      handle: this.deps.handles.issue(absolute),
      name: path.basename(absolute),
      bytes: ownBytes(read.bytes),
      location: read.location,
      lockedBy: read.lockedBy,
    };
  }

  async save(filePath: string, bytes: Uint8Array, sha256: string): Promise<SavedFile> {
    const saved = await this.deps.store.savePlan(filePath, bytes, sha256);
    // A "Save as" target becomes the open plan: others opening it now should see it is in use.
    if (!this.locksHeld.has(filePath)) await this.lock(filePath).catch((error: unknown) => this.log('could not lock the saved plan', error));
    await this.remember(filePath);
    return { handle: this.deps.handles.issue(filePath), name: path.basename(filePath), sha256: saved.sha256, savedAt: saved.savedAt };
  }

  async release(filePath: string): Promise<void> {
    await this.deps.store.releaseLock(filePath);
    this.locksHeld.delete(filePath);
  }

  /** On quit: no lock file of ours may outlive the process. */
  async releaseAll(): Promise<void> {
    const held = [...this.locksHeld];
    // Forgotten first: a lock that cannot be removed now must not keep the app from quitting.
    this.locksHeld.clear();
    await Promise.all(held.map((lockPath) => this.deps.store.releaseLock(lockPath).catch((error: unknown) => this.log('could not release a lock', error))));
  }

  /** Whether this window has the plan at `filePath` open for writing. */
  isOpen(filePath: string): boolean {
    return this.locksHeld.has(path.resolve(filePath));
  }

  hasLocks(): boolean {
    return this.locksHeld.size > 0;
  }

  async listRecent(): Promise<RecentFile[]> {
    return (await this.deps.recent.list()).map((entry) => ({
      handle: this.deps.handles.issue(entry.path),
      name: path.basename(entry.path),
      where: path.dirname(entry.path),
      openedAt: entry.openedAt,
    }));
  }

  /** At start: temp and stale lock files that a crash left beside recent plans (guarantee N4). */
  async cleanRecentFolders(): Promise<void> {
    const folders = new Set((await this.deps.recent.list()).map((entry) => path.dirname(entry.path)));
    for (const folder of folders) {
      await this.deps.store.cleanStrayFiles(folder).catch((error: unknown) => this.log(`could not clean ${folder}`, error));
    }
  }

  async writeRecovery(key: string, name: string, filePath: string | null, bytes: Uint8Array): Promise<void> {
    await this.deps.store.writeRecovery(key, { name, path: filePath }, bytes);
  }

  /** Recovery data names the plan it belongs to by path; the renderer gets a handle for it. */
  async readRecovery(id: string): Promise<Uint8Array> {
    return ownBytes(await this.deps.store.readRecovery(id));
  }

  async listRecovery(): Promise<RecoveryEntry[]> {
    return (await this.deps.store.listRecovery()).map((entry) => ({
      id: entry.id,
      key: entry.key,
      name: entry.name,
      savedAt: entry.savedAt,
      handle: entry.path === null ? null : this.deps.handles.issue(entry.path),
    }));
  }

  private async lock(filePath: string): Promise<void> {
    if ((await this.deps.store.acquireLock(filePath)).acquired) this.locksHeld.add(filePath);
  }

  /** The recent list is a convenience: failing to update it must not fail an open or a save. */
  private async remember(filePath: string): Promise<void> {
    await this.deps.recent.add(filePath).catch((error: unknown) => this.log('could not update the recent list', error));
  }
}
