import {
  ADJUNCT_PREPOSITIONS,
  isComplete,
  lexiconOf,
  posOf,
  trailingPhraseCuts,
  wordsOf,
  type Lexicon,
} from './clauses';
import {
  AS_ASIDE,
  CLAUSE_SPLITS,
  COMMA_ASIDE,
  DASH_ASIDE,
  FILLER_WORDS,
  FINAL_STOP,
  LEADING_CLAUSE,
  LEADING_DROPS,
  LEADING_NAME,
  LEADING_PRONOUN,
  PAIRED_COMMA_ASIDE,
  PARENTHETICAL,
  REDUCED_RELATIVE,
  SPACE_BEFORE_PUNCT,
  TRAILING_ADJUNCT,
  TRAILING_CLAUSE,
  TRAILING_PUNCT,
  WHITESPACE,
} from './compressRules';

/** How to compress. */
export interface CompressOptions {
  /** Aim for at most this many words (default 14). */
  maxWords?: number;
  /** Strings that must survive (figures, dates): a reduction that loses one is not taken. */
  keep?: readonly string[];
  /** Keep a leading concession clause ("Although …,") — for counterpoints, where it is the point. */
  keepConcession?: boolean;
  /** The sentence's parts of speech when already known (from the analysis); read with the model otherwise. */
  lexicon?: Lexicon;
}

const MIN_WORDS = 5;
/** A bullet that cannot be shortened cleanly may run this far past the aim before trailing phrases are cut. */
const SLACK_WORDS = 12;
/** Titles aim at 10 words and may take this many when that is the shortest complete clause. */
const TITLE_SLACK = 3;
const COMMA_SPLIT = /,\s+/;
const NOUNISH = new Set(['NOUN', 'PROPN', 'PUNCT', 'NUM']);
/** A comma cut is not taken when what follows only completes the phrase before it. */
const CONTINUES_PHRASE = /^(?:rather than|than|or|nor|not|and not)\b/i;
const PREFIX_END_POS = new Set(['NOUN', 'PROPN', 'NUM', 'PRON']);

function words(text: string): number {
  return text.split(' ').filter(Boolean).length;
}

function tidy(text: string): string {
  const t = text.replace(WHITESPACE, ' ').replace(SPACE_BEFORE_PUNCT, '$1').replace(FINAL_STOP, '').trim();
  return t.replace(TRAILING_PUNCT, '');
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function keeps(text: string, keep: readonly string[]): boolean {
  return keep.every((k) => text.includes(k));
}

function dropLeading(text: string): string {
  for (let again = true; again;) {
    again = false;
    for (const re of LEADING_DROPS) {
      const next = text.replace(re, '');
      if (next !== text && words(next) >= MIN_WORDS) {
        text = next;
        again = true;
      }
    }
  }
  return text;
}

/** Drops reduced relatives ("a corridor linking X with Y") that follow a noun. */
function dropReducedRelatives(text: string, lexicon: Lexicon): string {
  return text.replace(REDUCED_RELATIVE, (whole, before: string, verb: string, at: number) => {
    const prevWord = /["”]$/.test(before) ? '"' : (wordsOf(text.slice(0, at + before.length)).pop() ?? '');
    const prev = prevWord === '"' ? 'PUNCT' : posOf(prevWord, lexicon);
    return posOf(verb, lexicon) === 'VERB' && NOUNISH.has(prev) ? before : whole;
  });
}

/** The rule-based reductions, lightest first; each only removes whole constituents. */
function reductions(sentence: string, opts: CompressOptions, lexicon: Lexicon): string[] {
  const steps: string[] = [];
  let text = ` ${sentence.replace(WHITESPACE, ' ').trim()} `;
  text = text
    .replace(PARENTHETICAL, '')
    .replace(DASH_ASIDE, ' ')
    .replace(AS_ASIDE, ',')
    .replace(COMMA_ASIDE, '')
    .replace(PAIRED_COMMA_ASIDE, ' ');
  text = dropLeading(text.trim());
  steps.push(text);
  if (!opts.keepConcession) {
    const next = dropLeading(text.replace(LEADING_CLAUSE, ''));
    if (next !== text && words(next) >= MIN_WORDS) steps.push((text = next));
  }
  const unfilled = ` ${text} `.replace(FILLER_WORDS, '').trim();
  if (unfilled !== text) steps.push((text = unfilled));
  for (const re of [TRAILING_CLAUSE, TRAILING_ADJUNCT]) {
    const untailed = text.replace(re, '');
    if (untailed !== text && words(untailed) >= MIN_WORDS) steps.push((text = untailed));
  }
  const unrelated = dropReducedRelatives(text, lexicon);
  if (unrelated !== text && words(unrelated) >= MIN_WORDS) steps.push((text = unrelated));
  for (const split of CLAUSE_SPLITS) {
    const parts = text.split(split);
    if (parts.length < 2) continue;
    const name = LEADING_NAME.exec(parts[0] ?? '')?.[1]?.trim();
    for (const part of parts) {
      const resolved = name && LEADING_PRONOUN.test(part) ? part.replace(LEADING_PRONOUN, name) : part;
      if (words(resolved) >= MIN_WORDS) steps.push(dropLeading(resolved));
    }
  }
  const commaParts = text.split(COMMA_SPLIT);
  for (let n = commaParts.length - 1; n >= 1; n--) {
    const prefix = commaParts.slice(0, n).join(', ');
    const last = wordsOf(prefix).pop() ?? '';
    const endsOnName = PREFIX_END_POS.has(posOf(last, lexicon)) || /["”]$/.test(prefix);
    if (words(prefix) >= MIN_WORDS && endsOnName && !CONTINUES_PHRASE.test(commaParts[n] ?? ''))
      steps.push(prefix);
  }
  return steps.map(tidy);
}

/** Complete candidates that keep the required strings, in reduction order. */
function completeSteps(sentence: string, opts: CompressOptions, lexicon: Lexicon): string[] {
  const keep = opts.keep ?? [];
  return reductions(sentence, opts, lexicon).filter(
    (s) => keeps(s, keep) && isComplete(s, lexicon) && !LEADING_PRONOUN.test(s),
  );
}

/** The longest phrase cut of `text` within `max` words that is still complete and keeps what must stay. */
function fitByPhraseCuts(
  text: string,
  max: number,
  lexicon: Lexicon,
  keep: readonly string[],
  allowed?: ReadonlySet<string>,
): string | undefined {
  return trailingPhraseCuts(text, lexicon, allowed)
    .map(tidy)
    .find((c) => words(c) <= max && words(c) >= MIN_WORDS - 1 && keeps(c, keep) && isComplete(c, lexicon));
}

/**
 * Compresses a source sentence into a bullet by rules: drops attributions ("According to X,"), connectives,
 * asides in commas, dashes and parentheses, leading subordinate clauses, trailing elaborations, reduced
 * relatives and hedges, and, when still too long, trailing adjunct phrases. Every candidate must stay a complete
 * clause; when none fits, the bullet stays longer rather than being cut mid-phrase. It only ever removes words,
 * so it cannot add a fact.
 */
export function compressSentence(sentence: string, opts: CompressOptions = {}): string {
  const max = opts.maxWords ?? 14;
  const keep = opts.keep ?? [];
  const lexicon = opts.lexicon ?? lexiconOf(sentence);
  const complete = completeSteps(sentence, opts, lexicon);
  const fitting = complete.find((s) => words(s) <= max);
  if (fitting) return capitalise(fitting);
  for (const step of complete) {
    const cut = fitByPhraseCuts(step, max, lexicon, keep, ADJUNCT_PREPOSITIONS);
    if (cut) return capitalise(cut);
  }
  const shortest = [...complete].sort((a, b) => words(a) - words(b))[0];
  if (!shortest) {
    const lightest = reductions(sentence, opts, lexicon).find((s) => keeps(s, keep));
    return capitalise(lightest ?? tidy(sentence));
  }
  if (words(shortest) <= max + SLACK_WORDS) return capitalise(shortest);
  return capitalise(fitByPhraseCuts(shortest, max + SLACK_WORDS, lexicon, keep) ?? shortest);
}

/**
 * A slide title from a sentence: the point it states as a complete short clause (subject, verb, object) in at
 * most about `maxWords` words (default 10), or undefined when the sentence has no such clause.
 */
export function titleClause(
  sentence: string,
  maxWords = 10,
  keep: readonly string[] = [],
  known?: Lexicon,
): string | undefined {
  const lexicon = known ?? lexiconOf(sentence);
  const complete = completeSteps(sentence, { keep }, lexicon).map((s) =>
    tidy(` ${s} `.replace(FILLER_WORDS, '')),
  );
  for (const limit of [maxWords, maxWords + TITLE_SLACK]) {
    const fitting = complete.find((s) => words(s) <= limit);
    if (fitting) return capitalise(fitting);
    for (const step of complete) {
      const cut = fitByPhraseCuts(step, limit, lexicon, keep);
      if (cut) return capitalise(cut);
    }
  }
  return undefined;
}

/** A slide title from a sentence (see {@link titleClause}); falls back to the bullet form of the sentence. */
export function titleFromSentence(sentence: string, maxWords = 10, lexicon?: Lexicon): string {
  return titleClause(sentence, maxWords, [], lexicon) ?? compressSentence(sentence, { maxWords, lexicon });
}
