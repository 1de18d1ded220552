import { createHash } from 'node:crypto';
import { access, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ErrorValue } from '../../../shared/errors';
import type { OpenedFile, RecentFile, RecoveryEntry, SavedFile } from '../../../shared/host/types';
import { MAX_PLAN_BYTES } from '../../../shared/db/format';
import { INVOKE_METHODS, invokeChannel } from '../../../electron/main/channels';
import { MAX_DOCUMENT_BYTES } from '../../../electron/main/ipc';
import { planBytes } from '../../shared/helpers';
import { ipcHarness, senderEvent, type IpcHarness } from './ipc-harness';

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const exists = (file: string) => access(file).then(() => true, () => false);
const lockOf = (file: string) => path.join(path.dirname(file), `~$${path.basename(file)}.lock`);

let h: IpcHarness;
let plan: Uint8Array;

beforeEach(async () => {
  h = await ipcHarness();
  plan ??= await planBytes('Ayuntamiento de Villanueva');
});
afterEach(async () => {
  await h.cleanup();
});

/** Writes a plan on disk and opens it through the dialog, as a user would. */
async function openPlan(name = 'plan.rumbo'): Promise<{ file: string; opened: OpenedFile }> {
  const file = path.join(h.documents, name);
  await writeFile(file, plan);
  h.answers.open.push(file);
  const opened = await h.value<OpenedFile>('pickPlanToOpen', []);
  return { file, opened };
}

function expectError(result: { ok: boolean; error?: ErrorValue }, code: string): ErrorValue {
  expect(result.ok).toBe(false);
  const error = result.error!;
  expect(error.code).toBe(code);
  expect(typeof error.message).toBe('string');
  // A value, never a stack trace or an Error object.
  expect(Object.keys(error).sort()).toEqual(['code', 'message', 'params']);
  expect(error.message).not.toMatch(/\n\s+at |Error:/);
  return error;
}

describe('IPC registration', () => {
  it('registers exactly one channel per bridge call', () => {
    expect([...h.handlers.keys()].sort()).toEqual(INVOKE_METHODS.map(invokeChannel).sort());
    expect(INVOKE_METHODS).toHaveLength(18);
  });
});

describe('sender check', () => {
  const foreignSenders = {
    'another webContents': senderEvent({ id: 99 }),
    'an iframe of our window': senderEvent({ parent: {} }),
    'our window after navigating away': senderEvent({ url: 'https://evil.example/' }),
    'a look-alike custom origin': senderEvent({ url: 'app://rumbo.evil/index.html' }),
    'a frame that is gone': senderEvent({ frame: null }),
  };

  it.each(Object.entries(foreignSenders))('refuses every call from %s, touching nothing', async (_name, event) => {
    const { opened } = await openPlan();
    const argsFor: Record<string, unknown[]> = {
      openRecent: [opened.handle],
      pickSaveTarget: ['plan'],
      save: [opened.handle, plan, sha256(plan)],
      release: [opened.handle],
      writeRecovery: ['k1', 'plan', null, plan],
      clearRecovery: ['k1'],
      readRecovery: ['0'.repeat(32)],
      saveDocument: ['plan', new Uint8Array([1])],
      saveCopy: ['copia', plan],
      setTitle: ['x'],
      setLanguage: ['en'],
      openExternal: ['https://www.boe.es/'],
    };
    h.dialogs.pickPlanToOpen.mockClear();
    for (const method of INVOKE_METHODS) {
      const result = await h.invoke(method, argsFor[method] ?? [], event);
      expectError(result, 'IPC_SENDER_REFUSED');
    }
    expect(h.dialogs.pickPlanToOpen).not.toHaveBeenCalled();
    expect(h.dialogs.pickPlanTarget).not.toHaveBeenCalled();
    expect(h.dialogs.pickDocumentTarget).not.toHaveBeenCalled();
    expect(h.deps.setTitle).not.toHaveBeenCalled();
    expect(h.deps.setLanguage).not.toHaveBeenCalled();
    expect(h.deps.openExternal).not.toHaveBeenCalled();
    expect(h.deps.showItemInFolder).not.toHaveBeenCalled();
    expect(await exists(lockOf(path.join(h.documents, 'plan.rumbo')))).toBe(true);
  });
});

describe('argument validation', () => {
  it('refuses handles that main did not issue', async () => {
    await openPlan();
    for (const handle of ['made-up', '', '../plan.rumbo', path.join(h.documents, 'plan.rumbo'), 'x'.repeat(500)]) {
      expectError(await h.invoke('openRecent', [handle]), 'INPUT_INVALID');
      expectError(await h.invoke('release', [handle]), 'INPUT_INVALID');
      expectError(await h.invoke('save', [handle, plan, sha256(plan)]), 'INPUT_INVALID');
    }
  });

  it('refuses wrong types, missing and extra arguments, naming the argument', async () => {
    const { opened } = await openPlan();
    const cases: [string, unknown[], string][] = [
      ['openRecent', [42], 'handle'],
      ['openRecent', [], 'arguments'],
      ['openRecent', [opened.handle, 'extra'], 'arguments'],
      ['userName', ['extra'], 'arguments'],
      ['save', [opened.handle, 'not bytes', sha256(plan)], 'bytes'],
      ['save', [opened.handle, Array.from(plan), sha256(plan)], 'bytes'],
      ['save', [opened.handle, new Uint8Array(0), sha256(plan)], 'bytes'],
      ['save', [opened.handle, plan, 'abc'], 'sha256'],
      ['save', [opened.handle, plan, sha256(plan).toUpperCase()], 'sha256'],
      ['pickSaveTarget', [null], 'suggestedName'],
      ['pickSaveTarget', ['x'.repeat(256)], 'suggestedName'],
      ['writeRecovery', ['../../etc/passwd', 'plan', null, plan], 'key'],
      ['writeRecovery', ['k1', '', null, plan], 'name'],
      ['writeRecovery', ['k1', 'plan', 'made-up', plan], 'handle'],
      ['writeRecovery', ['k1', 'plan', null, { length: 3 }], 'bytes'],
      ['clearRecovery', [{ key: 'k1' }], 'key'],
      ['readRecovery', ['../recovery/x'], 'id'],
      ['saveDocument', ['plan', 'PK…'], 'bytes'],
      ['setTitle', [123], 'title'],
      ['setTitle', ['x'.repeat(301)], 'title'],
      ['setLanguage', ['fr'], 'lang'],
      ['openExternal', [{ href: 'https://www.boe.es/' }], 'url'],
      ['openExternal', [`https://example.com/${'x'.repeat(3000)}`], 'url'],
    ];
    for (const [method, args, argument] of cases) {
      const error = expectError(await h.invoke(method, args), 'INPUT_INVALID');
      expect(error.params, `${method} ${JSON.stringify(args).slice(0, 60)}`).toEqual({ detail: argument });
      expect(error.message).toBe(`Dato no válido: ${argument}`);
    }
    expect(h.deps.setTitle).not.toHaveBeenCalled();
    expect(h.deps.setLanguage).not.toHaveBeenCalled();
    expect(h.dialogs.pickPlanTarget).not.toHaveBeenCalled();
  });

  it('refuses plan bytes over the plan size limit and documents over theirs, before any dialog', async () => {
    const { opened } = await openPlan();
    // Zero-filled pages are not touched, so these cost address space, not memory.
    const hugePlan = new Uint8Array(MAX_PLAN_BYTES + 1);
    expectError(await h.invoke('save', [opened.handle, hugePlan, sha256(plan)]), 'INPUT_INVALID');
    expectError(await h.invoke('writeRecovery', ['k1', 'plan', null, hugePlan]), 'INPUT_INVALID');
    expectError(await h.invoke('saveDocument', ['plan', new Uint8Array(MAX_DOCUMENT_BYTES + 1)]), 'INPUT_INVALID');
    expect(h.dialogs.pickDocumentTarget).not.toHaveBeenCalled();
    expect(await readFile(path.join(h.documents, 'plan.rumbo'))).toEqual(Buffer.from(plan));
  });

  it('refuses links other than https and mailto with UNSAFE_LINK', async () => {
    for (const url of ['javascript:alert(1)', 'http://example.com/', 'file:///etc/passwd', 'smb://server/share', 'ms-settings:']) {
      expectError(await h.invoke('openExternal', [url]), 'UNSAFE_LINK');
    }
    expect(h.deps.openExternal).not.toHaveBeenCalled();
  });
});

describe('valid calls against a store in a temporary folder', () => {
  it('answers the user name', async () => {
    expect(await h.value('userName', [])).toBe('ana');
  });

  it('opens a plan chosen in the dialog: bytes, name, handle, lock and recent list', async () => {
    h.answers.open.push(null);
    expect(await h.value('pickPlanToOpen', [])).toBeNull();

    const { file, opened } = await openPlan('Plan Villanueva.rumbo');
    expect(opened.name).toBe('Plan Villanueva.rumbo');
    expect(opened.bytes).toEqual(plan);
    expect(opened.bytes.buffer.byteLength).toBe(plan.length);
    expect(opened.location).toBe('normal');
    expect(opened.lockedBy).toBeNull();
    expect(opened.handle).toMatch(/^[0-9a-f-]{36}$/);
    expect(await exists(lockOf(file))).toBe(true);

    const recent = await h.value<RecentFile[]>('listRecent', []);
    expect(recent).toEqual([{ handle: opened.handle, name: 'Plan Villanueva.rumbo', where: h.documents, openedAt: expect.any(String) }]);
    const again = await h.value<OpenedFile>('openRecent', [opened.handle]);
    expect(again.handle).toBe(opened.handle);
    expect(again.bytes).toEqual(plan);
  });

  it('reports a missing recent file as FILE_NOT_FOUND, in the UI language', async () => {
    const { file, opened } = await openPlan();
    await h.value('release', [opened.handle]);
    const { rm } = await import('node:fs/promises');
    await rm(file);
    expect(expectError(await h.invoke('openRecent', [opened.handle]), 'FILE_NOT_FOUND').message).toMatch(/^No se encuentra/);
    await h.value('setLanguage', ['en']);
    expect(expectError(await h.invoke('openRecent', [opened.handle]), 'FILE_NOT_FOUND').message).toMatch(/^The file cannot be found/);
  });

  it('saves over the open plan with verification, and refuses bytes that do not match their hash', async () => {
    const { file, opened } = await openPlan();
    const edited = await planBytes('Ayto. Villanueva');
    const saved = await h.value<SavedFile>('save', [opened.handle, edited, sha256(edited)]);
    expect(saved).toEqual({ handle: opened.handle, name: 'plan.rumbo', sha256: sha256(edited), savedAt: expect.any(String) });
    expect(new Uint8Array(await readFile(file))).toEqual(edited);

    expectError(await h.invoke('save', [opened.handle, plan, sha256(edited)]), 'SAVE_VERIFY_FAILED');
    expect(new Uint8Array(await readFile(file))).toEqual(edited);
  });

  it('"Save as": the dialog names the file, the save creates and locks it, release unlocks it', async () => {
    h.answers.planTarget.push(null);
    expect(await h.value('pickSaveTarget', ['Plan 2026'])).toBeNull();

    const target = path.join(h.documents, 'Plan 2026.rumbo');
    h.answers.planTarget.push(target);
    const chosen = await h.value<{ handle: string; name: string }>('pickSaveTarget', ['Plan 2026']);
    expect(h.dialogs.pickPlanTarget).toHaveBeenLastCalledWith('Plan 2026');
    expect(chosen.name).toBe('Plan 2026.rumbo');
    expect(await exists(target)).toBe(false);

    await h.value('save', [chosen.handle, plan, sha256(plan)]);
    expect(new Uint8Array(await readFile(target))).toEqual(plan);
    expect(await exists(lockOf(target))).toBe(true);
    expect((await h.value<RecentFile[]>('listRecent', []))[0]?.handle).toBe(chosen.handle);

    await h.value('release', [chosen.handle]);
    expect(await exists(lockOf(target))).toBe(false);
    expect(await exists(target)).toBe(true);
  });

  it('keeps, lists, reads and clears recovery data, naming its plan by handle', async () => {
    const { opened } = await openPlan();
    await h.value('writeRecovery', ['3f1c2a9e-plan', 'plan.rumbo', opened.handle, plan]);
    await h.value('writeRecovery', ['untitled-1', 'Sin título', null, plan]);
    const entries = await h.value<RecoveryEntry[]>('listRecovery', []);
    expect(entries.map((entry) => [entry.name, entry.handle]).sort()).toEqual([
      ['Sin título', null],
      ['plan.rumbo', opened.handle],
    ]);
    for (const entry of entries) expect(await h.value('readRecovery', [entry.id])).toEqual(plan);
    await h.value('clearRecovery', ['3f1c2a9e-plan']);
    await h.value('clearRecovery', ['untitled-1']);
    expect(await h.value('listRecovery', [])).toEqual([]);
  });

  it('exports a Word document where the user chose, or nothing when cancelled', async () => {
    const docx = new Uint8Array([0x50, 0x4b, 3, 4, 1, 2, 3]);
    h.answers.documentTarget.push(null);
    expect(await h.value('saveDocument', ['Plan 2026', docx])).toBeNull();

    const target = path.join(h.documents, 'Plan 2026.docx');
    h.answers.documentTarget.push(target);
    expect(await h.value('saveDocument', ['Plan 2026', docx])).toEqual({ name: 'Plan 2026.docx' });
    expect(new Uint8Array(await readFile(target))).toEqual(docx);
  });

  it('reads a copy to compare without opening or locking it, and writes a copy to send where the user chose, showing it', async () => {
    const received = path.join(h.documents, 'devuelta.rumbo');
    await writeFile(received, plan);
    h.answers.open.push(null);
    expect(await h.value('readCopy', [])).toBeNull();
    h.answers.open.push(received);
    expect(await h.value('readCopy', [])).toEqual({ name: 'devuelta.rumbo', bytes: plan });
    expect(await exists(lockOf(received))).toBe(false);

    h.answers.planTarget.push(null);
    expect(await h.value('saveCopy', ['Villanueva - Plan - v3 - 2026-11-28', plan])).toBeNull();
    const target = path.join(h.documents, 'Villanueva - Plan - v3 - 2026-11-28.rumbo');
    h.answers.planTarget.push(target);
    expect(await h.value('saveCopy', ['Villanueva - Plan - v3 - 2026-11-28', plan])).toEqual({ name: 'Villanueva - Plan - v3 - 2026-11-28.rumbo' });
    expect(new Uint8Array(await readFile(target))).toEqual(plan);
    expect(h.deps.showItemInFolder).toHaveBeenCalledWith(target);
    expect(await exists(lockOf(target))).toBe(false);
  });

  it('never writes a copy over a plan that is open', async () => {
    const { file: openPath } = await openPlan();
    const before = await readFile(openPath);
    h.answers.planTarget.push(openPath);
    expectError(await h.invoke('saveCopy', ['plan', new Uint8Array(plan.length).fill(7)]), 'COPY_TARGET_OPEN');
    expect(await readFile(openPath)).toEqual(before);
  });

  it('reads the bundled sample plan, and says so plainly when it is missing', async () => {
    expectError(await h.invoke('readSample', []), 'FILE_NOT_FOUND');
    await mkdir(path.join(h.resources, 'sample'), { recursive: true });
    await writeFile(path.join(h.resources, 'sample', 'sample.rumbo'), plan);
    expect(await h.value('readSample', [])).toEqual(plan);
  });

  it('sets the window title without control characters, and the language', async () => {
    await h.value('setTitle', ['Plan\nVillanueva\u0007 — Rumbo']);
    expect(h.deps.setTitle).toHaveBeenCalledWith('Plan Villanueva  — Rumbo');
    await h.value('setLanguage', ['en']);
    expect(h.deps.setLanguage).toHaveBeenCalledWith('en');
    expect(h.deps.lang()).toBe('en');
  });

  it('opens https and mailto links in the system', async () => {
    await h.value('openExternal', ['https://www.boe.es/buscar/act.php?id=BOE-A-2018-16673']);
    await h.value('openExternal', ['mailto:comunicacion@villanueva.es']);
    expect(h.deps.openExternal.mock.calls).toEqual([['https://www.boe.es/buscar/act.php?id=BOE-A-2018-16673'], ['mailto:comunicacion@villanueva.es']]);
  });
});

describe('unexpected failures', () => {
  it('cross as INTERNAL with a reference, never with the error text or a stack', async () => {
    const local = await ipcHarness({
      wrapStore: (store) =>
        Object.assign(Object.create(store) as typeof store, {
          readRecovery: async () => {
            throw new Error('EVIL /home/ana/secret/path at Object.<anonymous> (file.js:1:1)');
          },
        }),
    });
    try {
      const error = expectError(await local.invoke('readRecovery', ['0'.repeat(32)]), 'INTERNAL');
      expect(error.message).not.toContain('secret');
      expect(error.params.ref).toMatch(/^[0-9A-Z]+$/);
      local.dialogs.pickPlanToOpen.mockRejectedValueOnce(new TypeError('dialog exploded'));
      expect(expectError(await local.invoke('pickPlanToOpen', []), 'INTERNAL').message).toMatch(/^Se produjo un error inesperado/);
    } finally {
      await local.cleanup();
    }
  });

  it('never throw out of a handler', async () => {
    const local = await ipcHarness({
      wrapStore: (store) => Object.assign(Object.create(store) as typeof store, { clearRecovery: vi.fn().mockRejectedValue('not even an Error') }),
    });
    try {
      expectError(await local.invoke('clearRecovery', ['k1']), 'INTERNAL');
    } finally {
      await local.cleanup();
    }
  });
});
