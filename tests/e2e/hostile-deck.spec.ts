import { resolve } from 'node:path';
import { test, expect, isLocalRequest } from './fixtures';

test('a deck with scripts, event handlers and javascript: links renders inert and fetches nothing remote', async ({
  page,
  host,
  requests,
}) => {
  await host.restart({ initialDeckPath: resolve('tests/fixtures/hostile/xss.deck.md') });
  const dialogs: string[] = [];
  page.on('dialog', async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  await page.goto(host.url);
  await expect(page.getByTestId('deck')).toBeVisible();
  await expect(page.locator('[data-testid="deck"] .slides > section.present')).toContainText('Payloads');

  const slides = page.locator('[data-testid="deck"] .slides');
  await expect(slides.locator('script, iframe, object, embed, style')).toHaveCount(0);
  // Raw HTML renders as reveal.js renders it, through the sanitiser: the image stays (as a "not found"
  // placeholder: nothing beside the deck), its handler and the raw javascript: link do not.
  await expect(slides).toContainText('image with onerror');
  await expect(slides).toContainText('[image not found: x]');
  await expect(slides).toContainText('raw link');
  const dangerous = await page.evaluate(() => {
    const found: string[] = [];
    for (const el of Array.from(
      document.querySelectorAll('[data-testid="deck"] .slides *, [data-testid="notes"] *'),
    )) {
      for (const attr of Array.from(el.attributes)) {
        const value = attr.value.trim().toLowerCase();
        if (attr.name.startsWith('on')) found.push(`${el.tagName}@${attr.name}`);
        if (value.startsWith('javascript:')) found.push(`${el.tagName}@${attr.name}=${value}`);
        if (attr.name === 'data-background-iframe') found.push(`${el.tagName}@${attr.name}`);
      }
    }
    return found;
  });
  expect(dangerous).toEqual([]);

  // Hover and click everything, then go to the next slide: still nothing runs.
  await page.locator('[data-testid="deck"] .slides > section.present li').first().hover();
  for (const link of await page.locator('[data-testid="deck"] .slides > section.present a').all())
    await link.click({ force: true });
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('[data-testid="deck"] .slides > section.present')).toContainText('Remote image');
  await page.waitForTimeout(300);
  expect(await page.evaluate(() => (window as unknown as { __xss?: string }).__xss)).toBeUndefined();
  expect(dialogs).toEqual([]);
  // The remote image is not fetched; a placeholder shows instead.
  expect(requests.filter((url) => !isLocalRequest(url))).toEqual([]);
  await expect(page.locator('[data-testid="deck"] .slides > section.present .image-remote')).toHaveText(
    '[image not loaded: https://example.com/tracker.png]',
  );
});
