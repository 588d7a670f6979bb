/**
 * Saves and exports behave like Save As (issue 13, item 1): a request may only write a file the user chose (by a
 * dialog, by opening it, from Recent) or a new file in a folder the user chose; `deck:open` opens decks only, also
 * through symbolic links.
 */
import { mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findAppRoot } from '../../../../electron/services/bundled';
import { createHostServices } from '../../../../electron/services/hostServices';
import { sha256 } from '../../../../electron/services/deckFiles';
import { createWebDialogs } from '../../../../electron/web/webDialogs';

const appRoot = findAppRoot(import.meta.url);
let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'briefdeck-policy-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

function services() {
  return createHostServices({
    host: 'web',
    version: '1',
    userDataDir: join(dir, 'user'),
    appRoot,
    dialogs: createWebDialogs(join(dir, 'saved')),
  });
}

const message = (reply: unknown) => (reply as { error: { message: string } }).error.message;

describe('writing only where the user chose', () => {
  it('refuses deck:save of a file nobody opened or chose, and leaves it alone', async () => {
    const victim = join(dir, 'notes.md');
    await writeFile(victim, 'precious');
    const host = services();
    const answer = await host.dispatch('deck:save', { path: victim, text: 'overwritten' });
    expect(answer.status).toBe(400);
    expect(message(answer.reply)).toMatch(/already exists and you did not choose to replace it/);
    expect(await readFile(victim, 'utf8')).toBe('precious');
    // Nor a new file in a folder never chosen.
    const fresh = await host.dispatch('deck:save', { path: join(dir, 'elsewhere', 'x.deck.md'), text: 'x' });
    expect(message(fresh.reply)).toMatch(/writes only where you chose to save/);
    // Nor any other kind of file (the request schema already refuses it).
    const other = await host.dispatch('deck:save', { path: join(dir, '.bashrc'), text: 'x' });
    expect(other.status).toBe(400);
  });

  it('saves the deck the user opened, a new deck beside it, and decks from Recent', async () => {
    const deck = join(dir, 'brief.deck.md');
    await writeFile(deck, '# One\n');
    const host = services();
    const opened = await host.dispatch('deck:open', { path: deck });
    expect(opened.status).toBe(200);
    const saved = await host.dispatch('deck:save', {
      path: deck,
      text: '# Two\n',
      expectedHash: sha256('# One\n'),
    });
    expect(saved.reply).toMatchObject({ ok: true, value: { ok: true } });
    const beside = await host.dispatch('deck:save', { path: join(dir, 'copy.deck.md'), text: '# Copy\n' });
    expect(beside.reply).toMatchObject({ ok: true, value: { ok: true } });
    // A later session: the deck is in Recent, so saving it again is fine; stat works for it too.
    const later = services();
    expect((await later.dispatch('deck:save', { path: deck, text: '# Three\n' })).status).toBe(200);
    expect(await readFile(deck, 'utf8')).toBe('# Three\n');
    expect((await later.dispatch('deck:stat', { path: deck })).status).toBe(200);
    expect((await later.dispatch('deck:stat', { path: '/etc/passwd' })).status).toBe(400);
  });

  it('exports only to a file the user chose or a new file in a chosen folder, never over an existing file', async () => {
    const deck = join(dir, 'brief.deck.md');
    await writeFile(deck, '# One\n');
    const existing = join(dir, 'report.pdf');
    await writeFile(existing, 'old report');
    const host = services();
    await host.dispatch('deck:open', { path: deck });
    const over = await host.dispatch('export:html', {
      text: '# One\n',
      outPath: existing.replace('.pdf', '.html'),
    });
    expect(over.status).toBe(200); // a new file in the deck's folder
    const clobber = await host.dispatch('export:pdf', { text: '# One\n', kind: 'slides', outPath: existing });
    expect(message(clobber.reply)).toMatch(/already exists/);
    expect(await readFile(existing, 'utf8')).toBe('old report');
    const anywhere = await host.dispatch('export:html', { text: '# One\n', outPath: '/tmp/../etc/x.html' });
    expect(message(anywhere.reply)).toMatch(/was not chosen/);
    const wrongKind = await host.dispatch('export:html', { text: '# One\n', outPath: join(dir, 'x.sh') });
    expect(message(wrongKind.reply)).toMatch(/choose a name ending in \.html or \.htm/);
  });
});

describe('deck:open', () => {
  it('refuses a link named .md that leads to a file that is not a deck, and anything not named .md', async () => {
    const link = join(dir, 'passwd.deck.md');
    await symlink('/etc/passwd', link);
    const host = services();
    const answer = await host.dispatch('deck:open', { path: link });
    expect(answer.status).toBe(400);
    expect(message(answer.reply)).toBe(
      `${link} is a link to /etc/passwd, which is not a deck (.md) file; Briefdeck does not open it.`,
    );
    expect(JSON.stringify(answer.reply)).not.toContain('root:');
    expect((await host.dispatch('deck:open', { path: '/etc/passwd' })).status).toBe(400);
    // A link to a folder named .md is no deck either.
    await mkdir(join(dir, 'folder.md'));
    await symlink(join(dir, 'folder.md'), join(dir, 'dir-link.deck.md'));
    expect((await host.dispatch('deck:open', { path: join(dir, 'dir-link.deck.md') })).status).toBe(400);
  });

  it('opens a deck through a link to a real deck, and saving then writes through the link', async () => {
    await mkdir(join(dir, 'real'));
    const target = join(dir, 'real', 'brief.deck.md');
    await writeFile(target, '# One\n');
    const link = join(dir, 'brief.deck.md');
    await symlink(target, link);
    const host = services();
    const opened = await host.dispatch('deck:open', { path: link });
    expect(opened.reply).toMatchObject({ ok: true, value: { path: link, text: '# One\n' } });
  });
});
