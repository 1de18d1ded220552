import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, shell } from 'electron';
import os from 'node:os';
import path from 'node:path';
import { toErrorValue } from '../../shared/errors';
import { DEFAULT_LANG, type Lang } from '../../shared/i18n';
import type { HostResult, MenuCommand, OpenedFile } from '../../shared/host/types';
import { NodeFileStore } from '../store';
import { APP_BASE_URL, APP_SCHEME } from './app-url';
import { MENU_COMMAND_CHANNEL, OPEN_REQUEST_CHANNEL } from './channels';
import { guardUnsavedClose } from './close-guard';
import { createNativeDialogs } from './dialogs';
import { HandleRegistry } from './handles';
import { registerIpcHandlers } from './ipc';
import { buildMenuTemplate } from './menu';
import { OpenRequestQueue, plansFromArgv } from './open-requests';
import { PlanFiles } from './plan-files';
import { APP_SCHEME_PRIVILEGES, createAppProtocolHandler } from './protocol';
import { RecentFiles } from './recent';
import { readSamplePlan } from './sample';
import { isTrustedSender } from './sender';
import { createMainWindow, guardWebContents } from './window';

/*
 * The desktop app's lifecycle: one instance, one window, the renderer served from app://rumbo,
 * every OS service (files, dialogs, menus, links) reached only through the checked IPC calls.
 * Nothing here talks to the network: no auto-update, no crash upload, no telemetry.
 */

// Before `ready`: the scheme must be privileged, and every renderer sandboxed whatever its options.
protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);
app.enableSandbox();

const launchPlans = plansFromArgv(process.argv.slice(1), process.cwd());
// The paths also travel as data: Chromium may reorder or rewrite the argv it forwards.
if (!app.requestSingleInstanceLock({ plans: launchPlans })) {
  app.quit();
} else {
  startApp(launchPlans);
}

function currentUserName(): string {
  try {
    return os.userInfo().username;
  } catch {
    // Some locked-down accounts have no passwd/profile entry.
    return process.env.USERNAME ?? process.env.USER ?? '';
  }
}

/** Where save dialogs start; some managed profiles have no Documents folder. */
function documentsFolder(): string {
  try {
    return app.getPath('documents');
  } catch {
    return os.homedir();
  }
}

function plansFromSecondInstance(argv: string[], workingDirectory: string, data: unknown): string[] {
  const plans = (data as { plans?: unknown } | null)?.plans;
  if (Array.isArray(plans) && plans.every((plan) => typeof plan === 'string')) return plansFromArgv(plans, workingDirectory);
  return plansFromArgv(argv.slice(1), workingDirectory);
}

function startApp(initialPlans: string[]): void {
  let lang: Lang = DEFAULT_LANG;
  let mainWindow: BrowserWindow | null = null;
  const liveWindow = (): BrowserWindow | null => (mainWindow && !mainWindow.isDestroyed() ? mainWindow : null);

  const devServerUrl = app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL;
  const appUrl = devServerUrl ? `${new URL(devServerUrl).origin}/` : APP_BASE_URL;
  const entryUrl = devServerUrl ?? `${APP_BASE_URL}index.html`;
  const resourcesDir = app.isPackaged ? process.resourcesPath : path.join(app.getAppPath(), 'resources');
  const openExternal = (url: string): Promise<void> => shell.openExternal(url);

  const openRequests = new OpenRequestQueue();
  for (const plan of initialPlans) openRequests.push(plan);
  app.on('open-file', (event, filePath) => {
    event.preventDefault();
    openRequests.push(filePath);
  });
  app.on('second-instance', (_event, argv, workingDirectory, data) => {
    const window = liveWindow();
    if (window) {
      if (window.isMinimized()) window.restore();
      window.focus();
    }
    for (const plan of plansFromSecondInstance(argv, workingDirectory, data)) openRequests.push(plan);
  });
  // Any webContents, not only our window's, gets the navigation and window-opening guards.
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents, { appUrl, openExternal }));
  app.on('window-all-closed', () => app.quit());

  void app.whenReady().then(() => {
    protocol.handle(APP_SCHEME, createAppProtocolHandler({ rendererDir: path.join(import.meta.dirname, '../renderer') }));

    const store = new NodeFileStore({ dataDir: app.getPath('userData'), user: currentUserName(), machine: os.hostname(), pid: process.pid });
    const handles = new HandleRegistry();
    const files = new PlanFiles({ store, handles, recent: new RecentFiles(path.join(app.getPath('userData'), 'recent.json')) });
    void files.cleanRecentFolders();

    // Quitting waits for our lock files to be removed, so others can open the plans read-write.
    app.on('will-quit', (event) => {
      if (!files.hasLocks()) return;
      event.preventDefault();
      void files.releaseAll().finally(() => app.quit());
    });

    const send = (command: MenuCommand): void => liveWindow()?.webContents.send(MENU_COMMAND_CHANNEL, command);
    const applyMenu = (): void => Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate({ lang, platform: process.platform, send })));
    applyMenu();

    registerIpcHandlers({
      ipcMain,
      isTrustedSender: (event) => isTrustedSender(event, { webContentsId: () => liveWindow()?.webContents.id ?? null, appUrl }),
      lang: () => lang,
      setLanguage: (next) => {
        lang = next;
        applyMenu();
      },
      files,
      store,
      handles,
      dialogs: createNativeDialogs({ dialog, window: liveWindow, lang: () => lang, defaultFolder: documentsFolder }),
      readSample: () => readSamplePlan(resourcesDir),
      userName: currentUserName,
      setTitle: (title) => liveWindow()?.setTitle(title.trim() === '' ? app.getName() : title),
      openExternal,
      showItemInFolder: (filePath: string) => shell.showItemInFolder(filePath),
    });

    const window = createMainWindow(
      { BrowserWindow, openExternal },
      { preloadPath: path.join(import.meta.dirname, '../preload/index.cjs'), appUrl, entryUrl, title: app.getName() },
    );
    mainWindow = window;
    guardUnsavedClose(window, { dialog, lang: () => lang, send });
    window.on('closed', () => {
      openRequests.stop();
      mainWindow = null;
    });
    const deliverOpenRequest = async (filePath: string): Promise<void> => {
      let result: HostResult<OpenedFile>;
      try {
        result = { ok: true, value: await files.open(filePath) };
      } catch (error) {
        result = { ok: false, error: toErrorValue(error, lang) };
      }
      liveWindow()?.webContents.send(OPEN_REQUEST_CHANNEL, result);
    };
    // The preload keeps requests until the page subscribes, so sending after load loses none.
    window.webContents.once('did-finish-load', () => openRequests.start((filePath) => void deliverOpenRequest(filePath)));
  }).catch((error: unknown) => {
    // Nothing is on screen yet: say so plainly (no stack trace) rather than vanish silently.
    console.error('[rumbo] start-up failed', error);
    dialog.showErrorBox(app.getName(), toErrorValue(error, lang).message);
    app.exit(1);
  });
}
