import type { IpcMainInvokeEvent } from 'electron';
import { isAppUrl } from './app-url';

/** What the sender check reads from an IPC event (a subset, so tests can build one). */
export type SenderEvent = Pick<IpcMainInvokeEvent, 'sender' | 'senderFrame'>;

export interface TrustedSender {
  /** The id of our window's webContents, or null before the window exists. */
  webContentsId: () => number | null;
  /** The URL the app is served from (`app://rumbo/`, or the dev server). */
  appUrl: string;
}

/**
 * A call is served only when it comes from the top frame of our own window while that frame
 * shows our own app. Anything else (a frame that navigated elsewhere, an iframe, another
 * webContents) gets a refusal.
 */
export function isTrustedSender(event: SenderEvent, trusted: TrustedSender): boolean {
  const ownId = trusted.webContentsId();
  if (ownId === null || event.sender.id !== ownId) return false;
  const frame = event.senderFrame;
  if (!frame || frame.parent !== null) return false;
  return isAppUrl(frame.url, trusted.appUrl);
}
