/**
 * Every corpus article through the real importer (the same `readArticleFile` the app and the CLI use): none of
 * the furniture its key-point file lists survives in the paragraphs, every key point can still be matched in
 * what is left, and the furniture count is reported in the import's warning.
 */
import { describe, expect, it } from 'vitest';
import { readArticleFile } from '../../../../electron/services/import';
import { listArticleFixtures } from '../../../../scripts/draftFixtures';
import {
  groupsCovered,
  normalise,
  parseKeyPoints,
  termIn,
  type KeyPoints,
} from '../../../../slides/eval/keypoints';

const DROPPED = /^dropped (\d+) boilerplate/;
const ISO_TIMESTAMP = /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

const fixtures = listArticleFixtures()
  .filter((fixture) => fixture.keyPointsJson !== undefined)
  .map((fixture) => ({
    ...fixture,
    keyPoints: parseKeyPoints(fixture.keyPointsJson, `${fixture.name}/keypoints.json`),
  }));

/** The articles whose pages carry furniture of each kind named in issue 10, so each kind is exercised. */
const FURNITURE_IN_CORPUS: Record<string, string[]> = {
  'thinktank-commentary': ['Helena Varga is a senior fellow', 'About the author', 'Read: Hydrogen valleys'],
  'news-feature': ['Updated March 14, 2024, 10:28am EST', '214 comments', 'Photo: Marcus Reyes'],
  'econ-figures': ['A version of this article appears in print', 'Send a letter to the editor'],
  'health-explainer': ['(@LuciaFerrerNeph) March 3, 2024', 'pic.twitter.com/Qm81ZpXk2v'],
  'tech-blog': [
    'Related: Why our monorepo',
    'Share this: Twitter',
    '87 comments',
    '(@priyaraman_dev) January 9, 2024',
  ],
};

/** The date each dated article gives, as people write it (never a machine timestamp, never invented). */
const DATES: Record<string, string | undefined> = {
  'thinktank-commentary': '25 September 2024',
  'news-feature': '14 March 2024',
  'health-explainer': '5 March 2024',
  'news-timeline': '9 April 2024',
  'pasted-with-nav': '18 August 2024',
  'tech-blog': '14 February 2024',
  chronology: '18 June 2024',
  'econ-report': '14 March 2024',
  'long-report': 'September 2024',
  seed: undefined,
  oped: undefined,
  'magazine-essay': undefined,
};

function bodyText(article: { paragraphs: string[] }): string {
  return normalise(article.paragraphs.join('\n'));
}

function uncoveredPoints(keyPoints: KeyPoints, text: string): string[] {
  return keyPoints.points
    .filter((point) => !point.match.every((group) => group.some((term) => termIn(term, text))))
    .map((point) => point.id);
}

describe('page furniture in the corpus', () => {
  it('exercises every kind of furniture', () => {
    for (const [name, lines] of Object.entries(FURNITURE_IN_CORPUS)) {
      const fixture = fixtures.find((f) => f.name === name);
      expect(fixture, name).toBeDefined();
      for (const line of lines)
        expect(
          fixture!.keyPoints.boilerplate.some((b) => b.includes(line) || line.includes(b)),
          line,
        ).toBe(true);
    }
  });

  describe.each(fixtures)('$name', ({ name, articlePath, keyPoints }) => {
    it('imports with none of its furniture in the paragraphs, and every key point still matchable', async () => {
      const article = await readArticleFile(articlePath);
      const text = bodyText(article);
      expect(keyPoints.boilerplate.filter((line) => text.includes(normalise(line)))).toEqual([]);
      expect(text).not.toMatch(/pic\.twitter\.com|\(@\w+\)/);
      expect(uncoveredPoints(keyPoints, text)).toEqual([]);
      expect(keyPoints.points.every((point) => groupsCovered(point.match, text))).toBe(true);
      // Dates are written as people write them, never as a machine timestamp.
      expect(article.date ?? '').not.toMatch(ISO_TIMESTAMP);
      if (name in DATES) expect(article.date).toBe(DATES[name]);
      // A bio is metadata, never a paragraph.
      if (article.authorBio) expect(article.paragraphs).not.toContain(article.authorBio);
      const dropped = Number(DROPPED.exec(article.warnings.find((w) => DROPPED.test(w)) ?? '')?.[1] ?? 0);
      // Furniture other than the bio (which moves to metadata) is counted in the import's warning.
      if (keyPoints.boilerplate.some((line) => !normalise(article.authorBio ?? '').includes(normalise(line))))
        expect(dropped).toBeGreaterThan(0);
      console.log(`furniture dropped: ${path(articlePath)} ${dropped}`);
    });
  });
});

function path(file: string): string {
  return file.split('/').slice(-2).join('/');
}
