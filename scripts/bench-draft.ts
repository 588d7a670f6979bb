/**
 * `npm run bench:draft`: median drafting time over 20 warm runs for the seed article, and for the seed repeated
 * 10× and 100× (~110,000 words), with peak RSS and heap for each. Prints figures; asserts nothing.
 */
import { draftDeck } from '../slides/draft';
import type { ImportedArticle } from '../slides/import/types';
import { readArticleFile } from '../electron/services/import';
import { SEED_ARTICLE_PATH } from '../tests/helpers/seedArticle';

const RUNS = { 1: 20, 10: 20, 100: 5 } as const;
const MB = 1024 * 1024;

function repeated(article: ImportedArticle, times: number): ImportedArticle {
  return { ...article, paragraphs: Array.from({ length: times }, () => article.paragraphs).flat() };
}

async function main(): Promise<void> {
  const seed = await readArticleFile(SEED_ARTICLE_PATH);
  draftDeck(seed);
  let base = 0;
  for (const [times, runs] of Object.entries(RUNS).map(([t, r]) => [Number(t), r] as const)) {
    const article = repeated(seed, times);
    const ms: number[] = [];
    let rss = 0;
    let heap = 0;
    let words = 0;
    for (let i = 0; i < runs; i++) {
      const t0 = performance.now();
      const { report } = draftDeck(article);
      ms.push(performance.now() - t0);
      words = report.wordCount;
      const mem = process.memoryUsage();
      rss = Math.max(rss, mem.rss);
      heap = Math.max(heap, mem.heapUsed);
    }
    ms.sort((a, b) => a - b);
    const median = ms[Math.floor(ms.length / 2)] ?? 0;
    if (times === 1) base = median;
    console.log(
      `seed x${times} (${words} words): median ${median.toFixed(1)} ms over ${runs} warm runs` +
        (times > 1 ? ` (${(median / base).toFixed(1)}x the single article)` : '') +
        `; peak rss ${(rss / MB).toFixed(0)} MB, heap ${(heap / MB).toFixed(0)} MB`,
    );
  }
}

void main();
