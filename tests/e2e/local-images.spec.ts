/**
 * Images beside a deck show in the editor (the host reads the ones the deck names and hands them over as data
 * URLs): a PNG through Markdown, an SVG through `<img>`; a remote image is never fetched and its placeholder names
 * the URL; a missing file's placeholder names its path. Nothing trips the CSP.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect, isLocalRequest } from './fixtures';

const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

test('local images show in the editor, remote and missing ones as named placeholders', async ({
  page,
  host,
  requests,
}) => {
  const dir = mkdtempSync(join(tmpdir(), 'briefdeck-e2e-img-'));
  mkdirSync(join(dir, 'img'));
  writeFileSync(join(dir, 'img', 'dot.png'), PNG);
  writeFileSync(
    join(dir, 'bar.svg'),
    '<svg xmlns="http://www.w3.org/2000/svg" width="40" height="20"><rect width="40" height="20" fill="#c00"/></svg>',
  );
  const deckPath = join(dir, 'pics.deck.md');
  writeFileSync(
    deckPath,
    '---\nversion: 1\ntitle: Pictures\n---\n\n## Pictures\n\n![a dot](img/dot.png)\n\n<img src="bar.svg" width="200" alt="bar">\n\n![remote](https://example.org/r.png)\n\n![gone](img/gone.png)\n\n---\n\n## The end\n\n- done\n',
  );
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content.Security.Policy|Refused to/i.test(message.text())) violations.push(message.text());
  });
  try {
    await host.restart({ initialDeckPath: deckPath });
    await page.goto(host.url);
    const slide = page.getByTestId('deck').locator('.slides > section.present');
    await expect(slide).toContainText('Pictures');
    await expect(slide.locator('img[alt="a dot"]')).toHaveAttribute('src', /^data:image\/png;base64,/);
    await expect(slide.locator('img[alt="bar"]')).toHaveAttribute('src', /^data:image\/svg\+xml;base64,/);
    const bar = await slide.locator('img[alt="bar"]').boundingBox();
    expect(bar?.width ?? 0).toBeGreaterThan(50);
    await expect(slide.locator('.image-remote')).toHaveText('[image not loaded: https://example.org/r.png]');
    await expect(slide.locator('.image-missing')).toHaveText('[image not found: img/gone.png]');
    expect(violations).toEqual([]);
    expect(requests.filter((url) => !isLocalRequest(url))).toEqual([]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
