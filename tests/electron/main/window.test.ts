import { describe, expect, it, vi } from 'vitest';
import { APP_BASE_URL, isAppUrl, isSafeExternalUrl } from '../../../electron/main/app-url';
import {
  blockRemoteRequests,
  createMainWindow,
  denyAllPermissions,
  guardWebContents,
  isAllowedRequestUrl,
  type MainWindowDeps,
} from '../../../electron/main/window';
import { FakeEmitter, FakeSession, FakeWebContents, fakeEvent } from './fakes';

class FakeWindow extends FakeEmitter {
  static created: FakeWindow[] = [];
  readonly webContents = new FakeWebContents();
  readonly show = vi.fn();
  readonly loadURL = vi.fn(async () => undefined);
  constructor(readonly options: Electron.BrowserWindowConstructorOptions) {
    super();
    FakeWindow.created.push(this);
  }
}

function openWindow(appUrl = APP_BASE_URL) {
  const openExternal = vi.fn();
  const deps = { BrowserWindow: FakeWindow, openExternal } as unknown as MainWindowDeps;
  const window = createMainWindow(deps, { preloadPath: '/app/out/preload/index.cjs', appUrl, entryUrl: `${appUrl}index.html`, title: 'Rumbo' });
  return { window: window as unknown as FakeWindow, openExternal };
}

describe('main window factory', () => {
  it('creates the window with exactly the hardened web preferences', () => {
    const { window } = openWindow();
    expect(window.options.webPreferences).toEqual({
      preload: '/app/out/preload/index.cjs',
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
      spellcheck: false,
    });
    expect(window.options.show).toBe(false);
  });

  it('loads the entry page and shows the window only once it is ready', () => {
    const { window } = openWindow();
    expect(window.loadURL).toHaveBeenCalledWith('app://rumbo/index.html');
    expect(window.show).not.toHaveBeenCalled();
    window.emit('ready-to-show');
    expect(window.show).toHaveBeenCalledOnce();
  });

  it('installs every guard on its own webContents and session before loading', () => {
    const { window } = openWindow();
    const contents = window.webContents;
    for (const name of ['will-navigate', 'will-frame-navigate', 'will-redirect', 'will-attach-webview']) {
      expect(contents.listeners.get(name), name).toHaveLength(1);
    }
    expect(contents.windowOpenHandler).not.toBeNull();
    expect(contents.session.permissionRequest).not.toBeNull();
    expect(contents.session.permissionCheck).not.toBeNull();
    expect(contents.session.beforeRequest).not.toBeNull();
  });
});

describe('navigation and new windows', () => {
  function guarded(appUrl = APP_BASE_URL) {
    const contents = new FakeWebContents();
    const openExternal = vi.fn();
    guardWebContents(contents as unknown as Electron.WebContents, { appUrl, openExternal });
    return { contents, openExternal };
  }

  it.each(['will-navigate', 'will-frame-navigate', 'will-redirect'])('%s away from the app is prevented', (name) => {
    const { contents } = guarded();
    for (const url of ['https://evil.example/', 'http://localhost:5173/', 'file:///etc/passwd', 'app://other/index.html', 'javascript:alert(1)', 'not a url']) {
      const event = fakeEvent({ url });
      contents.emit(name, event);
      expect(event.preventDefault, `${name} ${url}`).toHaveBeenCalled();
    }
  });

  it('navigation inside the app is allowed', () => {
    const { contents } = guarded();
    const event = fakeEvent({ url: 'app://rumbo/index.html#/plan' });
    contents.emit('will-navigate', event);
    expect(event.preventDefault).not.toHaveBeenCalled();
  });

  it('in development only the dev server counts as the app', () => {
    const { contents } = guarded('http://localhost:5173/');
    const inside = fakeEvent({ url: 'http://localhost:5173/index.html' });
    const otherPort = fakeEvent({ url: 'http://localhost:5174/' });
    contents.emit('will-navigate', inside);
    contents.emit('will-navigate', otherPort);
    expect(inside.preventDefault).not.toHaveBeenCalled();
    expect(otherPort.preventDefault).toHaveBeenCalled();
  });

  it('denies every new window and opens only https and mailto links in the system', () => {
    const { contents, openExternal } = guarded();
    const open = (url: string) => contents.windowOpenHandler!({ url });
    for (const url of ['https://www.boe.es/', 'mailto:comunicacion@ayto.es', 'http://insecure.example/', 'file:///C:/Windows/win.ini', 'javascript:alert(1)', 'app://rumbo/index.html', 'smb://server/share', 'https://user:pw@host.example/']) {
      expect(open(url), url).toEqual({ action: 'deny' });
    }
    expect(openExternal.mock.calls.map(([url]) => url)).toEqual(['https://www.boe.es/', 'mailto:comunicacion@ayto.es']);
  });

  it('refuses to attach any webview', () => {
    const { contents } = guarded();
    const event = fakeEvent();
    contents.emit('will-attach-webview', event, { nodeIntegration: true }, { src: 'https://evil.example/' });
    expect(event.preventDefault).toHaveBeenCalled();
  });
});

describe('session permissions', () => {
  it('denies every permission request and check', () => {
    const session = new FakeSession();
    denyAllPermissions(session as unknown as Electron.Session);
    for (const permission of ['media', 'notifications', 'geolocation', 'clipboard-read', 'openExternal', 'fullscreen', 'hid', 'serial']) {
      const callback = vi.fn();
      session.permissionRequest!({}, permission, callback, {});
      expect(callback, permission).toHaveBeenCalledWith(false);
      expect(session.permissionCheck!({}, permission, 'app://rumbo', {}), permission).toBe(false);
    }
    expect(session.devicePermission!({ deviceType: 'usb' })).toBe(false);
  });

  it('cancels every request that leaves the app', () => {
    const session = new FakeSession();
    blockRemoteRequests(session as unknown as Electron.Session, APP_BASE_URL);
    const cancelled = (url: string) => {
      let answer: { cancel?: boolean } | undefined;
      session.beforeRequest!({ url }, (response) => (answer = response));
      return answer?.cancel;
    };
    expect(cancelled('app://rumbo/assets/index.js')).toBe(false);
    expect(cancelled('data:image/png;base64,AAAA')).toBe(false);
    expect(cancelled('blob:app://rumbo/5f1c')).toBe(false);
    expect(cancelled('https://fonts.googleapis.com/css')).toBe(true);
    expect(cancelled('http://localhost:5173/')).toBe(true);
    expect(cancelled('ws://localhost:5173/')).toBe(true);
  });

  it('lets the dev server and its hot-reload socket through in development only', () => {
    expect(isAllowedRequestUrl('ws://localhost:5173/', 'http://localhost:5173/')).toBe(true);
    expect(isAllowedRequestUrl('http://localhost:5173/src/main.tsx', 'http://localhost:5173/')).toBe(true);
    expect(isAllowedRequestUrl('ws://localhost:9999/', 'http://localhost:5173/')).toBe(false);
    expect(isAllowedRequestUrl('https://example.com/', 'http://localhost:5173/')).toBe(false);
  });
});

describe('app and external URLs', () => {
  it('tells our app URLs from look-alikes', () => {
    expect(isAppUrl('app://rumbo/index.html', APP_BASE_URL)).toBe(true);
    expect(isAppUrl('APP://RUMBO/assets/x.js', APP_BASE_URL)).toBe(true);
    for (const url of ['app://rumbo.evil/', 'app://evil/', 'app://rumbo@evil/', 'app://x:y@rumbo/', 'https://rumbo/', '', 'rumbo']) {
      expect(isAppUrl(url, APP_BASE_URL), url).toBe(false);
    }
  });

  it('lets only https and mailto links leave the app', () => {
    expect(isSafeExternalUrl('https://administracionelectronica.gob.es/')).toBe(true);
    expect(isSafeExternalUrl('mailto:prensa@ayto.es')).toBe(true);
    for (const url of ['http://example.com/', 'javascript:alert(1)', 'file:///etc/passwd', 'data:text/html,hi', 'vbscript:x', 'ms-msdt:/id', 'mailto:', 'https://', 'app://rumbo/']) {
      expect(isSafeExternalUrl(url), url).toBe(false);
    }
  });
});
