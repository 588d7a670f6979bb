import { describe, expect, it } from 'vitest';
import { run } from '../../../../electron/cli/run';
import { EXIT } from '../../../../electron/cli/errors';
import { ImportError } from '../../../../slides/import/types';
import { importedSeed } from '../../../helpers/importedSeed';

function fakeIo(readArticle = async () => importedSeed()) {
  const out: string[] = [];
  const err: string[] = [];
  const files = new Map<string, string>();
  return {
    out,
    err,
    files,
    io: {
      stdout: (t: string) => void out.push(t),
      stderr: (t: string) => void err.push(t),
      readArticle,
      writeFile: async (path: string, data: string) => void files.set(path, data),
    },
  };
}

describe('run', () => {
  it('drafts to a file and exits 0', async () => {
    const f = fakeIo();
    expect(await run(['draft', 'seed.txt', '-o', 'out.deck.md', '--slides', '10'], f.io)).toBe(EXIT.ok);
    expect(f.files.get('out.deck.md')).toContain('<!-- .slide: data-layout="title" -->');
    expect(f.files.get('out.deck.md')?.match(/<!-- \.slide:/g)).toHaveLength(10);
  });

  it('prints to stdout without -o', async () => {
    const f = fakeIo();
    expect(await run(['draft', 'seed.txt'], f.io)).toBe(EXIT.ok);
    expect(f.out.join('')).toContain('data-src="p');
  });

  it.each([
    [[], EXIT.usage],
    [['nope'], EXIT.usage],
    [['draft'], EXIT.usage],
    [['draft', 'a.txt', '--slides', 'x'], EXIT.usage],
    [['draft', 'a.txt', '--bogus'], EXIT.usage],
  ])('usage error %j → %i with one line on stderr', async (argv, code) => {
    const f = fakeIo();
    expect(await run(argv, f.io)).toBe(code);
    expect(f.err.join('').trim().split('\n')).toHaveLength(1);
  });

  it('reports unreadable files and bad input with distinct codes', async () => {
    const missing = fakeIo(async () => {
      throw new Error('Cannot open a.txt: the file does not exist.');
    });
    expect(await run(['draft', 'a.txt'], missing.io)).toBe(EXIT.unreadable);
    expect(missing.err.join('')).toMatch(
      /^briefdeck draft: Cannot open a\.txt: the file does not exist\.\n$/,
    );
    const binary = fakeIo(async () => {
      throw new ImportError('This is not a text file:\nit looks like a PNG image.', 'binary');
    });
    expect(await run(['draft', 'a.txt'], binary.io)).toBe(EXIT.badInput);
    expect(binary.err.join('').trim().split('\n')).toHaveLength(1);
  });

  it('reports a failed write', async () => {
    const f = fakeIo();
    f.io.writeFile = async () => {
      throw new Error('no space left');
    };
    expect(await run(['draft', 'seed.txt', '-o', 'x.deck.md'], f.io)).toBe(EXIT.writeFailed);
  });
});
