import type * as NodeFsPromises from 'node:fs/promises';
import type { FileLocationKind, LockOwner, RecoveryEntry } from '../../shared/host/types';

/**
 * The part of `node:fs/promises` the file store uses. It is a parameter so that tests can
 * fail the k-th open/write/fsync/rename with EIO, ENOSPC, EACCES, EPERM, EBUSY or EROFS.
 */
export type FsPromises = Pick<
  typeof NodeFsPromises,
  'open' | 'readFile' | 'writeFile' | 'rename' | 'unlink' | 'stat' | 'readdir' | 'mkdir' | 'copyFile' | 'access' | 'rm'
>;

export interface FileStoreOptions {
  /** Application data folder (backups, recovery snapshots). */
  dataDir: string;
  /** Who we are, written into lock files. */
  user: string;
  machine: string;
  pid: number;
  fs?: FsPromises;
  /** Whether a process on this machine is alive (stale-lock detection); defaults to process.kill(pid, 0). */
  isProcessAlive?: (pid: number) => boolean;
  /**
   * Folders that count as temporary (where mail clients put attachments). Defaults to the OS
   * temp folder; a given list replaces that default. Known mail-attachment caches (Outlook's
   * Content.Outlook, INetCache, AppData\Local\Temp...) count as temporary in any case.
   */
  temporaryRoots?: string[];
  /** Rename retries while antivirus or another program holds the file. */
  renameRetry?: { attempts: number; delayMs: number };
  /** Rotating backups kept per plan file. */
  backupsToKeep?: number;
}

export interface ReadPlanResult {
  bytes: Uint8Array;
  location: FileLocationKind;
  /** Another live owner holds the lock: open read-only. */
  lockedBy: LockOwner | null;
}

export interface SavePlanResult {
  sha256: string;
  /** ISO timestamp. */
  savedAt: string;
  /**
   * Set (to the errno code) when the previous version could not be copied to the backups
   * folder. The save itself went through; the host may log it or tell the user.
   */
  backupError?: string;
}

/** A recovery snapshot as the Node store keeps it: `path` is the plan file it belongs to, if any. */
export interface StoredRecovery {
  /** Safe to pass back to `readRecovery`: validated there, it cannot name a file outside the folder. */
  id: string;
  /** The key it was written under (the plan id): `clearRecovery(key)` removes it. */
  key: string;
  name: string;
  /** ISO timestamp. */
  savedAt: string;
  path: string | null;
}

export type { FileLocationKind, LockOwner, RecoveryEntry };
