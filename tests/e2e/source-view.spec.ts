/**
 * The source view keeps your place: Ctrl+/ opens it at the current slide with the caret there and the focus in the
 * text; moving the caret to another slide and toggling back shows that slide.
 */
import { test, expect } from './fixtures';

const MOD = process.platform === 'darwin' ? 'Meta' : 'Control';

test('Ctrl+/ opens the source at the current slide, and toggling back keeps the slide under the caret', async ({
  page,
  host,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto(host.url + '?transition=none');
  await expect(page.getByTestId('deck')).toBeVisible();
  await page.getByTestId('slide-row').nth(8).locator('button').click();
  await expect(page.getByTestId('slide-counter')).toHaveText(/^9 \//);
  const title =
    (await page.getByTestId('slide-row').nth(8).locator('button').getAttribute('aria-label')) ?? '';
  const heading = title.replace(/^Slide \d+: /, '').replace(/ \([^)]*\)$/, '');

  await page.keyboard.press(`${MOD}+/`);
  const source = page.getByTestId('source-text');
  await expect(source).toBeFocused();
  const { line, top } = await source.evaluate((area: HTMLTextAreaElement) => {
    const lineStart = area.value.lastIndexOf('\n', area.selectionStart - 1) + 1;
    const end = area.value.indexOf('\n', area.selectionStart);
    return { line: area.value.slice(lineStart, end), top: area.scrollTop };
  });
  expect(line).toBe(`## ${heading}`);
  expect(top).toBeGreaterThan(0);

  // Typing goes in at the caret, on that slide.
  await page.keyboard.press('End');
  await page.keyboard.type(' today');
  // The caret's line was already in view: typing did not have to scroll the text area to it.
  expect(await source.evaluate((area) => area.scrollTop)).toBe(top);
  await page.keyboard.press(`${MOD}+/`);
  await expect(page.getByTestId('slide-counter')).toHaveText(/^9 \//);
  await expect(
    page.locator('[data-testid=stage] .reveal .slides > section').nth(8).locator('h2').first(),
  ).toHaveText(`${heading} today`);

  // Back in the source, the caret starts on slide 9 again; Up a few lines goes into slide 8's text.
  await page.keyboard.press(`${MOD}+/`);
  await expect(source).toBeFocused();
  for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowUp');
  await expect(page.getByTestId('slide-counter')).toHaveText(/^8 \//);
  // Put the caret on slide 4's heading: going back shows slide 4.
  await source.evaluate((area: HTMLTextAreaElement) => {
    const at = area.value.indexOf("## Baku's oil and Israel's arms tie the two together");
    area.setSelectionRange(at, at);
  });
  await expect(page.getByTestId('slide-counter')).toHaveText(/^4 \//);
  await page.keyboard.press(`${MOD}+/`);
  await expect(page.getByTestId('source-text')).toHaveCount(0);
  await expect(page.getByTestId('slide-counter')).toHaveText(/^4 \//);
  await page.waitForTimeout(300);
  await expect(page.getByTestId('slide-counter')).toHaveText(/^4 \//);
  await expect(
    page.locator('[data-testid=stage] .reveal .slides > section.present').first().locator('h2').first(),
  ).toHaveText("Baku's oil and Israel's arms tie the two together");
});
