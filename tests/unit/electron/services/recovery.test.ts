import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createRecoveryStore } from '../../../../electron/services/recovery';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'briefdeck-recovery-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('recovery journals', () => {
  it('writes, lists newest first, overwrites per key and clears', async () => {
    let t = Date.parse('2026-01-01T00:00:00Z');
    const store = createRecoveryStore(dir, () => new Date((t += 1000)));
    await store.write('doc-a', 'first', '/decks/a.deck.md');
    await store.write('doc-b', 'unsaved ✓', null);
    await store.write('doc-a', 'second', '/decks/a.deck.md');
    const listed = await store.list();
    expect(listed.map((e) => [e.key, e.text, e.path])).toEqual([
      ['doc-a', 'second', '/decks/a.deck.md'],
      ['doc-b', 'unsaved ✓', null],
    ]);
    expect(listed[0]!.savedAt).toBe('2026-01-01T00:00:03.000Z');
    await store.clear('doc-a');
    expect((await store.list()).map((e) => e.key)).toEqual(['doc-b']);
    await store.clear('doc-a');
  });

  it("keeps the deck's article and its undo steps with the text", async () => {
    const store = createRecoveryStore(dir);
    const article = { title: 'An article', paragraphs: [['One sentence.', 'Another.']] };
    const history = [{ text: '# Before', current: 0 }];
    await store.write('doc-a', '# After', null, { article, history });
    expect(await store.list()).toEqual([expect.objectContaining({ key: 'doc-a', article, history })]);
  });

  it('starts empty and refuses keys that could leave the folder', async () => {
    const store = createRecoveryStore(dir);
    expect(await store.list()).toEqual([]);
    await expect(store.write('../escape', 'x', null)).rejects.toThrow(/invalid recovery key/);
    await expect(store.clear('a/b')).rejects.toThrow(/invalid recovery key/);
    expect(await readdir(dir)).not.toContain('escape.journal.json');
  });

  it('skips torn or foreign journals without deleting them', async () => {
    const store = createRecoveryStore(dir);
    await store.write('good', 'text', null);
    await writeFile(join(dir, 'recovery', 'torn.journal.json'), '{"key":"torn","te');
    await writeFile(
      join(dir, 'recovery', 'other.journal.json'),
      JSON.stringify({ key: 'good', text: 'x', path: null, savedAt: 'z' }),
    );
    expect((await store.list()).map((e) => e.key)).toEqual(['good']);
    expect((await readdir(join(dir, 'recovery'))).sort()).toEqual([
      'good.journal.json',
      'other.journal.json',
      'torn.journal.json',
    ]);
  });
});
