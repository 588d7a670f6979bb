import { describe, expect, it } from 'vitest';
import { readArticleFile } from '../../../../electron/services/import';
import { draftDeck } from '../../../../slides/draft';
import { evaluateCorpus, type DraftToScore } from '../../../../slides/eval/figures';
import { parseKeyPoints } from '../../../../slides/eval/keypoints';
import { parseDeck } from '../../../../slides/format/parse';
import { listArticleFixtures } from '../../../../scripts/draftFixtures';

/**
 * The corpus held to issue 10's targets, as `npm run eval:draft` computes them. Two targets are not met yet;
 * for those the test holds the floor reached so far (named as such), so a change cannot quietly lose ground.
 */
const TARGETS = {
  cleanShare: 0.9,
  copiedTitleShare: 0.3,
  coverageWithNotes: 0.9,
  wordsPerSlide: 45,
};
/**
 * Not yet the target of 0.8: the floor the drafts reach today. Lowered from 0.75 when titles stopped cutting a
 * comparison from its "than" ("Nurses described caring for more patients", without "than they felt was safe"):
 * the long report's slide on workload is now titled by its own sentence and shows one key point fewer.
 */
const COVERAGE_SLIDES_FLOOR = 0.74;
/** Not yet every article: the floor the drafts reach today. */
const BOTTOM_LINES_FLOOR = 14;

describe('the drafting corpus against the targets of issue 10', () => {
  it('meets the targets, and holds the floor of the two it does not meet yet', async () => {
    const drafts: DraftToScore[] = [];
    for (const fixture of listArticleFixtures()) {
      const article = await readArticleFile(fixture.articlePath);
      const { deck } = parseDeck(draftDeck(article).text);
      const keyPoints = fixture.keyPointsJson ? parseKeyPoints(fixture.keyPointsJson) : undefined;
      drafts.push({ name: fixture.name, deck, article, keyPoints });
    }
    expect(drafts.length).toBeGreaterThanOrEqual(14);
    const { total } = evaluateCorpus(drafts);
    expect(total.cleanShare).toBeGreaterThanOrEqual(TARGETS.cleanShare);
    expect(total.copiedTitleShare).toBeLessThanOrEqual(TARGETS.copiedTitleShare);
    expect(total.coverageWithNotes).toBeGreaterThanOrEqual(TARGETS.coverageWithNotes);
    expect(total.wordsPerSlide).toBeLessThanOrEqual(TARGETS.wordsPerSlide);
    expect(total.figureRecall).toBe(1);
    expect({
      furniture: total.furnitureLeaks,
      invented: total.inventedNumbers,
      unattributed: total.unattributedQuotes,
      misdated: total.misdatedItems,
      repeated: total.repeatedNoteSentences,
    }).toEqual({ furniture: 0, invented: 0, unattributed: 0, misdated: 0, repeated: 0 });
    expect(total.coverageSlides).toBeGreaterThanOrEqual(COVERAGE_SLIDES_FLOOR);
    expect(total.bottomLines.stated).toBeGreaterThanOrEqual(BOTTOM_LINES_FLOOR);
  }, 120_000);
});
