import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CLOSE_CHOICE, guardUnsavedClose } from '../../../electron/main/close-guard';
import { createNativeDialogs } from '../../../electron/main/dialogs';
import { safeFileName } from '../../../electron/main/file-names';
import { HandleRegistry } from '../../../electron/main/handles';
import { OpenRequestQueue, plansFromArgv } from '../../../electron/main/open-requests';
import { RECENT_LIMIT, RecentFiles } from '../../../electron/main/recent';
import { FakeWebContents, fakeEvent } from './fakes';

let folder: string;
beforeEach(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'rumbo-main-'));
});
afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe('handles', () => {
  it('stand for issued paths only, one stable handle per path', () => {
    const handles = new HandleRegistry();
    const a = handles.issue('/docs/a.rumbo');
    expect(handles.issue('/docs/x/../a.rumbo')).toBe(a);
    expect(handles.issue('/docs/b.rumbo')).not.toBe(a);
    expect(handles.pathOf(a)).toBe(path.resolve('/docs/a.rumbo'));
    expect(handles.pathOf('/docs/a.rumbo')).toBeUndefined();
    expect(new HandleRegistry().pathOf(a)).toBeUndefined();
  });
});

describe('recent files', () => {
  it('keeps the latest first, without duplicates, up to the limit, across restarts', async () => {
    const file = path.join(folder, 'data', 'recent.json');
    let tick = 0;
    const recent = new RecentFiles(file, () => new Date(Date.UTC(2026, 0, 1, 0, tick++)));
    for (let i = 0; i < RECENT_LIMIT + 3; i++) await recent.add(path.join(folder, `plan-${i}.rumbo`));
    await recent.add(path.join(folder, 'plan-5.rumbo'));
    const listed = await new RecentFiles(file).list();
    expect(listed).toHaveLength(RECENT_LIMIT);
    expect(listed[0]).toEqual({ path: path.join(folder, 'plan-5.rumbo'), openedAt: '2026-01-01T00:13:00.000Z' });
    expect(listed.filter((entry) => entry.path.endsWith('plan-5.rumbo'))).toHaveLength(1);
    expect(listed.map((entry) => path.basename(entry.path))).not.toContain('plan-0.rumbo');
  });

  it('treats a damaged or foreign list as empty, and drops relative paths', async () => {
    const file = path.join(folder, 'recent.json');
    for (const content of ['{not json', '[]', JSON.stringify({ version: 2, entries: [] }), JSON.stringify({ version: 1, entries: [{ path: 5 }] })]) {
      await writeFile(file, content);
      expect(await new RecentFiles(file).list(), content).toEqual([]);
    }
    await writeFile(file, JSON.stringify({ version: 1, entries: [{ path: 'relative.rumbo', openedAt: 'x' }, { path: '/abs/p.rumbo', openedAt: 'y' }] }));
    expect(await new RecentFiles(file).list()).toEqual([{ path: '/abs/p.rumbo', openedAt: 'y' }]);
    await new RecentFiles(file).add('/abs/q.rumbo');
    expect(JSON.parse(await readFile(file, 'utf8')).entries).toHaveLength(2);
  });
});

describe('plans from the command line', () => {
  it('keeps plan files only, resolved against the working folder', () => {
    const argv = ['.', '--inspect=9229', '--allow-file-access-from-files', 'Plan.RUMBO', '/srv/share/otro.rumbo', 'notes.txt', '-psn_0_1234'];
    expect(plansFromArgv(argv, '/home/ana')).toEqual([path.resolve('/home/ana/Plan.RUMBO'), '/srv/share/otro.rumbo']);
  });

  it('are held until the window can take them, then delivered in order', () => {
    const queue = new OpenRequestQueue();
    queue.push('/a.rumbo');
    queue.push('/b.rumbo');
    const delivered: string[] = [];
    queue.start((file) => delivered.push(file));
    queue.push('/c.rumbo');
    expect(delivered).toEqual(['/a.rumbo', '/b.rumbo', '/c.rumbo']);
    queue.stop();
    queue.push('/d.rumbo');
    expect(delivered).toHaveLength(3);
  });
});

describe('save dialog names', () => {
  it('are bare, safe file names with the right extension', () => {
    expect(safeFileName('Plan 2026/27: Ayto. <Villanueva>', '.rumbo', 'plan')).toBe('Plan 2026 27 Ayto. Villanueva.rumbo');
    expect(safeFileName('..\\..\\Windows\\system32', '.docx', 'plan')).toBe('.. .. Windows system32.docx');
    expect(safeFileName('   ', '.rumbo', 'plan')).toBe('plan.rumbo');
    expect(safeFileName('..', '.rumbo', 'plan')).toBe('plan.rumbo');
    expect(safeFileName('Informe.DOCX', '.docx', 'plan')).toBe('Informe.DOCX');
    expect(safeFileName('Plan. ', '.rumbo', 'plan')).toBe('Plan.rumbo');
    expect(safeFileName('x'.repeat(400), '.rumbo', 'plan')).toHaveLength(150 + '.rumbo'.length);
  });
});

describe('native dialogs', () => {
  function dialogsWith(answer: { canceled: boolean; filePath?: string; filePaths?: string[] }, lang: 'es' | 'en' = 'es') {
    const dialog = {
      showOpenDialog: vi.fn(async (..._args: unknown[]) => ({ canceled: answer.canceled, filePaths: answer.filePaths ?? [] })),
      showSaveDialog: vi.fn(async (..._args: unknown[]) => ({ canceled: answer.canceled, filePath: answer.filePath ?? '' })),
    };
    const parent = { id: 1 } as unknown as Electron.BrowserWindow;
    const dialogs = createNativeDialogs({ dialog: dialog as unknown as Electron.Dialog, window: () => parent, lang: () => lang, defaultFolder: () => '/home/ana/Documentos' });
    return { dialogs, dialog, parent };
  }

  it('open plans with a .rumbo filter labelled in the language, attached to the window', async () => {
    const { dialogs, dialog, parent } = dialogsWith({ canceled: false, filePaths: ['/home/ana/plan.rumbo'] }, 'en');
    expect(await dialogs.pickPlanToOpen()).toBe('/home/ana/plan.rumbo');
    expect(dialog.showOpenDialog).toHaveBeenCalledWith(parent, {
      title: 'Open a plan',
      filters: [{ name: 'Rumbo plans', extensions: ['rumbo'] }],
      properties: ['openFile'],
    });
  });

  it('start saving in Documents with the suggested name, and add the extension when the dialog did not', async () => {
    const { dialogs, dialog } = dialogsWith({ canceled: false, filePath: '/home/ana/Documentos/Informe' });
    expect(await dialogs.pickDocumentTarget('Plan: 2026')).toBe('/home/ana/Documentos/Informe.docx');
    expect(dialog.showSaveDialog.mock.calls[0]![1]).toMatchObject({
      title: 'Exportar el plan a Word',
      defaultPath: '/home/ana/Documentos/Plan 2026.docx',
      filters: [{ name: 'Documento de Word', extensions: ['docx'] }],
    });
  });

  it('answer null when cancelled', async () => {
    const { dialogs } = dialogsWith({ canceled: true });
    expect(await dialogs.pickPlanToOpen()).toBeNull();
    expect(await dialogs.pickPlanTarget('plan')).toBeNull();
    expect(await dialogs.pickDocumentTarget('plan')).toBeNull();
  });
});

describe('closing with unsaved changes', () => {
  function guarded(choice: number) {
    const contents = new FakeWebContents();
    const window = { webContents: contents } as unknown as Electron.BrowserWindow;
    const dialog = { showMessageBoxSync: vi.fn(() => choice) };
    const send = vi.fn();
    guardUnsavedClose(window, { dialog: dialog as unknown as Electron.Dialog, lang: () => 'es', send });
    const event = fakeEvent();
    contents.emit('will-prevent-unload', event);
    return { event, send, dialog, window };
  }

  it('asks in the UI language with Save as the default and Cancel as the escape', () => {
    const { dialog, window } = guarded(CLOSE_CHOICE.cancel);
    expect(dialog.showMessageBoxSync).toHaveBeenCalledWith(
      window,
      expect.objectContaining({ buttons: ['Guardar', 'Cerrar sin guardar', 'Cancelar'], defaultId: 0, cancelId: 2, message: 'El plan tiene cambios sin guardar.' }),
    );
  });

  it('Save keeps the window open and asks the renderer to save', () => {
    const { event, send } = guarded(CLOSE_CHOICE.save);
    expect(event.preventDefault).not.toHaveBeenCalled();
    expect(send).toHaveBeenCalledWith('file.save');
  });

  it('Close without saving overrides the page and lets the window close', () => {
    const { event, send } = guarded(CLOSE_CHOICE.discard);
    expect(event.preventDefault).toHaveBeenCalled();
    expect(send).not.toHaveBeenCalled();
  });

  it('Cancel does nothing', () => {
    const { event, send } = guarded(CLOSE_CHOICE.cancel);
    expect(event.preventDefault).not.toHaveBeenCalled();
    expect(send).not.toHaveBeenCalled();
  });
});

describe('recent files under concurrent opens', () => {
  it('keeps every plan when several are added at once', async () => {
    const file = path.join(folder, 'recent.json');
    const recent = new RecentFiles(file);
    const plans = ['a', 'b', 'c', 'd'].map((name) => path.join(folder, `${name}.rumbo`));
    await Promise.all(plans.map((plan) => recent.add(plan)));
    expect((await new RecentFiles(file).list()).map((entry) => entry.path).sort()).toEqual(plans);
  });
});
