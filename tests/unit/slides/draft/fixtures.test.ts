import { describe, expect, it } from 'vitest';
import { readArticleFile } from '../../../../electron/services/import';
import { analyzeArticle } from '../../../../slides/analyze/analyze';
import { standfirstRef, standfirstSentences } from '../../../../slides/analyze/sentences';
import { draftDeck, sourceTextOf } from '../../../../slides/draft';
import { parseKeyPoints, scoreDraft } from '../../../../slides/eval/keypoints';
import { parseDeck } from '../../../../slides/format/parse';
import { listArticleFixtures } from '../../../../scripts/draftFixtures';

const COMMENT = /<!--[\s\S]*?-->/g;
const DATA_SRC = /data-src="([^"]+)"/g;
const TITLE = /^#{1,2} (.+)$/m;
const DANGLING_END =
  /\b(?:a|an|the|of|to|in|on|at|by|for|with|from|into|and|or|but|that|which|who|as|than|its|their|his|her)$/i;
const TOPIC_TITLES = new Set([
  'key figures',
  'who wants what',
  'key dates',
  'context',
  'judgment',
  'outlook',
]);
const fixtures = listArticleFixtures();

describe.each(fixtures.map((f) => [f.name, f] as const))('draft of %s', (name, fixture) => {
  it('parses, links every bullet, has notes with sources, adds no fact and leaks no boilerplate', async () => {
    const article = await readArticleFile(fixture.articlePath);
    const { text, report } = draftDeck(article);
    const { deck, errors } = parseDeck(text);
    expect(errors).toEqual([]);
    const words = analyzeArticle(article).wordCount;
    expect(deck.slides.length).toBeGreaterThanOrEqual(words < 300 ? 4 : words < 800 ? 5 : 8);
    expect(deck.slides.length).toBeLessThanOrEqual(words <= 2000 ? 14 : 20);
    // Body sentences, and the standfirst's as `p0.sM`.
    const refs = new Set([
      ...analyzeArticle(article).sentences.map((s) => s.ref),
      ...standfirstSentences(article.standfirst).map((_, i) => standfirstRef(i)),
    ]);
    for (const slide of deck.slides) {
      for (const m of slide.body.matchAll(DATA_SRC))
        for (const ref of (m[1] ?? '').split(' ')) expect(refs.has(ref), `${name}: ${ref}`).toBe(true);
      const bullets = slide.body.split('\n').filter((l) => l.startsWith('- '));
      if (slide.layout !== 'sources')
        for (const b of bullets) expect(b, `${name}: bullet without data-src`).toMatch(DATA_SRC);
      if (!['title', 'sources'].includes(slide.layout))
        expect(slide.notes, `${name}: notes`).toContain('Sources:');
      const title = TITLE.exec(slide.body)?.[1]?.trim() ?? '';
      expect(title, `${name}: dangling title`).not.toMatch(DANGLING_END);
      expect(TOPIC_TITLES.has(title.toLowerCase()), `${name}: topic title "${title}"`).toBe(false);
    }
    expect(report.unsupported).toEqual([]);
    if (fixture.keyPointsJson) {
      const keyPoints = parseKeyPoints(fixture.keyPointsJson, name);
      const all = `${text}`.toLowerCase();
      for (const b of keyPoints.boilerplate)
        expect(all, `${name}: boilerplate`).not.toContain(b.toLowerCase());
      if (keyPoints.expect === 'draft') {
        const score = scoreDraft(
          {
            slidesText: deck.slides.map((s) => s.body.replace(COMMENT, '')),
            notesText: deck.slides.map((s) => s.notes),
            articleText: sourceTextOf(article),
          },
          keyPoints,
        );
        // A floor per article; the corpus figures against the drafting targets are in npm run eval:draft.
        expect(score.coverage, `${name}: missed ${score.missed.join(', ')}`).toBeGreaterThanOrEqual(0.65);
        expect(score.missedFigures, `${name}: key figures`).toEqual([]);
        expect(score.numbersNotInSource, `${name}: numbers not in the article`).toEqual([]);
      }
    }
  }, 30_000);
});
