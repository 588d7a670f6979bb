/** The `export:pptx` channel through the host services (as the web host and Electron main dispatch it). */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findAppRoot } from '../../../../electron/services/bundled';
import { createHostServices } from '../../../../electron/services/hostServices';
import { createWebDialogs } from '../../../../electron/web/webDialogs';
import { makeChartDeck } from '../../../fixtures/export/chartDecks';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'briefdeck-pptx-channel-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

function services() {
  return createHostServices({
    host: 'web',
    version: '1',
    userDataDir: join(dir, 'user'),
    appRoot: findAppRoot(import.meta.url),
    dialogs: createWebDialogs(join(dir, 'saved')),
  });
}

describe('export:pptx', () => {
  it('writes the presentation beside the open deck and refuses other file kinds', async () => {
    const deck = join(dir, 'charts.deck.md');
    const text = makeChartDeck(2);
    await writeFile(deck, text);
    const host = services();
    await host.dispatch('deck:open', { path: deck });
    const out = join(dir, 'charts.pptx');
    const answer = await host.dispatch('export:pptx', { text, outPath: out });
    expect(answer.status).toBe(200);
    expect(answer.reply).toMatchObject({ ok: true, value: { ok: true, path: out } });
    const zip = await JSZip.loadAsync(await readFile(out));
    expect(Object.keys(zip.files).filter((name) => /^ppt\/slides\/slide\d+\.xml$/.test(name))).toHaveLength(
      3,
    );
    const wrong = await host.dispatch('export:pptx', { text, outPath: join(dir, 'charts.sh') });
    expect(wrong.status).toBe(400);
  });

  it('asks where to save when no path is given (the web host saves into its folder)', async () => {
    const answer = await services().dispatch('export:pptx', { text: '## One\n\n- a\n' });
    expect(answer.reply).toMatchObject({ ok: true, value: { ok: true } });
    const path = (answer.reply as { value: { path: string } }).value.path;
    expect(path.endsWith('.pptx')).toBe(true);
    expect((await readFile(path)).subarray(0, 2).toString()).toBe('PK');
  });
});
