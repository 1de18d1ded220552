import { defineConfig } from '@playwright/test';

const port = Number(process.env.RUMBO_WEB_PORT ?? 5173);

/**
 * End-to-end tests drive the browser edition (the same renderer and engine as the desktop app)
 * in Debian's Chromium; Playwright's own browser download is not available offline.
 */
export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}/`,
    acceptDownloads: true,
    locale: 'es-ES',
    launchOptions: {
      executablePath: process.env.RUMBO_CHROMIUM ?? '/usr/bin/chromium',
      args: ['--lang=es-ES', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
  },
  webServer: {
    command: 'npx vite preview --config renderer/vite.web.config.ts',
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
