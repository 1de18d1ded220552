import type { BrowserWindow, Dialog } from 'electron';
import { translate, type Lang } from '../../shared/i18n';
import type { MenuCommand } from '../../shared/host/types';

export interface CloseGuardDeps {
  dialog: Pick<Dialog, 'showMessageBoxSync'>;
  lang: () => Lang;
  send: (command: MenuCommand) => void;
}

export const CLOSE_CHOICE = { save: 0, discard: 1, cancel: 2 } as const;

/**
 * Unsaved work is the renderer's knowledge, so the renderer decides: while the plan has
 * unsaved changes its `beforeunload` handler calls `preventDefault()` (the same code asks the
 * browser edition's own question). Electron then cancels the close and emits
 * `will-prevent-unload`, and we ask the user natively:
 * - Save: the close stays cancelled and the renderer gets `file.save`; the user closes again
 *   once it says "saved" (no extra IPC round-trip whose timing could lose the save).
 * - Close without saving: `preventDefault()` here overrides the page and the window closes
 *   (the renderer's recovery snapshot is still there for the next start).
 * - Cancel: nothing happens.
 * The dialog must be synchronous: the decision has to be made inside the event.
 */
export function guardUnsavedClose(window: BrowserWindow, deps: CloseGuardDeps): void {
  window.webContents.on('will-prevent-unload', (event) => {
    const lang = deps.lang();
    const choice = deps.dialog.showMessageBoxSync(window, {
      type: 'warning',
      title: translate(lang, 'menu.closeWithChanges.title'),
      message: translate(lang, 'menu.closeWithChanges.message'),
      detail: translate(lang, 'menu.closeWithChanges.detail'),
      buttons: [
        translate(lang, 'menu.closeWithChanges.save'),
        translate(lang, 'menu.closeWithChanges.discard'),
        translate(lang, 'menu.closeWithChanges.cancel'),
      ],
      defaultId: CLOSE_CHOICE.save,
      cancelId: CLOSE_CHOICE.cancel,
      noLink: true,
    });
    if (choice === CLOSE_CHOICE.discard) event.preventDefault();
    else if (choice === CLOSE_CHOICE.save) deps.send('file.save');
  });
}
