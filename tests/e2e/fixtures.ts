import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { test as base, expect, type Page, type Request } from '@playwright/test';
import { startWebHost } from '../../electron/web/server';
import { findAppRoot } from '../../electron/services/bundled';

/**
 * A running web host (the same renderer and services as the app) with its own user-data dir. The test's browser
 * context is signed in the way the owner is: it opens `loginUrl` once and keeps the session cookie.
 */
export interface HostFixture {
  url: string;
  loginUrl: string;
  token: string;
  userDataDir: string;
  restart(opts?: { initialDeckPath?: string }): Promise<void>;
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** True for requests that stay on this machine (loopback, or no network at all: data:, blob:). */
export function isLocalRequest(url: string): boolean {
  const parsed = new URL(url);
  if (parsed.protocol === 'data:' || parsed.protocol === 'blob:' || parsed.protocol === 'about:') return true;
  return LOOPBACK.has(parsed.hostname);
}

/**
 * Host user-data dirs already removed once. A request still being handled when the host closed can write
 * `recent.json` or a journal after that and so recreate its dir; they are removed again when the next host starts
 * and when the worker ends.
 */
const removedUserData = new Set<string>();
function removeUserData(): void {
  for (const dir of removedUserData) rmSync(dir, { recursive: true, force: true });
}

export const test = base.extend<
  {
    /**
     * A fresh, empty temp dir for this test's files (`briefdeck-<spec>-XXXXXX` under the OS temp dir), removed with
     * everything in it after the test, whatever its outcome. The host depends on it, so the dir outlives the host:
     * it is removed only once the host that may have it open is closed.
     */
    workDir: string;
    host: HostFixture;
    requests: string[];
    openApp: (page: Page) => Promise<void>;
  },
  {
    sweepUserData: void;
  }
>({
  sweepUserData: [
    // eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's dependencies from this pattern.
    async ({}, use) => {
      await use();
      if (removedUserData.size === 0) return;
      // Let a request the last host was still handling finish before the final sweep.
      await new Promise((resolve) => setTimeout(resolve, 500));
      removeUserData();
    },
    { scope: 'worker', auto: true },
  ],
  // eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's dependencies from this pattern.
  workDir: async ({}, use, testInfo) => {
    const dir = mkdtempSync(
      join(tmpdir(), `briefdeck-${basename(testInfo.file).replace(/\.spec\.ts$/, '')}-`),
    );
    try {
      await use(dir);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
  // `workDir` is listed only so that it is torn down after the host (a fixture goes before the ones it uses).
  host: async ({ context, workDir: _workDir }, use) => {
    removeUserData();
    const userDataDir = mkdtempSync(join(tmpdir(), 'briefdeck-e2e-'));
    try {
      const appRoot = findAppRoot(import.meta.url);
      let running = await startWebHost({ port: 0, userDataDir, appRoot });
      try {
        // Sign the browser context in: the login link sets the session cookie (context.request shares its cookies).
        const signIn = async () => {
          const answer = await context.request.get(running.loginUrl);
          expect(answer.ok(), `signing in at ${running.url}`).toBe(true);
        };
        await signIn();
        const fixture: HostFixture = {
          url: running.url,
          loginUrl: running.loginUrl,
          token: running.token,
          userDataDir,
          async restart(opts = {}) {
            await running.close();
            running = await startWebHost({ port: 0, userDataDir, appRoot, ...opts });
            fixture.url = running.url;
            fixture.loginUrl = running.loginUrl;
            fixture.token = running.token;
            await signIn();
          },
        };
        await use(fixture);
      } finally {
        await running.close();
      }
    } finally {
      rmSync(userDataDir, { recursive: true, force: true });
      removedUserData.add(userDataDir);
    }
  },
  /** Every URL the page requested, recorded from the first navigation on. */
  requests: async ({ page }, use) => {
    const seen: string[] = [];
    page.on('request', (request: Request) => seen.push(request.url()));
    await use(seen);
  },
  openApp: async ({ host }, use) => {
    await use(async (page: Page) => {
      await page.goto(host.url);
      await expect(page.getByTestId('deck')).toBeVisible();
    });
  },
});

/** File → Import with a typed path (the web host has no file dialog); resolves once the draft is on screen. */
export async function importArticleByPath(page: Page, path: string): Promise<void> {
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  const prompt = page.getByTestId('path-dialog');
  await prompt.getByLabel('File path').fill(path);
  await prompt.getByRole('button', { name: 'Open' }).click();
  await expect(page.getByTestId('notice-info')).toContainText('Drafted', { timeout: 30_000 });
}

export { expect };
