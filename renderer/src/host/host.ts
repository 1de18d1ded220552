import type { Lang } from '../../../shared/i18n';
import type { FileHandle, MenuCommand, OpenedFile, ReceivedCopy, RecentFile, RecoveryEntry, SavedFile } from '../../../shared/host/types';

/**
 * What the app needs from where it runs. Every method rejects with an ErrorValue, never with
 * a stack trace. The desktop host forwards to the Electron main process; the browser edition
 * keeps plans in the browser's own storage.
 */
export interface PlanHost {
  readonly kind: 'desktop' | 'browser';
  userName(): Promise<string>;
  /** Shows the system's open dialog (desktop) or a file picker (browser); null when cancelled. */
  pickPlanToOpen(): Promise<OpenedFile | null>;
  openRecent(handle: FileHandle): Promise<OpenedFile>;
  listRecent(): Promise<RecentFile[]>;
  pickSaveTarget(suggestedName: string): Promise<{ handle: FileHandle; name: string } | null>;
  /** Atomic, verified write: resolves only once the file was read back and its SHA-256 matched. */
  save(handle: FileHandle, bytes: Uint8Array, sha256: string): Promise<SavedFile>;
  release(handle: FileHandle): Promise<void>;
  writeRecovery(key: string, name: string, handle: FileHandle | null, bytes: Uint8Array): Promise<void>;
  clearRecovery(key: string): Promise<void>;
  listRecovery(): Promise<RecoveryEntry[]>;
  readRecovery(id: string): Promise<Uint8Array>;
  saveDocument(suggestedName: string, bytes: Uint8Array): Promise<{ name: string } | null>;
  readSample(): Promise<Uint8Array>;
  /** Another copy of a plan, read (not opened, not locked) to compare or merge; null when cancelled. */
  pickCopyToRead(): Promise<ReceivedCopy | null>;
  /** Writes a copy prepared to send where the user says (desktop: and shows it in the folder; browser: a download). */
  saveCopy(suggestedName: string, bytes: Uint8Array): Promise<{ name: string } | null>;
  setTitle(title: string): void;
  setLanguage(lang: Lang): void;
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  onOpenRequest(listener: (file: OpenedFile) => void, onError: (error: unknown) => void): () => void;
}
