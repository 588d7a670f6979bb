/** Journey 1 with traceability: the bundled briefing opens with its article beside it, linked sentence by sentence. */
import { readFileSync } from 'node:fs';
import { bodySourceRefs, parseDeck } from '../../slides/index';
import { test, expect } from './fixtures';

test('the bundled briefing opens with its source article, and each slide lights up the sentences it rests on', async ({
  page,
  openApp,
}) => {
  const { deck } = parseDeck(readFileSync('slides/decks/azerbaijan-boycott.deck.md', 'utf8'));
  await openApp(page);
  const pane = page.getByRole('complementary', { name: 'Source article' });
  await expect(pane).toBeVisible();
  // The standfirst above the body's 14 paragraphs.
  await expect(pane.locator('.source-standfirst')).toHaveCount(1);
  await expect(pane.locator('.source-paragraph:not(.source-standfirst)')).toHaveCount(14);
  await expect(pane).not.toContainText('newsletter');

  for (const index of [3, 10]) {
    await page.getByTestId('slide-row').nth(index).locator('button').click();
    const expected = [...new Set(bodySourceRefs(deck.slides[index]!.body).map((ref) => ref.id))].sort();
    await expect
      .poll(async () =>
        (
          await pane
            .locator('.source-sentence.is-linked, .source-sentence.is-focus')
            .evaluateAll((spans) => spans.map((span) => span.getAttribute('data-ref') ?? ''))
        ).sort(),
      )
      .toEqual(expected);
  }
});
