import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import { rendererConfig } from './renderer/vite.shared';

const root = import.meta.dirname;

const renderer = rendererConfig(resolve(root, 'out/renderer'));

/**
 * The desktop build: main (ES module, as package.json says "type": "module"), the preload
 * (CommonJS: a sandboxed preload cannot be an ES module, and `.cjs` keeps Node from reading it
 * as one) and the renderer with the same settings as the browser edition.
 * electron-vite keeps `electron` and Node's built-in modules external in main and preload.
 */
export default defineConfig({
  main: {
    build: {
      outDir: resolve(root, 'out/main'),
      lib: { entry: resolve(root, 'electron/main/index.ts'), formats: ['es'], fileName: () => 'index.js' },
    },
  },
  preload: {
    build: {
      outDir: resolve(root, 'out/preload'),
      // A sandboxed preload can require nothing but `electron` (and a few polyfills), so every
      // other import is bundled in.
      externalizeDeps: false,
      lib: { entry: resolve(root, 'electron/preload/index.ts'), formats: ['cjs'], fileName: () => 'index.cjs' },
    },
  },
  renderer: {
    ...renderer,
    // electron-vite 6 takes the renderer entry from `rolldownOptions` (and then overwrites
    // `rollupOptions` with it), so the shared config's input is carried over.
    build: { ...renderer.build, rolldownOptions: { ...renderer.build?.rollupOptions } },
  },
});
