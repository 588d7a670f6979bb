/**
 * An image dropped or pasted onto a slide is copied beside the deck (`images/`) and shown at once (issue 14, item
 * 3): the file on disk has the dropped bytes, the stage and the slide's thumbnail draw it, Save writes the
 * reference into the deck, and one Undo takes it out again. A deck never saved has no folder: it says so.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect, isLocalRequest } from './fixtures';

const MOD = process.platform === 'darwin' ? 'Meta' : 'Control';
const DECK = `---
version: 1
title: Oil and arms
---

## Oil for arms

- Azerbaijan sells Israel oil
- Israel sells Azerbaijan arms

---

## The end

- done
`;

/** A 480×270 PNG of a small bar chart, drawn by the page's canvas (base64). */
function drawPng(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const canvas = document.createElement('canvas');
    canvas.width = 480;
    canvas.height = 270;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2d context');
    context.fillStyle = '#f4f1ea';
    context.fillRect(0, 0, 480, 270);
    const bars = [
      ['#1f4e79', 200],
      ['#c0504d', 120],
      ['#4f81bd', 160],
      ['#9bbb59', 60],
    ] as const;
    bars.forEach(([colour, height], index) => {
      context.fillStyle = colour;
      context.fillRect(40 + index * 110, 250 - height, 80, height);
    });
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (!blob) throw new Error('no PNG');
    const bytes = new Uint8Array(await blob.arrayBuffer());
    let binary = '';
    for (const byte of bytes) binary += String.fromCharCode(byte);
    return btoa(binary);
  });
}

/** A DataTransfer holding one file made of these bytes, in the page. */
function transferOf(page: Page, base64: string, name: string, type: string) {
  return page.evaluateHandle(
    ({ base64, name, type }) => {
      const binary = atob(base64);
      const data = new Uint8Array(binary.length);
      for (let index = 0; index < binary.length; index += 1) data[index] = binary.charCodeAt(index);
      const transfer = new DataTransfer();
      transfer.items.add(new File([data], name, { type }));
      return transfer;
    },
    { base64, name, type },
  );
}

test('a PNG dropped on the stage is copied beside the deck, shown, saved, and taken out by one Undo', async ({
  page,
  host,
  requests,
}) => {
  const dir = mkdtempSync(join(tmpdir(), 'briefdeck-e2e-drop-img-'));
  const deckPath = join(dir, 'oil.deck.md');
  writeFileSync(deckPath, DECK);
  try {
    await host.restart({ initialDeckPath: deckPath });
    await page.goto(host.url + '?transition=none');
    const slide = page.getByTestId('deck').locator('.slides > section.present');
    await expect(slide).toContainText('Oil for arms');
    const png = await drawPng(page);

    await page.getByTestId('stage').dispatchEvent('drop', {
      dataTransfer: await transferOf(page, png, 'Oil & arms chart.png', 'image/png'),
    });
    await expect(page.getByTestId('notice-info')).toContainText(
      'Added images/oil-arms-chart.png beside the deck.',
    );
    expect(readdirSync(join(dir, 'images'))).toEqual(['oil-arms-chart.png']);
    expect(readFileSync(join(dir, 'images', 'oil-arms-chart.png'))).toEqual(Buffer.from(png, 'base64'));

    const image = slide.locator('img[alt="Oil & arms chart"]');
    await expect(image).toBeVisible();
    await expect(image).toHaveAttribute('src', /^data:image\/png;base64,/);
    await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(480);
    const thumb = page.getByTestId('slide-row').first().locator('img[alt="Oil & arms chart"]');
    await expect(thumb).toHaveCount(1);
    expect(await thumb.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(480);
    await page.getByTestId('stage').screenshot({ path: test.info().outputPath('stage-with-image.png') });

    // The HTML export carries it (as a data URL: the file presents anywhere).
    const downloading = page.waitForEvent('download');
    await page.locator('[data-command="file.exportHtml"]').click();
    const html = readFileSync(await (await downloading).path(), 'utf8');
    expect(html).toContain(`data:image/png;base64,${png}`);

    await page.keyboard.press(`${MOD}+S`);
    await expect(page.getByTestId('notice-info')).toContainText(`Saved ${deckPath}`);
    const saved = readFileSync(deckPath, 'utf8');
    expect(saved).toBe(
      DECK.replace(
        '- Israel sells Azerbaijan arms\n',
        '- Israel sells Azerbaijan arms\n\n![Oil & arms chart](images/oil-arms-chart.png)\n',
      ),
    );

    await page.keyboard.press(`${MOD}+Z`);
    await expect(image).toHaveCount(0);
    await expect(slide).toContainText('Israel sells Azerbaijan arms');
    await page.keyboard.press(`${MOD}+S`);
    await expect.poll(() => readFileSync(deckPath, 'utf8')).toBe(DECK);
    // The copy stays beside the deck (Redo would need it).
    expect(readdirSync(join(dir, 'images'))).toEqual(['oil-arms-chart.png']);
    expect(requests.filter((url) => !isLocalRequest(url))).toEqual([]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('Ctrl+V with an image on the clipboard adds it to the current slide, never inside a text field', async ({
  page,
  host,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const dir = mkdtempSync(join(tmpdir(), 'briefdeck-e2e-paste-img-'));
  const deckPath = join(dir, 'oil.deck.md');
  writeFileSync(deckPath, DECK);
  try {
    await host.restart({ initialDeckPath: deckPath });
    await page.goto(host.url + '?transition=none');
    await page.getByTestId('slide-row').nth(1).locator('button').click();
    const slide = page.getByTestId('deck').locator('.slides > section.present');
    await expect(slide).toContainText('The end');
    const png = await drawPng(page);
    // The system clipboard holds the picture, as after "Copy image" in another program.
    await page.evaluate(async (base64) => {
      const binary = atob(base64);
      const data = new Uint8Array(binary.length);
      for (let index = 0; index < binary.length; index += 1) data[index] = binary.charCodeAt(index);
      const blob = new Blob([data], { type: 'image/png' });
      await navigator.clipboard.write([new ClipboardItem({ 'image/png': blob })]);
    }, png);

    await page.keyboard.press(`${MOD}+V`);
    await expect(page.getByTestId('notice-info')).toContainText('Added images/image.png beside the deck.');
    const images = slide.locator('img[alt="image"]');
    await expect(images).toHaveCount(1);
    await expect.poll(() => images.first().evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(480);
    expect(readdirSync(join(dir, 'images'))).toEqual(['image.png']);

    // The same picture again: a second image on the slide, the same file beside the deck.
    await page.keyboard.press(`${MOD}+V`);
    await expect(page.getByTestId('notice-info')).toContainText(
      "Added images/image.png (already in the deck's folder) beside the deck.",
    );
    await expect(images).toHaveCount(2);
    expect(readdirSync(join(dir, 'images'))).toEqual(['image.png']);

    // In the notes field a paste is the field's own: no image is added there (the next paste outside is the
    // third image, not the fourth).
    await page.getByTestId('notice-info').getByRole('button').click();
    await page.getByTestId('notes').click();
    await expect(page.getByTestId('notes-editor')).toBeFocused();
    await page.keyboard.press(`${MOD}+V`);
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('notes-editor')).toHaveCount(0);
    await expect(page.getByTestId('notes')).toHaveText('No notes for this slide. Click to add some.');
    await page.keyboard.press(`${MOD}+V`);
    await expect(page.getByTestId('notice-info')).toContainText("already in the deck's folder");
    await expect(images).toHaveCount(3);

    await page.keyboard.press(`${MOD}+Z`);
    await page.keyboard.press(`${MOD}+Z`);
    await expect(images).toHaveCount(1);
    await page.keyboard.press(`${MOD}+S`);
    await expect
      .poll(() => readFileSync(deckPath, 'utf8'))
      .toBe(DECK.replace('- done\n', '- done\n\n![image](images/image.png)\n'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('an SVG dropped on a slide in the list goes into that slide, drawn inert', async ({ page, host }) => {
  const dir = mkdtempSync(join(tmpdir(), 'briefdeck-e2e-drop-svg-'));
  const deckPath = join(dir, 'oil.deck.md');
  writeFileSync(deckPath, DECK);
  const svg =
    '<svg xmlns="http://www.w3.org/2000/svg" width="300" height="120" onload="window.__svgRan = 1">' +
    '<script>window.__svgRan = 2</script><rect width="300" height="120" fill="#1f4e79"/></svg>\n';
  try {
    await host.restart({ initialDeckPath: deckPath });
    await page.goto(host.url + '?transition=none');
    const slide = page.getByTestId('deck').locator('.slides > section.present');
    await expect(slide).toContainText('Oil for arms');
    await page
      .getByTestId('slide-row')
      .nth(1)
      .dispatchEvent('drop', {
        dataTransfer: await transferOf(
          page,
          Buffer.from(svg).toString('base64'),
          'Bars.svg',
          'image/svg+xml',
        ),
      });
    await expect(page.getByTestId('notice-info')).toContainText('Added images/bars.svg beside the deck.');
    await expect(slide).toContainText('The end');
    const image = slide.locator('img[alt="Bars"]');
    await expect(image).toHaveAttribute('src', /^data:image\/svg\+xml;base64,/);
    await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(300);
    expect(readFileSync(join(dir, 'images', 'bars.svg'), 'utf8')).toBe(svg);
    expect(await page.evaluate(() => (window as { __svgRan?: number }).__svgRan)).toBeUndefined();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a deck never saved says to save it first; a file that is not an image is refused', async ({
  page,
  host,
}) => {
  const dir = mkdtempSync(join(tmpdir(), 'briefdeck-e2e-img-refused-'));
  const deckPath = join(dir, 'oil.deck.md');
  writeFileSync(deckPath, DECK);
  try {
    await page.goto(host.url + '?transition=none');
    await expect(page.getByTestId('deck')).toBeVisible();
    const png = await drawPng(page);
    await page.getByTestId('stage').dispatchEvent('drop', {
      dataTransfer: await transferOf(page, png, 'chart.png', 'image/png'),
    });
    await expect(page.getByTestId('notice-error')).toContainText('Save the deck first to add images');

    await host.restart({ initialDeckPath: deckPath });
    await page.goto(host.url + '?transition=none');
    await expect(page.getByTestId('deck').locator('.slides > section.present')).toContainText('Oil for arms');
    const fake = Buffer.from('<html><body>not a picture</body></html>').toString('base64');
    await page.getByTestId('stage').dispatchEvent('drop', {
      dataTransfer: await transferOf(page, fake, 'chart.png', 'image/png'),
    });
    await expect(page.getByTestId('notice-error')).toContainText(
      'Could not add the image: chart.png is not an image Briefdeck can show (PNG, JPEG, GIF, WebP or SVG).',
    );
    expect(readdirSync(dir)).toEqual(['oil.deck.md']);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
