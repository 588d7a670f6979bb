import { defineConfig } from '@playwright/test';

/**
 * The Electron end-to-end suite (Playwright `_electron`). It runs wherever Electron's binary is installed and
 * skips, saying why, where it is not (offline installs use ELECTRON_SKIP_BINARY_DOWNLOAD=1).
 */
export default defineConfig({
  testDir: 'tests/electron',
  globalSetup: './tests/electron/globalSetup.ts',
  workers: 1,
  timeout: 90_000,
  reporter: [['list'], ['json', { outputFile: 'test-reports/electron.json' }]],
});
