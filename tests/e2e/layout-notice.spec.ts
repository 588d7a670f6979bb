/**
 * A layout change that leaves content without a place: the editor says so at once in a status notice (not a
 * dialog), the content stays on the stage, saving keeps every bullet, and Undo restores the original bytes.
 * Screenshots go to $TMPDIR/briefdeck-shots/layout-notice/.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseDeck } from '../../slides/index';
import { expect, test } from './fixtures';

const MOD = process.platform === 'darwin' ? 'Meta' : 'Control';
const SHOTS = join(tmpdir(), 'briefdeck-shots', 'layout-notice');
const BULLETS = [
  'Baku buys a third of its weapons from Israel',
  'Israel takes most of the oil Azerbaijan exports',
  'Tehran’s appeal found no echo in Baku',
  'Turkey backs Baku whatever Iran says',
];
const DECK = [
  '---',
  'version: 1',
  'title: Layout notice',
  'theme: briefing',
  'aspect: "16:9"',
  '---',
  '',
  '<!-- .slide: data-layout="title" -->',
  '# Layout notice',
  '',
  '---',
  '',
  '<!-- .slide: data-layout="bullets" -->',
  '## Four reasons Baku stays out',
  '',
  ...BULLETS.map((bullet) => `- ${bullet}`),
  '',
  'Note:',
  'Say each reason in turn.',
  '',
].join('\n');

test('changing a bullets slide to Quote says what has no place, keeps it on the stage and in the file, and Undo restores the bytes', async ({
  page,
  host,
  workDir,
}) => {
  const path = join(workDir, 'notice.deck.md');
  writeFileSync(path, DECK);
  const original = readFileSync(path);
  await host.restart({ initialDeckPath: path });
  await page.setViewportSize({ width: 1400, height: 900 });
  await page.goto(`${host.url}?transition=none`);
  await expect(page.getByTestId('deck')).toBeVisible();
  await page.getByTestId('slide-row').nth(1).click();
  const section = page.getByTestId('deck').locator('.slides > section.present');
  await expect(section).toHaveAttribute('data-layout', 'bullets');
  const notice = page.getByTestId('layout-notice');
  await expect(notice).toHaveText('');

  await page.getByTestId('layout-select').selectOption('quote');
  await expect(section).toHaveAttribute('data-layout', 'quote');
  // Said at once, in words, in a live region: nothing modal opened.
  await expect(notice).toHaveAttribute('role', 'status');
  await expect(notice).toContainText(
    "4 bullets have no place in the Quote layout; they stay below the slide's content until you move them or switch back. Undo restores the layout.",
  );
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(page.getByRole('alertdialog')).toHaveCount(0);
  // Every bullet is still drawn on the stage, inside the slide.
  for (const bullet of BULLETS) await expect(section.getByText(bullet, { exact: true })).toBeVisible();
  const inside = await section.evaluate((element) => {
    const box = element.getBoundingClientRect();
    return Array.from(element.querySelectorAll('li')).every((item) => {
      const rect = item.getBoundingClientRect();
      return rect.height > 0 && rect.top >= box.top - 1 && rect.bottom <= box.bottom + 1;
    });
  });
  expect(inside).toBe(true);
  await page.screenshot({ path: join(SHOTS, 'after-change.png') });

  // The briefing check lists it too.
  await page.getByRole('button', { name: /^Check/ }).click();
  await expect(page.locator('.check-finding[data-code="no-place"]')).toContainText(
    '4 bullets have no place in the quote layout',
  );
  await page.getByRole('button', { name: /^Check/ }).click();

  // Saved and read back: the quote layout, and all four bullets.
  await page.getByTestId('stage').focus();
  await page.keyboard.press(`${MOD}+S`);
  await expect(page.getByTestId('modified')).toHaveCount(0);
  const saved = parseDeck(readFileSync(path, 'utf8')).deck.slides[1];
  expect(saved?.layout).toBe('quote');
  for (const bullet of BULLETS) expect(saved?.body).toContain(`- ${bullet}`);

  // Undo: the bullets layout again, the notice gone, and saving writes the original bytes.
  await page.getByTestId('stage').focus();
  await page.keyboard.press(`${MOD}+Z`);
  await expect(section).toHaveAttribute('data-layout', 'bullets');
  await expect(notice).toHaveText('');
  for (const bullet of BULLETS) await expect(section.getByText(bullet, { exact: true })).toBeVisible();
  await page.screenshot({ path: join(SHOTS, 'after-undo.png') });
  await page.keyboard.press(`${MOD}+S`);
  await expect(page.getByTestId('modified')).toHaveCount(0);
  await expect.poll(() => readFileSync(path).equals(original)).toBe(true);

  // Stat and timeline arrange the bullets but show no figure or date for them: said too, and Undo goes back.
  for (const [layout, label, lead] of [
    ['stat', 'Statistic', 'figure'],
    ['timeline', 'Timeline', 'date'],
  ] as const) {
    await page.getByTestId('layout-select').selectOption(layout);
    await expect(section).toHaveAttribute('data-layout', layout);
    await expect(notice).toContainText(
      `4 items have no ${lead} (the ${label} layout shows a bold ${lead} at the start of each item)`,
    );
    for (const bullet of BULLETS) await expect(section.getByText(bullet, { exact: true })).toBeVisible();
    await page.screenshot({ path: join(SHOTS, `after-${layout}.png`) });
    await page.getByTestId('stage').focus();
    await page.keyboard.press(`${MOD}+Z`);
    await expect(section).toHaveAttribute('data-layout', 'bullets');
    await expect(notice).toHaveText('');
  }
  // Moving to another slide clears the notice.
  await page.getByTestId('layout-select').selectOption('quote');
  await expect(notice).toContainText('no place in the Quote layout');
  await page.getByTestId('slide-row').nth(0).click();
  await expect(notice).toHaveText('');
  await page.getByTestId('stage').focus();
  await page.keyboard.press(`${MOD}+Z`);

  // Two slides changed at once: the notice names the one left with content out of place.
  await page.getByTestId('slide-row').nth(0).locator('button').click();
  await page
    .getByTestId('slide-row')
    .nth(1)
    .locator('button')
    .click({ modifiers: [MOD] });
  await expect(page.getByTestId('slide-row').locator('button[aria-selected=true]')).toHaveCount(2);
  await page.getByTestId('layout-select').selectOption('quote');
  await expect(notice).toHaveText(
    /^⚠\s*Slide 2: 4 bullets have no place in the Quote layout; .* Undo restores the layouts\.✕?$/,
  );
  await expect(notice).not.toContainText('Slide 1');
  await page.getByTestId('stage').focus();
  await page.keyboard.press(`${MOD}+Z`);
  await expect(notice).toHaveText('');
});
