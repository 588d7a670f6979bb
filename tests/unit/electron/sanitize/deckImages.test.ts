/** deck:open hands the editor the local images its deck names, read from beside it, and nothing else. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DeckDocument } from '../../../../electron/ipc/contract';
import { findAppRoot } from '../../../../electron/services/bundled';
import { createHostServices } from '../../../../electron/services/hostServices';
import { deckImages } from '../../../../electron/services/sanitize/images';
import { createWebDialogs } from '../../../../electron/web/webDialogs';

const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'briefdeck-deck-images-'));
  mkdirSync(join(dir, 'img'));
  writeFileSync(join(dir, 'img', 'dot.png'), PNG);
  writeFileSync(join(dir, 'img', 'unused.png'), PNG);
  writeFileSync(join(dir, 'secret.txt'), 'secret');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("a deck's local images", () => {
  it('are the ones its text names, outside code, inside its folder', () => {
    const text =
      '![a](img/dot.png)\n\n<img src="secret.txt">\n\n![b](../x.png)\n\n```\n![c](img/unused.png)\n```\n';
    expect(deckImages(text, dir)).toEqual({
      'img/dot.png': `data:image/png;base64,${PNG.toString('base64')}`,
    });
  });

  it('come with the deck from deck:open', async () => {
    const deck = join(dir, 'pics.deck.md');
    writeFileSync(deck, '## Pics\n\n![a](img/dot.png)\n');
    const host = createHostServices({
      host: 'web',
      version: '1',
      userDataDir: join(dir, 'user'),
      appRoot: findAppRoot(import.meta.url),
      dialogs: createWebDialogs(join(dir, 'saved')),
    });
    const answer = await host.dispatch('deck:open', { path: deck });
    const doc = (answer.reply as { value: DeckDocument }).value;
    expect(Object.keys(doc.images ?? {})).toEqual(['img/dot.png']);
  });
});
