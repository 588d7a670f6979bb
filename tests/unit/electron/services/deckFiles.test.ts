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

  it('saves when the expected hash matches, and when the file is gone', async () => {
    const path = join(dir, 'd.deck.md');
    await writeFile(path, 'v1');
    const { hash } = await readDeck(path);
    expect(await saveDeck(path, 'v2', hash)).toMatchObject({ ok: true });
    expect(await saveDeck(join(dir, 'new.deck.md'), 'v1', hash)).toMatchObject({ ok: true });
  });

  it('maps a missing folder to a plain error', async () => {
    const result = await saveDeck(join(dir, 'no', 'such', 'e.deck.md'), 'x');
    expect(result).toMatchObject({ ok: false, reason: 'error' });
  });
});
