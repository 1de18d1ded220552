import { access, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { planBytes } from '../../shared/helpers';

/**
 * The real electron/main/index.ts against a stand-in `electron` module: it checks the wiring
 * (what happens before `ready`, single instance, files handed over, menus, IPC), not Electron.
 */
const electron = vi.hoisted(() => {
  type Listener = (...args: unknown[]) => unknown;
  class Emitter {
    listeners = new Map<string, Listener[]>();
    on(name: string, listener: Listener) {
      this.listeners.set(name, [...(this.listeners.get(name) ?? []), listener]);
      return this;
    }
    once(name: string, listener: Listener) {
      return this.on(name, listener);
    }
    emit(name: string, ...args: unknown[]) {
      for (const listener of this.listeners.get(name) ?? []) listener(...args);
    }
  }
  const state = { userData: '', appPath: '', lock: true, resolveReady: () => undefined as void, calls: [] as string[] };
  const session = {
    setPermissionRequestHandler: () => undefined,
    setPermissionCheckHandler: () => undefined,
    setDevicePermissionHandler: () => undefined,
    webRequest: { onBeforeRequest: () => undefined },
  };
  class WebContents extends Emitter {
    id = 3;
    session = session;
    send = vi.fn();
    setWindowOpenHandler = vi.fn();
  }
  class BrowserWindow extends Emitter {
    static created: BrowserWindow[] = [];
    webContents = new WebContents();
    loadURL = vi.fn(async () => undefined);
    show = vi.fn();
    focus = vi.fn();
    restore = vi.fn();
    setTitle = vi.fn();
    isMinimized = () => true;
    isDestroyed = () => false;
    constructor(readonly options: unknown) {
      super();
      BrowserWindow.created.push(this);
    }
  }
  const appEvents = new Emitter();
  const app = Object.assign(appEvents, {
    isPackaged: false,
    enableSandbox: vi.fn(() => state.calls.push('enableSandbox')),
    requestSingleInstanceLock: vi.fn((_data: unknown) => state.lock),
    quit: vi.fn(),
    exit: vi.fn(),
    whenReady: vi.fn(() => new Promise<void>((resolve) => (state.resolveReady = resolve))),
    getAppPath: () => state.appPath,
    getPath: (name: string) => `${state.userData}/${name}`,
    getName: () => 'Rumbo',
  });
  const protocol = {
    registerSchemesAsPrivileged: vi.fn(() => state.calls.push('registerSchemesAsPrivileged')),
    handle: vi.fn(() => state.calls.push('protocol.handle')),
  };
  const Menu = { buildFromTemplate: vi.fn((template: unknown) => ({ template })), setApplicationMenu: vi.fn() };
  const ipcMain = { handle: vi.fn() };
  const dialog = { showOpenDialog: vi.fn(), showSaveDialog: vi.fn(), showMessageBoxSync: vi.fn(), showErrorBox: vi.fn() };
  const shell = { openExternal: vi.fn(async () => undefined) };
  return { state, app, appEvents, protocol, BrowserWindow, Menu, ipcMain, dialog, shell };
});

vi.mock('electron', () => ({
  app: electron.app,
  protocol: electron.protocol,
  BrowserWindow: electron.BrowserWindow,
  Menu: electron.Menu,
  ipcMain: electron.ipcMain,
  dialog: electron.dialog,
  shell: electron.shell,
}));

const originalArgv = process.argv;
let folder: string;

beforeEach(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'rumbo-lifecycle-'));
  electron.state.userData = path.join(folder, 'userData');
  electron.state.appPath = folder;
  electron.state.lock = true;
  electron.state.calls = [];
  electron.appEvents.listeners.clear();
  electron.BrowserWindow.created = [];
  vi.clearAllMocks();
  vi.resetModules();
});
afterEach(async () => {
  process.argv = originalArgv;
  vi.unstubAllEnvs();
  await rm(folder, { recursive: true, force: true });
});

async function start(argv: string[] = []): Promise<void> {
  process.argv = [process.execPath, '.', ...argv];
  await import('../../../electron/main/index');
}

async function ready() {
  electron.state.resolveReady();
  await vi.waitFor(() => expect(electron.BrowserWindow.created).toHaveLength(1));
  return electron.BrowserWindow.created[0]!;
}

function menuLabels(): string[] {
  const menu = electron.Menu.buildFromTemplate.mock.lastCall![0] as { label?: string }[];
  return menu.map((item) => item.label ?? '');
}

const ipcHandler = (channel: string) => electron.ipcMain.handle.mock.calls.find(([name]) => name === channel)![1] as (...args: unknown[]) => Promise<unknown>;
const trustedEvent = { sender: { id: 3 }, senderFrame: { url: 'app://rumbo/index.html', parent: null } };

describe('desktop app lifecycle', () => {
  it('before ready: privileges the app scheme and sandboxes every renderer; after ready: serves, menus, IPC, window', async () => {
    await start();
    expect(electron.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
    ]);
    expect(electron.state.calls).toEqual(['registerSchemesAsPrivileged', 'enableSandbox']);
    expect(electron.BrowserWindow.created).toHaveLength(0);

    const window = await ready();
    expect(electron.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
    expect(menuLabels()).toEqual(['&Archivo', '&Edición', '&Ver', 'Ay&uda']);
    expect(electron.ipcMain.handle).toHaveBeenCalledTimes(18);
    expect(window.loadURL).toHaveBeenCalledWith('app://rumbo/index.html');
    expect((window.options as { webPreferences: { preload: string } }).webPreferences.preload).toMatch(/[\\/]preload[\\/]index\.cjs$/);
    expect(electron.appEvents.listeners.get('web-contents-created')).toHaveLength(1);
  });

  it('rebuilds the menu in English when the renderer sets the language', async () => {
    await start();
    await ready();
    expect(await ipcHandler('rumbo:setLanguage')(trustedEvent, 'en')).toEqual({ ok: true, value: undefined });
    expect(menuLabels()).toEqual(['&File', '&Edit', '&View', '&Help']);
  });

  it('a second instance hands over and quits without a window', async () => {
    electron.state.lock = false;
    await start([path.join(folder, 'plan.rumbo')]);
    expect(electron.app.requestSingleInstanceLock).toHaveBeenCalledWith({ plans: [path.join(folder, 'plan.rumbo')] });
    expect(electron.app.quit).toHaveBeenCalled();
    expect(electron.app.whenReady).not.toHaveBeenCalled();
  });

  it('delivers plans from the command line, a second instance and macOS open-file once the page has loaded', async () => {
    const bytes = await planBytes();
    const plans = ['first.rumbo', 'second.rumbo', 'third.rumbo'].map((name) => path.join(folder, name));
    for (const plan of plans) await writeFile(plan, bytes);
    await start([plans[0]!]);
    const window = await ready();
    expect(window.webContents.send).not.toHaveBeenCalled();

    window.webContents.emit('did-finish-load');
    electron.appEvents.emit('second-instance', {}, ['rumbo.exe', '--flag'], folder, { plans: ['second.rumbo'] });
    expect(window.focus).toHaveBeenCalled();
    const openFile = { preventDefault: vi.fn() };
    electron.appEvents.emit('open-file', openFile, plans[2]);
    expect(openFile.preventDefault).toHaveBeenCalled();

    await vi.waitFor(() => expect(window.webContents.send).toHaveBeenCalledTimes(3));
    const delivered = window.webContents.send.mock.calls.map(([channel, result]) => [channel, (result as { value: { name: string } }).value.name]);
    expect(delivered.sort()).toEqual([
      ['rumbo:open-request', 'first.rumbo'],
      ['rumbo:open-request', 'second.rumbo'],
      ['rumbo:open-request', 'third.rumbo'],
    ]);
  });

  it('a plan that cannot be opened arrives as an error value', async () => {
    await start([path.join(folder, 'missing.rumbo')]);
    const window = await ready();
    window.webContents.emit('did-finish-load');
    await vi.waitFor(() => expect(window.webContents.send).toHaveBeenCalledOnce());
    expect(window.webContents.send.mock.calls[0]).toEqual([
      'rumbo:open-request',
      { ok: false, error: { code: 'FILE_NOT_FOUND', params: {}, message: expect.stringMatching(/^No se encuentra el archivo/) } },
    ]);
  });

  it('on quit, waits for its lock files to be removed', async () => {
    const plan = path.join(folder, 'plan.rumbo');
    await writeFile(plan, await planBytes());
    // Plans under the system temp folder count as mail attachments and are not locked; for this
    // test the store is told the temp folder is elsewhere.
    vi.stubEnv('TMPDIR', path.join(folder, 'elsewhere'));
    await start([plan]);
    const window = await ready();
    vi.unstubAllEnvs();
    window.webContents.emit('did-finish-load');
    await vi.waitFor(() => expect(window.webContents.send).toHaveBeenCalledOnce());
    const lock = path.join(folder, '~$plan.rumbo.lock');
    await expect(access(lock)).resolves.toBeUndefined();

    const quitting = { preventDefault: vi.fn() };
    electron.appEvents.emit('will-quit', quitting);
    expect(quitting.preventDefault).toHaveBeenCalled();
    await vi.waitFor(() => expect(electron.app.quit).toHaveBeenCalled());
    await expect(access(lock)).rejects.toThrow();
    const again = { preventDefault: vi.fn() };
    electron.appEvents.emit('will-quit', again);
    expect(again.preventDefault).not.toHaveBeenCalled();
  });
});
