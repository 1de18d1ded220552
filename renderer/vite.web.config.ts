import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import { rendererConfig } from './vite.shared.ts';

/**
 * The browser edition: the same renderer, with plans kept in the browser's storage.
 * RUMBO_WEB_OUT and RUMBO_WEB_PORT let several builds and test runs live side by side.
 */
const outDir = resolve(import.meta.dirname, '..', process.env.RUMBO_WEB_OUT ?? 'dist-web');
const port = Number(process.env.RUMBO_WEB_PORT ?? 5173);

export default defineConfig({
  ...rendererConfig(outDir),
  preview: { host: '127.0.0.1', port, strictPort: true },
});
