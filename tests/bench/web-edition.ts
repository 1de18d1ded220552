/**
 * The browser edition as the Chromium benchmarks use it: built with vite into a folder, served
 * with `vite preview` on a port of the caller's choosing, and a plan opened in it the way a user
 * opens one ("Abrir archivo…"). Each benchmark of a screen drives its own page on top of this.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';

const ROOT = path.resolve(import.meta.dirname, '../..');
const VITE = path.join(ROOT, 'node_modules/vite/bin/vite.js');
const WEB_CONFIG = 'renderer/vite.web.config.ts';
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--lang=es-ES'];

/** A folder given by the user: absolute, or relative to the repository. */
export function repositoryPath(folder: string): string {
  return path.resolve(ROOT, folder);
}

/** Builds the browser edition into `outDir` (emptied first by vite). */
export function buildWebEdition(outDir: string): Promise<void> {
  return runVite(['build', '--config', WEB_CONFIG], outDir, 0);
}

export function launchChromium(executablePath = process.env.RUMBO_CHROMIUM ?? '/usr/bin/chromium'): Promise<Browser> {
  return chromium.launch({ executablePath, args: CHROMIUM_ARGS });
}

/** Serves a built edition on 127.0.0.1:`port` until the returned process is stopped with `stopProcess`. */
export async function serveWebEdition(outDir: string, port: number): Promise<ChildProcess> {
  // Whatever already answers there (another run's server, a leftover one) would be measured instead of this build.
  if (await answers(port)) throw new Error(`port ${port} is already in use: choose another with RUMBO_BENCH_PORT`);
  const child = spawn(process.execPath, [VITE, 'preview', '--config', WEB_CONFIG], {
    cwd: ROOT,
    env: { ...process.env, RUMBO_WEB_OUT: outDir, RUMBO_WEB_PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`vite preview stopped (${child.exitCode}):\n${output.slice(-2000)}`);
    if (await answers(port)) return child;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  await stopProcess(child);
  throw new Error(`vite preview did not answer on port ${port}:\n${output.slice(-2000)}`);
}

async function answers(port: number): Promise<boolean> {
  try {
    return (await fetch(`http://127.0.0.1:${port}/`)).ok;
  } catch {
    return false;
  }
}

export function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

/** Opens plan bytes from the welcome screen's file chooser and waits for the plan's first screen. */
export async function openPlanInPage(page: Page, bytes: Uint8Array, fileName = 'banco-de-pruebas.rumbo'): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Abrir archivo…' }).click();
  await (await chooser).setFiles({ name: fileName, mimeType: 'application/octet-stream', buffer: Buffer.from(bytes) });
  await page.getByRole('heading', { name: 'Perfil de la institución' }).waitFor({ timeout: 60_000 });
}

function runVite(args: string[], outDir: string, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [VITE, ...args], { cwd: ROOT, env: { ...process.env, RUMBO_WEB_OUT: outDir, RUMBO_WEB_PORT: String(port) }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout!.on('data', (chunk) => (output += chunk));
    child.stderr!.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`vite ${args[0]} failed (${code}):\n${output.slice(-2000)}`))));
  });
}
