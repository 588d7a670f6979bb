/** The text `npm run eval:draft` prints for the figures of `figures.ts`: a block per article, then the totals. */
import type { ArticleFigures, CorpusFigures } from './figures';
import type { FindingCode } from '../check/types';

const pct = (x: number | undefined) => (x === undefined ? 'n/a' : `${Math.round(x * 100)}%`);

function codes(counts: Partial<Record<FindingCode, number>>): string {
  const entries = Object.entries(counts).sort((a, b) => (b[1] ?? 0) - (a[1] ?? 0));
  return entries.length ? entries.map(([code, n]) => `${code} ${n}`).join(', ') : 'none';
}

const list = (items: readonly string[]) => (items.length ? `: ${items.join(' | ')}` : '');

/** One article's block. */
export function formatArticle(a: ArticleFigures): string {
  return [
    `${a.name}: ${a.slides} slides, ${a.findings} findings (${codes(a.findingsByCode)})`,
    `  slides with no finding ${pct(a.cleanShare)}; titles copying 8+ words ${pct(a.copiedTitleShare)} (${a.copiedTitles}/${a.contentTitles}); words per slide ${a.wordsPerSlide.toFixed(1)}`,
    `  coverage slides ${pct(a.coverageSlides)}, with notes ${pct(a.coverageWithNotes)}; figure recall ${pct(a.figureRecall)}; bottom line states thesis: ${a.bottomLineStatesThesis === undefined ? 'n/a' : a.bottomLineStatesThesis ? 'yes' : 'no'}`,
    `  furniture leaks ${a.furnitureLeaks}${list(a.furnitureDetail)}`,
    `  invented numbers ${a.inventedNumbers.length}${list(a.inventedNumbers)}`,
    `  unattributed quotes ${a.unattributedQuotes}${list(a.unattributedDetail)}`,
    `  misdated timeline items ${a.misdatedItems}${list(a.misdatedDetail)}`,
    `  repeated note sentences ${a.repeatedNoteSentences}`,
  ].join('\n');
}

/** The totals block. */
export function formatTotal(c: CorpusFigures): string {
  const t = c.total;
  return [
    `TOTAL over ${t.articles} articles, ${t.slides} slides: ${t.findings} findings (${codes(t.findingsByCode)})`,
    `  slides with no finding ${pct(t.cleanShare)} (target ≥ 90%); titles copying 8+ words ${pct(t.copiedTitleShare)} (≤ 30%)`,
    `  coverage slides ${pct(t.coverageSlides)} (≥ 80%), with notes ${pct(t.coverageWithNotes)} (≥ 90%); figure recall ${pct(t.figureRecall)}`,
    `  furniture leaks ${t.furnitureLeaks} (0); invented numbers ${t.inventedNumbers} (0); unattributed quotes ${t.unattributedQuotes} (0); misdated timeline items ${t.misdatedItems} (0); repeated note sentences ${t.repeatedNoteSentences} (0)`,
    `  words per slide ${t.wordsPerSlide.toFixed(1)} (≤ 45); bottom line states the thesis in ${t.bottomLines.stated}/${t.bottomLines.of}`,
  ].join('\n');
}
