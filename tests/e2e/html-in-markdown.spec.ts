/**
 * A reveal-md deck with inline SVG charts, tables, `<small>` and fragments, opened in the editor through the web
 * host: the charts draw on the stage and in the thumbnails (no markup shown as text), table columns align through
 * classes, and nothing trips the page's CSP or goes to the network.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeChartDeck } from '../fixtures/export/chartDecks';
import { test, expect, isLocalRequest } from './fixtures';

test('a reveal-md chart deck opens without edits and draws its charts', async ({ page, host, requests }) => {
  const dir = mkdtempSync(join(tmpdir(), 'briefdeck-e2e-charts-'));
  const deckPath = join(dir, 'charts.deck.md');
  writeFileSync(deckPath, makeChartDeck(10));
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content.Security.Policy|Refused to/i.test(message.text())) violations.push(message.text());
  });
  try {
    await host.restart({ initialDeckPath: deckPath });
    await page.goto(host.url);
    const stage = page.getByTestId('deck');
    await expect(stage).toBeVisible();
    await page.keyboard.press('ArrowDown');
    await expect(stage.locator('.slides > section.present')).toContainText('Chart 1: exports by quarter');
    const current = stage.locator('.slides > section.present');
    const chart = current.locator('svg[role="img"]');
    await expect(chart).toHaveCount(1);
    const box = await chart.boundingBox();
    expect(box?.width ?? 0).toBeGreaterThan(100);
    await expect(chart.locator('rect')).toHaveCount(4);
    await expect(chart.locator('text').first()).toHaveText('c1b1');
    await expect(current).not.toContainText('<svg');
    await expect(current.locator('td.align-right')).toHaveCSS('text-align', 'right');
    await expect(current.locator('small')).toHaveText('t1note');
    // The editor shows every fragment (the final state) so it can be edited.
    await expect(current.locator('li.fragment')).toHaveCSS('opacity', '1');
    await expect(current.locator('span.fragment')).toHaveCSS('opacity', '1');
    // Every thumbnail has its chart too.
    const thumbs = page.locator('[data-testid="slide-row"] svg[role="img"]');
    expect(await thumbs.count()).toBeGreaterThanOrEqual(5);
    await page.screenshot({ path: test.info().outputPath('editor.png') });
    expect(violations).toEqual([]);
    expect(requests.filter((url) => !isLocalRequest(url))).toEqual([]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
