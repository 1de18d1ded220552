import * as nodeFs from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { RumboError } from '../../shared/errors';
import { defaultIsProcessAlive, type StoreContext } from './context';
import { errnoOf, readErrorFor, saveErrorFor } from './errno';
import { sha256Of } from './hash';
import { readBounded } from './bounded-read';
import { TargetBusyError, writeFileAtomic } from './atomic-write';
import { PlanBackups } from './backups';
import { KeyedQueue } from './keyed-queue';
import { classifyLocation } from './location';
import { acquireLock, isLockName, releaseLock, removeIfStale } from './lock-file';
import { RecoverySnapshots } from './recovery';
import { listFolder, removeStrayTemps } from './temp-files';
import type { FileLocationKind, FileStoreOptions, LockOwner, ReadPlanResult, SavePlanResult, StoredRecovery } from './types';

/** Windows reports a file held by the antivirus or another user as EPERM or EBUSY on rename. */
const PLAN_BUSY_CODES: ReadonlySet<string> = new Set(['EPERM', 'EBUSY']);
/** Word holding an open .docx also shows up as EACCES. */
const DOCUMENT_BUSY_CODES: ReadonlySet<string> = new Set(['EPERM', 'EBUSY', 'EACCES']);
/** Errors creating the lock file that prove the folder cannot be written. */
const NOT_WRITABLE_CODES: ReadonlySet<string> = new Set(['EACCES', 'EPERM', 'EROFS']);

/**
 * Plan files on a local disk, for Electron main and the command line: atomic verified
 * saves, rotating backups, lock files, location checks and recovery snapshots. Plain Node;
 * the file system comes in as a parameter so that tests can make it fail.
 */
export class NodeFileStore {
  private readonly context: StoreContext;
  private readonly temporaryRoots: readonly string[];
  private readonly backups: PlanBackups;
  private readonly recovery: RecoverySnapshots;
  private readonly queue = new KeyedQueue();

  constructor(options: FileStoreOptions) {
    this.context = {
      fs: options.fs ?? nodeFs,
      user: options.user,
      machine: options.machine,
      machineTag: sha256Of(options.machine.toLowerCase()).slice(0, 8),
      pid: options.pid,
      isProcessAlive: options.isProcessAlive ?? defaultIsProcessAlive,
      renameRetry: options.renameRetry ?? { attempts: 5, delayMs: 150 },
    };
    this.temporaryRoots = options.temporaryRoots ?? [tmpdir()];
    this.backups = new PlanBackups(this.context, options.dataDir, options.backupsToKeep ?? 10);
    this.recovery = new RecoverySnapshots(this.context, options.dataDir);
  }

  async readPlan(path: string): Promise<ReadPlanResult> {
    const target = resolve(path);
    const bytes = await readBounded(this.context.fs, target);
    // A crash during an earlier save left its temp file here; this is the moment we look.
    await removeStrayTemps(this.context, dirname(target), basename(target)).catch(() => []);
    let location = await this.classifyLocation(target);
    let lockedBy: LockOwner | null = null;
    if (location === 'normal') {
      try {
        const lock = await acquireLock(this.context, target);
        if (!lock.acquired) lockedBy = lock.owner;
      } catch (error) {
        // access(W_OK) cannot see Windows ACLs; a folder that refuses our lock file is read-only.
        // Any other failure to lock must not stop the user from opening the plan.
        if (NOT_WRITABLE_CODES.has(errnoOf(error) ?? '')) location = 'read_only';
      }
    }
    return { bytes, location, lockedBy };
  }

  readCopy(path: string): Promise<Uint8Array> {
    return readBounded(this.context.fs, resolve(path));
  }

  savePlan(path: string, bytes: Uint8Array, expectedSha256?: string): Promise<SavePlanResult> {
    const target = resolve(path);
    return this.queue.run(target, async () => {
      const sha256 = sha256Of(bytes);
      // The bytes crossed IPC from the renderer: save only what the engine exported.
      if (expectedSha256 !== undefined && expectedSha256.toLowerCase() !== sha256) throw new RumboError('SAVE_VERIFY_FAILED');
      const mode = await this.modeOf(target);
      const backupError = await this.backups.keepPrevious(target);
      try {
        await writeFileAtomic(this.context, target, bytes, { busyCodes: PLAN_BUSY_CODES, mode });
      } catch (error) {
        if (error instanceof TargetBusyError) throw await this.keepBusyCopy(target, bytes);
        throw saveErrorFor(error);
      }
      const result: SavePlanResult = { sha256, savedAt: new Date().toISOString() };
      if (backupError !== undefined) result.backupError = backupError;
      return result;
    });
  }

  writeDocumentAtomic(path: string, bytes: Uint8Array): Promise<void> {
    const target = resolve(path);
    return this.queue.run(target, async () => {
      try {
        await writeFileAtomic(this.context, target, bytes, { busyCodes: DOCUMENT_BUSY_CODES });
      } catch (error) {
        if (error instanceof TargetBusyError) throw new RumboError('EXPORT_TARGET_BUSY');
        throw saveErrorFor(error);
      }
    });
  }

  acquireLock(path: string): Promise<{ acquired: true } | { acquired: false; owner: LockOwner }> {
    return acquireLock(this.context, resolve(path)).catch((error: unknown) => {
      throw saveErrorFor(error);
    });
  }

  releaseLock(path: string): Promise<void> {
    return releaseLock(this.context, resolve(path)).catch((error: unknown) => {
      throw saveErrorFor(error);
    });
  }

  classifyLocation(path: string): Promise<FileLocationKind> {
    const target = resolve(path);
    return classifyLocation(this.context.fs, target, dirname(target), this.temporaryRoots);
  }

  /** Never throws: housekeeping at start must not stop the start; what it cannot remove now it retries next time. */
  async cleanStrayFiles(folder: string): Promise<string[]> {
    const absolute = resolve(folder);
    const removed = await removeStrayTemps(this.context, absolute).catch(() => [] as string[]);
    for (const name of await listFolder(this.context, absolute).catch(() => [] as string[])) {
      const path = join(absolute, name);
      if (isLockName(name) && (await removeIfStale(this.context, path).catch(() => false))) removed.push(path);
    }
    return removed;
  }

  async listBackups(path: string): Promise<{ file: string; savedAt: string }[]> {
    try {
      return (await this.backups.list(resolve(path))).map(({ file, savedAt }) => ({ file, savedAt }));
    } catch (error) {
      throw readErrorFor(error);
    }
  }

  writeRecovery(key: string, info: { name: string; path: string | null }, bytes: Uint8Array): Promise<void> {
    return this.queue.run(`recovery:${key}`, () => this.recovery.write(key, info, bytes));
  }

  listRecovery(): Promise<StoredRecovery[]> {
    return this.recovery.list().catch((error: unknown) => {
      throw readErrorFor(error);
    });
  }

  readRecovery(id: string): Promise<Uint8Array> {
    return this.recovery.read(id);
  }

  clearRecovery(key: string): Promise<void> {
    return this.queue.run(`recovery:${key}`, () => this.recovery.clear(key));
  }

  /**
   * The target stayed held through every retry. The new version must not be lost, and
   * writing into the held file in place could tear it, so it goes, verified, to a new file
   * beside it; the user is told its name.
   */
  private async keepBusyCopy(target: string, bytes: Uint8Array): Promise<unknown> {
    const copy = join(dirname(target), busyCopyName(target, new Date()));
    try {
      await writeFileAtomic(this.context, copy, bytes, { busyCodes: PLAN_BUSY_CODES });
    } catch (error) {
      if (error instanceof TargetBusyError) return new RumboError('SAVE_IO', { detail: error.errno });
      return saveErrorFor(error);
    }
    return new RumboError('SAVE_BUSY', { copy: basename(copy) });
  }

  /** Keeps the permission bits of the file being replaced (a private plan stays private). */
  private async modeOf(target: string): Promise<number | undefined> {
    try {
      return ((await this.context.fs.stat(target)).mode & 0o777) | 0o200;
    } catch {
      return undefined;
    }
  }
}

/** `Plan (copia 2025-03-04 09.15).rumbo`: sorts beside the plan and says when it was made. */
function busyCopyName(target: string, when: Date): string {
  const ext = extname(target);
  const stem = basename(target, ext);
  const two = (n: number) => String(n).padStart(2, '0');
  const stamp = `${when.getFullYear()}-${two(when.getMonth() + 1)}-${two(when.getDate())} ${two(when.getHours())}.${two(when.getMinutes())}`;
  return `${stem} (copia ${stamp})${ext}`;
}
