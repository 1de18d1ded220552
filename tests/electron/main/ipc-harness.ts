import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { vi } from 'vitest';
import type { HostResult } from '../../../shared/host/types';
import type { Lang } from '../../../shared/i18n';
import { NodeFileStore } from '../../../electron/store';
import { APP_BASE_URL } from '../../../electron/main/app-url';
import type { DesktopFileStore } from '../../../electron/main/desktop-store';
import type { NativeDialogs } from '../../../electron/main/dialogs';
import { HandleRegistry } from '../../../electron/main/handles';
import { registerIpcHandlers, type IpcDeps } from '../../../electron/main/ipc';
import { PlanFiles } from '../../../electron/main/plan-files';
import { RecentFiles } from '../../../electron/main/recent';
import { readSamplePlan } from '../../../electron/main/sample';
import { isTrustedSender, type SenderEvent } from '../../../electron/main/sender';

export const OWN_WEB_CONTENTS_ID = 7;

export function senderEvent(overrides: { id?: number; url?: string; parent?: object | null; frame?: null } = {}): SenderEvent {
  const frame = overrides.frame === null ? null : { url: overrides.url ?? `${APP_BASE_URL}index.html`, parent: overrides.parent ?? null };
  return { sender: { id: overrides.id ?? OWN_WEB_CONTENTS_ID }, senderFrame: frame } as unknown as SenderEvent;
}

type Handler = (event: SenderEvent, ...args: unknown[]) => Promise<HostResult<unknown>>;

/** What the next native dialog answers; null stands for Cancel. */
export interface DialogAnswers {
  open: (string | null)[];
  planTarget: (string | null)[];
  documentTarget: (string | null)[];
}

/**
 * The real IPC registration over a real NodeFileStore in a temporary folder. Only Electron is
 * replaced: ipcMain by a map of handlers, native dialogs by queued answers.
 */
export async function ipcHarness(options: { wrapStore?: (store: DesktopFileStore) => DesktopFileStore } = {}) {
  const folder = await mkdtemp(path.join(tmpdir(), 'rumbo-ipc-'));
  const documents = path.join(folder, 'documents');
  const resources = path.join(folder, 'resources');
  await mkdir(documents, { recursive: true });
  const realStore = new NodeFileStore({ dataDir: path.join(folder, 'data'), user: 'ana', machine: 'pc-ayto-01', pid: process.pid, temporaryRoots: [] });
  const store = options.wrapStore ? options.wrapStore(realStore) : realStore;
  const handles = new HandleRegistry();
  const files = new PlanFiles({ store, handles, recent: new RecentFiles(path.join(folder, 'data', 'recent.json')), log: () => undefined });
  const answers: DialogAnswers = { open: [], planTarget: [], documentTarget: [] };
  const dialogs = {
    pickPlanToOpen: vi.fn(async () => answers.open.shift() ?? null),
    pickPlanTarget: vi.fn(async (_name: string) => answers.planTarget.shift() ?? null),
    pickDocumentTarget: vi.fn(async (_name: string) => answers.documentTarget.shift() ?? null),
  } satisfies NativeDialogs;
  let lang: Lang = 'es';
  const handlers = new Map<string, Handler>();
  const deps = {
    ipcMain: { handle: (channel: string, listener: Handler) => handlers.set(channel, listener) } as unknown as IpcDeps['ipcMain'],
    isTrustedSender: (event: SenderEvent) => isTrustedSender(event, { webContentsId: () => OWN_WEB_CONTENTS_ID, appUrl: APP_BASE_URL }),
    lang: () => lang,
    setLanguage: vi.fn((next: Lang) => {
      lang = next;
    }),
    files,
    store,
    handles,
    dialogs,
    readSample: () => readSamplePlan(resources),
    userName: () => 'ana',
    setTitle: vi.fn(),
    openExternal: vi.fn(async () => undefined),
    showItemInFolder: vi.fn((_path: string) => undefined),
    log: () => undefined,
  } satisfies IpcDeps;
  registerIpcHandlers(deps);

  /** Calls a channel the way the preload would, from our own window unless told otherwise. */
  const invoke = async <T = unknown>(method: string, args: unknown[], event: SenderEvent = senderEvent()): Promise<HostResult<T>> => {
    const handler = handlers.get(`rumbo:${method}`);
    if (!handler) throw new Error(`no handler for ${method}`);
    return (await handler(event, ...args)) as HostResult<T>;
  };
  const value = async <T = unknown>(method: string, args: unknown[]): Promise<T> => {
    const result = await invoke<T>(method, args);
    if (!result.ok) throw new Error(`${method} failed: ${result.error.code} ${result.error.message}`);
    return result.value;
  };

  return {
    folder,
    documents,
    resources,
    answers,
    dialogs,
    deps,
    handlers,
    invoke,
    value,
    cleanup: () => rm(folder, { recursive: true, force: true }),
  };
}

export type IpcHarness = Awaited<ReturnType<typeof ipcHarness>>;
