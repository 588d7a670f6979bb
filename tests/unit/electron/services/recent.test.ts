import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createRecentList, MAX_RECENT } from '../../../../electron/services/recent';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'briefdeck-recent-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

async function decks(n: number): Promise<string[]> {
  const paths = Array.from({ length: n }, (_, i) => join(dir, `d${i}.deck.md`));
  await Promise.all(paths.map((p) => writeFile(p, 'x')));
  return paths;
}

describe('recent files', () => {
  it('reports every change and clears, with concurrent adds applied in order', async () => {
    const seen: string[][] = [];
    const recent = createRecentList(dir, (files) => seen.push(files));
    const paths = await decks(3);
    await Promise.all(paths.map((p) => recent.add(p)));
    expect(await recent.list()).toEqual([paths[2], paths[1], paths[0]]);
    expect(seen.map((files) => files.length)).toEqual([1, 2, 3]);
    await recent.clear();
    expect(await recent.list()).toEqual([]);
    expect(seen.at(-1)).toEqual([]);
  });

  it('lists newest first, without duplicates, at most ten', async () => {
    const recent = createRecentList(join(dir, 'not-yet-created'));
    const paths = await decks(12);
    for (const p of paths) await recent.add(p);
    await recent.add(paths[5]!);
    const list = await recent.list();
    expect(list).toHaveLength(MAX_RECENT);
    expect(list[0]).toBe(paths[5]);
    expect(new Set(list).size).toBe(list.length);
    expect(list).not.toContain(paths[0]);
    expect(list[1]).toBe(paths[11]);
  });

  it('keeps concurrent additions and survives a new instance', async () => {
    const paths = await decks(3);
    const recent = createRecentList(dir);
    await Promise.all(paths.map((p) => recent.add(p)));
    expect((await createRecentList(dir).list()).sort()).toEqual([...paths].sort());
  });

  it('drops files that no longer exist and starts afresh from a damaged list', async () => {
    const [kept] = await decks(1);
    const recent = createRecentList(dir);
    await recent.add(join(dir, 'deleted.deck.md'));
    await recent.add(kept!);
    expect(await recent.list()).toEqual([kept]);
    await writeFile(join(dir, 'recent.json'), '{ not json');
    expect(await recent.list()).toEqual([]);
    await recent.add(kept!);
    expect(await recent.list()).toEqual([kept]);
  });
});
