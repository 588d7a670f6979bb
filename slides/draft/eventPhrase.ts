/**
 * An event said in a few words, for a timeline title that also carries its date span ("From 2020 to November 1:
 * Khamenei's call to sever ties to Israel"). Only removes words, with one exception: a light-verb clause ("X
 * issued a call on Y to Z") becomes its noun ("X's call to Z"), which adds a possessive and nothing else.
 */
import { posOf, wordsOf, type Lexicon } from './clauses';
import { leadingClause, mainClause, strandsComplement } from './titleShape';

const SPACE = /\s+/;
const EDGE = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}%]+$/gu;
const CAPITALISED = /^["“]?\p{Lu}/u;
const VERB_POS = new Set(['VERB', 'AUX']);
/** "Iran's Supreme Leader Ayatollah Ali Khamenei" is named well enough by its last word. */
const MIN_LONG_NAME = 3;
/** "X issued a call on Y to Z": the call is the event. */
const LIGHT_VERB =
  /^(\S+) (?:issued|made|launched|renewed|sent) (?:a|an) (call|appeal|plea|demand|warning|ultimatum) (?:on|to) [^,"]+? (to \p{L}+ .*)$/u;
/** Words that only qualify the noun after them ("all diplomatic and economic ties"). */
const MODIFIER_POS = new Set(['ADJ']);
const QUANTIFIER = /^all$/i;
const JOIN = /^and$/i;
const HEAD_POS = new Set(['NOUN', 'PROPN']);
const QUOTE = /["“”]/g;
const MIN_WORDS = 3;

function bare(word: string): string {
  return word.replace(EDGE, '').toLowerCase();
}

/** The text with a subject of three or more capitalised words shortened to its last ("… Ali Khamenei" to "Khamenei"). */
export function shortenName(text: string, lexicon: Lexicon): string {
  const words = text.split(SPACE).filter(Boolean);
  const verbAt = words.findIndex((w) => VERB_POS.has(posOf(bare(w), lexicon)));
  if (verbAt < MIN_LONG_NAME || !words.slice(0, verbAt).every((w) => CAPITALISED.test(w))) return text;
  return words.slice(verbAt - 1).join(' ');
}

const COPULA =
  /^(?:is|are|was|were|be|been|being|seem|seems|seemed|remain|remains|remained|become|becomes|became|look|looks|looked)$/;

/**
 * The text without a run of "all" or coordinated adjectives before a noun ("all diplomatic and economic ties" to
 * "ties"); a single adjective ("public hospital") stays, as it may be what the event is about.
 */
export function dropModifiers(text: string, lexicon: Lexicon): string {
  const words = text.split(SPACE).filter(Boolean);
  const kept: string[] = [];
  let run: string[] = [];
  for (const w of words) {
    const key = bare(w);
    const pos = posOf(key, lexicon);
    const inQuote = (kept.join(' ').match(QUOTE)?.length ?? 0) % 2 === 1;
    const modifier = !inQuote && !/["“”]/.test(w) && (MODIFIER_POS.has(pos) || QUANTIFIER.test(key));
    if (modifier || (run.length > 0 && JOIN.test(key))) {
      run.push(w);
      continue;
    }
    const listing = run.some((r) => QUANTIFIER.test(bare(r)) || JOIN.test(bare(r)));
    // "are simple and cheap: shade …": adjectives after a copula, or closed by punctuation, are the predicate.
    const predicate = COPULA.test(bare(kept[kept.length - 1] ?? '')) || run.some((r) => /[,;:]$/.test(r));
    if (!HEAD_POS.has(pos) || !listing || predicate) kept.push(...run);
    run = [];
    kept.push(w);
  }
  kept.push(...run);
  return kept.join(' ');
}

/** The longest opening of a noun phrase within `maxWords` that ends on a noun and strands nothing in `source`. */
function leadingPhrase(text: string, source: string, lexicon: Lexicon, maxWords: number): string | undefined {
  const words = text.split(SPACE).filter(Boolean);
  for (let n = Math.min(maxWords, words.length); n >= MIN_WORDS; n--) {
    const phrase = words
      .slice(0, n)
      .join(' ')
      .replace(/[.,;:]+$/, '');
    const last = wordsOf(phrase).pop() ?? '';
    if ((phrase.match(QUOTE)?.length ?? 0) % 2 !== 0 || !HEAD_POS.has(posOf(last, lexicon))) continue;
    if (HEAD_POS.has(posOf(bare(words[n] ?? ''), lexicon)) || strandsComplement(phrase, source)) continue;
    return phrase;
  }
  return undefined;
}

/**
 * The event of a sentence in at most `maxWords` words: its main clause with a long name shortened, then without
 * its modifiers, then as the noun of a light-verb clause; undefined when none fits. `sentence` may be a
 * compression of `source`, the sentence whose continuation a title must not strand.
 */
export function eventPhrase(
  sentence: string,
  lexicon: Lexicon,
  maxWords: number,
  source = sentence,
): string | undefined {
  const named = shortenName(mainClause(sentence, lexicon), lexicon);
  for (const text of [named, dropModifiers(named, lexicon)]) {
    const clause = leadingClause(text, source, lexicon, maxWords);
    if (clause) return clause;
  }
  const light = LIGHT_VERB.exec(dropModifiers(named, lexicon));
  if (!light) return undefined;
  return leadingPhrase(`${light[1]}'s ${light[2]} ${light[3]}`, source, lexicon, maxWords);
}
