/** A cheap check that an article is in English: the share of its words that are common English function words. */

const ENGLISH_STOPWORDS = new Set(
  (
    'the of and to a in is that for it as was with be by on not he i this are or his from at which but have an ' +
    'they you were her she there been one all we their has would will its if can more no who so said what up ' +
    'out about than into them could only other also after over new these two may such our most should because ' +
    'any those while between'
  ).split(' '),
);
const WORD = /\p{L}+/gu;
/** English prose runs at 35–50% function words; other languages (even in Latin script) at under 10%. */
const MIN_ENGLISH_RATIO = 0.15;
/** Too few words to judge. */
const MIN_WORDS = 30;
/** Enough words to judge; more only costs time. */
const SAMPLE_WORDS = 5000;

/** The warning added to an article that does not look English. */
export const NON_ENGLISH_WARNING = 'non-English text detected';

/** True when the text has enough words to judge and too few English function words among them. */
export function looksNonEnglish(text: string): boolean {
  let words = 0;
  let stop = 0;
  for (const match of text.matchAll(WORD)) {
    words += 1;
    if (ENGLISH_STOPWORDS.has(match[0].toLowerCase())) stop += 1;
    if (words >= SAMPLE_WORDS) break;
  }
  return words >= MIN_WORDS && stop / words < MIN_ENGLISH_RATIO;
}
