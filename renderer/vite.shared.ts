import react from '@vitejs/plugin-react';
import { resolve } from 'node:path';
import type { UserConfig } from 'vite';

/**
 * Renderer build settings shared by the desktop build (electron-vite) and the browser edition.
 * Everything is bundled: no CDN, no remote fonts, nothing fetched from the network.
 */
export function rendererConfig(outDir: string): UserConfig {
  return {
    root: resolve(import.meta.dirname),
    base: './',
    plugins: [react()],
    // The bundled sample plan is served beside the app (same origin, never the network).
    publicDir: resolve(import.meta.dirname, '../resources/sample'),
    worker: { format: 'es' },
    build: {
      outDir,
      emptyOutDir: true,
      target: 'es2022',
      assetsInlineLimit: 0,
      rollupOptions: { input: resolve(import.meta.dirname, 'index.html') },
    },
  };
}
