import { readFileSync } from 'node:fs';
import { test, expect, isLocalRequest } from './fixtures';
import { parseDeck, slideTitle } from '../../slides/index';

const BUNDLED = 'slides/decks/azerbaijan-boycott.deck.md';

test('the bundled briefing opens on its title slide, every slide is reachable with the arrow keys and has notes', async ({
  page,
  openApp,
  requests,
}) => {
  const { deck, errors } = parseDeck(readFileSync(BUNDLED, 'utf8'));
  expect(errors).toEqual([]);
  const total = deck.slides.length;

  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`Refused to: CSP violation ${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  await openApp(page);
  const current = page.locator('[data-testid="deck"] .slides > section.present');
  await expect(current).toHaveAttribute('data-layout', 'title');
  await expect(current.locator('h1')).toContainText(slideTitle(deck.slides[0]!));
  await expect(page.getByTestId('slide-counter')).toHaveText(`1 / ${total}`);

  await page.getByTestId('deck').click();
  for (let index = 0; index < total; index += 1) {
    const slide = deck.slides[index]!;
    await expect(page.getByTestId('slide-counter')).toHaveText(`${index + 1} / ${total}`);
    const title = slideTitle(slide);
    if (title)
      await expect(page.locator('[data-testid="deck"] .slides > section.present')).toContainText(title);
    const notes = page.getByTestId('notes');
    await expect(notes).not.toBeEmpty();
    await expect(notes).toContainText(slide.notes.trim().split('\n')[0]!.slice(0, 40));
    if (index < total - 1) await page.keyboard.press('ArrowRight');
  }
  // Past the end stays on the last slide; back goes back.
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('slide-counter')).toHaveText(`${total} / ${total}`);
  await page.keyboard.press('ArrowLeft');
  await expect(page.getByTestId('slide-counter')).toHaveText(`${total - 1} / ${total}`);

  const remote = requests.filter((url) => !isLocalRequest(url));
  expect(remote, 'requests that left loopback').toEqual([]);
  expect(requests.length).toBeGreaterThan(3);
  expect(violations, 'CSP violations').toEqual([]);
});
