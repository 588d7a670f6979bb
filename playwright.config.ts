import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './tests/helpers/chromium';

/**
 * End-to-end tests in Debian's Chromium against the web host (the same renderer and services the Electron app
 * uses). `npm run test:e2e` builds first; the web host serves `out/renderer` on 127.0.0.1.
 */
export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: false,
  workers: 1,
  // One retry on CI absorbs a timing hiccup on a loaded 2-core machine; a retried test is reported as flaky.
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  reporter: [['list'], ['json', { outputFile: 'test-reports/e2e.json' }]],
  use: {
    launchOptions: chromiumLaunchOptions(),
    viewport: { width: 1280, height: 800 },
  },
});
