#!/usr/bin/env node
/**
 * `npm start`: the desktop app when Electron can run here, otherwise the browser edition.
 *
 * The `electron` npm package fetches its binary the first time it is required (its index.js
 * runs install.js, which downloads from GitHub). Offline that hangs or fails, so this script
 * never requires it: it looks for the binary where install.js would have put it, and falls
 * back to the browser edition when it is missing or cannot open a window.
 *
 *   node scripts/start.mjs                 start (desktop or browser edition)
 *   node scripts/start.mjs --electron-info print {"available","binary","reason"} as JSON and exit
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const WEB_HOST = '127.0.0.1';
// RUMBO_WEB_PORT: another port when 5173 is taken (the end-to-end tests use it).
const WEB_PORT = Number(process.env.RUMBO_WEB_PORT) || 5173;

/** Where install.js would have put the binary; no download, no require('electron'). */
function findElectronBinary() {
  const moduleDir = path.join(root, 'node_modules', 'electron');
  // electron-vite honours the same variable to run a binary installed elsewhere.
  const explicit = process.env.ELECTRON_EXEC_PATH;
  if (explicit) {
    return existsSync(explicit)
      ? { available: true, binary: explicit, reason: '' }
      : { available: false, binary: null, reason: `ELECTRON_EXEC_PATH points to a missing file (${explicit})` };
  }
  if (!existsSync(path.join(moduleDir, 'package.json'))) {
    return { available: false, binary: null, reason: 'the electron package is not installed' };
  }
  const pathFile = path.join(moduleDir, 'path.txt');
  if (!existsSync(pathFile)) {
    return { available: false, binary: null, reason: 'the Electron binary has not been downloaded (node_modules/electron/path.txt is missing; electron fetches it on first launch, which needs the network)' };
  }
  const relative = readFileSync(pathFile, 'utf8').trim();
  const distDir = process.env.ELECTRON_OVERRIDE_DIST_PATH || path.join(moduleDir, 'dist');
  const binary = path.join(distDir, relative);
  if (!existsSync(binary)) {
    return { available: false, binary: null, reason: `the Electron binary is missing (${path.relative(root, binary)})` };
  }
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    return { available: false, binary, reason: 'there is no display to open a window on (DISPLAY is not set)' };
  }
  return { available: true, binary, reason: '' };
}

/** Runs a Node script from node_modules, showing its output; resolves on exit code 0. */
function runNode(script, args, label) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(root, script), ...args], { cwd: root, stdio: 'inherit' });
    child.on('error', reject);
    child.on('exit', (code, signal) => (code === 0 ? resolve() : reject(new Error(`${label} failed (${signal ?? `exit code ${code}`})`))));
  });
}

/** Keeps running `command` until it exits, passing Ctrl+C on; exits with its status. */
function hold(child) {
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

async function waitForServer(url, child, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the preview server stopped (exit code ${child.exitCode})`);
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2000) });
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`nothing answered at ${url} after ${timeoutMs / 1000} s (is port ${WEB_PORT} in use?)`);
}

async function startDesktop(binary) {
  console.log('Rumbo: building the desktop app…');
  await runNode('node_modules/electron-vite/bin/electron-vite.js', ['build'], 'electron-vite build');
  console.log('Rumbo: starting the desktop app.');
  hold(spawn(binary, [root], { cwd: root, stdio: 'inherit' }));
}

async function startBrowserEdition(reason) {
  console.log(`Rumbo: the desktop app cannot start here: ${reason}. Building and serving the browser edition instead…`);
  const config = 'renderer/vite.web.config.ts';
  await runNode('node_modules/vite/bin/vite.js', ['build', '--config', config, '--logLevel', 'warn'], 'vite build');
  const url = `http://${WEB_HOST}:${WEB_PORT}/`;
  const server = spawn(
    process.execPath,
    [path.join(root, 'node_modules/vite/bin/vite.js'), 'preview', '--config', config, '--host', WEB_HOST, '--port', String(WEB_PORT), '--strictPort'],
    { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] },
  );
  hold(server);
  await waitForServer(url, server, 30_000);
  console.log(`Rumbo (browser edition) is running at ${url} — open it in Chromium, Chrome, Edge or Firefox. Ctrl+C stops it.`);
}

async function main() {
  const electron = findElectronBinary();
  if (process.argv.includes('--electron-info')) {
    console.log(JSON.stringify(electron));
    return;
  }
  if (electron.available) await startDesktop(electron.binary);
  else await startBrowserEdition(electron.reason);
}

main().catch((error) => {
  console.error(`Rumbo: could not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
