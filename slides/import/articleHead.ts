/**
 * Recognises the lines around an article body: headline (with a section kicker or a site-name suffix), byline,
 * date line, standfirst, and the author's bio at the end. All patterns are cheap and anchored.
 */
import { countWords } from './normalise';

const KICKER_OR_SITE = /^(.+?) [|–—] (.+)$/;
const MAX_KICKER_WORDS = 3;
const MAX_SITE_WORDS = 4;
const MAX_TITLE_WORDS = 30;
/** A short headline may end with a full stop; a long line that does is a sentence of the body. */
const MAX_TITLE_WORDS_WITH_PERIOD = 12;
const SENTENCE_END = /[.;:,]$/;
const MAX_STANDFIRST_WORDS = 60;
/** Wire-style datelines open a news lede ("KYIV, Ukraine (AP) —"), never a standfirst. */
const DATELINE_LEDE = /^[\p{Lu}][\p{Lu} .,'’-]{2,40}(\([^)]{1,20}\))?\s*[—–-]\s/u;
const BYLINE =
  /^(?:by|written by|words by|par|von|por|door)\s+([\p{L}'’.,\- ]{2,120}?)(?:\s*(?:[|•·—–]|,\s*(?:published|updated))\s*(.*))?$/iu;
const MONTH = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?';
const WEEKDAY = '(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\\s+)?';
const DATE_TEXT = `${WEEKDAY}(?:\\d{1,2}\\s+${MONTH}\\s+\\d{4}|${MONTH}\\s+\\d{1,2},?\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2})(?:,?\\s+(?:at\\s+)?\\d{1,2}[:.]\\d{2}\\s*(?:am|pm)?(?:\\s*[A-Z]{2,4})?)?`;
const DATE_LINE = new RegExp(
  `^(?:(?:published|updated|posted|first published)(?: on)?:?\\s+)?(${DATE_TEXT})$`,
  'i',
);
const NAME_PART = "[\\p{Lu}][\\p{L}'’.\\-]+";
const NAME_LINK = '(?:de|van|von|der|al|bin|da|del|la|le|el|di)';
const PERSON = `${NAME_PART}(?:\\s+(?:${NAME_PART}|${NAME_LINK})){1,4}`;
/** "Eldar Mamedov is a Brussels-based foreign policy expert", "A B and C D are fellows at …". */
const AUTHOR_BIO = new RegExp(
  `^[*_]*(${PERSON}(?:(?:,\\s+|\\s+and\\s+)${PERSON})*)\\s+(?:is|was|are|were)\\s+(?:a|an|the|currently|also|senior|professor|director)\\b`,
  'u',
);
const MAX_BIO_WORDS = 50;
/** Only short lines (a credit, a "first published" note) may follow the bio. */
const MAX_WORDS_AFTER_BIO = 25;
/** The bio is one of the last few blocks. */
const BIO_SEARCH_DEPTH = 3;
/** When the byline named the author, their bio may sit above a few lines of site furniture ("Most popular"). */
const KNOWN_AUTHOR_BIO_DEPTH = 8;

/** A headline split into its parts. */
export interface HeadlineParts {
  title: string;
  kicker?: string;
  site?: string;
}

/** True when a block could be a headline: short, and not ending like a sentence of body text. */
export function looksLikeTitle(block: string): boolean {
  const words = countWords(block);
  if (words === 0 || words > MAX_TITLE_WORDS) return false;
  return !SENTENCE_END.test(block) || words <= MAX_TITLE_WORDS_WITH_PERIOD;
}

/** Splits "Perspectives | Headline" (kicker) and "Headline | Site" (site name) forms. */
export function splitHeadline(line: string): HeadlineParts {
  const match = KICKER_OR_SITE.exec(line);
  if (!match) return { title: line };
  const [, left = '', right = ''] = match;
  if (countWords(left) <= MAX_KICKER_WORDS && countWords(right) > MAX_SITE_WORDS)
    return { title: right, kicker: left };
  if (countWords(right) <= MAX_SITE_WORDS && countWords(left) > MAX_KICKER_WORDS)
    return { title: left, site: right };
  return { title: line };
}

/** The byline's names (and anything after a separator, usually the date), or undefined. */
export function parseByline(block: string): { author: string; rest?: string } | undefined {
  const match = BYLINE.exec(block);
  if (!match?.[1]) return undefined;
  const author = match[1].trim().replace(/[,.]$/, '');
  if (countWords(author) > 12) return undefined;
  return match[2] ? { author, rest: match[2].trim() } : { author };
}

/** The date as written when the block is nothing but a date ("Published: 1 November 2023"), else undefined. */
export function parseDateLine(block: string): string | undefined {
  return DATE_LINE.exec(block)?.[1];
}

/** True when a block may be a standfirst (dek) rather than the first paragraph of the body. */
export function looksLikeStandfirst(block: string): boolean {
  const words = countWords(block);
  return words > 0 && words <= MAX_STANDFIRST_WORDS && !DATELINE_LEDE.test(block) && !parseByline(block);
}

/** Finds the author bio among the last blocks: its index, the bio text and the author names. */
export function findAuthorBio(
  blocks: readonly string[],
  knownAuthor?: string,
): { index: number; bio: string; author: string } | undefined {
  const depth = knownAuthor ? KNOWN_AUTHOR_BIO_DEPTH : BIO_SEARCH_DEPTH;
  for (let index = blocks.length - 1; index >= Math.max(0, blocks.length - depth); index -= 1) {
    const block = blocks[index] ?? '';
    const after = blocks[index + 1];
    if (after !== undefined && countWords(after) > MAX_WORDS_AFTER_BIO) return undefined;
    const match = AUTHOR_BIO.exec(block);
    if (match?.[1] && countWords(block) <= MAX_BIO_WORDS) {
      return { index, bio: block.replace(/^[*_]+|[*_]+$/g, ''), author: match[1] };
    }
  }
  return undefined;
}
