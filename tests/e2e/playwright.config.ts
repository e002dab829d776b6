import { defineConfig } from '@playwright/test';

/**
 * End-to-end tests. By default they drive Debian's Chromium against the browser host (the
 * real renderer, services and SQLite file); ROLEFLOW_E2E_TARGET=electron runs the very same
 * specs against the Electron app where its binary exists.
 */
export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  outputDir: '../../test-results/e2e',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 45_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    locale: 'zh-CN',
    viewport: { width: 1360, height: 820 },
    // The app honours "reduce motion" (renderer/app/motion.ts): with it, a dialog's controls
    // are where they will stay the moment it opens, so a click never lands mid zoom-in. Specs
    // that walk the animated path (pictureExport) set 'no-preference'.
    reducedMotion: 'reduce',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run',
      ],
    },
  },
});
