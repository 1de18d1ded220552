import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { _electron as electron, type ElectronApplication } from '@playwright/test';
import { describe, expect, it } from 'vitest';
import type { MenuCommand } from '../../../shared/host/types';
import { translate } from '../../../shared/i18n';

/**
 * The real desktop app, driven by Playwright: build, launch, create a plan, save it and export
 * it to Word. It runs only where the Electron binary exists (it is downloaded on first use,
 * which this offline machine cannot do); elsewhere it is skipped and says why.
 */
const root = path.resolve(import.meta.dirname, '../../..');

interface ElectronInfo {
  available: boolean;
  binary: string | null;
  reason: string;
}

/** Asks the start script, which finds the binary without ever triggering a download. */
function electronInfo(): ElectronInfo {
  const result = spawnSync(process.execPath, [path.join(root, 'scripts/start.mjs'), '--electron-info'], { encoding: 'utf8', timeout: 15_000 });
  try {
    return JSON.parse(result.stdout) as ElectronInfo;
  } catch {
    return { available: false, binary: null, reason: `scripts/start.mjs --electron-info answered ${JSON.stringify(result.stdout || result.stderr)}` };
  }
}

const info = electronInfo();
if (!info.available) console.log(`[electron smoke] skipped: ${info.reason}`);

async function sendMenuCommand(app: ElectronApplication, command: MenuCommand): Promise<void> {
  await app.evaluate(({ BrowserWindow }, name) => BrowserWindow.getAllWindows()[0]!.webContents.send('rumbo:menu', name), command);
}

async function waitForFile(file: string, timeoutMs = 20_000): Promise<Uint8Array> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (existsSync(file)) return new Uint8Array(await readFile(file));
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${file} was not written`);
}

describe('desktop app (real Electron)', () => {
  it.skipIf(!info.available)(`builds, launches, creates a plan, saves it and exports it to Word${info.available ? '' : ` — skipped: ${info.reason}`}`, { timeout: 180_000 }, async () => {
    const build = spawnSync(process.execPath, [path.join(root, 'node_modules/electron-vite/bin/electron-vite.js'), 'build'], { cwd: root, encoding: 'utf8', timeout: 150_000 });
    expect(build.status, build.stderr).toBe(0);

    const folder = await mkdtemp(path.join(tmpdir(), 'rumbo-smoke-'));
    const planFile = path.join(folder, 'Plan de prueba.rumbo');
    const docxFile = path.join(folder, 'Plan de prueba.docx');
    const app = await electron.launch({ executablePath: info.binary!, args: [root, `--user-data-dir=${path.join(folder, 'profile')}`], cwd: root });
    try {
      // Native dialogs cannot be clicked by Playwright: main's dialog answers with our paths.
      await app.evaluate(({ dialog }, targets) => {
        dialog.showSaveDialog = (async (...args: unknown[]) => {
          const options = args[args.length - 1] as { filters?: { extensions: string[] }[] };
          const isDocx = options.filters?.[0]?.extensions[0] === 'docx';
          return { canceled: false, filePath: isDocx ? targets.docx : targets.plan };
        }) as typeof dialog.showSaveDialog;
      }, { plan: planFile, docx: docxFile });

      const page = await app.firstWindow();
      expect(await page.evaluate(() => typeof (window as unknown as { require?: unknown }).require)).toBe('undefined');
      expect(await page.evaluate(() => Object.keys((window as unknown as { rumbo: object }).rumbo).length)).toBe(18);

      await page.getByLabel(translate('es', 'ui.welcome.institutionName')).fill('Ayuntamiento de Prueba');
      await page.getByRole('button', { name: translate('es', 'ui.welcome.create') }).click();
      await page.getByText('Ayuntamiento de Prueba').first().waitFor();

      await sendMenuCommand(app, 'file.saveAs');
      const saved = await waitForFile(planFile);
      expect(new TextDecoder().decode(saved.slice(0, 15))).toBe('SQLite format 3');

      await sendMenuCommand(app, 'file.exportDocx');
      const docx = await waitForFile(docxFile);
      expect([docx[0], docx[1]]).toEqual([0x50, 0x4b]);
    } finally {
      await app.close();
      await rm(folder, { recursive: true, force: true });
    }
  });
});
