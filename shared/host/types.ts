import type { ErrorValue } from '../errors';
import type { Lang } from '../i18n';

/**
 * How the renderer reaches files. On the desktop the handle stands for a path the user chose
 * in a dialog (or from the recent list) and only the main process knows that path; in the
 * browser edition it names a record in the browser's own storage.
 */
export type FileHandle = string;

/** Where a plan was opened from: a temporary (mail attachment) or read-only place leads to "Save as". */
export type FileLocationKind = 'normal' | 'temporary' | 'read_only';

export interface LockOwner {
  user: string;
  machine: string;
  /** ISO timestamp. */
  since: string;
}

export interface OpenedFile {
  handle: FileHandle;
  /** File name with extension, no folder. */
  name: string;
  bytes: Uint8Array;
  location: FileLocationKind;
  /** Someone else has the plan open: it is to be opened read-only. */
  lockedBy: LockOwner | null;
}

/** A copy of a plan read to be compared or merged: its name (no folder) and bytes. */
export interface ReceivedCopy {
  name: string;
  bytes: Uint8Array;
}

export interface SavedFile {
  handle: FileHandle;
  name: string;
  sha256: string;
  /** ISO timestamp. */
  savedAt: string;
}

export interface RecentFile {
  handle: FileHandle;
  name: string;
  /** A short, human description of where it is (folder), for display only. */
  where: string;
  openedAt: string;
}

export interface RecoveryEntry {
  /** Names the snapshot for `readRecovery`. */
  id: string;
  /** What it was written under (the plan id), for `clearRecovery`. */
  key: string;
  name: string;
  savedAt: string;
  /** The file the unsaved changes belong to, when it had one. */
  handle: FileHandle | null;
}

export type MenuCommand =
  | 'file.new'
  | 'file.open'
  | 'file.openSample'
  | 'file.save'
  | 'file.saveAs'
  | 'file.exportDocx'
  | 'file.close'
  | 'edit.undo'
  | 'edit.redo'
  | 'view.language.es'
  | 'view.language.en'
  | 'help.about';

export const MENU_COMMANDS: readonly MenuCommand[] = [
  'file.new',
  'file.open',
  'file.openSample',
  'file.save',
  'file.saveAs',
  'file.exportDocx',
  'file.close',
  'edit.undo',
  'edit.redo',
  'view.language.es',
  'view.language.en',
  'help.about',
];

/** Every host call answers with one of these, so errors cross IPC as values, not stack traces. */
export type HostResult<T> = { ok: true; value: T } | { ok: false; error: ErrorValue };

/**
 * The functions the desktop preload exposes as `window.rumbo` (and nothing else). Each one is
 * one IPC channel; the main process validates every argument and the sender.
 */
export interface DesktopBridge {
  userName(): Promise<HostResult<string>>;
  pickPlanToOpen(): Promise<HostResult<OpenedFile | null>>;
  openRecent(handle: FileHandle): Promise<HostResult<OpenedFile>>;
  listRecent(): Promise<HostResult<RecentFile[]>>;
  pickSaveTarget(suggestedName: string): Promise<HostResult<{ handle: FileHandle; name: string } | null>>;
  save(handle: FileHandle, bytes: Uint8Array, sha256: string): Promise<HostResult<SavedFile>>;
  release(handle: FileHandle): Promise<HostResult<void>>;
  writeRecovery(key: string, name: string, handle: FileHandle | null, bytes: Uint8Array): Promise<HostResult<void>>;
  clearRecovery(key: string): Promise<HostResult<void>>;
  listRecovery(): Promise<HostResult<RecoveryEntry[]>>;
  readRecovery(id: string): Promise<HostResult<Uint8Array>>;
  saveDocument(suggestedName: string, bytes: Uint8Array): Promise<HostResult<{ name: string } | null>>;
  readSample(): Promise<HostResult<Uint8Array>>;
  setTitle(title: string): Promise<HostResult<void>>;
  setLanguage(lang: Lang): Promise<HostResult<void>>;
  openExternal(url: string): Promise<HostResult<void>>;
  /** Asks for another copy of a plan and reads it, without opening or locking it (to compare or merge). */
  readCopy(): Promise<HostResult<ReceivedCopy | null>>;
  /** Asks where to put a copy prepared to send, writes it atomically and shows it in the file manager. */
  saveCopy(suggestedName: string, bytes: Uint8Array): Promise<HostResult<{ name: string } | null>>;
  /** Returns a function that stops listening. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  /** A plan to open that arrived from outside: double-click, command line, a second instance. */
  onOpenRequest(listener: (file: HostResult<OpenedFile>) => void): () => void;
}

export const DESKTOP_BRIDGE_METHODS = [
  'userName',
  'pickPlanToOpen',
  'openRecent',
  'listRecent',
  'pickSaveTarget',
  'save',
  'release',
  'writeRecovery',
  'clearRecovery',
  'listRecovery',
  'readRecovery',
  'saveDocument',
  'readSample',
  'setTitle',
  'setLanguage',
  'openExternal',
  'readCopy',
  'saveCopy',
  'onMenuCommand',
  'onOpenRequest',
] as const satisfies readonly (keyof DesktopBridge)[];
