import type { DesktopBridge, HostResult } from '../../../shared/host/types';
import type { PlanHost } from './host';

declare global {
  interface Window {
    /** Present only in the desktop app: the functions the preload exposes. */
    rumbo?: DesktopBridge;
  }
}

async function unwrap<T>(pending: Promise<HostResult<T>>): Promise<T> {
  const result = await pending;
  if (result.ok) return result.value;
  throw result.error;
}

/** The desktop host: each call crosses to the Electron main process through the preload bridge. */
export function createDesktopHost(bridge: DesktopBridge): PlanHost {
  return {
    kind: 'desktop',
    userName: () => unwrap(bridge.userName()),
    pickPlanToOpen: () => unwrap(bridge.pickPlanToOpen()),
    openRecent: (handle) => unwrap(bridge.openRecent(handle)),
    listRecent: () => unwrap(bridge.listRecent()),
    pickSaveTarget: (name) => unwrap(bridge.pickSaveTarget(name)),
    save: (handle, bytes, sha256) => unwrap(bridge.save(handle, bytes, sha256)),
    release: (handle) => unwrap(bridge.release(handle)),
    writeRecovery: (key, name, handle, bytes) => unwrap(bridge.writeRecovery(key, name, handle, bytes)),
    clearRecovery: (key) => unwrap(bridge.clearRecovery(key)),
    listRecovery: () => unwrap(bridge.listRecovery()),
    readRecovery: (id) => unwrap(bridge.readRecovery(id)),
    saveDocument: (name, bytes) => unwrap(bridge.saveDocument(name, bytes)),
    readSample: () => unwrap(bridge.readSample()),
    pickCopyToRead: () => unwrap(bridge.readCopy()),
    saveCopy: (name, bytes) => unwrap(bridge.saveCopy(name, bytes)),
    setTitle: (title) => void bridge.setTitle(title),
    setLanguage: (lang) => void bridge.setLanguage(lang),
    onMenuCommand: (listener) => bridge.onMenuCommand(listener),
    onOpenRequest: (listener, onError) =>
      bridge.onOpenRequest((result) => (result.ok ? listener(result.value) : onError(result.error))),
  };
}
