import { contextBridge, ipcRenderer } from 'electron';
import { createBridge } from './bridge';

/*
 * The sandboxed preload. It runs with contextIsolation, so the page sees only the plain
 * functions below under `window.rumbo`; ipcRenderer and Node stay on this side.
 */
contextBridge.exposeInMainWorld('rumbo', createBridge(ipcRenderer));
