import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import { rendererConfig } from './vite.shared.ts';

/** The browser edition: the same renderer, with plans kept in the browser's storage. */
export default defineConfig({
  ...rendererConfig(resolve(import.meta.dirname, '../dist-web')),
  preview: { host: '127.0.0.1', port: 5173, strictPort: true },
});
