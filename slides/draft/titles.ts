/**
 * Last-resort slide titles: when no sentence of a slide yields a short clause that no other slide uses, the
 * slide's label and the subject of its lead sentence ("What to watch: Iran's calls to isolate Israel"), kept to
 * the briefing check's ten words and never repeated. Every word comes from the templates or the source sentence.
 */
import { beforeComma, endsCleanly, posOf, type Lexicon } from './clauses';
import { strandsComplement } from './titleShape';
import { MAX_TITLE_WORDS } from '../check/textRules';
import { wordsOf as checkWords } from '../check/words';
import { escapeRegExp } from '../regexp';
import { capitalise } from './compress';
/** A subject shorter than this says nothing after its label. */
const MIN_SUBJECT_WORDS = 2;
const VERB_POS = new Set(['VERB', 'AUX']);
/** A phrase opening with these is an adjunct or a clause, not a subject. */
const NOT_SUBJECT_START = new Set(['PRON', 'ADP', 'SCONJ', 'ADV', 'CCONJ', 'VERB', 'AUX']);
const HEAD_POS = new Set(['NOUN', 'PROPN', 'NUM']);
/** Words that open a clause of their own, which no subject phrase holds. */
const CLAUSE_OPENER = /^(?:that|which|who|whom|whose|whether|because|if|when|while|although)$/i;
const EDGE_PUNCT = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}%]+$/gu;
const WORD_SPLIT = /\s+/;
const CONTINUED = ' (continued)';
/** A compressed sentence and the parts of speech of its source. */
export interface TitleSource {
  text: string;
  lexicon: Lexicon;
}

/** Words in a text. */
export function wordCount(text: string): number {
  return text.split(WORD_SPLIT).filter(Boolean).length;
}

/**
 * The noun phrase before a sentence's first verb (and first comma), ending on its head noun; undefined when the
 * sentence opens with something else.
 */
export function subjectPhrase(text: string, lexicon: Lexicon, maxWords: number): string | undefined {
  const words = beforeComma(text).split(WORD_SPLIT).filter(Boolean);
  const verbAt = words.findIndex((w) => VERB_POS.has(posOf(w.replace(EDGE_PUNCT, ''), lexicon)));
  let end = Math.min(verbAt < 0 ? 0 : verbAt, maxWords);
  while (end > 0 && !HEAD_POS.has(posOf((words[end - 1] ?? '').replace(EDGE_PUNCT, ''), lexicon))) end--;
  const first = posOf((words[0] ?? '').replace(EDGE_PUNCT, ''), lexicon);
  if (end < MIN_SUBJECT_WORDS || NOT_SUBJECT_START.has(first)) return undefined;
  // "Last autumn I stopped defending it", "Now Amberlin must …": a time or a turn before the subject is none.
  const between = words.slice(end, verbAt < 0 ? end : verbAt);
  if (between.some((w) => posOf(w.replace(EDGE_PUNCT, ''), lexicon) === 'PRON')) return undefined;
  if (SCENE_ADVERB.test((words[0] ?? '').replace(EDGE_PUNCT, ''))) return undefined;
  // "Opponents reply that the city": a clause opens inside it, so its verb ("reply") was misread as a noun.
  if (words.slice(0, end).some((w) => CLAUSE_OPENER.test(w.replace(EDGE_PUNCT, '')))) return undefined;
  // "The ruling of the Inter-Regional Trade | Tribunal": a subject too long to fit is never cut inside a name.
  if (/^\p{Lu}/u.test(words[end] ?? '') && /^\p{Lu}/u.test(words[end - 1] ?? '')) return undefined;
  return words.slice(0, end).join(' ').replace(EDGE_PUNCT, '');
}

/** "Now", "Today", "Meanwhile": a word that sets a sentence in time or turns it, never the start of its subject. */
const SCENE_ADVERB =
  /^(?:now|then|today|yesterday|tomorrow|recently|meanwhile|still|so|also|here|there|since)$/i;

/** A title that is not in `taken` (lower case): the given one, or it marked as continued. */
export function uniqueTitle(title: string, taken: ReadonlySet<string>): string {
  let unique = title;
  while (taken.has(unique.toLowerCase())) unique += CONTINUED;
  return unique;
}

/**
 * "Label: subject" from the first source whose subject makes a title no slide has; else "Label: X and Y" from
 * the names the slide mentions most (`names`, most mentioned first); the label alone otherwise.
 */
const POINTS_BACK =
  /^(?:this|these|that|those|such|its|their|his|her|it|they|the (?:next|other|last|same|latter|former) ones?)\b/i;
/** "What to watch: Some employers": a quantity of something names no one in particular. */
const QUANTIFIED =
  /^(?:some|many|most|few|several|all|other|others|any|each|every|no|none|not|both|either|neither|much)\b/i;

export function fallbackTitle(
  label: string,
  sources: readonly TitleSource[],
  taken: ReadonlySet<string>,
  names: readonly string[] = [],
): string {
  const room = MAX_TITLE_WORDS - wordCount(label);
  // A subject is a noun phrase of its own ("A unit" before "that does …" is not), two words past its article.
  const subjects = sources.map(({ text, lexicon }) => {
    const phrase = subjectPhrase(text, lexicon, room);
    if (!phrase || wordCount(phrase.replace(/^(?:a|an|the)\s+/i, '')) < MIN_SUBJECT_WORDS) return undefined;
    // "What to watch: This plan": a subject that points back names nothing on a title.
    // "What set it off: Not one of the people": a head only the cut clause says anything of names no one either.
    if (POINTS_BACK.test(phrase) || QUANTIFIED.test(phrase) || !endsCleanly(phrase)) return undefined;
    return strandsComplement(phrase, text) ? undefined : phrase;
  });
  const named = [names.slice(0, 2).join(' and '), names[0] ?? ''].filter((n) => wordCount(n) <= room);
  for (const phrase of [...subjects, ...named]) {
    const title = phrase ? `${label}: ${phrase}` : undefined;
    // Counted as the briefing check counts ("sugar-cane" is two words).
    if (title && !taken.has(title.toLowerCase()) && checkWords(title).length <= MAX_TITLE_WORDS) return title;
  }
  return label;
}

/** True when a headline is set in capitals ("PORT CALDER BUDGET 2025/26: WHERE YOUR MONEY GOES"). */
export function shouted(headline: string, minLetters = MIN_SHOUTED_LETTERS): boolean {
  const letters = headline.replace(/[^\p{L}]/gu, '');
  return (
    letters.length >= minLetters && letters === letters.toUpperCase() && letters !== letters.toLowerCase()
  );
}
const MIN_SHOUTED_LETTERS = 8;

/**
 * A headline set in capitals, in sentence case: each word as the body writes it mid-sentence ("Port Calder"),
 * an acronym the body writes in capitals stays ("NHS"), any other word in lower case.
 */
export function unshouted(headline: string, body: string, minLetters = MIN_SHOUTED_LETTERS): string {
  if (!shouted(headline, minLetters)) return headline;
  return headline
    .split(/(\s+)/)
    .map((w, i) => {
      const bare = w.replace(/[^\p{L}'’-]/gu, '');
      if (!bare) return w;
      // An acronym the body writes among words in lower case; not a word of a heading set in capitals.
      // ("OUTLOOK" on a heading's line of its own is no acronym: it stands among no words in lower case.)
      const acronym = new RegExp(
        `(?<!\\p{Lu}{2}\\W{1,3})(?:[\\p{Ll},] ${escapeRegExp(bare)}\\b|\\b${escapeRegExp(bare)}[ ,]+\\p{Ll})(?!\\W{1,3}\\p{Lu}{2})`,
        'u',
      );
      if (bare.length > 1 && acronym.test(body)) return w;
      const lower = w.toLowerCase();
      const named = capitalise(lower);
      const namedBare = capitalise(bare.toLowerCase());
      if (i === 0 || new RegExp(`[a-z,;] ${escapeRegExp(namedBare)}\\b`, 'u').test(body)) return named;
      return lower;
    })
    .join('');
}
