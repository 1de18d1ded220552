import { vi } from 'vitest';

/** A stand-in for an Electron event: records whether the default action was prevented. */
export function fakeEvent<T extends object>(fields: T = {} as T): T & { preventDefault: ReturnType<typeof vi.fn> } {
  return { ...fields, preventDefault: vi.fn() };
}

type Listener = (...args: never[]) => unknown;

/** Records `on`/`once` listeners so a test can emit events the way Electron would. */
export class FakeEmitter {
  readonly listeners = new Map<string, Listener[]>();

  on(name: string, listener: Listener): this {
    this.listeners.set(name, [...(this.listeners.get(name) ?? []), listener]);
    return this;
  }

  once(name: string, listener: Listener): this {
    return this.on(name, listener);
  }

  emit(name: string, ...args: unknown[]): void {
    const listeners = this.listeners.get(name);
    if (!listeners || listeners.length === 0) throw new Error(`nobody listens to ${name}`);
    for (const listener of listeners) (listener as (...values: unknown[]) => unknown)(...args);
  }
}

export class FakeSession {
  permissionRequest: ((contents: unknown, permission: string, callback: (granted: boolean) => void, details: unknown) => void) | null = null;
  permissionCheck: ((contents: unknown, permission: string, origin: string, details: unknown) => boolean) | null = null;
  devicePermission: ((details: unknown) => boolean) | null = null;
  beforeRequest: ((details: { url: string }, callback: (response: { cancel?: boolean }) => void) => void) | null = null;
  readonly webRequest = {
    onBeforeRequest: (listener: NonNullable<FakeSession['beforeRequest']>) => {
      this.beforeRequest = listener;
    },
  };
  setPermissionRequestHandler(handler: FakeSession['permissionRequest']): void {
    this.permissionRequest = handler;
  }
  setPermissionCheckHandler(handler: FakeSession['permissionCheck']): void {
    this.permissionCheck = handler;
  }
  setDevicePermissionHandler(handler: FakeSession['devicePermission']): void {
    this.devicePermission = handler;
  }
}

export class FakeWebContents extends FakeEmitter {
  readonly session = new FakeSession();
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null;
  readonly send = vi.fn();
  constructor(readonly id = 1) {
    super();
  }
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.windowOpenHandler = handler;
  }
}
