/**
 * deck:addImage copies an image beside its deck (into `images/`): only real images, never over another file, the
 * same bytes reused, at most 20 MB, and only beside a deck the user opened or saved.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addDeckImage } from '../../../../electron/services/addImage';
import { findAppRoot } from '../../../../electron/services/bundled';
import { createHostServices } from '../../../../electron/services/hostServices';
import { HostRequestError } from '../../../../electron/services/types';
import { createWebDialogs } from '../../../../electron/web/webDialogs';
import { MAX_ADDED_IMAGE_BYTES } from '../../../../slides/render/imageFile';

const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);
const OTHER_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);
const GIF = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64');
const JPEG_START = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00]);
const WEBP = Buffer.concat([Buffer.from('RIFF'), Buffer.from([26, 0, 0, 0]), Buffer.from('WEBPVP8L')]);
const SVG =
  '<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10"/></svg>\n';

let dir: string;
let deck: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'briefdeck-add-image-'));
  deck = join(dir, 'brief.deck.md');
  await writeFile(deck, '## Slide\n');
});
afterEach(() => rm(dir, { recursive: true, force: true }));

function imagesIn(folder = join(dir, 'images')): string[] {
  return existsSync(folder) ? readdirSync(folder).sort() : [];
}

describe('addDeckImage', () => {
  it('copies the bytes into images/ beside the deck under a safe name', async () => {
    const added = await addDeckImage(deck, 'Oil exports (2024) Ünal.PNG', PNG);
    expect(added).toEqual({ relativePath: 'images/oil-exports-2024-unal.png', reused: false });
    expect(readFileSync(join(dir, added.relativePath))).toEqual(PNG);
    expect(imagesIn()).toEqual(['oil-exports-2024-unal.png']);
  });

  it('names the copy by its content, not by the name it came with', async () => {
    expect((await addDeckImage(deck, 'photo.png', GIF)).relativePath).toBe('images/photo.gif');
    expect((await addDeckImage(deck, 'x.bin', JPEG_START)).relativePath).toBe('images/x.jpg');
    expect((await addDeckImage(deck, 'clip', WEBP)).relativePath).toBe('images/clip.webp');
    expect((await addDeckImage(deck, 'bars.svg', Buffer.from(SVG))).relativePath).toBe('images/bars.svg');
    expect(readFileSync(join(dir, 'images', 'bars.svg'), 'utf8')).toBe(SVG);
  });

  it('never overwrites a file: a taken name gets the next free number', async () => {
    await mkdir(join(dir, 'images'));
    await writeFile(join(dir, 'images', 'chart.png'), OTHER_PNG);
    await writeFile(join(dir, 'images', 'chart-2.png'), 'not mine');
    const added = await addDeckImage(deck, 'chart.png', PNG);
    expect(added).toEqual({ relativePath: 'images/chart-3.png', reused: false });
    expect(readFileSync(join(dir, 'images', 'chart.png'))).toEqual(OTHER_PNG);
    expect(readFileSync(join(dir, 'images', 'chart-2.png'), 'utf8')).toBe('not mine');
    expect(readFileSync(join(dir, 'images', 'chart-3.png'))).toEqual(PNG);
  });

  it('reuses a file that already holds the same bytes, whatever its name', async () => {
    const first = await addDeckImage(deck, 'chart.png', PNG);
    const again = await addDeckImage(deck, 'image.png', PNG);
    expect(again).toEqual({ relativePath: first.relativePath, reused: true });
    expect(imagesIn()).toEqual(['chart.png']);
  });

  it.each([
    ['text named like an image', 'notes.png', Buffer.from('hello, not an image')],
    ['a PDF', 'paper.png', Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n')],
    ['a BMP', 'old.bmp', Buffer.concat([Buffer.from('BM'), Buffer.alloc(60)])],
    ['an HTML page', 'page.svg', Buffer.from('<!doctype html><html><body><svg></svg></body></html>')],
  ])('refuses %s with a clear error and writes nothing', async (_what, name, bytes) => {
    await expect(addDeckImage(deck, name, bytes)).rejects.toThrow(
      new HostRequestError(`${name} is not an image Briefdeck can show (PNG, JPEG, GIF, WebP or SVG).`),
    );
    expect(imagesIn()).toEqual([]);
  });

  it('refuses an SVG that is not well-formed XML, or whose root is not an SVG element', async () => {
    await expect(
      addDeckImage(deck, 'broken.svg', Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><g></svg>')),
    ).rejects.toThrow(/broken\.svg is not a valid SVG file: its XML does not parse/);
    await expect(addDeckImage(deck, 'plain.svg', Buffer.from('<svg><rect/></svg>'))).rejects.toThrow(
      /plain\.svg is not a valid SVG file: its root element is not <svg>/,
    );
    await expect(
      addDeckImage(
        deck,
        'latin1.svg',
        Buffer.from('<svg xmlns="http://www.w3.org/2000/svg">\xff</svg>', 'latin1'),
      ),
    ).rejects.toThrow(/latin1\.svg is not a valid SVG file: it is not UTF-8 text/);
    expect(imagesIn()).toEqual([]);
  });

  it('refuses an empty file and one over 20 MB', async () => {
    await expect(addDeckImage(deck, 'empty.png', Buffer.alloc(0))).rejects.toThrow('empty.png is empty.');
    const huge = Buffer.concat([PNG, Buffer.alloc(MAX_ADDED_IMAGE_BYTES + 1 - PNG.length)]);
    await expect(addDeckImage(deck, 'huge.png', huge)).rejects.toThrow(
      'huge.png is 20.0 MB; images up to 20.0 MB can be added.',
    );
    expect(imagesIn()).toEqual([]);
  });

  it('refuses an images folder that is a link out of the deck folder', async () => {
    const elsewhere = await mkdtemp(join(tmpdir(), 'briefdeck-elsewhere-'));
    try {
      await symlink(elsewhere, join(dir, 'images'));
      await expect(addDeckImage(deck, 'chart.png', PNG)).rejects.toThrow(
        /is not a folder inside the deck's folder/,
      );
      expect(readdirSync(elsewhere)).toEqual([]);
    } finally {
      await rm(elsewhere, { recursive: true, force: true });
    }
  });
});

describe('the images folder', () => {
  it('is refused when it is a file, or a link to another folder beside the deck', async () => {
    await writeFile(join(dir, 'images'), 'a file');
    await expect(addDeckImage(deck, 'chart.png', PNG)).rejects.toThrow(
      /is not a folder inside the deck's folder/,
    );
    await rm(join(dir, 'images'));
    await mkdir(join(dir, 'pics'));
    await symlink(join(dir, 'pics'), join(dir, 'images'));
    await expect(addDeckImage(deck, 'chart.png', PNG)).rejects.toThrow(
      /is not a folder inside the deck's folder/,
    );
    expect(readdirSync(join(dir, 'pics'))).toEqual([]);
  });

  it('is found through a deck path that goes through a link', async () => {
    await symlink(dir, join(dir, 'here'));
    const added = await addDeckImage(join(dir, 'here', 'brief.deck.md'), 'chart.png', PNG);
    expect(added.relativePath).toBe('images/chart.png');
    expect(readFileSync(join(dir, 'images', 'chart.png'))).toEqual(PNG);
  });
});

describe('deck:addImage through the host services', () => {
  function services() {
    return createHostServices({
      host: 'web',
      version: '1',
      userDataDir: join(dir, 'user'),
      appRoot: findAppRoot(import.meta.url),
      dialogs: createWebDialogs(join(dir, 'saved')),
    });
  }
  const request = (deckPath: string, bytes: Buffer = PNG) => ({
    deckPath,
    name: 'chart.png',
    base64: bytes.toString('base64'),
  });

  it('adds an image beside a deck the user opened', async () => {
    const host = services();
    expect((await host.dispatch('deck:open', { path: deck })).status).toBe(200);
    const answer = await host.dispatch('deck:addImage', request(deck));
    expect(answer).toEqual({
      status: 200,
      reply: { ok: true, value: { relativePath: 'images/chart.png', reused: false } },
    });
    expect(await readFile(join(dir, 'images', 'chart.png'))).toEqual(PNG);
  });

  it('refuses a deck the user did not open or save, and writes nothing there', async () => {
    const other = join(dir, 'other');
    await mkdir(other);
    await writeFile(join(other, 'theirs.deck.md'), '## Theirs\n');
    const host = services();
    await host.dispatch('deck:open', { path: deck });
    const answer = await host.dispatch('deck:addImage', request(join(other, 'theirs.deck.md')));
    expect(answer.status).toBe(400);
    expect(answer.reply).toMatchObject({
      ok: false,
      error: {
        message: `${join(other, 'theirs.deck.md')} is not a deck you opened or saved; images are added only beside one.`,
      },
    });
    expect(imagesIn(join(other, 'images'))).toEqual([]);
  });

  it('refuses a request over 20 MB, a relative or non-deck path, and a name with a folder in it', async () => {
    const host = services();
    await host.dispatch('deck:open', { path: deck });
    const huge = Buffer.alloc(MAX_ADDED_IMAGE_BYTES + 3);
    const tooBig = await host.dispatch('deck:addImage', request(deck, huge));
    expect(tooBig.status).toBe(400);
    expect(JSON.stringify(tooBig.reply)).toContain('the image is larger than 20 MB');
    expect((await host.dispatch('deck:addImage', request('brief.deck.md'))).status).toBe(400);
    expect((await host.dispatch('deck:addImage', request(join(dir, 'secret.txt')))).status).toBe(400);
    const sneaky = await host.dispatch('deck:addImage', { ...request(deck), name: '../../x.png' });
    expect(sneaky.status).toBe(400);
    expect(imagesIn()).toEqual([]);
  });

  it('refuses bytes that are not an image with a clear error', async () => {
    const host = services();
    await host.dispatch('deck:open', { path: deck });
    const answer = await host.dispatch('deck:addImage', request(deck, Buffer.from('#!/bin/sh\nrm -rf ~\n')));
    expect(answer).toMatchObject({
      status: 400,
      reply: {
        ok: false,
        error: { message: 'chart.png is not an image Briefdeck can show (PNG, JPEG, GIF, WebP or SVG).' },
      },
    });
  });
});
