import type { MenuItemConstructorOptions } from 'electron';
import { translate, type Lang, type MessageKey } from '../../shared/i18n';
import type { MenuCommand } from '../../shared/host/types';

export interface MenuOptions {
  lang: Lang;
  platform: NodeJS.Platform;
  /** Forwards a command to the renderer, which owns every decision about the plan. */
  send: (command: MenuCommand) => void;
}

/**
 * The native menu bar. Items that have a keyboard shortcut the renderer also handles use
 * `registerAccelerator: false`: the shortcut is shown, but the keystroke reaches the page,
 * which decides (Ctrl+Z inside a text field is the field's own undo, elsewhere the plan's).
 */
export function buildMenuTemplate({ lang, platform, send }: MenuOptions): MenuItemConstructorOptions[] {
  const isMac = platform === 'darwin';
  // '&' marks the Alt+letter mnemonic on Windows and Linux; macOS menus have none.
  const label = (key: MessageKey): string => {
    const text = translate(lang, key);
    return isMac ? text.replace(/&(?!&)/g, '') : text;
  };
  const command = (key: MessageKey, name: MenuCommand, accelerator?: string): MenuItemConstructorOptions => ({
    id: name,
    label: label(key),
    click: () => send(name),
    ...(accelerator ? { accelerator, registerAccelerator: false } : {}),
  });

  const file: MenuItemConstructorOptions = {
    label: label('menu.file.label'),
    submenu: [
      command('menu.file.newPlan', 'file.new', 'CmdOrCtrl+N'),
      command('menu.file.open', 'file.open', 'CmdOrCtrl+O'),
      command('menu.file.openSample', 'file.openSample'),
      { type: 'separator' },
      command('menu.file.save', 'file.save', 'CmdOrCtrl+S'),
      command('menu.file.saveAs', 'file.saveAs', 'CmdOrCtrl+Shift+S'),
      command('menu.file.exportDocx', 'file.exportDocx', 'CmdOrCtrl+E'),
      { type: 'separator' },
      // Registered natively: in a browser Ctrl+W closes the tab, so the page never handles it.
      { id: 'file.close', label: label('menu.file.closePlan'), accelerator: 'CmdOrCtrl+W', click: () => send('file.close') },
      ...(isMac ? [] : [{ type: 'separator' } as const, { role: 'quit', label: label('menu.file.quit') } as const]),
    ],
  };
  const edit: MenuItemConstructorOptions = {
    label: label('menu.edit.label'),
    submenu: [
      command('menu.edit.undo', 'edit.undo', 'CmdOrCtrl+Z'),
      command('menu.edit.redo', 'edit.redo', isMac ? 'Cmd+Shift+Z' : 'Ctrl+Y'),
      { type: 'separator' },
      { role: 'cut', label: label('menu.edit.cut') },
      { role: 'copy', label: label('menu.edit.copy') },
      { role: 'paste', label: label('menu.edit.paste') },
      { role: 'selectAll', label: label('menu.edit.selectAll') },
    ],
  };
  const view: MenuItemConstructorOptions = {
    label: label('menu.view.label'),
    submenu: [
      {
        label: label('menu.view.language'),
        submenu: [
          { id: 'view.language.es', type: 'radio', label: label('menu.view.spanish'), checked: lang === 'es', click: () => send('view.language.es') },
          { id: 'view.language.en', type: 'radio', label: label('menu.view.english'), checked: lang === 'en', click: () => send('view.language.en') },
        ],
      },
      { type: 'separator' },
      { role: 'resetZoom', label: label('menu.view.resetZoom') },
      { role: 'zoomIn', label: label('menu.view.zoomIn') },
      { role: 'zoomOut', label: label('menu.view.zoomOut') },
      { type: 'separator' },
      { role: 'togglefullscreen', label: label('menu.view.fullScreen') },
    ],
  };
  const help: MenuItemConstructorOptions = {
    label: label('menu.help.label'),
    submenu: [command('menu.help.about', 'help.about')],
  };
  // macOS puts Quit in the application menu, which must come first.
  const appMenu: MenuItemConstructorOptions[] = isMac
    ? [{ role: 'appMenu', submenu: [{ role: 'quit', label: label('menu.file.quit') }] }]
    : [];
  return [...appMenu, file, edit, view, help];
}
