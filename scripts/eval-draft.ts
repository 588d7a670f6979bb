/**
 * `npm run eval:draft`: drafts every article in tests/fixtures/articles/*∕ and scores it against its
 * keypoints.json: key-point coverage on slides and in notes, figure recall, boilerplate leaks, numbers in the
 * deck absent from the article. Exits 1 when any draft fails outright.
 */
import { draftDeck, sourceTextOf } from '../slides/draft';
import { parseDeck } from '../slides/format/parse';
import { parseKeyPoints, scoreDraft } from '../slides/eval/keypoints';
import { readArticleFile } from '../electron/services/import';
import { listArticleFixtures } from './draftFixtures';

const COMMENT = /<!--[\s\S]*?-->/g;
const pct = (x: number) => `${Math.round(x * 100)}%`;

async function main(): Promise<number> {
  let failures = 0;
  const totals: number[] = [];
  for (const fixture of listArticleFixtures()) {
    let article;
    try {
      article = await readArticleFile(fixture.articlePath);
    } catch (error) {
      console.log(`${fixture.name}: no draft (${(error as Error).message})`);
      continue;
    }
    const { text, report } = draftDeck(article);
    const { deck, errors } = parseDeck(text);
    if (errors.length) {
      failures++;
      console.log(`${fixture.name}: draft does not parse: ${errors[0]?.message}`);
      continue;
    }
    const head = `${fixture.name}: ${report.slideCount} slides, ${report.wordCount} words`;
    if (!fixture.keyPointsJson) {
      console.log(
        `${head}; no keypoints.json; unsupported terms: ${report.unsupported.join(', ') || 'none'}`,
      );
      continue;
    }
    const keyPoints = parseKeyPoints(fixture.keyPointsJson, `${fixture.name}/keypoints.json`);
    const score = scoreDraft(
      {
        slidesText: deck.slides.map((s) => s.body.replace(COMMENT, '')),
        notesText: deck.slides.map((s) => s.notes),
        articleText: sourceTextOf(article),
      },
      keyPoints,
    );
    totals.push(score.coverage);
    console.log(
      [
        head,
        `  coverage ${pct(score.coverage)} (slides ${pct(score.coverageSlides)}, notes ${pct(score.coverageNotes)})` +
          (score.missed.length ? ` missed: ${score.missed.join(', ')}` : ''),
        `  figure recall ${pct(score.figureRecall)}` +
          (score.missedFigures.length ? ` missed: ${score.missedFigures.join(', ')}` : ''),
        `  boilerplate leaks: ${score.boilerplateLeaks.length ? score.boilerplateLeaks.join(' | ') : 'none'}`,
        `  numbers not in article: ${score.numbersNotInSource.join(', ') || 'none'}; unsupported terms: ${report.unsupported.join(', ') || 'none'}`,
      ].join('\n'),
    );
  }
  if (totals.length)
    console.log(
      `mean coverage ${pct(totals.reduce((a, b) => a + b, 0) / totals.length)} over ${totals.length} articles`,
    );
  return failures ? 1 : 0;
}

main().then((code) => (process.exitCode = code));
