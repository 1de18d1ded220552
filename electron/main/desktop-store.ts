import type { LockOwner } from '../../shared/host/types';
import type { ReadPlanResult, SavePlanResult } from '../store/types';

/**
 * The part of the Node file store (`electron/store`) the main process uses. Declared here as
 * the glue's dependency so the IPC layer can be tested with a store in a temporary folder or
 * with a stand-in; the real NodeFileStore satisfies it.
 */
export interface DesktopFileStore {
  readPlan(path: string): Promise<ReadPlanResult>;
  /** Reads a plan file without locking it or touching its folder (a copy to compare or merge). */
  readCopy(path: string): Promise<Uint8Array>;
  savePlan(path: string, bytes: Uint8Array, expectedSha256?: string): Promise<SavePlanResult>;
  writeDocumentAtomic(path: string, bytes: Uint8Array): Promise<void>;
  acquireLock(path: string): Promise<{ acquired: true } | { acquired: false; owner: LockOwner }>;
  releaseLock(path: string): Promise<void>;
  cleanStrayFiles(folder: string): Promise<string[]>;
  writeRecovery(key: string, meta: { name: string; path: string | null }, bytes: Uint8Array): Promise<unknown>;
  listRecovery(): Promise<{ id: string; key: string; name: string; savedAt: string; path: string | null }[]>;
  readRecovery(id: string): Promise<Uint8Array>;
  clearRecovery(key: string): Promise<unknown>;
}
