import react from '@vitejs/plugin-react';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { UserConfig } from 'vite';

/**
 * Renderer build settings shared by the desktop build (electron-vite) and the browser edition.
 * Everything is bundled: no CDN, no remote fonts, nothing fetched from the network.
 */
// From import.meta.url, not here: electron-vite bundles this file into its own
// config and rewrites import.meta.url per file, but not here.
const here = fileURLToPath(new URL('.', import.meta.url));

export function rendererConfig(outDir: string): UserConfig {
  return {
    root: resolve(here),
    base: './',
    plugins: [react()],
    // The bundled sample plan is served beside the app (same origin, never the network).
    publicDir: resolve(here, '../resources/sample'),
    worker: { format: 'es' },
    build: {
      outDir,
      emptyOutDir: true,
      target: 'es2022',
      assetsInlineLimit: 0,
      rollupOptions: { input: resolve(here, 'index.html') },
    },
  };
}
