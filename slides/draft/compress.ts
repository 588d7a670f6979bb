import { tokenize } from '../analyze/nlp';
import {
  BAD_ENDINGS,
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
  SPACE_BEFORE_PUNCT,
  TRAILING_CLAUSE,
  TRAILING_PUNCT,
  WHITESPACE,
} from './compressRules';

/** How to compress. */
export interface CompressOptions {
  /** Aim for at most this many words (default 14). */
  maxWords?: number;
  /** Strings that must survive (figures, dates): a cut that loses one is not taken. */
  keep?: readonly string[];
  /** Keep a leading concession clause ("Although …,") — for counterpoints, where it is the point. */
  keepConcession?: boolean;
}

const MIN_WORDS = 5;
const SLACK_WORDS = 6;
const COMMA_SPLIT = /,\s+/;
const QUOTE_CHAR = /["“”]/g;

function words(text: string): number {
  return text.split(' ').filter(Boolean).length;
}

function tidy(text: string): string {
  if ((text.match(QUOTE_CHAR)?.length ?? 0) % 2 === 1) text = text.replace(QUOTE_CHAR, '');
  const t = text.replace(WHITESPACE, ' ').replace(SPACE_BEFORE_PUNCT, '$1').replace(FINAL_STOP, '').trim();
  return t.replace(TRAILING_PUNCT, '');
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function keeps(text: string, keep: readonly string[]): boolean {
  return keep.every((k) => text.includes(k));
}

/** Cuts at the last word boundary within `max` words that does not end on a function word. */
function cutAtPhrase(text: string, max: number): string | undefined {
  const { tokens } = tokenize(text);
  let count = 0;
  let best: number | undefined;
  let out = '';
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (!token) break;
    if (token.spaceBefore) count++;
    if (count >= max) break;
    out += (token.spaceBefore && i > 0 ? ' ' : '') + token.text;
    if ((out.match(QUOTE_CHAR)?.length ?? 0) % 2 === 1) continue;
    const next = tokens[i + 1];
    const endsWord = !next || next.spaceBefore || next.pos === 'PUNCT';
    if (endsWord && !BAD_ENDINGS.has(token.pos) && count >= MIN_WORDS - 1) best = out.length;
  }
  return best === undefined ? undefined : out.slice(0, best);
}

/** The rule-based reductions, lightest first; each only removes words. */
function reductions(sentence: string, opts: CompressOptions): string[] {
  const steps: string[] = [];
  let text = ` ${sentence.replace(WHITESPACE, ' ').trim()} `;
  text = text
    .replace(PARENTHETICAL, '')
    .replace(DASH_ASIDE, ' ')
    .replace(COMMA_ASIDE, '')
    .replace(PAIRED_COMMA_ASIDE, ' ');
  text = text.trim();
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
  steps.push(text);
  if (!opts.keepConcession) {
    const next = text.replace(LEADING_CLAUSE, '');
    if (next !== text && words(next) >= MIN_WORDS) steps.push((text = next));
  }
  const unfilled = ` ${text} `.replace(FILLER_WORDS, '').trim();
  if (unfilled !== text) steps.push((text = unfilled));
  const untailed = text.replace(TRAILING_CLAUSE, '');
  if (untailed !== text && words(untailed) >= MIN_WORDS) steps.push((text = untailed));
  for (const split of CLAUSE_SPLITS) {
    const parts = text.split(split);
    const name = LEADING_NAME.exec(parts[0] ?? '')?.[1]?.trim();
    if (parts.length < 2) continue;
    for (const part of parts) {
      const resolved = name && LEADING_PRONOUN.test(part) ? part.replace(LEADING_PRONOUN, name) : part;
      if (words(resolved) >= MIN_WORDS) steps.push(resolved);
    }
  }
  const commaParts = text.split(COMMA_SPLIT);
  for (let n = commaParts.length - 1; n >= 1; n--) {
    const prefix = commaParts.slice(0, n).join(', ');
    if (words(prefix) >= MIN_WORDS) steps.push(prefix);
  }
  return steps;
}

/**
 * Compresses a source sentence into a bullet by rules: drops attributions ("According to X,"), connectives,
 * asides in commas, dashes and parentheses, leading subordinate clauses, trailing elaborations and hedges,
 * then cuts at a clause or phrase boundary. It only ever removes words, so it cannot add a fact.
 */
export function compressSentence(sentence: string, opts: CompressOptions = {}): string {
  const max = opts.maxWords ?? 14;
  const keep = opts.keep ?? [];
  const steps = reductions(sentence, opts).map(tidy);
  const fitting = steps.find((s) => words(s) <= max && keeps(s, keep));
  if (fitting) return capitalise(fitting);
  const keeping = steps.filter((s) => keeps(s, keep));
  const shortest =
    [...(keeping.length ? keeping : steps)].sort((a, b) => words(a) - words(b))[0] ?? tidy(sentence);
  const whole = keeping.find((s) => words(s) <= max + SLACK_WORDS);
  if (whole) return capitalise(whole);
  const cut = cutAtPhrase(shortest, max);
  if (cut && keeps(cut, keep)) return capitalise(tidy(cut));
  return capitalise(shortest);
}

/** A slide title from a sentence: the point it states, in at most `maxWords` words (default 10). */
export function titleFromSentence(sentence: string, maxWords = 10): string {
  const steps = reductions(sentence, {}).map(tidy);
  const fitting = steps.find((s) => words(s) <= maxWords && !LEADING_PRONOUN.test(s));
  if (fitting) return capitalise(fitting);
  const shortest = [...steps].sort((a, b) => words(a) - words(b))[0] ?? tidy(sentence);
  return capitalise(
    tidy(cutAtPhrase(shortest, maxWords + 1) ?? shortest.split(' ').slice(0, maxWords).join(' ')),
  );
}
