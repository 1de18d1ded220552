import { DESKTOP_BRIDGE_METHODS, type DesktopBridge } from '../../shared/host/types';

/**
 * The IPC vocabulary shared by the preload and the main process. It lives here, with no
 * imports from Electron or Node, so that the sandboxed preload bundle can inline it.
 */

/** Bridge methods that are request/response calls; the other two are subscriptions. */
export type InvokeMethod = Exclude<keyof DesktopBridge, 'onMenuCommand' | 'onOpenRequest'>;
export type ListenerMethod = Extract<keyof DesktopBridge, 'onMenuCommand' | 'onOpenRequest'>;

const LISTENER_METHODS: readonly string[] = ['onMenuCommand', 'onOpenRequest'] satisfies ListenerMethod[];

export const INVOKE_METHODS = DESKTOP_BRIDGE_METHODS.filter(
  (method): method is InvokeMethod => !LISTENER_METHODS.includes(method),
);

export function invokeChannel(method: InvokeMethod): `rumbo:${InvokeMethod}` {
  return `rumbo:${method}`;
}

/** Main → renderer: a native menu item was chosen (payload: a MenuCommand). */
export const MENU_COMMAND_CHANNEL = 'rumbo:menu';
/** Main → renderer: a plan arrived from outside (payload: HostResult<OpenedFile>). */
export const OPEN_REQUEST_CHANNEL = 'rumbo:open-request';
