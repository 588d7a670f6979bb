/**
 * Find and replace across slide titles, bullets and notes. Matching is plain text (no regular expressions from
 * the user), case-insensitive unless asked; only the text of titles and bullets is searched, never their
 * attributes or other Markdown.
 *
 * Quoted source text is protected: a match inside quotation marks is marked `quoted` when the quotation is in a
 * notes `Sources:` block, on a Sources slide, or repeats the article word for word. Replace all leaves those
 * alone unless asked, so a deck never misquotes its article.
 */
import { parseBody } from '../../../slides/index';
import type { Deck, Slide } from '../../../slides/model';
import type { ArticleSource } from '../../../electron/ipc/contract';
import type { EditorField } from './state';

/** Options for finding. */
export interface FindOptions {
  matchCase?: boolean;
}

/** One occurrence of the query. */
export interface FindMatch {
  slideId: string;
  slideIndex: number;
  field: EditorField;
  /** Offsets in the field's text. */
  start: number;
  end: number;
  /** Inside a quotation of the source (see the file comment): Replace all skips it unless asked. */
  quoted: boolean;
}

/** Offsets of every non-overlapping occurrence of `query` in `text`. */
export function occurrences(text: string, query: string, options: FindOptions = {}): number[] {
  if (query === '') return [];
  const haystack = options.matchCase ? text : text.toLowerCase();
  const needle = options.matchCase ? query : query.toLowerCase();
  const found: number[] = [];
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + needle.length))
    found.push(at);
  return found;
}

/** Replaces the occurrences of `query` in `text` (every one, or those `keep` does not hold back). */
export function replaceIn(
  text: string,
  query: string,
  replacement: string,
  options: FindOptions = {},
  keep: (start: number) => boolean = () => false,
): string {
  const found = occurrences(text, query, options).filter((at) => !keep(at));
  if (found.length === 0) return text;
  let out = '';
  let last = 0;
  for (const at of found) {
    out += text.slice(last, at) + replacement;
    last = at + query.length;
  }
  return out + text.slice(last);
}

/** A span `[start, end)` of a field's text. */
export type Span = readonly [number, number];

/** Straight or curly double quotation marks around text on one line. */
const QUOTATION = /"([^"\n]+)"|“([^”\n]+)”/g;
/** The line that opens a notes `Sources:` block (which runs to the next blank line). */
const SOURCES_LINE = /^\s*Sources:/;
/** Quotations shorter than this (normalised) are too short to count as quoting the article. */
const MIN_QUOTE_CHARS = 8;

/** Lower case, straight quotes and apostrophes, one space between words: for comparing with the article. */
export function normaliseForQuote(text: string): string {
  return text
    .replace(/[‘’ʼ]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/[–—]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** The article's text, normalised once per article. */
const articleTexts = new WeakMap<ArticleSource, string>();
function articleText(article: ArticleSource): string {
  let text = articleTexts.get(article);
  if (text === undefined) {
    text = normaliseForQuote(
      [article.title, ...article.paragraphs.map((sentences) => sentences.join(' '))].join('\n'),
    );
    articleTexts.set(article, text);
  }
  return text;
}

/** True when a quotation repeats the article word for word (an ellipsis may stand for left-out words). */
export function quotesArticle(quotation: string, article: ArticleSource | null | undefined): boolean {
  if (!article) return false;
  const pieces = quotation
    .split(/…|\.\.\.|\[…\]|\[\.\.\.\]/)
    .map(normaliseForQuote)
    .filter((piece) => piece !== '');
  if (pieces.length === 0 || pieces.join(' ').length < MIN_QUOTE_CHARS) return false;
  const text = articleText(article);
  return pieces.every((piece) => text.includes(piece));
}

/** Where a field's text sits, which decides which of its quotations are source quotations. */
export interface QuoteContext {
  /** The field is notes (their `Sources:` blocks are source quotations). */
  notes: boolean;
  /** The slide is a Sources slide (every quotation on it is a source quotation). */
  sourcesSlide: boolean;
  article?: ArticleSource | null;
}

/** Spans of `text` (quotation marks included) that quote the source and must not be rewritten unasked. */
export function quotedSpans(text: string, context: QuoteContext): Span[] {
  const spans: Span[] = [];
  const inSourcesBlock = context.notes ? sourcesBlockTest(text) : () => false;
  for (const match of text.matchAll(QUOTATION)) {
    const start = match.index;
    const end = start + match[0].length;
    const inner = match[1] ?? match[2] ?? '';
    if (context.sourcesSlide || inSourcesBlock(start) || quotesArticle(inner, context.article))
      spans.push([start, end]);
  }
  return spans;
}

/** A test for "this offset of the notes lies in a `Sources:` block". */
function sourcesBlockTest(notes: string): (offset: number) => boolean {
  const blocks: Span[] = [];
  let offset = 0;
  let open: number | null = null;
  for (const line of notes.split('\n')) {
    if (open === null && SOURCES_LINE.test(line)) open = offset;
    else if (open !== null && line.trim() === '') {
      blocks.push([open, offset]);
      open = null;
    }
    offset += line.length + 1;
  }
  if (open !== null) blocks.push([open, notes.length]);
  return (at) => blocks.some(([start, end]) => at >= start && at < end);
}

/** True when `[start, end)` overlaps one of `spans`. */
function inSpans(spans: readonly Span[], start: number, end: number): boolean {
  return spans.some(([from, to]) => start < to && end > from);
}

/** The searchable fields of a slide (title, bullets, notes) with their text and quotation context. */
export function searchableFields(
  slide: Slide,
  article: ArticleSource | null | undefined,
): { field: EditorField; text: string; context: QuoteContext }[] {
  const content = parseBody(slide.body);
  const sourcesSlide = slide.layout === 'sources';
  const onSlide: QuoteContext = { notes: false, sourcesSlide, article };
  return [
    ...(content.title
      ? [{ field: { kind: 'title' } as const, text: content.title.text, context: onSlide }]
      : []),
    ...content.items.map((item, index) => ({
      field: { kind: 'item', index } as const,
      text: item.text,
      context: onSlide,
    })),
    {
      field: { kind: 'notes' } as const,
      text: slide.notes,
      context: { notes: true, sourcesSlide: false, article },
    },
  ];
}

/** Every match of `query` in the deck, in reading order: each slide's title, bullets, then notes. */
export function findMatches(
  deck: Deck,
  query: string,
  options: FindOptions & { article?: ArticleSource | null } = {},
): FindMatch[] {
  const matches: FindMatch[] = [];
  if (query === '') return matches;
  deck.slides.forEach((slide, slideIndex) => {
    for (const { field, text, context } of searchableFields(slide, options.article)) {
      const found = occurrences(text, query, options);
      if (found.length === 0) continue;
      const spans = quotedSpans(text, context);
      for (const start of found) {
        const end = start + query.length;
        matches.push({
          slideId: slide.id,
          slideIndex,
          field,
          start,
          end,
          quoted: inSpans(spans, start, end),
        });
      }
    }
  });
  return matches;
}

/** Replaces `query` in one field's text, leaving source quotations alone unless `includeQuotes`. */
export function replaceInField(
  text: string,
  context: QuoteContext,
  query: string,
  replacement: string,
  options: FindOptions & { includeQuotes?: boolean } = {},
): string {
  if (options.includeQuotes) return replaceIn(text, query, replacement, options);
  const spans = quotedSpans(text, context);
  return replaceIn(text, query, replacement, options, (start) => inSpans(spans, start, start + query.length));
}
