/**
 * Files Briefdeck cannot read faithfully are never rewritten: a deck that is not valid UTF-8 opens read-only with a
 * message (Save writes a copy elsewhere), and a PNG renamed `.deck.md` is refused with a clear error.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from './fixtures';

const MOD = process.platform === 'darwin' ? 'Meta' : 'Control';
const BUNDLED = 'slides/decks/azerbaijan-boycott.deck.md';

test('a deck with invalid UTF-8 opens read-only and Ctrl+S leaves its bytes alone', async ({
  page,
  host,
  workDir,
}) => {
  const path = join(workDir, 'latin1.deck.md');
  // The bundled deck with one Latin-1 "é" (0xE9) in its first title.
  const text = readFileSync(BUNDLED, 'utf8');
  const at = Buffer.from(text.slice(0, text.indexOf('\n# ') + 3), 'utf8').length;
  const bytes = Buffer.concat([
    Buffer.from(text, 'utf8').subarray(0, at),
    Buffer.from([0xe9]),
    Buffer.from(text, 'utf8').subarray(at),
  ]);
  writeFileSync(path, bytes);
  await host.restart({ initialDeckPath: path });
  await page.goto(host.url + '?transition=none');
  const error = page.getByTestId('notice-error');
  await expect(error).toContainText('not valid UTF-8');
  await expect(error).toContainText(path);
  await page.getByTestId('stage').focus();
  await page.keyboard.press(`${MOD}+S`);
  await expect(page.getByTestId('notice-info')).toContainText('Saved');
  expect(readFileSync(path).equals(bytes)).toBe(true);
  // The copy went to the web host's save folder, as valid UTF-8.
  const saved = readdirSync(join(host.userDataDir, 'documents'));
  expect(saved).toHaveLength(1);
  const copy = readFileSync(join(host.userDataDir, 'documents', saved[0] ?? ''));
  expect(new TextDecoder('utf-8', { fatal: true }).decode(copy)).toContain('\uFFFD');
});

test('a PNG renamed .deck.md is refused with a clear error', async ({ page, host, workDir }) => {
  const path = join(workDir, 'png.deck.md');
  const png = Buffer.from(
    '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8ffff3f0005fe02fea7d6a4a50000000049454e44ae426082',
    'hex',
  );
  writeFileSync(path, png);
  await page.goto(host.url + '?transition=none');
  await expect(page.getByTestId('deck')).toBeVisible();
  await page.keyboard.press(`${MOD}+O`);
  const prompt = page.getByTestId('path-dialog');
  await prompt.getByLabel('File path').fill(path);
  await prompt.getByRole('button', { name: 'Open' }).click();
  await expect(page.getByTestId('notice-error')).toContainText(`${path} is a PNG image, not a deck`);
  expect(readFileSync(path).equals(png)).toBe(true);
});
