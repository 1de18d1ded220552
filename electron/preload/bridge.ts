import type { IpcRenderer } from 'electron';
import { toErrorValue } from '../../shared/errors';
import { DEFAULT_LANG, isLang, type Lang } from '../../shared/i18n';
import { MENU_COMMANDS, type DesktopBridge, type HostResult, type MenuCommand, type OpenedFile } from '../../shared/host/types';
import { INVOKE_METHODS, MENU_COMMAND_CHANNEL, OPEN_REQUEST_CHANNEL, invokeChannel, type InvokeMethod } from '../main/channels';

/** The three ipcRenderer functions the bridge uses; ipcRenderer itself never reaches the page. */
export type BridgeIpc = Pick<IpcRenderer, 'invoke' | 'on' | 'removeListener'>;

/** Open requests that arrive before the page subscribes are kept, up to this many. */
export const PENDING_OPEN_REQUESTS_LIMIT = 20;

function isMenuCommand(value: unknown): value is MenuCommand {
  return typeof value === 'string' && (MENU_COMMANDS as readonly string[]).includes(value);
}

function isHostResult(value: unknown): value is HostResult<OpenedFile> {
  return typeof value === 'object' && value !== null && typeof (value as { ok?: unknown }).ok === 'boolean';
}

/**
 * Relays one main → renderer channel to the page's listeners, passing only the payload (never
 * the IPC event, whose `sender` is ipcRenderer). With `keepUntilSubscribed`, payloads that come
 * before the first listener wait for it: a plan double-clicked at start arrives before the
 * page has mounted.
 */
function relay<T>(ipc: BridgeIpc, channel: string, accept: (value: unknown) => value is T, keepUntilSubscribed: boolean) {
  const listeners = new Set<(value: T) => void>();
  const pending: T[] = [];
  ipc.on(channel, (_event, payload: unknown) => {
    if (!accept(payload)) return;
    if (listeners.size === 0) {
      if (keepUntilSubscribed && pending.length < PENDING_OPEN_REQUESTS_LIMIT) pending.push(payload);
      return;
    }
    for (const listener of listeners) listener(payload);
  });
  return (listener: (value: T) => void): (() => void) => {
    if (typeof listener !== 'function') throw new TypeError('listener must be a function');
    listeners.add(listener);
    for (const payload of pending.splice(0)) listener(payload);
    return () => {
      listeners.delete(listener);
    };
  };
}

/** The object exposed as `window.rumbo`: exactly the DesktopBridge methods, each one IPC call. */
export function createBridge(ipc: BridgeIpc): DesktopBridge {
  // Only to translate the rare failure of IPC itself; main translates everything else.
  let lang: Lang = DEFAULT_LANG;
  const call =
    (method: InvokeMethod) =>
    async (...args: unknown[]): Promise<HostResult<unknown>> => {
      if (method === 'setLanguage' && isLang(args[0])) lang = args[0];
      try {
        return (await ipc.invoke(invokeChannel(method), ...args)) as HostResult<unknown>;
      } catch (error) {
        return { ok: false, error: toErrorValue(error, lang) };
      }
    };
  const invokers = Object.fromEntries(INVOKE_METHODS.map((method) => [method, call(method)])) as unknown as Pick<DesktopBridge, InvokeMethod>;
  return {
    ...invokers,
    onMenuCommand: relay(ipc, MENU_COMMAND_CHANNEL, isMenuCommand, false),
    onOpenRequest: relay(ipc, OPEN_REQUEST_CHANNEL, isHostResult, true),
  };
}
