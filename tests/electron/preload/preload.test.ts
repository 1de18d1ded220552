import { beforeEach, describe, expect, it, vi } from 'vitest';
import { DESKTOP_BRIDGE_METHODS, type DesktopBridge, type HostResult, type OpenedFile } from '../../../shared/host/types';
import { PENDING_OPEN_REQUESTS_LIMIT } from '../../../electron/preload/bridge';

/**
 * The real preload module, loaded against a stand-in for `electron`: contextBridge records
 * what is exposed, ipcRenderer records invokes and lets the test emit main → renderer messages.
 */
const electron = vi.hoisted(() => {
  type Listener = (event: unknown, ...args: unknown[]) => void;
  const listeners = new Map<string, Set<Listener>>();
  const ipcRenderer = {
    invoke: vi.fn(async (channel: string, ...args: unknown[]): Promise<unknown> => ({ ok: true, value: { channel, args } })),
    on: vi.fn((channel: string, listener: Listener) => {
      if (!listeners.has(channel)) listeners.set(channel, new Set());
      listeners.get(channel)!.add(listener);
      return ipcRenderer;
    }),
    removeListener: vi.fn((channel: string, listener: Listener) => {
      listeners.get(channel)?.delete(listener);
      return ipcRenderer;
    }),
    send: vi.fn(),
    sendSync: vi.fn(),
  };
  /** Emits like Electron: the first argument is the IPC event, whose `sender` is ipcRenderer. */
  const emit = (channel: string, payload: unknown) => {
    for (const listener of listeners.get(channel) ?? []) listener({ sender: ipcRenderer, ports: [] }, payload);
  };
  const exposed: Record<string, unknown> = {};
  const contextBridge = {
    exposeInMainWorld: vi.fn((key: string, api: unknown) => {
      exposed[key] = api;
    }),
  };
  return { ipcRenderer, contextBridge, exposed, emit, listeners };
});

vi.mock('electron', () => ({ contextBridge: electron.contextBridge, ipcRenderer: electron.ipcRenderer }));

async function loadPreload(): Promise<DesktopBridge> {
  vi.resetModules();
  for (const key of Object.keys(electron.exposed)) delete electron.exposed[key];
  electron.listeners.clear();
  electron.contextBridge.exposeInMainWorld.mockClear();
  electron.ipcRenderer.invoke.mockClear();
  await import('../../../electron/preload/index');
  return electron.exposed.rumbo as DesktopBridge;
}

const openedFile: OpenedFile = { handle: 'h1', name: 'plan.rumbo', bytes: new Uint8Array([1, 2]), location: 'normal', lockedBy: null };

let bridge: DesktopBridge;
beforeEach(async () => {
  bridge = await loadPreload();
});

describe('preload surface', () => {
  it('exposes one object, window.rumbo, with exactly the DesktopBridge functions', () => {
    expect(electron.contextBridge.exposeInMainWorld).toHaveBeenCalledOnce();
    expect(Object.keys(electron.exposed)).toEqual(['rumbo']);
    expect(Object.keys(bridge).sort()).toEqual([...DESKTOP_BRIDGE_METHODS].sort());
    for (const method of DESKTOP_BRIDGE_METHODS) expect(typeof bridge[method], method).toBe('function');
  });

  it('never exposes ipcRenderer or anything that reaches it', () => {
    const seen = new Set<unknown>();
    const walk = (value: unknown): void => {
      if (value === null || (typeof value !== 'object' && typeof value !== 'function') || seen.has(value)) return;
      seen.add(value);
      expect(value).not.toBe(electron.ipcRenderer);
      for (const key of Object.getOwnPropertyNames(value)) {
        if (typeof value === 'function' && ['caller', 'callee', 'arguments'].includes(key)) continue;
        walk((value as Record<string, unknown>)[key]);
      }
    };
    walk(bridge);
  });

  it('maps each call to its own channel with the same arguments', async () => {
    const bytes = new Uint8Array([1, 2, 3]);
    await expect(bridge.save('h1', bytes, 'ab')).resolves.toEqual({ ok: true, value: { channel: 'rumbo:save', args: ['h1', bytes, 'ab'] } });
    await bridge.userName();
    await bridge.writeRecovery('k', 'plan', null, bytes);
    expect(electron.ipcRenderer.invoke.mock.calls.map(([channel]) => channel)).toEqual(['rumbo:save', 'rumbo:userName', 'rumbo:writeRecovery']);
    expect(electron.ipcRenderer.invoke.mock.calls[2]).toEqual(['rumbo:writeRecovery', 'k', 'plan', null, bytes]);
  });

  it('turns a failure of IPC itself into an error value in the last language set', async () => {
    electron.ipcRenderer.invoke.mockRejectedValueOnce(new Error("Error invoking remote method 'rumbo:listRecent': boom"));
    const failed = await bridge.listRecent();
    expect(failed.ok).toBe(false);
    expect(!failed.ok && failed.error.code).toBe('INTERNAL');
    expect(!failed.ok && failed.error.message).toMatch(/^Se produjo un error inesperado/);
    await bridge.setLanguage('en');
    electron.ipcRenderer.invoke.mockRejectedValueOnce(new Error('boom'));
    const english = await bridge.listRecent();
    expect(!english.ok && english.error.message).toMatch(/^An unexpected error happened/);
  });
});

describe('menu commands', () => {
  it('reach listeners as the bare command, never with the IPC event', () => {
    const listener = vi.fn();
    bridge.onMenuCommand(listener);
    electron.emit('rumbo:menu', 'file.save');
    expect(listener.mock.calls).toEqual([['file.save']]);
  });

  it('ignores anything that is not a menu command', () => {
    const listener = vi.fn();
    bridge.onMenuCommand(listener);
    for (const payload of ['file.delete', 42, null, { command: 'file.save' }]) electron.emit('rumbo:menu', payload);
    expect(listener).not.toHaveBeenCalled();
  });

  it('stop when the returned function is called', () => {
    const first = vi.fn();
    const second = vi.fn();
    const stopFirst = bridge.onMenuCommand(first);
    bridge.onMenuCommand(second);
    stopFirst();
    electron.emit('rumbo:menu', 'edit.undo');
    expect(first).not.toHaveBeenCalled();
    expect(second).toHaveBeenCalledWith('edit.undo');
  });

  it('that arrive with nobody listening are dropped, not replayed later', () => {
    electron.emit('rumbo:menu', 'file.new');
    const listener = vi.fn();
    bridge.onMenuCommand(listener);
    expect(listener).not.toHaveBeenCalled();
  });
});

describe('open requests', () => {
  it('reach listeners with the HostResult only', () => {
    const listener = vi.fn();
    bridge.onOpenRequest(listener);
    const result: HostResult<OpenedFile> = { ok: true, value: openedFile };
    electron.emit('rumbo:open-request', result);
    expect(listener.mock.calls).toEqual([[result]]);
  });

  it('that arrive before the page subscribes are kept for the first listener, up to a limit', () => {
    const results = Array.from({ length: PENDING_OPEN_REQUESTS_LIMIT + 5 }, (_, i): HostResult<OpenedFile> => ({ ok: true, value: { ...openedFile, handle: `h${i}` } }));
    for (const result of results) electron.emit('rumbo:open-request', result);
    electron.emit('rumbo:open-request', 'not a result');
    const listener = vi.fn();
    bridge.onOpenRequest(listener);
    expect(listener.mock.calls.map(([result]) => result)).toEqual(results.slice(0, PENDING_OPEN_REQUESTS_LIMIT));
    const later = vi.fn();
    bridge.onOpenRequest(later);
    expect(later).not.toHaveBeenCalled();
  });

  it('refuse a listener that is not a function', () => {
    expect(() => bridge.onOpenRequest('alert(1)' as never)).toThrow(TypeError);
  });
});
