import { RumboError, formatBytes } from '../../../shared/errors';
import { MAX_PLAN_BYTES } from '../../../shared/db/format';
import { sha256Hex } from '../../../shared/engine/sha256';
import type { FileHandle, LockOwner, OpenedFile, RecentFile, RecoveryEntry, SavedFile } from '../../../shared/host/types';
import type { PlanHost } from './host';
import { FILES, RECOVERY, deleteRecord, getAllRecords, getRecord, openStorage, putRecord } from './idb';

interface StoredFile {
  handle: FileHandle;
  name: string;
  bytes: Uint8Array;
  sha256: string;
  savedAt: string;
  openedAt: string;
}

interface StoredRecovery {
  key: string;
  name: string;
  handle: FileHandle | null;
  bytes: Uint8Array;
  savedAt: string;
}

const USER_NAME_KEY = 'rumbo.userName';
const LOCK_INFO_PREFIX = 'rumbo.lock.';

/**
 * The browser edition's host. Plans live in the browser's own storage (IndexedDB); files from
 * disk come in through a file picker and documents leave as downloads. Another tab that has the
 * same plan open holds its Web Lock, so this tab opens it read-only, as a second PC would.
 */
export function createBrowserHost(): PlanHost {
  const storage = openStorage();
  const heldLocks = new Map<FileHandle, () => void>();
  // Names chosen with pickSaveTarget, until the first save stores them with the plan.
  const pendingNames = new Map<FileHandle, string>();

  async function load(handle: FileHandle): Promise<StoredFile> {
    const record = await getRecord<StoredFile>(await storage, FILES, handle);
    if (!record) throw new RumboError('FILE_NOT_FOUND');
    return record;
  }

  async function lockFor(handle: FileHandle): Promise<LockOwner | null> {
    if (heldLocks.has(handle)) return null;
    const granted = await new Promise<boolean>((resolveGranted) => {
      void navigator.locks.request(`rumbo:${handle}`, { ifAvailable: true }, (lock) => {
        if (!lock) {
          resolveGranted(false);
          return undefined;
        }
        resolveGranted(true);
        return new Promise<void>((release) => heldLocks.set(handle, release));
      });
    });
    if (granted) {
      const owner: LockOwner = { user: localStorage.getItem(USER_NAME_KEY) ?? '', machine: navigator.platform, since: new Date().toISOString() };
      localStorage.setItem(LOCK_INFO_PREFIX + handle, JSON.stringify(owner));
      return null;
    }
    const stored = localStorage.getItem(LOCK_INFO_PREFIX + handle);
    return stored ? (JSON.parse(stored) as LockOwner) : { user: '?', machine: navigator.platform, since: new Date().toISOString() };
  }

  async function opened(record: StoredFile): Promise<OpenedFile> {
    const lockedBy = await lockFor(record.handle);
    const openedAt = new Date().toISOString();
    await putRecord(await storage, FILES, { ...record, openedAt });
    return { handle: record.handle, name: record.name, bytes: record.bytes, location: 'normal', lockedBy };
  }

  async function uniqueName(wanted: string): Promise<string> {
    const names = new Set((await getAllRecords<StoredFile>(await storage, FILES)).map((file) => file.name));
    if (!names.has(wanted)) return wanted;
    const stem = wanted.replace(/\.rumbo$/i, '');
    for (let n = 2; ; n++) if (!names.has(`${stem} (${n}).rumbo`)) return `${stem} (${n}).rumbo`;
  }

  return {
    kind: 'browser',
    userName: async () => localStorage.getItem(USER_NAME_KEY) ?? '',

    async pickPlanToOpen() {
      const file = await pickFile('.rumbo');
      if (!file) return null;
      if (file.size > MAX_PLAN_BYTES) {
        throw new RumboError('FILE_TOO_LARGE', { size: formatBytes(file.size), max: formatBytes(MAX_PLAN_BYTES) });
      }
      const bytes = new Uint8Array(await file.arrayBuffer());
      const now = new Date().toISOString();
      const record: StoredFile = {
        handle: `web:${crypto.randomUUID()}`,
        name: await uniqueName(file.name.toLowerCase().endsWith('.rumbo') ? file.name : `${file.name}.rumbo`),
        bytes,
        sha256: await sha256Hex(bytes),
        savedAt: now,
        openedAt: now,
      };
      await putRecord(await storage, FILES, record);
      return opened(record);
    },

    openRecent: async (handle) => opened(await load(handle)),

    async listRecent(): Promise<RecentFile[]> {
      const files = await getAllRecords<StoredFile>(await storage, FILES);
      return files
        .sort((a, b) => b.openedAt.localeCompare(a.openedAt))
        .slice(0, 12)
        .map((file) => ({ handle: file.handle, name: file.name, where: '', openedAt: file.openedAt }));
    },

    async pickSaveTarget(suggestedName) {
      const name = await uniqueName(suggestedName.toLowerCase().endsWith('.rumbo') ? suggestedName : `${suggestedName}.rumbo`);
      const handle = `web:${crypto.randomUUID()}`;
      await lockFor(handle);
      pendingNames.set(handle, name);
      return { handle, name };
    },

    async save(handle, bytes, sha256): Promise<SavedFile> {
      if ((await sha256Hex(bytes)) !== sha256) throw new RumboError('SAVE_VERIFY_FAILED');
      const db = await storage;
      const existing = await getRecord<StoredFile>(db, FILES, handle);
      const now = new Date().toISOString();
      const name = existing?.name ?? pendingNames.get(handle) ?? 'plan.rumbo';
      try {
        await putRecord(db, FILES, { handle, name, bytes, sha256, savedAt: now, openedAt: existing?.openedAt ?? now } satisfies StoredFile);
      } catch (error) {
        throw storageFailure(error);
      }
      const readBack = await getRecord<StoredFile>(db, FILES, handle);
      if (!readBack || (await sha256Hex(readBack.bytes)) !== sha256) throw new RumboError('SAVE_VERIFY_FAILED');
      return { handle, name, sha256, savedAt: now };
    },

    async release(handle) {
      heldLocks.get(handle)?.();
      heldLocks.delete(handle);
      localStorage.removeItem(LOCK_INFO_PREFIX + handle);
    },

    async writeRecovery(key, name, handle, bytes) {
      await putRecord(await storage, RECOVERY, { key, name, handle, bytes, savedAt: new Date().toISOString() } satisfies StoredRecovery);
    },
    clearRecovery: async (key) => deleteRecord(await storage, RECOVERY, key),
    async listRecovery(): Promise<RecoveryEntry[]> {
      const entries = await getAllRecords<StoredRecovery>(await storage, RECOVERY);
      return entries.map((entry) => ({ id: entry.key, key: entry.key, name: entry.name, savedAt: entry.savedAt, handle: entry.handle }));
    },
    async readRecovery(id) {
      const entry = await getRecord<StoredRecovery>(await storage, RECOVERY, id);
      if (!entry) throw new RumboError('FILE_NOT_FOUND');
      return entry.bytes;
    },

    async saveDocument(suggestedName, bytes) {
      download(suggestedName, bytes, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document');
      return { name: suggestedName };
    },

    async pickCopyToRead() {
      const file = await pickFile('.rumbo');
      if (!file) return null;
      if (file.size > MAX_PLAN_BYTES) throw new RumboError('FILE_TOO_LARGE', { size: formatBytes(file.size), max: formatBytes(MAX_PLAN_BYTES) });
      return { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
    },

    async saveCopy(suggestedName, bytes) {
      download(suggestedName, bytes, 'application/x-sqlite3');
      return { name: suggestedName };
    },

    async readSample() {
      const response = await fetch(new URL('sample.rumbo', document.baseURI));
      if (!response.ok) throw new RumboError('FILE_NOT_FOUND');
      return new Uint8Array(await response.arrayBuffer());
    },

    setTitle: (title) => {
      document.title = title;
    },
    setLanguage: (lang) => {
      document.documentElement.lang = lang;
    },
    onMenuCommand: () => () => undefined,
    onOpenRequest: () => () => undefined,
  };
}

/** The browser's storage errors in the words of a full or failing disk; the old copy is intact either way. */
function storageFailure(error: unknown): RumboError {
  const name = error instanceof DOMException ? error.name : 'Error';
  return name === 'QuotaExceededError' ? new RumboError('SAVE_NO_SPACE') : new RumboError('SAVE_IO', { detail: name });
}

/** The browser's way to hand a file to the user: a download named as proposed. */
function download(name: string, bytes: Uint8Array, type: string): void {
  const url = URL.createObjectURL(new Blob([bytes as Uint8Array<ArrayBuffer>], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function pickFile(accept: string): Promise<File | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = accept;
    input.addEventListener('change', () => resolve(input.files?.[0] ?? null), { once: true });
    input.addEventListener('cancel', () => resolve(null), { once: true });
    input.click();
  });
}
