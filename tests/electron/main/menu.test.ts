import { describe, expect, it, vi } from 'vitest';
import { MENU_COMMANDS, type MenuCommand } from '../../../shared/host/types';
import type { Lang } from '../../../shared/i18n';
import { buildMenuTemplate } from '../../../electron/main/menu';

type MenuItemConstructorOptions = ReturnType<typeof buildMenuTemplate>[number];

function menuFor(lang: Lang, platform: NodeJS.Platform = 'win32') {
  const send = vi.fn<(command: MenuCommand) => void>();
  return { template: buildMenuTemplate({ lang, platform, send }), send };
}

/** Every item, depth first, with the labels of the menus above it. */
function flatten(items: MenuItemConstructorOptions[], trail: string[] = []): { item: MenuItemConstructorOptions; trail: string[] }[] {
  return items.flatMap((item) => {
    const here = { item, trail };
    const children = Array.isArray(item.submenu) ? flatten(item.submenu as MenuItemConstructorOptions[], [...trail, item.label ?? item.role ?? '']) : [];
    return [here, ...children];
  });
}

function byId(template: MenuItemConstructorOptions[], id: string): MenuItemConstructorOptions {
  const found = flatten(template).find(({ item }) => item.id === id);
  if (!found) throw new Error(`no item ${id}`);
  return found.item;
}

const click = (item: MenuItemConstructorOptions) => (item.click as () => void)();

const EXPECTED: Record<Lang, { top: string[]; items: Record<string, string> }> = {
  es: {
    top: ['&Archivo', '&Edición', '&Ver', 'Ay&uda'],
    items: {
      'file.new': 'Nuevo plan',
      'file.open': 'Abrir…',
      'file.openSample': 'Abrir plan de ejemplo',
      'file.save': 'Guardar',
      'file.saveAs': 'Guardar como…',
      'file.exportDocx': 'Exportar a Word…',
      'file.close': 'Cerrar plan',
      'edit.undo': 'Deshacer',
      'edit.redo': 'Rehacer',
      'view.language.es': 'Español',
      'view.language.en': 'English',
      'help.about': 'Acerca de Rumbo',
    },
  },
  en: {
    top: ['&File', '&Edit', '&View', '&Help'],
    items: {
      'file.new': 'New plan',
      'file.open': 'Open…',
      'file.openSample': 'Open sample plan',
      'file.save': 'Save',
      'file.saveAs': 'Save as…',
      'file.exportDocx': 'Export to Word…',
      'file.close': 'Close plan',
      'edit.undo': 'Undo',
      'edit.redo': 'Redo',
      'view.language.es': 'Español',
      'view.language.en': 'English',
      'help.about': 'About Rumbo',
    },
  },
};

describe.each(['es', 'en'] as const)('native menu in %s', (lang) => {
  it('has File, Edit, View and Help with the labels of the language', () => {
    const { template } = menuFor(lang);
    expect(template.map((item) => item.label)).toEqual(EXPECTED[lang].top);
    for (const [id, label] of Object.entries(EXPECTED[lang].items)) expect(byId(template, id).label, id).toBe(label);
  });

  it('sends every menu command to the renderer, one per item', () => {
    const { template, send } = menuFor(lang);
    for (const command of MENU_COMMANDS) {
      send.mockClear();
      click(byId(template, command));
      expect(send.mock.calls, command).toEqual([[command]]);
    }
  });

  it('shows the shortcuts but lets the keystroke reach the renderer for plan commands', () => {
    const { template } = menuFor(lang);
    const expected: Record<string, string> = {
      'file.new': 'CmdOrCtrl+N',
      'file.open': 'CmdOrCtrl+O',
      'file.save': 'CmdOrCtrl+S',
      'file.saveAs': 'CmdOrCtrl+Shift+S',
      'file.exportDocx': 'CmdOrCtrl+E',
      'edit.undo': 'CmdOrCtrl+Z',
      'edit.redo': 'Ctrl+Y',
    };
    for (const [id, accelerator] of Object.entries(expected)) {
      const item = byId(template, id);
      expect(item.accelerator, id).toBe(accelerator);
      expect(item.registerAccelerator, id).toBe(false);
    }
    expect(byId(template, 'file.close').accelerator).toBe('CmdOrCtrl+W');
  });

  it('has the native editing roles, zoom, full screen and quit, labelled in the language', () => {
    const { template } = menuFor(lang);
    const roles = flatten(template).filter(({ item }) => item.role).map(({ item }) => item.role);
    expect(roles).toEqual(['quit', 'cut', 'copy', 'paste', 'selectAll', 'resetZoom', 'zoomIn', 'zoomOut', 'togglefullscreen']);
    const quit = flatten(template).find(({ item }) => item.role === 'quit')!.item;
    expect(quit.label).toBe(lang === 'es' ? 'Salir' : 'Quit');
    const paste = flatten(template).find(({ item }) => item.role === 'paste')!.item;
    expect(paste.label).toBe(lang === 'es' ? 'Pegar' : 'Paste');
  });

  it('checks the current language under View → Language', () => {
    const { template } = menuFor(lang);
    const languageMenu = flatten(template).find(({ item }) => item.label === (lang === 'es' ? 'Idioma' : 'Language'));
    expect(languageMenu).toBeDefined();
    expect(byId(template, 'view.language.es').checked).toBe(lang === 'es');
    expect(byId(template, 'view.language.en').checked).toBe(lang === 'en');
  });
});

describe('native menu on macOS', () => {
  it('puts the application menu first, drops Alt mnemonics and uses Cmd+Shift+Z for redo', () => {
    const { template } = menuFor('es', 'darwin');
    expect(template[0]!.role).toBe('appMenu');
    expect(template.slice(1).map((item) => item.label)).toEqual(['Archivo', 'Edición', 'Ver', 'Ayuda']);
    expect(byId(template, 'edit.redo').accelerator).toBe('Cmd+Shift+Z');
    const quits = flatten(template).filter(({ item }) => item.role === 'quit');
    expect(quits).toHaveLength(1);
    expect(quits[0]!.trail).toEqual(['appMenu']);
  });
});
