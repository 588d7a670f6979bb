/**
 * Saving keeps links and cleans up after killed saves (issue 13, item 5): a symbolic link is written through (it
 * stays a link), hard links keep sharing one file, and our temporary files whose process is gone are removed.
 */
import { spawn } from 'node:child_process';
import {
  link,
  lstat,
  mkdir,
  mkdtemp,
  readdir,
  readFile,
  readlink,
  rm,
  stat,
  symlink,
  writeFile,
} from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { removeStaleTemps, saveFileAtomic } from '../../../../electron/services/atomicFile';
import { readDeck, saveDeck } from '../../../../electron/services/deckFiles';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'briefdeck-links-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

/** The pid of a process that has exited. */
function deadPid(): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['-e', '0']);
    child.once('exit', () => resolve(child.pid ?? 0));
  });
}

describe('saving through links', () => {
  it('writes through a symbolic link to its target, and the link stays a link', async () => {
    await mkdir(join(dir, 'real'));
    const target = join(dir, 'real', 'brief.deck.md');
    await writeFile(target, '# Old\n');
    const linkPath = join(dir, 'brief.deck.md');
    await symlink(target, linkPath);
    const opened = await readDeck(linkPath);
    expect(await saveDeck(linkPath, '# New\n', opened.hash)).toMatchObject({ ok: true });
    expect((await lstat(linkPath)).isSymbolicLink()).toBe(true);
    expect(await readlink(linkPath)).toBe(target);
    expect(await readFile(target, 'utf8')).toBe('# New\n');
    expect(await readdir(join(dir, 'real'))).toEqual(['brief.deck.md']);
  });

  it('keeps hard links sharing one file', async () => {
    const first = join(dir, 'a.deck.md');
    const second = join(dir, 'b.deck.md');
    await writeFile(first, '# Old\n');
    await link(first, second);
    const inode = (await stat(first)).ino;
    await saveFileAtomic(first, '# New, and longer than before\n');
    expect(await readFile(second, 'utf8')).toBe('# New, and longer than before\n');
    expect((await stat(first)).ino).toBe(inode);
    expect((await stat(second)).nlink).toBe(2);
    await saveFileAtomic(second, '# Short\n');
    expect(await readFile(first, 'utf8')).toBe('# Short\n');
    expect((await readdir(dir)).sort()).toEqual(['a.deck.md', 'b.deck.md']);
  });
});

describe('temporary files left by killed saves', () => {
  it('are removed on the next save or open when their process is gone; a live save keeps its own', async () => {
    const path = join(dir, 'brief.deck.md');
    await writeFile(path, '# One\n');
    const dead = await deadPid();
    const stale = join(dir, `.brief.deck.md.${dead}.0123456789ab.tmp`);
    const live = join(dir, `.brief.deck.md.${process.ppid}.0123456789ab.tmp`);
    const other = join(dir, `.other.deck.md.${dead}.0123456789ab.tmp`);
    const notOurs = join(dir, `.brief.deck.md.${dead}.tmp`);
    for (const file of [stale, live, other, notOurs]) await writeFile(file, 'partial');
    await saveFileAtomic(path, '# Two\n');
    const left = await readdir(dir);
    expect(left).not.toContain(`.brief.deck.md.${dead}.0123456789ab.tmp`);
    expect(left).toContain(`.brief.deck.md.${process.ppid}.0123456789ab.tmp`);
    expect(left).toContain(`.other.deck.md.${dead}.0123456789ab.tmp`);
    expect(left).toContain(`.brief.deck.md.${dead}.tmp`);
    // Opening the other deck cleans its own.
    await writeFile(join(dir, 'other.deck.md'), '# Other\n');
    await readDeck(join(dir, 'other.deck.md'));
    await expect
      .poll(async () => (await readdir(dir)).includes(`.other.deck.md.${dead}.0123456789ab.tmp`))
      .toBe(false);
    expect(await removeStaleTemps(path)).toBe(0);
  });
});
