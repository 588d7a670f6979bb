import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { normalise, parseKeyPoints, unfairKeyPoints } from '../../../../slides/eval/keypoints';

const ARTICLES_DIR = join(import.meta.dirname, '../../../fixtures/articles');
const HTML_FILE = /\.html?$/i;
const WORD = /\S+/g;
const ARTICLE_FILE = /\.(?:txt|md|html?)$/i;

/** Every folder holding a keypoints.json, with its article file (`article.*`, else the first text-like file). */
const fixtures = readdirSync(ARTICLES_DIR, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && existsSync(join(ARTICLES_DIR, entry.name, 'keypoints.json')))
  .map((entry) => {
    const dir = join(ARTICLES_DIR, entry.name);
    const candidates = readdirSync(dir)
      .filter((file) => ARTICLE_FILE.test(file))
      .sort();
    const article = candidates.find((file) => file.startsWith('article.')) ?? candidates[0];
    return { name: entry.name, dir, article: article ? join(dir, article) : undefined };
  });

/** The article's readable text: for a saved web page, the body text without scripts and styles. */
function articleText(path: string): string {
  const raw = readFileSync(path, 'utf8');
  if (!HTML_FILE.test(path)) return raw;
  const { document } = parseHTML(raw);
  document.querySelectorAll('script, style').forEach((node) => node.remove());
  return document.body?.textContent ?? '';
}

describe('article fixtures', () => {
  it('include every shape the evaluation needs', () => {
    const names = fixtures.map((fixture) => fixture.name);
    for (const name of [
      'econ-report',
      'oped',
      'news-timeline',
      'long-report',
      'pasted-with-nav',
      'non-english',
      'seed',
    ]) {
      expect(names).toContain(name);
    }
  });

  describe.each(fixtures)('$name', ({ name, dir, article }) => {
    const keyPoints = () =>
      parseKeyPoints(readFileSync(join(dir, 'keypoints.json'), 'utf8'), `${name}/keypoints.json`);

    it('has a key-point file that validates, with 6–12 points', () => {
      const parsed = keyPoints();
      expect(parsed.points.length).toBeGreaterThanOrEqual(parsed.kind === 'non-english' ? 6 : 8);
      expect(parsed.points.length).toBeLessThanOrEqual(12);
    });

    it.skipIf(!article)('is fair: every point and figure can be matched in the article itself', () => {
      expect(unfairKeyPoints(keyPoints(), articleText(article!))).toEqual([]);
    });

    it.skipIf(!article)('lists boilerplate that really is on the page', () => {
      const text = normalise(articleText(article!));
      expect(keyPoints().boilerplate.filter((line) => !text.includes(normalise(line)))).toEqual([]);
    });
  });

  it('has articles of the intended lengths', () => {
    const words = (name: string) => {
      const fixture = fixtures.find((f) => f.name === name);
      return fixture?.article ? (articleText(fixture.article).match(WORD)?.length ?? 0) : 0;
    };
    expect(words('long-report')).toBeGreaterThan(4500);
    for (const name of ['econ-report', 'oped', 'news-timeline', 'pasted-with-nav']) {
      expect(words(name)).toBeGreaterThan(800);
      expect(words(name)).toBeLessThan(2000);
    }
  });
});
