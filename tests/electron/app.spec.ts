import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect } from '@playwright/test';
import { electronBinary, launchApp } from './electronApp';
import { parseDeck } from '../../slides/index';

const binary = electronBinary();

test.describe('Electron app', () => {
  test.skip('missing' in binary, 'missing' in binary ? binary.missing : '');

  test('opens the bundled briefing in a sandboxed window; every slide is reachable and has notes', async () => {
    const userData = mkdtempSync(join(tmpdir(), 'briefdeck-electron-'));
    const app = await launchApp(userData);
    try {
      const window = await app.firstWindow();
      await expect(window.getByTestId('deck')).toBeVisible();
      const { deck } = parseDeck(readFileSync('slides/decks/azerbaijan-boycott.deck.md', 'utf8'));
      const total = deck.slides.length;
      await expect(window.getByTestId('slide-counter')).toHaveText(`1 / ${total}`);
      await window.getByTestId('deck').click();
      for (let index = 1; index < total; index += 1) {
        await window.keyboard.press('ArrowRight');
        await expect(window.getByTestId('slide-counter')).toHaveText(`${index + 1} / ${total}`);
        await expect(window.getByTestId('notes')).not.toBeEmpty();
      }
      // The renderer is sandboxed: no Node in the page, only the narrow bridge.
      const probe = await window.evaluate(() => ({
        require: typeof (globalThis as { require?: unknown }).require,
        process: typeof (globalThis as { process?: unknown }).process,
        bridge: Object.keys((window as unknown as { briefdeck: object }).briefdeck).sort(),
      }));
      expect(probe).toEqual({
        require: 'undefined',
        process: 'undefined',
        bridge: ['invoke', 'on', 'pathForFile', 'tell'],
      });
    } finally {
      await app.close();
      rmSync(userData, { recursive: true, force: true });
    }
  });
});
