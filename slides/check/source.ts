/**
 * The article as the check reads it: sentences addressed by `pN.sM`, the 8-word runs of every sentence, and
 * its numbers (with those of its metadata: headline, byline, date, and the date as drafts write it). Built once
 * per article object and cached, so re-checking as the user types stays cheap.
 */
import { splitSentences, standfirstRef, standfirstSentences } from '../analyze/sentences';
import { humanDate } from '../draft/templates';
import { findNumbers } from '../eval/keypoints';
import type { CheckArticle, SplitArticle } from './types';
import { normalWords } from './words';

/** Titles sharing this many consecutive words with a source sentence copy it. */
export const COPY_RUN = 8;

/** The article, indexed for the checks. */
export interface SourceIndex {
  /** Sentence text by reference id `pN.sM` (`p0.sM`: the standfirst's). */
  sentences: Map<string, string>;
  /** Every run of COPY_RUN consecutive normalised words in the article's sentences. */
  runs: Set<string>;
  /** The article's number tokens, canonicalised as `findNumbers` does. */
  numbers: Set<string>;
  /** The article's words as {@link quotable} writes them: what a quotation on a slide must be a run of. */
  text: string;
}

/**
 * Text as a quotation is compared: lower case, without quotation marks (double or single), with one kind of
 * apostrophe and of space,
 * and without the punctuation a quotation ends on.
 */
export function quotable(text: string): string {
  return (
    text
      .toLowerCase()
      .replace(/["“”«»]/g, '')
      .replace(/[‘’]/g, "'")
      // A single mark at a word's edge quotes (a quotation within a cited passage) or ends a plural's possessive,
      // read alike in the article and in the quotation; one inside a word ("don't") is kept.
      .replace(/(?<![\p{L}\d])'|'(?![\p{L}\d])/gu, '')
      .replace(/\s+/g, ' ')
      .replace(/^[\s,.;:!?…]+|[\s,.;:!?…]+$/g, '')
      .trim()
  );
}

/** Where a quotation leaves words out: "…" or "...". */
const ELLIPSIS = /\s*(?:…|\.\.\.)\s*/;

/**
 * True when a quotation is word for word the article's: each part between its ellipses is a run of the article's
 * words, in order.
 */
export function quotedVerbatim(quotation: string, source: SourceIndex): boolean {
  let from = 0;
  for (const part of quotation.split(ELLIPSIS).map(quotable).filter(Boolean)) {
    const at = source.text.indexOf(part, from);
    if (at < 0) return false;
    from = at + part.length;
  }
  return true;
}

function isSplit(article: CheckArticle): article is SplitArticle {
  return article.paragraphs.every((p) => Array.isArray(p));
}

/** The article as sentences per paragraph. */
export function splitArticle(article: CheckArticle): SplitArticle {
  if (isSplit(article)) return article;
  return {
    title: article.title,
    standfirst: standfirstSentences(article.standfirst),
    paragraphs: (article.paragraphs as readonly string[]).map((p) => splitSentences(p)),
    ...(article.authorBio ? { authorBio: article.authorBio } : {}),
  };
}

const cache = new WeakMap<object, SourceIndex>();

/** Indexes an article (cached per article object). */
export function indexSource(article: CheckArticle): SourceIndex {
  const cached = cache.get(article);
  if (cached) return cached;
  const split = splitArticle(article);
  const sentences = new Map<string, string>();
  const runs = new Set<string>();
  const numbers = new Set<string>();
  split.paragraphs.forEach((paragraph, p) =>
    paragraph.forEach((sentence, s) => {
      sentences.set(`p${p + 1}.s${s + 1}`, sentence);
      const words = normalWords(sentence);
      for (let i = 0; i + COPY_RUN <= words.length; i++) runs.add(words.slice(i, i + COPY_RUN).join(' '));
      for (const n of findNumbers(sentence)) numbers.add(n);
    }),
  );
  // A bullet may rest on the standfirst: its sentences are `p0.sM`.
  split.standfirst?.forEach((sentence, s) => {
    sentences.set(standfirstRef(s), sentence);
    for (const n of findNumbers(sentence)) numbers.add(n);
  });
  // The article's metadata is source too: the title slide gives its date ("5 March 2024" for an ISO timestamp).
  const meta = 'paragraphs' in article && 'format' in article ? article : undefined;
  const date = meta?.date;
  for (const text of [split.title, meta?.standfirst, meta?.author, meta?.publisher, date, humanDate(date)])
    for (const n of findNumbers(text ?? '')) numbers.add(n);
  const text = quotable(
    [
      split.title ?? '',
      ...(split.standfirst ?? []),
      ...split.paragraphs.flat(),
      // The title slide and the notes may quote the writer's bio, which the import keeps beside the text.
      split.authorBio ?? '',
    ].join(' '),
  );
  const index = { sentences, runs, numbers, text };
  cache.set(article, index);
  return index;
}

/** The first run of COPY_RUN words a text shares with the article, if any. */
export function copiedRun(text: string, source: SourceIndex): string | undefined {
  const words = normalWords(text);
  for (let i = 0; i + COPY_RUN <= words.length; i++) {
    const run = words.slice(i, i + COPY_RUN).join(' ');
    if (source.runs.has(run)) return run;
  }
  return undefined;
}
