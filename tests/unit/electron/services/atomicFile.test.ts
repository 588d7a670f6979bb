import * as fs from 'node:fs/promises';
import { chmod, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { saveFileAtomic, SaveError, type AtomicFs } from '../../../../electron/services/atomicFile';
import { tryExec } from '../../../helpers/exec';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'briefdeck-save-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

async function failure(promise: Promise<unknown>): Promise<SaveError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(SaveError);
    return error as SaveError;
  }
  throw new Error('the save was expected to fail');
}

/** An fs whose writes accept `budget` bytes in total and then fail with ENOSPC (or write 0 bytes). */
function fullDisk(budget: number, mode: 'throw' | 'zero'): AtomicFs {
  return {
    ...fs,
    async open(path, flags, openMode) {
      const handle = await fs.open(path, flags, openMode);
      if (flags !== 'wx') return handle;
      let left = budget;
      const write = async (buffer: Buffer, offset: number, length: number, position: number) => {
        if (left <= 0) {
          if (mode === 'zero') return { bytesWritten: 0, buffer };
          throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
        }
        const n = Math.min(length, left, 7);
        left -= n;
        return handle.write(buffer, offset, n, position);
      };
      return Object.assign(Object.create(handle) as typeof handle, {
        write,
        sync: () => handle.sync(),
        stat: () => handle.stat(),
        close: () => handle.close(),
      });
    },
  } as AtomicFs;
}

describe('saveFileAtomic', () => {
  it('writes new and existing files in full and leaves no temporary file', async () => {
    const target = join(dir, 'a.deck.md');
    await saveFileAtomic(target, 'first');
    await saveFileAtomic(target, 'second ✓\r\n');
    expect(await readFile(target, 'utf8')).toBe('second ✓\r\n');
    expect(await readdir(dir)).toEqual(['a.deck.md']);
  });

  it('loops over short writes until every byte is written', async () => {
    const target = join(dir, 'long.deck.md');
    const text = 'x'.repeat(1000);
    await saveFileAtomic(target, text, { fs: fullDisk(10_000, 'throw') });
    expect(await readFile(target, 'utf8')).toBe(text);
  });

  it('keeps the file mode of the file it replaces', async () => {
    const target = join(dir, 'm.deck.md');
    await writeFile(target, 'old');
    await chmod(target, 0o600);
    await saveFileAtomic(target, 'new');
    expect((await fs.stat(target)).mode & 0o777).toBe(0o600);
  });

  it('refuses a 0444 file, even as root, and leaves it unchanged', async () => {
    const target = join(dir, 'ro.deck.md');
    await writeFile(target, 'original');
    await chmod(target, 0o444);
    const error = await failure(saveFileAtomic(target, 'new'));
    expect(error.reason).toBe('readonly');
    expect(await readFile(target, 'utf8')).toBe('original');
    expect(await readdir(dir)).toEqual(['ro.deck.md']);
  });

  it.each(['throw', 'zero'] as const)(
    'reports a full disk (%s) and keeps the old file intact',
    async (mode) => {
      const target = join(dir, 'full.deck.md');
      await writeFile(target, 'the good version');
      const error = await failure(saveFileAtomic(target, 'y'.repeat(500), { fs: fullDisk(100, mode) }));
      expect(error.reason).toBe('nospace');
      expect(error.message).toMatch(/disk space/);
      expect(await readFile(target, 'utf8')).toBe('the good version');
      expect(await readdir(dir)).toEqual(['full.deck.md']);
    },
  );

  it('reports a target that is a folder', async () => {
    const error = await failure(saveFileAtomic(dir, 'x'));
    expect(error.reason).toBe('error');
  });
});

const isRoot = process.getuid?.() === 0;

describe.skipIf(!isRoot)('saveFileAtomic on real file systems (root)', () => {
  it('refuses an immutable (chattr +i) file', async (context) => {
    const target = join(dir, 'immutable.deck.md');
    await writeFile(target, 'original');
    if (!tryExec('chattr', ['+i', target])) return context.skip();
    try {
      const error = await failure(saveFileAtomic(target, 'new'));
      expect(error.reason).toBe('readonly');
      expect(await readFile(target, 'utf8')).toBe('original');
      expect(await readdir(dir)).toEqual(['immutable.deck.md']);
    } finally {
      tryExec('chattr', ['-i', target]);
    }
  });

  it('reports a real full tmpfs and keeps the old file intact', async (context) => {
    const mountPoint = join(dir, 'small');
    await fs.mkdir(mountPoint);
    if (!tryExec('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', mountPoint])) return context.skip();
    try {
      const target = join(mountPoint, 'deck.deck.md');
      await writeFile(target, 'the good version');
      const error = await failure(saveFileAtomic(target, 'z'.repeat(200 * 1024)));
      expect(error.reason).toBe('nospace');
      expect(await readFile(target, 'utf8')).toBe('the good version');
      expect(await readdir(mountPoint)).toEqual(['deck.deck.md']);
    } finally {
      tryExec('umount', [mountPoint]);
    }
  });
});
