import type { BrowserWindow, BrowserWindowConstructorOptions, Session, WebContents, WebPreferences } from 'electron';
import { isAppUrl, isSafeExternalUrl } from './app-url';

/**
 * The Electron security checklist as settings. The renderer parses files received by e-mail,
 * so it is treated as hostile: sandboxed, isolated, no Node, no webviews, no navigation.
 */
export function secureWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
    sandbox: true,
    contextIsolation: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    webviewTag: false,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    navigateOnDragDrop: false,
    // On Windows and Linux Chromium downloads Hunspell dictionaries from a Google server the
    // first time the spellchecker runs; Rumbo makes no network calls, so it stays off.
    spellcheck: false,
  };
}

export interface GuardOptions {
  /** The URL the renderer is loaded from: `app://rumbo/` or, in development, the dev server. */
  appUrl: string;
  openExternal: (url: string) => unknown;
}

/** No navigation away from the app, no new windows, no webviews; safe links go to the system browser. */
export function guardWebContents(contents: WebContents, options: GuardOptions): void {
  const stayInApp = (event: { url: string; preventDefault(): void }): void => {
    if (!isAppUrl(event.url, options.appUrl)) event.preventDefault();
  };
  contents.on('will-navigate', stayInApp);
  contents.on('will-frame-navigate', stayInApp);
  contents.on('will-redirect', stayInApp);
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (isSafeExternalUrl(url)) void Promise.resolve(options.openExternal(url)).catch(() => undefined);
    return { action: 'deny' };
  });
}

/** Camera, microphone, notifications, geolocation, HID, serial...: the app needs none of them. */
export function denyAllPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
}

/**
 * Whether the renderer may load this URL at all. Our own scheme, inline data and devtools
 * only; in development also the dev server, including its hot-reload websocket.
 */
export function isAllowedRequestUrl(url: string, appUrl: string): boolean {
  if (/^(data|blob|devtools):/i.test(url)) return true;
  if (isAppUrl(url, appUrl)) return true;
  const socketBase = appUrl.replace(/^http(s?):/i, 'ws$1:');
  return socketBase !== appUrl && isAppUrl(url, socketBase);
}

/** Belt and braces under the CSP: any request to anywhere else is cancelled by the session. */
export function blockRemoteRequests(session: Session, appUrl: string): void {
  session.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !isAllowedRequestUrl(details.url, appUrl) }));
}

export interface MainWindowDeps {
  BrowserWindow: new (options: BrowserWindowConstructorOptions) => BrowserWindow;
  openExternal: (url: string) => unknown;
}

export interface MainWindowOptions {
  preloadPath: string;
  appUrl: string;
  /** The page to load (the app's index.html under appUrl). */
  entryUrl: string;
  title: string;
  icon?: string;
}

export function mainWindowOptions(options: MainWindowOptions): BrowserWindowConstructorOptions {
  return {
    width: 1280,
    height: 840,
    minWidth: 900,
    minHeight: 600,
    show: false,
    title: options.title,
    backgroundColor: '#ffffff',
    ...(options.icon ? { icon: options.icon } : {}),
    webPreferences: secureWebPreferences(options.preloadPath),
  };
}

/** Creates the one app window with every guard in place before any page is loaded. */
export function createMainWindow(deps: MainWindowDeps, options: MainWindowOptions): BrowserWindow {
  const window = new deps.BrowserWindow(mainWindowOptions(options));
  const contents = window.webContents;
  guardWebContents(contents, { appUrl: options.appUrl, openExternal: deps.openExternal });
  denyAllPermissions(contents.session);
  blockRemoteRequests(contents.session, options.appUrl);
  // Showing only once painted avoids a white flash on slow government PCs.
  window.once('ready-to-show', () => window.show());
  window.loadURL(options.entryUrl).catch((error: unknown) => console.error('[rumbo] the window could not load its page', error));
  return window;
}
