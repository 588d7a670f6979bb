/**
 * Saving from the editor onto a full disk and onto an immutable file (real ones: a small tmpfs and `chattr +i`, as
 * root; skipped, saying why, where they cannot be made): a clear error, the old file byte for byte, the edits kept.
 */
import { appendFileSync, copyFileSync, mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { tryExec } from '../helpers/exec';

const BUNDLED = 'slides/decks/azerbaijan-boycott.deck.md';
const MOD = process.platform === 'darwin' ? 'Meta' : 'Control';

/** Fills a file system to the last byte. */
function fill(folder: string): void {
  const chunk = Buffer.alloc(4096, 120);
  try {
    for (;;) appendFileSync(join(folder, 'filler.bin'), chunk);
  } catch {
    for (const size of [1024, 256, 64, 16, 1]) {
      try {
        for (;;) appendFileSync(join(folder, 'filler.bin'), chunk.subarray(0, size));
      } catch {
        // Full at this size; try a smaller one.
      }
    }
  }
}

async function editAndSave(page: Page, title: string): Promise<void> {
  await page.getByTestId('stage').focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press(`${MOD}+A`);
  await page.keyboard.type(title);
  await page.keyboard.press('Escape');
  await page.keyboard.press(`${MOD}+S`);
}

const firstTitle = (page: Page) =>
  page.locator('[data-testid=stage] .reveal .slides > section').first().locator('h1');

test('saving onto a full disk says so, keeps the old file and keeps the edits', async ({
  page,
  host,
  workDir,
}) => {
  // The tmpfs goes on the test's work dir, which is removed after the test (once unmounted, below).
  const mountPoint = workDir;
  test.skip(
    !tryExec('mount', ['-t', 'tmpfs', '-o', 'size=256k', 'tmpfs', mountPoint]),
    'mounting a small tmpfs needs root',
  );
  try {
    const path = join(mountPoint, 'brief.deck.md');
    copyFileSync(BUNDLED, path);
    const original = readFileSync(path);
    mkdirSync(join(mountPoint, 'other'));
    fill(join(mountPoint, 'other'));
    await host.restart({ initialDeckPath: path });
    await page.goto(host.url + '?transition=none');
    await editAndSave(page, 'Edited on a full disk');
    const error = page.getByTestId('notice-error');
    await expect(error).toContainText('the disk is full');
    await expect(error).toContainText('edits are still here');
    expect(readFileSync(path).equals(original)).toBe(true);
    expect(readdirSync(mountPoint).sort()).toEqual(['brief.deck.md', 'other']);
    await expect(firstTitle(page)).toHaveText('Edited on a full disk');
    await expect(page.getByTestId('modified')).toBeVisible();
  } finally {
    // Unmount before the work dir is removed; if the tmpfs is still busy, detach it lazily so the dir can go.
    if (!tryExec('umount', [mountPoint])) tryExec('umount', ['-l', mountPoint]);
  }
});

test('saving onto an immutable file says it is read-only, keeps the file and the edits', async ({
  page,
  host,
  workDir,
}) => {
  const path = join(workDir, 'brief.deck.md');
  copyFileSync(BUNDLED, path);
  const original = readFileSync(path);
  test.skip(!tryExec('chattr', ['+i', path]), 'chattr +i needs root on a file system that supports it');
  try {
    await host.restart({ initialDeckPath: path });
    await page.goto(host.url + '?transition=none');
    await editAndSave(page, 'Edited but immutable');
    await expect(page.getByTestId('notice-error')).toContainText('read-only');
    expect(readFileSync(path).equals(original)).toBe(true);
    await expect(firstTitle(page)).toHaveText('Edited but immutable');
  } finally {
    // Mutable again, so the work dir can be removed after the test.
    tryExec('chattr', ['-i', path]);
  }
});
