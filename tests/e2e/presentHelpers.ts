import type { BrowserContext, Page } from '@playwright/test';

/** Opens the presenter and audience views of a new session in one browser context (same origin). */
export async function openPresentation(
  context: BrowserContext,
  baseUrl: string,
  deckText: string,
  options: { startIndex?: number; before?: (page: Page) => Promise<void> } = {},
): Promise<{ presenter: Page; audience: Page; session: string }> {
  const session = `test${Math.random().toString(36).slice(2, 12)}`;
  const presenter = await context.newPage();
  presenter.on('pageerror', (error) => console.error(`presenter page error: ${error.message}`));
  await options.before?.(presenter);
  await presenter.goto(`${baseUrl}present.html`);
  await presenter.evaluate(
    ([key, value]) => localStorage.setItem(key!, value!),
    [`briefdeck.present.${session}`, JSON.stringify({ text: deckText, startIndex: options.startIndex ?? 0 })],
  );
  const query = (view: string) => `${baseUrl}present.html?view=${view}&session=${session}&transition=none`;
  await presenter.goto(query('presenter'));
  await presenter.getByTestId('presenter').waitFor();
  const audience = await context.newPage();
  await audience.goto(query('audience'));
  await audience.getByTestId('audience').waitFor();
  return { presenter, audience, session };
}
