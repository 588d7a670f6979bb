/**
 * The whole journey in the real app (Playwright `_electron`): open a deck from the command line → edit a title →
 * save → export a PDF through the hidden print window → present in two windows that stay in sync. Skipped, with
 * the reason, where Electron's binary is not installed. Each step is also covered in Chromium (tests/e2e/).
 */
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect, type Page } from '@playwright/test';
import { electronBinary, launchApp } from './electronApp';

const binary = electronBinary();
const MOD = process.platform === 'darwin' ? 'Meta' : 'Control';

test.describe('Electron journey', () => {
  test.skip('missing' in binary, 'missing' in binary ? binary.missing : '');

  test('open → edit → save → export PDF → present in two synced windows', async () => {
    const work = mkdtempSync(join(tmpdir(), 'briefdeck-journey-'));
    const deckPath = join(work, 'briefing.deck.md');
    const pdfPath = join(work, 'briefing.pdf');
    copyFileSync('slides/decks/azerbaijan-boycott.deck.md', deckPath);
    const app = await launchApp(join(work, 'user-data'), [deckPath]);
    try {
      const editor = await app.firstWindow();
      await expect(editor.getByTestId('deck')).toBeVisible();
      await expect(editor.getByTestId('file-label')).toContainText('briefing.deck.md');

      // Edit the second slide's title in place, then save over the opened file.
      await editor.getByTestId('slide-row').nth(1).locator('button').click();
      await editor
        .locator('[data-testid=stage] .reveal .slides > section')
        .nth(1)
        .locator('h2')
        .first()
        .dblclick();
      await expect(editor.getByTestId('field-editor')).toBeFocused();
      await editor.keyboard.press(`${MOD}+A`);
      await editor.keyboard.type('Baku will not heed Tehran');
      await editor.keyboard.press('Escape');
      await editor.keyboard.press(`${MOD}+S`);
      await expect.poll(() => readFileSync(deckPath, 'utf8')).toContain('## Baku will not heed Tehran');

      // Export a PDF: the save dialog is answered in main; printing happens in a hidden window.
      await app.evaluate(({ dialog }, target) => {
        dialog.showSaveDialog = (async () => ({
          canceled: false,
          filePath: target,
        })) as typeof dialog.showSaveDialog;
      }, pdfPath);
      await editor.locator('[data-command="file.exportPdf"]').click();
      await editor.getByTestId('export-pdf-dialog').getByRole('button', { name: 'Export…' }).click();
      await expect(editor.getByTestId('notice-info')).toContainText('Exported', { timeout: 60_000 });
      expect(existsSync(pdfPath)).toBe(true);
      expect(readFileSync(pdfPath).subarray(0, 5).toString()).toBe('%PDF-');

      // Present from the menu: an audience and a presenter window open and follow each other.
      const opened: Page[] = [];
      app.on('window', (page) => opened.push(page));
      await app.evaluate(({ Menu }) =>
        Menu.getApplicationMenu()?.getMenuItemById('present.fromStart')?.click(),
      );
      await expect.poll(() => opened.length).toBe(2);
      const presenter = opened.find((page) => page.url().includes('view=presenter'))!;
      const audience = opened.find((page) => page.url().includes('view=audience'))!;
      await presenter.getByTestId('presenter').waitFor();
      await audience.getByTestId('audience').waitFor();
      await presenter.keyboard.press('ArrowRight');
      await expect(audience.getByTestId('audience')).toHaveAttribute('data-indexh', '1');
      await audience.keyboard.press('ArrowRight');
      await expect(presenter.getByTestId('presenter')).toHaveAttribute('data-indexh', '2');
      await presenter.keyboard.press('Escape');
      await expect.poll(() => app.windows().length).toBe(1);
    } finally {
      await app.close();
      rmSync(work, { recursive: true, force: true });
    }
  });
});
