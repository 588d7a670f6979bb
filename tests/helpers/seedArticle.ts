import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import sbd from 'sbd';

/**
 * The seed article, split the way the bundled deck's `data-src="pN.sM"` references count it.
 *
 * Paragraphs are the non-empty lines of the file. Line 1 is the headline and line 2 the standfirst; the body
 * starts at line 3 (`p1`). The author's byline and the site's newsletter/support line at the end are not body.
 * Sentences are split with `sbd`, both numbers 1-based. The drafting engine will own the real splitter; this one
 * only has to agree with the bundled deck.
 */
export interface SeedArticle {
  /** The whole file, as stored. */
  text: string;
  headline: string;
  standfirst: string;
  /** Body paragraphs, each as its sentences: `paragraphs[N - 1][M - 1]` is `pN.sM`. */
  paragraphs: string[][];
}

/** Path of the fixture copy of the seed article (byte-identical to ../shared/seeds/000_a8b85cc1135acd1c.txt). */
export const SEED_ARTICLE_PATH = fileURLToPath(
  new URL('../fixtures/articles/seed/azerbaijan-boycott.txt', import.meta.url),
);

const LINE_BREAK = /\r?\n/;
const BYLINE_LINE = /^Eldar Mamedov is a /;
const SITE_FOOTER_LINE = /newsletter|Support Eurasianet/i;
const SOURCE_REF = /^p(\d+)\.s(\d+)$/;

/** Splits article text into headline, standfirst and body sentences (see {@link SeedArticle}). */
export function splitArticle(text: string): SeedArticle {
  const lines = text
    .split(LINE_BREAK)
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
  const [headline = '', standfirst = '', ...rest] = lines;
  const body = rest.filter((line) => !BYLINE_LINE.test(line) && !SITE_FOOTER_LINE.test(line));
  return { text, headline, standfirst, paragraphs: body.map((p) => sbd.sentences(p)) };
}

/** Reads and splits the seed article fixture. */
export function loadSeedArticle(): SeedArticle {
  return splitArticle(readFileSync(SEED_ARTICLE_PATH, 'utf8'));
}

/** The sentence a `pN.sM` reference points to, or undefined when the reference is malformed or out of range. */
export function sentenceAt(article: SeedArticle, ref: string): string | undefined {
  const match = SOURCE_REF.exec(ref);
  if (!match) return undefined;
  const paragraph = article.paragraphs[Number(match[1]) - 1];
  return paragraph?.[Number(match[2]) - 1];
}
