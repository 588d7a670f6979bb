/**
 * `npm run eval:draft`: drafts every article in tests/fixtures/articles/*∕, runs the briefing check on the draft
 * and scores it against its keypoints.json; prints the figures of issue 10 per article and in total (see
 * slides/eval/figures.ts for their definitions). Exits 1 when any draft fails outright.
 *
 * `npm run eval:draft -- DIR` scores another set of article folders the same way, such as one of the held-out
 * sets in tests/fixtures/heldout/ (articles written to measure drafting on shapes the corpus lacks, each measured
 * unseen before any rule was changed for it; see the README there).
 */
import { draftDeck } from '../slides/draft';
import { parseDeck } from '../slides/format/parse';
import { parseKeyPoints } from '../slides/eval/keypoints';
import { evaluateCorpus, type DraftToScore } from '../slides/eval/figures';
import { formatArticle, formatTotal } from '../slides/eval/report';
import { readArticleFile } from '../electron/services/import';
import { resolve } from 'node:path';
import { listArticleFixtures } from './draftFixtures';

async function main(): Promise<number> {
  let failures = 0;
  const drafts: DraftToScore[] = [];
  const dir = process.argv[2];
  for (const fixture of dir ? listArticleFixtures(resolve(dir)) : listArticleFixtures()) {
    let article;
    try {
      article = await readArticleFile(fixture.articlePath);
    } catch (error) {
      console.log(`${fixture.name}: no draft (${(error as Error).message})`);
      continue;
    }
    const { text } = draftDeck(article);
    const { deck, errors } = parseDeck(text);
    if (errors.length) {
      failures++;
      console.log(`${fixture.name}: draft does not parse: ${errors[0]?.message}`);
      continue;
    }
    const keyPoints = fixture.keyPointsJson
      ? parseKeyPoints(fixture.keyPointsJson, `${fixture.name}/keypoints.json`)
      : undefined;
    drafts.push({ name: fixture.name, deck, article, keyPoints });
  }
  const figures = evaluateCorpus(drafts);
  for (const article of figures.articles) console.log(formatArticle(article));
  console.log(formatTotal(figures));
  return failures ? 1 : 0;
}

main().then((code) => (process.exitCode = code));
