import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BUNDLED_DECK_NAME, bundledDeckPath, findAppRoot } from '../../../../electron/services/bundled';
import { createHostServices, type HostServicesOptions } from '../../../../electron/services/hostServices';
import { sha256 } from '../../../../electron/services/deckFiles';
import { createWebDialogs } from '../../../../electron/web/webDialogs';

const appRoot = findAppRoot(import.meta.url);
let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'briefdeck-services-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

function services(extra: Partial<HostServicesOptions> = {}) {
  return createHostServices({
    host: 'web',
    version: '9.9.9',
    userDataDir: join(dir, 'user'),
    appRoot,
    dialogs: createWebDialogs(join(dir, 'saved')),
    ...extra,
  });
}

describe('host services', () => {
  it('finds the bundled briefing in the repository', () => {
    expect(bundledDeckPath(appRoot)).toBe(join(appRoot, 'slides', 'decks', BUNDLED_DECK_NAME));
    expect(bundledDeckPath(dir)).toBeNull();
  });

  it('answers deck:initial with the bundled briefing, read-only and unsaved', async () => {
    const { status, reply } = await services().dispatch('deck:initial', {});
    expect(status).toBe(200);
    const bytes = await readFile(join(appRoot, 'slides', 'decks', BUNDLED_DECK_NAME));
    expect(reply).toMatchObject({
      ok: true,
      value: { path: null, text: bytes.toString('utf8'), hash: sha256(bytes), bundled: true },
    });
    // It comes with its article (the source pane); see articleSidecar.test.ts.
    expect(
      (reply as { value: { article?: { paragraphs: unknown[] } } }).value.article?.paragraphs,
    ).toHaveLength(14);
  });

  it('answers deck:initial with the deck named on the command line, and falls back when it is missing', async () => {
    const path = join(dir, 'mine.deck.md');
    await writeFile(path, '# Mine\n');
    const named = await services({ initialDeckPath: path }).dispatch('deck:initial', {});
    expect(named.reply).toMatchObject({ ok: true, value: { path, text: '# Mine\n' } });
    const missing = await services({ initialDeckPath: join(dir, 'gone.deck.md') }).dispatch(
      'deck:initial',
      {},
    );
    expect(missing.reply).toMatchObject({ ok: true, value: { bundled: true } });
  });

  it('reports app info, refuses unknown channels and invalid requests', async () => {
    const s = services();
    expect((await s.dispatch('app:info', {})).reply).toEqual({
      ok: true,
      value: { host: 'web', version: '9.9.9', platform: process.platform },
    });
    expect(await s.dispatch('shell:exec', {})).toMatchObject({ status: 404, reply: { ok: false } });
    expect(await s.dispatch('deck:open', { path: 'x.deck.md' })).toMatchObject({
      status: 400,
      reply: { ok: false },
    });
  });

  it('opens, saves and remembers decks', async () => {
    const s = services();
    const path = join(dir, 'a.deck.md');
    await writeFile(path, 'v1');
    const opened = await s.dispatch('deck:open', { path });
    expect(opened.reply).toMatchObject({ ok: true, value: { text: 'v1', hash: sha256('v1') } });
    const saved = await s.dispatch('deck:save', { path, text: 'v2', expectedHash: sha256('v1') });
    expect(saved.reply).toEqual({ ok: true, value: { ok: true, path, hash: sha256('v2') } });
    const conflict = await s.dispatch('deck:save', { path, text: 'v3', expectedHash: sha256('v1') });
    expect(conflict.reply).toMatchObject({ ok: true, value: { ok: false, reason: 'conflict' } });
    expect((await s.dispatch('recent:list', {})).reply).toEqual({ ok: true, value: [path] });
    expect((await s.dispatch('deck:open', { path: join(dir, 'missing.deck.md') })).reply).toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(/does not exist/) },
    });
  });

  it('saves as a fresh file in the web host and never overwrites one', async () => {
    const s = services();
    const first = await s.dispatch('deck:saveAs', { text: 'one', suggestedName: 'Brief.deck.md' });
    const second = await s.dispatch('deck:saveAs', { text: 'two', suggestedName: 'Brief.deck.md' });
    expect(first.reply).toMatchObject({
      ok: true,
      value: { ok: true, path: join(dir, 'saved', 'Brief.deck.md') },
    });
    expect(second.reply).toMatchObject({
      ok: true,
      value: { ok: true, path: join(dir, 'saved', 'Brief (2).deck.md') },
    });
    expect(await readFile(join(dir, 'saved', 'Brief.deck.md'), 'utf8')).toBe('one');
  });

  it('has no open dialog in the web host, and answers null when a dialog is cancelled', async () => {
    expect(await services().dispatch('deck:open', {})).toMatchObject({ status: 400, reply: { ok: false } });
    const cancelled = services({ dialogs: { showOpen: async () => null, showSave: async () => null } });
    expect((await cancelled.dispatch('deck:open', {})).reply).toEqual({ ok: true, value: null });
    expect((await cancelled.dispatch('deck:saveAs', { text: 'x' })).reply).toEqual({ ok: true, value: null });
  });

  it('journals and clears recovery data', async () => {
    const s = services();
    expect((await s.dispatch('recovery:write', { key: 'doc1', text: 'unsaved', path: null })).reply).toEqual({
      ok: true,
      value: { ok: true },
    });
    expect((await s.dispatch('recovery:list', {})).reply).toMatchObject({
      ok: true,
      value: [{ key: 'doc1', text: 'unsaved', path: null }],
    });
    await s.dispatch('recovery:clear', { key: 'doc1' });
    expect((await s.dispatch('recovery:list', {})).reply).toEqual({ ok: true, value: [] });
  });

  it('wires the importer and exporter channels, and lets a host override any handler', async () => {
    const s = services();
    const empty = (await s.dispatch('article:import', { text: '   ' })).reply;
    expect(empty).toMatchObject({ ok: true, value: { ok: false } });
    const wired = services({
      overrides: { 'export:html': async () => ({ ok: true, path: '/x.html', bytes: 3 }) },
    });
    expect((await wired.dispatch('export:html', { text: 'x' })).reply).toEqual({
      ok: true,
      value: { ok: true, path: '/x.html', bytes: 3 },
    });
  });
});
