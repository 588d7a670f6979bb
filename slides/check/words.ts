/** Word-level helpers shared by the check's rules: plain text of a Markdown line, words, function words. */
import { MONTHS_LOWER } from '../months';

const MARKDOWN_EMPHASIS = /(\*\*|__|\*|_|`)/g;
const LINK = /\[([^\]]*)\]\([^)]*\)/g;
const CURLY_APOSTROPHE = /[\u2018\u2019\u02bc]/g;
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'.\-%]*/gu;
const TRAILING_PUNCT = /[.-]+$/;
const DIACRITICS = /[\u0300-\u036f]/g;

/** A Markdown line as the audience reads it: emphasis marks and link targets gone. */
export function plainText(markdown: string): string {
  return markdown.replace(LINK, '$1').replace(MARKDOWN_EMPHASIS, '').trim();
}

/** Texts already split, since every rule reads the same titles and items (cleared when it grows large). */
const wordCache = new Map<string, readonly string[]>();
const MAX_CACHED = 20_000;

/** The words of a text as written (apostrophes straightened; trailing dots and hyphens dropped). Do not mutate. */
export function wordsOf(text: string): readonly string[] {
  const cached = wordCache.get(text);
  if (cached) return cached;
  const words = [...plainText(text).replace(CURLY_APOSTROPHE, "'").matchAll(WORD)]
    .map((m) => m[0].replace(TRAILING_PUNCT, ''))
    .filter((w) => w.length > 0);
  if (wordCache.size >= MAX_CACHED) wordCache.clear();
  wordCache.set(text, words);
  return words;
}

/** Lower-cased, accent-folded words: the form two texts are compared in. */
export function normalWords(text: string): string[] {
  return wordsOf(text.normalize('NFKD').replace(DIACRITICS, '')).map((w) =>
    w.toLowerCase().replace(/%$/, ''),
  );
}

/**
 * Words a title or label cannot end on: articles, prepositions, conjunctions, auxiliaries, determiners and
 * possessive pronouns. Words that often end a complete phrase are left out: particles ("in", "on", "off", "up",
 * "over"), adverbs ("more", "then", "yet", "too"), demonstratives ("like this") and "do/did" ("as they did").
 */
export const FUNCTION_WORDS = new Set([
  'a',
  'an',
  'the',
  'of',
  'by',
  'to',
  'and',
  'or',
  'but',
  'nor',
  'despite',
  'once',
  'from',
  'with',
  'that',
  'which',
  'who',
  'whom',
  'whose',
  'at',
  'for',
  'as',
  'into',
  'onto',
  'than',
  'because',
  'while',
  'if',
  'when',
  'whether',
  // "The deeper story is about how": what the clause asks is cut ("should ask why" is whole).
  'how',
  'what',
  'its',
  'their',
  'his',
  'her',
  'our',
  'your',
  'my',
  'is',
  'are',
  'was',
  'were',
  'be',
  'been',
  'being',
  'has',
  'have',
  'had',
  'will',
  'would',
  'can',
  'could',
  'should',
  'may',
  'might',
  'must',
  'shall',
  'among',
  'against',
  'during',
  'without',
  'via',
  'per',
  'upon',
  'toward',
  'towards',
  'amid',
  'amidst',
  'unless',
  'although',
  'whereas',
  'where',
  'including',
  'such',
  'every',
  'versus',
  'vs',
  'between',
]);

/** Pronouns and demonstratives that need something before them to point at. */
export const PERSONAL_PRONOUNS = new Set([
  'it',
  'they',
  'he',
  'she',
  'its',
  'their',
  'his',
  'her',
  'them',
  'we',
  'our',
]);
export const DEMONSTRATIVES = new Set(['this', 'these', 'those', 'that', 'such']);

const MONTHS = [
  ...MONTHS_LOWER,
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
];
export const MONTH_NAMES = new Set(MONTHS);
const WEEKDAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);

/** Capitalised words that never name a speaker: sentence openers, pronouns, calendar words. */
const NOT_NAMES = new Set([
  ...FUNCTION_WORDS,
  ...PERSONAL_PRONOUNS,
  ...DEMONSTRATIVES,
  ...MONTHS,
  ...WEEKDAYS,
  'i',
  'in',
  'on',
  'at',
  'what',
  'why',
  'how',
  'here',
  'there',
  'now',
  'today',
  'yesterday',
  'tomorrow',
  'last',
  'next',
  'many',
  'few',
  'most',
  'officials',
  'experts',
  'critics',
  'analysts',
  'sources',
  'people',
  'watch',
  'expect',
  'bottom',
  'line',
  'key',
  'note',
  'sources',
  'quote',
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
]);

/** Whether a word as written is a capitalised name (or an acronym) rather than a common word. */
export function isNameWord(word: string): boolean {
  const bare = word.replace(/'s$|s'$|'$/, '');
  if (!/^\p{Lu}/u.test(bare) || bare.length < 2) return false;
  return !NOT_NAMES.has(bare.toLowerCase());
}

/** Content words: words that are neither function words nor pronouns. */
export function contentWords(words: readonly string[]): string[] {
  return words.filter((w) => {
    const lower = w.toLowerCase();
    return !FUNCTION_WORDS.has(lower) && !PERSONAL_PRONOUNS.has(lower) && !DEMONSTRATIVES.has(lower);
  });
}

/** Jaccard similarity of two word lists' sets, 0 when both are empty. */
export function jaccard(a: readonly string[], b: readonly string[]): number {
  const sa = new Set(a);
  const sb = new Set(b);
  if (sa.size === 0 && sb.size === 0) return 0;
  let both = 0;
  for (const w of sa) if (sb.has(w)) both++;
  return both / (sa.size + sb.size - both);
}
