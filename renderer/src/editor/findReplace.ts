/**
 * Find and replace across slide titles, bullets and notes. Matching is plain text (no regular expressions from
 * the user), case-insensitive unless asked; only the text of titles and bullets is searched, never their
 * attributes or other Markdown.
 */
import { parseBody } from '../../../slides/index';
import type { Deck } from '../../../slides/model';
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

/** Replaces every occurrence of `query` in `text`. */
export function replaceIn(
  text: string,
  query: string,
  replacement: string,
  options: FindOptions = {},
): string {
  const found = occurrences(text, query, options);
  if (found.length === 0) return text;
  let out = '';
  let last = 0;
  for (const at of found) {
    out += text.slice(last, at) + replacement;
    last = at + query.length;
  }
  return out + text.slice(last);
}

/** Every match of `query` in the deck, in reading order: each slide's title, bullets, then notes. */
export function findMatches(deck: Deck, query: string, options: FindOptions = {}): FindMatch[] {
  const matches: FindMatch[] = [];
  if (query === '') return matches;
  deck.slides.forEach((slide, slideIndex) => {
    const content = parseBody(slide.body);
    const push = (field: EditorField, text: string) => {
      for (const start of occurrences(text, query, options)) {
        matches.push({ slideId: slide.id, slideIndex, field, start, end: start + query.length });
      }
    };
    if (content.title) push({ kind: 'title' }, content.title.text);
    content.items.forEach((item, index) => push({ kind: 'item', index }, item.text));
    push({ kind: 'notes' }, slide.notes);
  });
  return matches;
}
