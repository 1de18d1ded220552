import type { FsPromises } from './types';

/** What every part of the store needs to know about the disk and about who we are. */
export interface StoreContext {
  fs: FsPromises;
  user: string;
  machine: string;
  /** Short hash of the machine name, written into temp file names (see temp-files.ts). */
  machineTag: string;
  pid: number;
  isProcessAlive: (pid: number) => boolean;
  renameRetry: { attempts: number; delayMs: number };
}

/** process.kill(pid, 0) only asks: ESRCH means gone; EPERM means it exists but belongs to someone else. */
export function defaultIsProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export function sameMachine(a: string, b: string): boolean {
  // Windows machine names are case-insensitive, and lock files travel between machines.
  return a.toLowerCase() === b.toLowerCase();
}
