import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { EXIT } from '../../../../electron/cli/errors';
import type { CliIo } from '../../../../electron/cli/io';
import { run } from '../../../../electron/cli/run';
import { importText } from '../../../../slides/import/index';
import { articleSource } from '../../../../electron/services/articleSidecar';

const DECK = 'slides/decks/azerbaijan-boycott.deck.md';
const ARTICLE = 'slides/decks/azerbaijan-boycott.article.txt';
const dir = mkdtempSync(join(tmpdir(), 'briefdeck-check-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function fakeIo() {
  const out: string[] = [];
  const err: string[] = [];
  const read: string[] = [];
  const io: Partial<CliIo> = {
    stdout: (t) => void out.push(t),
    stderr: (t) => void err.push(t),
    readArticle: async (path) => {
      read.push(path);
      return importText(readFileSync(path, 'utf8'), { format: 'txt' });
    },
    writeFile: async () => undefined,
  };
  return { io, read, out: () => out.join(''), err: () => err.join('') };
}

/** The bundled deck with one slide's text changed, saved as `name.deck.md` in the temp folder. */
function defectiveDeck(name: string): string {
  const text = readFileSync(DECK, 'utf8')
    .replace(
      "- Erdogan has fiercely condemned Israel's conduct in Gaza",
      '- The charging schedules were public all along, she said, in 2031',
    )
    .replace('There is another side to this.', 'Be fair to the other side.');
  const path = join(dir, `${name}.deck.md`);
  writeFileSync(path, text);
  return path;
}

describe('briefdeck check', () => {
  it('exits 0 with nothing printed on the bundled briefing, with and without --article', async () => {
    for (const argv of [
      ['check', DECK],
      ['check', DECK, '--article', ARTICLE],
    ]) {
      const f = fakeIo();
      expect(await run(argv, f.io)).toBe(EXIT.ok);
      expect(f.out()).toBe('');
      expect(f.err()).toBe('');
    }
  });

  it('prints one line per finding and exits 4, finding the article beside the deck', async () => {
    const path = defectiveDeck('beside');
    copyFileSync(ARTICLE, join(dir, 'beside.article.txt'));
    const f = fakeIo();
    expect(await run(['check', path], f.io)).toBe(EXIT.badInput);
    const lines = f.out().trimEnd().split('\n');
    expect(lines).toEqual([
      expect.stringMatching(/^slide 9, item 1: .*"she said" names no one$/),
      'slide 9, item 1: 2031 in item 1 is not in the article',
      expect.stringMatching(
        /^slide 10, notes: The notes instruct the presenter .*"Be fair to the other side\."$/,
      ),
    ]);
    expect(f.err()).toBe(`briefdeck check: 3 findings in ${path}\n`);
  });

  it('--json prints the findings array, and without an article skips the source checks', async () => {
    const path = defectiveDeck('alone');
    const f = fakeIo();
    expect(await run(['check', path, '--json'], f.io)).toBe(EXIT.badInput);
    const findings = JSON.parse(f.out()) as { code: string; slide: number; element: unknown }[];
    expect(findings.map((x) => [x.code, x.slide])).toEqual([
      ['unattributed-quote', 8],
      ['coaching-notes', 9],
    ]);
    expect(findings[0]?.element).toEqual({ kind: 'item', index: 0 });
  });

  it('reads --article as an article file or as a split .article.json', async () => {
    const path = defectiveDeck('explicit');
    const f = fakeIo();
    expect(await run(['check', path, '--article', ARTICLE, '--json'], f.io)).toBe(EXIT.badInput);
    expect(f.read).toEqual([ARTICLE]);
    expect(JSON.parse(f.out())).toHaveLength(3);
    const json = join(dir, 'split.article.json');
    writeFileSync(json, JSON.stringify(articleSource(readFileSync(ARTICLE, 'utf8'))));
    const g = fakeIo();
    expect(await run(['check', path, '--article', json, '--json'], g.io)).toBe(EXIT.badInput);
    expect(JSON.parse(g.out())).toHaveLength(3);
  });

  it.each([
    [['check'], EXIT.usage],
    [['check', DECK, '--bogus'], EXIT.usage],
    [['check', DECK, '--article'], EXIT.usage],
    [['check', join(dir, 'missing.deck.md')], EXIT.unreadable],
  ])('%j exits %i with one line on stderr', async (argv, code) => {
    const f = fakeIo();
    expect(await run(argv, f.io)).toBe(code);
    expect(f.err().trim().split('\n')).toHaveLength(1);
  });

  it('refuses an .article.json that is not an article, and a deck that does not parse', async () => {
    const bad = join(dir, 'bad.article.json');
    writeFileSync(bad, '{"paragraphs": "no"}');
    const f = fakeIo();
    expect(await run(['check', DECK, '--article', bad], f.io)).toBe(EXIT.badInput);
    expect(f.err()).toContain('is not an article');
    const broken = join(dir, 'broken.deck.md');
    writeFileSync(broken, '---\ntheme: [unclosed\n---\n\n# A\n');
    const g = fakeIo();
    expect(await run(['check', broken], g.io)).toBe(EXIT.badInput);
    expect(g.err()).toMatch(/^briefdeck check: .*broken\.deck\.md:2:\d+: /);
  });
});
