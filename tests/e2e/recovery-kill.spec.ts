/**
 * Nothing is lost even when the host process dies: the web host runs as a separate process, is killed with
 * SIGKILL mid-editing, and the next start offers the journaled edits.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from './fixtures';

const MOD = process.platform === 'darwin' ? 'Meta' : 'Control';
const URL_LINE = /Briefdeck web host: (http:\/\/127\.0\.0\.1:\d+\/)\?token=\w+/;

/** Starts `npm run web`'s server as its own process and resolves with it and its URL. */
function startHostProcess(
  userData: string,
  deck: string,
): Promise<{ child: ChildProcess; url: string; loginUrl: string }> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'electron/web/server.ts', '--port', '0', '--user-data', userData, deck],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`the web host did not start:\n${output}`)), 30_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = URL_LINE.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve({ child, url: match[1], loginUrl: match[0].replace('Briefdeck web host: ', '') });
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => reject(new Error(`the web host exited (${code}):\n${output}`)));
  });
}

function killHard(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGKILL');
  });
}

test('a host killed with SIGKILL mid-editing offers the unsaved edits on the next start', async ({
  page,
  workDir: dir,
}) => {
  const deck = join(dir, 'brief.deck.md');
  copyFileSync('slides/decks/azerbaijan-boycott.deck.md', deck);
  const original = readFileSync(deck, 'utf8');
  const userData = join(dir, 'user-data');

  let host = await startHostProcess(userData, deck);
  try {
    await page.goto(host.loginUrl);
    await page.goto(host.url + '?transition=none');
    await page.getByTestId('stage').focus();
    await page.keyboard.press('Enter');
    await page.keyboard.press(`${MOD}+A`);
    await page.keyboard.type('Survives a crash');
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('modified')).toBeVisible();
    // Once the journal is on disk (about two seconds after the edit), kill the host with no chance to clean up.
    const journals = join(userData, 'recovery');
    await expect
      .poll(() => (existsSync(journals) ? readdirSync(journals).length : 0), { timeout: 10_000 })
      .toBe(1);
    await killHard(host.child);

    host = await startHostProcess(userData, deck);
    await page.goto(host.loginUrl);
    await page.goto(host.url + '?transition=none');
    const banner = page.getByTestId('recovery-banner');
    await expect(banner).toContainText('brief.deck.md');
    expect(readFileSync(deck, 'utf8')).toBe(original);
    await banner.getByRole('button', { name: 'Restore' }).click();
    await expect(
      page.locator('[data-testid=stage] .reveal .slides > section').first().locator('h1'),
    ).toHaveText('Survives a crash');
  } finally {
    // Wait until the host has exited: the work dir (its deck and user data) is removed after the test.
    if (host.child.exitCode === null && host.child.signalCode === null) await killHard(host.child);
  }
});
