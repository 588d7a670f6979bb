import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readDeck, saveDeck, sha256 } from '../../../../electron/services/deckFiles';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'briefdeck-deck-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('readDeck', () => {
  it('returns the text exactly as stored (BOM, CRLF) and the hash of its bytes', async () => {
    const path = join(dir, 'a.deck.md');
    const bytes = Buffer.from('\uFEFF---\r\ntitle: Ü\r\n---\r\n# One\r\n', 'utf8');
    await writeFile(path, bytes);
    const doc = await readDeck(path);
    expect(doc.text).toBe(bytes.toString('utf8'));
    expect(doc.text.charCodeAt(0)).toBe(0xfeff);
    expect(doc.hash).toBe(createHash('sha256').update(bytes).digest('hex'));
    expect(doc.path).toBe(path);
  });

  it('says plainly when a deck is missing', async () => {
    await expect(readDeck(join(dir, 'nope.deck.md'))).rejects.toThrow(/does not exist/);
  });
});

describe('saveDeck', () => {
  it('saves and returns the hash of what it wrote', async () => {
    const path = join(dir, 'b.deck.md');
    const result = await saveDeck(path, '# Hello\n');
    expect(result).toEqual({ ok: true, path, hash: sha256('# Hello\n') });
    expect((await readDeck(path)).hash).toBe(sha256('# Hello\n'));
  });

  it('refuses with conflict when the file changed on disk since it was read', async () => {
    const path = join(dir, 'c.deck.md');
    await writeFile(path, 'v1');
    const { hash } = await readDeck(path);
    await writeFile(path, 'changed by someone else');
    const result = await saveDeck(path, 'my edit', hash);
    expect(result).toMatchObject({ ok: false, reason: 'conflict' });
    expect(await readFile(path, 'utf8')).toBe('changed by someone else');
  });

  it('saves when the expected hash matches; a deck deleted on disk is a conflict until the user says to recreate it', async () => {
    const path = join(dir, 'd.deck.md');
    await writeFile(path, 'v1');
    const { hash } = await readDeck(path);
    expect(await saveDeck(path, 'v2', hash)).toMatchObject({ ok: true });
    const gone = join(dir, 'gone.deck.md');
    await writeFile(gone, 'v1');
    const opened = await readDeck(gone);
    await rm(gone);
    expect(await saveDeck(gone, 'v2', opened.hash)).toMatchObject({
      ok: false,
      reason: 'conflict',
      message: expect.stringMatching(/was deleted on disk/),
    });
    await expect(readFile(gone)).rejects.toThrow(/ENOENT/);
    expect(await saveDeck(gone, 'v2', null)).toMatchObject({ ok: true });
    expect(await readFile(gone, 'utf8')).toBe('v2');
  });

  it('maps a missing folder to a plain error', async () => {
    const result = await saveDeck(join(dir, 'no', 'such', 'e.deck.md'), 'x');
    expect(result).toMatchObject({ ok: false, reason: 'error' });
  });
});

describe('files Briefdeck cannot read faithfully', () => {
  // A real deck with one byte that is not UTF-8 (0xE9, "é" in Latin-1) in a bullet.
  const latin1 = Buffer.concat([
    Buffer.from('---\ntitle: Caf', 'utf8'),
    Buffer.from([0xe9]),
    Buffer.from('\n---\n\n# One\n\n- r', 'utf8'),
    Buffer.from([0xe9]),
    Buffer.from('sum', 'utf8'),
    Buffer.from([0xe9]),
    Buffer.from('\n', 'utf8'),
  ]);
  // The first bytes of a real PNG (signature, IHDR chunk of a 1×1 image).
  const png = Buffer.from(
    '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8ffff3f0005fe02fea7d6a4a50000000049454e44ae426082',
    'hex',
  );

  it('opens invalid UTF-8 read-only with a message that names the file, and never saves over it', async () => {
    const path = join(dir, 'latin1.deck.md');
    await writeFile(path, latin1);
    const doc = await readDeck(path);
    expect(doc.readOnly).toMatch(/not valid UTF-8/);
    expect(doc.readOnly).toContain(path);
    expect(doc.hash).toBe(sha256(latin1));
    // Even a save with the right hash (Ctrl+S without edits) leaves every byte as it was.
    const result = await saveDeck(path, doc.text, doc.hash);
    expect(result).toMatchObject({ ok: false, reason: 'readonly' });
    expect((result as { message: string }).message).toContain(path);
    expect(await readFile(path)).toEqual(latin1);
    // Save As elsewhere works, and writes valid UTF-8.
    const copy = join(dir, 'copy.deck.md');
    expect(await saveDeck(copy, doc.text)).toMatchObject({ ok: true });
    expect((await readDeck(copy)).readOnly).toBeUndefined();
  });

  it('refuses a PNG renamed .deck.md on open and on save, naming what it is', async () => {
    const path = join(dir, 'png.deck.md');
    await writeFile(path, png);
    await expect(readDeck(path)).rejects.toThrow(/png\.deck\.md is a PNG image, not a deck/);
    const result = await saveDeck(path, '# One\n', sha256(png));
    expect(result).toMatchObject({ ok: false, reason: 'readonly' });
    expect(await readFile(path)).toEqual(png);
  });

  it('refuses any file with NUL bytes as binary', async () => {
    const path = join(dir, 'nul.deck.md');
    await writeFile(path, Buffer.from('# One\n\0\0\0binary', 'utf8'));
    await expect(readDeck(path)).rejects.toThrow(/is a binary file, not a deck/);
  });
});
