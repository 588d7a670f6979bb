/**
 * The shape a slide title must have: it opens on its subject (never on a participle, a subordinating conjunction
 * or an adverbial such as "On the same day that …,"), and it never stops where its source sentence goes on with
 * the complement of its last word ("issued a call" before "on all Muslim nations to …").
 */
import { escapeRegExp } from '../regexp';
import { MONTHS } from '../months';
import {
  commaAt,
  BEYOND_REACH,
  PARTICLE as PARTICLE_WORD,
  ATTRIBUTIVE_BEFORE,
  dropsOwnVerb,
  hasFiniteVerb,
  verbOnlyInRelatives,
  isComplete,
  posOf,
  splitsFixedPhrase,
  wordsOf,
  type Lexicon,
} from './clauses';
import { CONDITION_OPENING, ONLY_IF } from './compressRules';

/** A title ending where its source continues with one of these has cut off a complement. */
const COMPLEMENT_NEXT = new Set([
  'on',
  'to',
  'for',
  'that',
  'of',
  'with',
  'into',
  'onto',
  'between',
  'towards',
  'toward',
]);

/** Openers of a subordinate clause or an adverbial: the main clause comes after the comma that closes them. */
const SUBORDINATE_START =
  /^(?:although|though|while|whereas|because|since|if|unless|when|whenever|once|until|after|before|as|given|unlike|despite|amid|following|on|in|at|by|for|with|without|during|under|over|from|to)\b/i;
/** A name and nothing else before its comma: "Governor Anders Hval,". */
const APPOSITIVE_NAME = /^(?:\p{Lu}[\p{L}'’.-]*\s){1,4}\p{Lu}[\p{L}'’.-]*,$/u;
/** "For every 100 collected in premiums, 131 was paid out": the base a ratio's figure is counted against. */
const RATIO_BASE = /^(?:for (?:every|each)|out of|per)\s/i;
/** A participle opening ("Buoyed by …", "Facing …") reads as a fragment when it starts a title. */
const PARTICIPLE_END = /(?:ed|ing|en|wn|lt|pt)$/i;
const VERB_POS = new Set(['VERB', 'AUX']);
const CLAUSE_START_NOT = new Set(['VERB', 'AUX', 'CCONJ', 'ADP', 'SCONJ', 'PART']);
const TITLE_END_POS = new Set(['NOUN', 'PROPN', 'NUM', 'ADJ', 'VERB']);
/** An adjective or verb ends a title only when no noun phrase it belongs to goes on after it. */
const MODIFIER_POS = new Set(['ADJ', 'VERB', 'PROPN']);
/** Nothing ends a title inside a compound noun ("the North-South trade | corridor"). */
const COMPOUND_GOES_ON = new Set(['NOUN', 'PROPN']);
const PHRASE_GOES_ON = new Set(['NOUN', 'PROPN', 'NUM', 'ADJ']);
/** A clause ending on "and" or "or" and a short phrase, with no head word of its own after it yet. */
const SERIES_PHRASE_END = /\b(?:and|or)\s+(?:in|at|on|by|for|with|from|to)\s+\S+(?:\s+\S+)?$/i;
const COMPARED_AMOUNT = /^(?:half|twice|double|triple|times|more|less|fewer|much|many|\d[\d.,]*)$/i;
const NUMBER_GOES_ON = /^(?:more|less|fewer|extra|additional|further|other|times|percent|per)$/i;
const EDGE = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}%]+$/gu;
const SPACE = /\s+/;
const QUOTE = /["“”]/g;
const FINAL_STOP = /[.!?]+["”»]?$/;
const TRAILING_PUNCT = /[\s,;:–—-]+$/;
const CLAUSE_END = /[,;:]$/;
/** "An operation that took eleven days": a noun and its relative clause, an appositive and not a point. */
const APPOSITIVE =
  /^(?:an?|the)\s+(?:[^\s,]+\s+){1,4}?(?:that|which|who|where|whose|i|we|you|they|he|she)(?:['’](?:ve|d|ll|re|m))?\s/i;
const FROM_VALUE = /\bfrom\s+\S*\d\S*/i;
const TO_AFTER_FROM = /\sto\s/i;
/** A range goes on to its end within a few words: "from 3,700 in 2018 to 5,300". */
const RANGE_END = /^(?:\s+\S+){0,3}?\s+to\s/i;
/** After these a quantity follows: ending a title before them cuts the verb from its object ("covers | up to"). */
const QUANTITY_NEXT = /^(?:up|about|around|nearly|almost|roughly|some|several|twice|half|\d.*)$/i;
/**
 * "between 2022 | and 2024", "between long naps | and faster decline", "from 31 minutes | to 12": the first end
 * of a range (a number's, after "from"), and the word that gives the other.
 */
const RANGE_OPENED =
  /\bbetween\s+(?:(?!and\b)\S+\s+){0,3}\S+$|\bfrom\s+(?:\S+\s+){0,2}\S*\d[\d,.%]*(?:\s+\S+){0,2}$/i;
const RANGE_CLOSER = /^(?:and|to)$/i;
/** "parents who use | it": a cut before an object pronoun strands its verb's object. */
const OBJECT_PRONOUN_NEXT = /^(?:it|them|him|us|me)$/i;
/** A title ending where its source goes on with a condition has dropped what limits it. */
const CONDITION_NEXT = /^(?:only|unless|except|provided|if|until|so long|while|whereas)$/i;
/** "long", "shortly", "well": how far before or after, which needs the "before" or "after" it measures. */
const TIME_DEGREE = /^(?:long|shortly|soon|just|well|right|immediately|directly)$/i;
/** "as soon as", "as long as", "once", "whenever": a condition of time, whose loss makes a claim unconditional. */
const CONDITION_PHRASE_NEXT = /^(?:as soon as|as long as|whenever|once (?!(?:by|for|in|again|more|or)\b))\b/i;
/** How many of a title's last words locate it in its source sentence. */
const ANCHOR_WORDS = 2;
const ARTICLE = /^(?:a|an|the)$/;
const MIN_CLAUSE_WORDS = 4;

function bare(word: string): string {
  return word.replace(EDGE, '').toLowerCase();
}

/** True when a title opens on a participle, a subordinating conjunction or a preposition. */
/** "Whether X becomes Y", "Every time a family replaces …": openings of a clause that is no main clause. */
const CLAUSE_OPENER =
  /^(?:whether|every time|each time|(?:the )?next time|the first time|the last time|by the time|any time|the moment|whenever|wherever|what|how|why)\b/i;

export function badOpening(title: string, lexicon: Lexicon): boolean {
  const first = bare(title.split(SPACE)[0] ?? '');
  if (!first) return true;
  if (SUBORDINATE_START.test(first) || CLAUSE_OPENER.test(title)) return true;
  const pos = posOf(first, lexicon);
  return pos === 'SCONJ' || (VERB_POS.has(pos) && PARTICIPLE_END.test(first));
}

/** A text's words in lower case, articles skipped, each with its index among `words`. */
function contentWords(words: readonly string[]): { w: string; i: number }[] {
  return words.map((w, i) => ({ w: bare(w), i })).filter(({ w }) => w && !ARTICLE.test(w));
}

/**
 * Where a text's last words stand in its source: the source's words (as written) and the index of the word the
 * text ends on, or -1 when its ending is not found there.
 */
function endInSource(text: string, source: string): { words: string[]; at: number } {
  const key = `${text}\u0000${source}`;
  const cached = endCache.get(key);
  if (cached) return cached;
  const found = findEnd(text, source);
  if (endCache.size >= MAX_CACHED_ENDS) endCache.clear();
  endCache.set(key, found);
  return found;
}

/** The source's words as written and their article-free forms, split once per source sentence. */
function sourceWords(source: string): { words: string[]; kept: { w: string; i: number }[] } {
  const cached = sourceCache.get(source);
  if (cached) return cached;
  const words = source.split(SPACE);
  const split = { words, kept: contentWords(words) };
  if (sourceCache.size >= MAX_CACHED_ENDS) sourceCache.clear();
  sourceCache.set(source, split);
  return split;
}

/** Every cut of a sentence is checked by several rules: where it ends is found once (the caches stay small). */
const endCache = new Map<string, { words: string[]; at: number }>();
const sourceCache = new Map<string, { words: string[]; kept: { w: string; i: number }[] }>();
const MAX_CACHED_ENDS = 5000;

function findEnd(text: string, source: string): { words: string[]; at: number } {
  // Articles are skipped on both sides: a headline-style title drops them ("called result").
  const tail = text
    .split(SPACE)
    .map(bare)
    .filter((w) => w && !ARTICLE.test(w))
    .slice(-ANCHOR_WORDS);
  const { words, kept } = sourceWords(source);
  if (tail.length === 0) return { words, at: -1 };
  for (let k = tail.length - 1; k < kept.length; k++)
    if (tail.every((w, j) => kept[k - tail.length + 1 + j]?.w === w)) return { words, at: kept[k]?.i ?? -1 };
  return { words, at: -1 };
}

/** Parts of speech inside a noun phrase. */
const NOUN_PHRASE_POS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM']);
/** Parts of speech an object opens on. */
const OBJECT_START = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PRON']);
/** True when a text ends on a verb, "-ing" forms after a verb included ("stopped offering"). */
function endsOnVerb(text: string, lexicon: Lexicon): boolean {
  const words = wordsOf(text).map(bare);
  const last = words[words.length - 1] ?? '';
  const before = words[words.length - 2] ?? '';
  return (
    VERBISH_NEXT.has(posOf(last, lexicon)) || (/ing$/i.test(last) && VERBISH_NEXT.has(posOf(before, lexicon)))
  );
}

/** A title's last word, bare. */
const lastWordOf = (title: string) => bare(wordsOf(title).pop() ?? '');

/** Where the title ends in `source` when "and" or "or" follows that end with no punctuation between. */
function endBeforeAnd(title: string, source: string): { words: string[]; at: number } | undefined {
  const end = endInSource(title, source);
  const { words, at } = end;
  if (at < 0 || /[,;:.!?]$/.test(words[at] ?? '') || !/^(?:and|or)$/i.test(bare(words[at + 1] ?? '')))
    return undefined;
  return end;
}

/** Words that name an item of a series. */
const ITEM_POS = new Set(['NOUN', 'PROPN', 'ADJ', 'NUM', 'DET']);

/** True when the title ends on a noun that `source` goes on to list others with (", B and C"). */
function seriesFollows(title: string, source: string, lexicon: Lexicon): boolean {
  const { words, at } = endInSource(title, source);
  if (at < 0 || !/,$/.test(words[at] ?? '')) return false;
  const last = posOf(lastWordOf(title), lexicon);
  // "we are treating, | pumping and paying for …": verbs in a series, as nouns are.
  const verbs = last === 'VERB';
  if (!['NOUN', 'PROPN'].includes(last) && !verbs) return false;
  const rest = words.slice(at + 1, at + 6);
  const join = rest.findIndex((w) => SERIES_NEXT.test(bare(w)));
  if (join < 1) return false;
  const items = rest.slice(0, join);
  return items.every(
    (w, i) =>
      (verbs ? posOf(bare(w), lexicon) === 'VERB' : ITEM_POS.has(posOf(bare(w), lexicon))) &&
      (i === join - 1 || !/[,;:.]$/.test(w)),
  );
}

/**
 * True when the title ends on a noun that `source` coordinates with more modifiers of one head noun ("memory |
 * and thinking tests,"): the words after "and" up to the next stop are modifiers and a noun, and no verb follows.
 */
function coordinatedModifier(title: string, source: string, lexicon: Lexicon): boolean {
  const end = endBeforeAnd(title, source);
  if (!end) return false;
  const { words, at } = end;
  if (posOf(lastWordOf(title), lexicon) !== 'NOUN') return false;
  const phrase: string[] = [];
  for (const word of words.slice(at + 2, at + 6)) {
    phrase.push(bare(word));
    if (/[,;:.!?]$/.test(word)) break;
  }
  const after = words[at + 2 + phrase.length] ?? '';
  const poses = phrase.map((w) => posOf(w, lexicon));
  return (
    phrase.length >= 2 &&
    poses.slice(0, -1).every((p) => p === 'ADJ' || p === 'NOUN' || p === 'VERB') &&
    poses[poses.length - 1] === 'NOUN' &&
    /[,;:.!?]$/.test(words[at + 1 + phrase.length] ?? '') &&
    // "…, including tasks": a participle after the stop opens no clause.
    (!VERBISH_NEXT.has(posOf(bare(after), lexicon)) || /ing$/i.test(bare(after)))
  );
}

/**
 * True when the title ends on a noun that `source` coordinates with another noun phrase, and what completes them
 * both comes after it ("Harlan County | and two neighboring counties without a place to give birth"). A
 * coordination that ends the sentence ("over a few rocks | and a lot of gas") leaves what is kept true, and a
 * clause of its own ("… in January | and wages rose") is no object.
 */
function coordinatedObject(title: string, source: string, lexicon: Lexicon): boolean {
  const end = endBeforeAnd(title, source);
  if (!end) return false;
  const { words, at } = end;
  if (!['NOUN', 'PROPN'].includes(posOf(lastWordOf(title), lexicon))) return false;
  const first = posOf(bare(words[at + 2] ?? ''), lexicon);
  if (!OBJECT_START.has(first) || first === 'PRON') return false;
  for (let i = at + 2; i < words.length; i++) {
    const word = words[i] ?? '';
    const pos = posOf(bare(word), lexicon);
    // "a lot of gas": "of" stays inside the noun phrase.
    if (!NOUN_PHRASE_POS.has(pos) && !/^of$/i.test(bare(word))) return pos === 'ADP';
    if (/[,;:.!?]$/.test(word)) return false;
  }
  return false;
}

/** ", the authors estimate, to …": an aside that says who says so, between a clause and its complement. */
const REPORTING_ASIDE =
  /^,\s(?:[^,]{1,40}\s)?(?:say|says|said|estimate|estimates|estimated|argue|argues|argued|believe|believes|note|notes|noted|warn|warns|warned|add|adds|added|suggest|suggests|suggested|think|thinks|reckon|reckons)\s*,\s+(\S+)/i;

/** "spent years negotiating": verbs whose "-ing" complement says what the time went on. */
const SPENDING_VERB = /\b(?:spend|spends|spent|spending|waste|wastes|wasted)\b/i;

/** True when the title's end is a comma in `source` and the sentence goes on after it. */
function goesOnAfterComma(title: string, source: string): boolean {
  const { words, at } = endInSource(title, source);
  return at >= 0 && /,$/.test(words[at] ?? '') && at < words.length - 1;
}

/** A condition or concession opening a clause, whose main clause follows the comma that closes it. */
const CONDITION_OPENER =
  /\b(?:if|unless|when|once(?!\s(?:in|a|an|every|per|more|again|or|twice|only)\b)|although|though|because|while)\s[^,]*$/i;

/** True when the title ends inside a condition the source closes with a comma before its main clause. */
function openCondition(title: string, source: string): boolean {
  if (
    !CONDITION_OPENER.test(title) ||
    /^(?:if|unless|when|once|although|though|because|while)\b/i.test(title)
  )
    return false;
  return goesOnAfterComma(title, source);
}

/** ", Kessaria's irrigation ministry has estimated": a reporting clause closing a title. */
const REPORTING_END =
  /,\s(?:[^,]{1,50}\s)?(?:has |have |had )?(?:said|says|estimated|estimates|argued|argues|noted|notes|warned|warns|believes|believed|thinks|thought|added|adds|suggested|suggests)$/i;

/** True when the title ends on a reporting aside that the source goes on after ("…, X has estimated, | would …"). */
function endsOnReportingAside(title: string, source: string): boolean {
  if (!REPORTING_END.test(title.trim())) return false;
  return goesOnAfterComma(title, source);
}

/** The word of `source` after a reporting aside that follows the title's end, if one does. */
function pastReportingAside(title: string, source: string): string | undefined {
  const { words, at } = endInSource(title, source);
  if (at < 0 || !/,$/.test(words[at] ?? '')) return undefined;
  const rest = `, ${words.slice(at + 1).join(' ')}`;
  const m = REPORTING_ASIDE.exec(rest);
  return m ? bare(m[1] ?? '') : undefined;
}

/** The word of `source` after the title's last words, when the title's ending is found there. */
export function continuationOf(title: string, source: string, acrossPunctuation = true): string | undefined {
  const { words, at } = endInSource(title, source);
  if (at < 0 || at >= words.length - 1) return undefined;
  return acrossPunctuation || !CLAUSE_END.test(words[at] ?? '') ? bare(words[at + 1] ?? '') : undefined;
}

/** True when the source goes on with a complement (on, to, for, that, of, with) right after the title ends. */
export function strandsComplement(title: string, source: string): boolean {
  // "… should not vote for a blanket scheme | on 14 March": a date is when, not what completes the verb.
  const after = afterInSource(title, source);
  // "punished for circumstances | beyond their control": the phrase says which circumstances.
  if (BEYOND_REACH.test(` ${after}`)) return true;
  // "reflects a change | in how the police record knife offences": the clause says what changed.
  if (IN_CLAUSE.test(after)) return true;
  // "files for bankruptcy protection | with €1.42bn of debts": "with" and an amount add a circumstance.
  if (WITH_AMOUNT.test(after)) return false;
  return COMPLEMENT_NEXT.has(continuationOf(title, source) ?? '') && !ON_DATE.test(after);
}

/** "and fresh food is likely": the rest of a series in a subject, then the sentence's verb. */
const SUBJECT_SERIES_REST =
  /^(?:and|or)\s(?!(?:the|a|an|this|that|these|those|its|their|his|her|our|my|your|we|they|it|he|she|i|you|there|then|so|not)\b)\p{Ll}[\p{L}-]*(?:\s\p{Ll}[\p{L}-]*){0,2}\s(?:is|are|was|were|has|have|had|will|would|can|could|may|might|must|should|remains?|seems?)\b/u;

/** Words that deny something will happen, short of "not". */
const UNLIKELY = /\b(?:unlikely|impossible|improbable|no longer)\b/i;

/** Verbs that take what something is regarded as: "remembered as", "seen as", "described as". */
const REGARD_VERB =
  /\b(?:remember|regard|see|saw|seen|know|knew|known|describ|view|consider|treat|hail|brand|dismiss|portray|cast|label|present|style|celebrat|recogni[sz])(?:e|es|ed|ing|s|n)?\b/i;

/** "in how …", "in whether …": a preposition before a clause, which completes the noun before it. */
const IN_CLAUSE = /^(?:in|on|about|over) (?:how|what|whether|which|who|why|the way)\b/i;

/** "with €1.42bn", "with 300 staff": a figure that goes with what the clause says, not what completes its verb. */
const WITH_AMOUNT = /^with [£$€]?\d/;

/** "on 14 March", "on March 14", "on Monday": the day something happens. */
const ON_DATE = new RegExp(
  String.raw`^on (?:\d{1,2}(?:st|nd|rd|th)? (?:${MONTHS.join('|')})\b|(?:${MONTHS.join('|')}) \d{1,2}\b|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)`,
);

/**
 * True when the title keeps "from X" without the "to Y" that follows it in `source` ("rose from 3,700 in 2018"
 * before "to 5,300 in 2023").
 */
function splitsRange(title: string, source: string): boolean {
  const from = FROM_VALUE.exec(title);
  if (!from || TO_AFTER_FROM.test(title.slice(from.index))) return false;
  const at = source.indexOf(from[0]);
  return at >= 0 && RANGE_END.test(source.slice(at + from[0].length));
}

/** True when a text ends on a noun and its past participle ("a bet placed") after a verb of its own. */
function strandedParticiple(text: string, lexicon: Lexicon): boolean {
  const words = text.split(SPACE).map(bare);
  const last = words[words.length - 1] ?? '';
  if (!/ed$/i.test(last) && !EN_PARTICIPLE.test(last)) return false;
  if (!['NOUN', 'PROPN'].includes(posOf(words[words.length - 2] ?? '', lexicon))) return false;
  return words.slice(0, -2).some((w) => VERB_POS.has(posOf(w, lexicon)));
}

/** True when every verb of the words is an "-ed" form right after a noun ("a survey published …"). */
export function onlyParticiples(words: readonly string[], lexicon: Lexicon): boolean {
  const verbs = words.map((w, i) => ({ w: bare(w), i })).filter(({ w }) => VERB_POS.has(posOf(w, lexicon)));
  return (
    verbs.length > 0 &&
    verbs.every(
      ({ w, i }) =>
        (/ed$/.test(w) || EN_PARTICIPLE.test(w)) &&
        ['NOUN', 'PROPN'].includes(posOf(bare(words[i - 1] ?? ''), lexicon)) &&
        // "The strike entered its 12th day": a past verb with an object of its own is the clause's verb.
        !OBJECT_DETERMINER.test(bare(words[i + 1] ?? '')),
    )
  );
}

/** Past participles in -en/-n that are never a past tense ("consent hidden in the terms"). */
const EN_PARTICIPLE =
  /^(?:hidden|taken|written|given|chosen|driven|known|shown|seen|broken|spoken|stolen|frozen|forgotten|drawn|grown|thrown|sworn|torn|worn|born|beaten|eaten|fallen|ridden|risen|shaken|woken|mistaken|overtaken|undertaken|withdrawn|overthrown|forbidden|forgiven)$/i;
/** A determiner opening a direct object ("entered its 12th day"), which a passive participle does not take. */
const OBJECT_DETERMINER = /^(?:its|their|his|her|our|my|your|a|an|the|this|that|these|those)$/i;

/** True when a finite verb comes in the words before any "that", "which" or "who" opens a clause. */
function verbFollows(words: readonly string[], lexicon: Lexicon): boolean {
  const stop = words.findIndex((w) => /^(?:that|which|who|whose)$/i.test(bare(w)));
  return hasFiniteVerb((stop < 0 ? words : words.slice(0, stop)).map(bare), lexicon);
}

/** A pronoun that points at something a sentence named before. */
const POINTS_BACK = /\b(?:it|its|they|them|their|he|him|his|she|her|I|we|our|you)\b/i;
/** A comparative, whose "than" names what it is compared with. */
const COMPARATIVE_WORD =
  /\b(?:less|more|fewer|rather|greater|smaller|larger|bigger|higher|lower|better|worse|faster|slower|\p{L}+er)\b/iu;

/** "less the ordinary fire year", "more patients": a quantity compared, whose other term follows "than". */
const QUANTITY_COMPARED = /\b(?:less|more|fewer)\s/i;
/** "more diplomatically", "less often": a comparison of manner, ending its clause. */
const MANNER_COMPARED = /\b(?:more|less)\s\p{L}+ly$|\b(?:more|less) often$/iu;

/** A clause's subject, opening on a determiner, a possessive, a number or a name. */
const SUBJECT_OPENING =
  /^(?:(?:the|a|an|this|that|these|those|its?|they|their|some|many|most|few|no|every|each|all|both|one|two|three|our|my)\s|\d|\p{Lu}(?!\p{Lu}))/u;
/** "Okonkwo: ", "What to watch: ": the label a title opens on, before the words it states. */
export const LABEL_PREFIX = /^[^:]{2,40}:\s/;
/** The same, outside a quotation ('"Not mature enough": the objection' opens on none). */
const LABEL_PREFIX_UNQUOTED = /^[^:"“]{2,40}:\s/;
/** ", but its reasoning is broader …": a turn after a comma. */
const TURN = /,\s+(?:but|yet)\s+/i;

/**
 * True when a title says only what its sentence concedes before a turn with a clause of its own: "The ruling was
 * widely expected" from "The ruling was widely expected …, but its reasoning is broader than many had hoped". The
 * point is the turn; the concession alone says the opposite.
 */
export function concedesOnly(title: string, source: string, lexicon: Lexicon): boolean {
  const turn = TURN.exec(source);
  if (!turn) return false;
  const key = (w: string) => bare(w).toLowerCase();
  const after = source
    .slice(turn.index + turn[0].length)
    .split(SPACE)
    .map(bare);
  if (!hasFiniteVerb(after, lexicon)) return false;
  const before = new Set(source.slice(0, turn.index).split(SPACE).map(key));
  const turned = new Set(after.map(key));
  // "Varro: this is not a collapse": the speaker's label is no word of either half.
  const content = title
    .replace(LABEL_PREFIX_UNQUOTED, '')
    .split(SPACE)
    .map(key)
    .filter((w) => w.length > 3);
  const last = content[content.length - 1];
  return last !== undefined && before.has(last) && !content.some((w) => !before.has(w) && turned.has(w));
}

/**
 * The clause after a sentence's turn, which states its point: "the drop in sickness and quits is much bigger …"
 * from "… is 'no harm done' rather than 'miracle', but the drop in sickness … is much bigger". Its opening "its"
 * or "it" is the subject of the clause before the turn ("The ruling was widely expected …, but its reasoning is
 * broader …" gives "the ruling's reasoning is broader …"). Undefined without a turn, or when the turn's clause has
 * no verb of its own or points at something else.
 */
export function turnClause(sentence: string, lexicon: Lexicon): string | undefined {
  const turn = TURN.exec(sentence);
  if (!turn) return undefined;
  const after = sentence.slice(turn.index + turn[0].length).trim();
  const words = after.split(SPACE).map(bare);
  // "…, but misleading as a description", "should keep X, but cap Y": a turn without a subject of its own (one
  // opening on a determiner or a name) makes no title alone.
  if (!verbFollows(words, lexicon) || !SUBJECT_OPENING.test(after)) return undefined;
  // "…, but the company underneath it is changing fast": a pronoun past its opening points at what the cut drops.
  const pronoun = /^(its?|they|their)\s/i.exec(after)?.[1];
  if (/^(?:this|that|these|those|such)\b/i.test(after) || POINTS_BACK.test(after.slice(pronoun?.length ?? 0)))
    return undefined;
  if (!pronoun) return after;
  // The concession's subject: a determiner and its nouns before its first verb.
  const before = sentence.slice(0, turn.index).split(SPACE);
  const verb = before.findIndex((w) => hasFiniteVerb([bare(w)], lexicon) || AUXILIARY_NEXT.test(bare(w)));
  const subject = before.slice(0, verb).join(' ');
  if (verb < 2 || verb > 4 || !/^(?:the|this|that)\s/i.test(subject) || /[,;:"“”]/.test(subject))
    return undefined;
  // Headline style names an owner without its article ("ruling's reasoning").
  const noun = subject.replace(/^\S+\s/, '');
  // "The price rises are painful, but they are …": "they" names a plural subject only.
  const plural = /s$/i.test(noun) && !/ss$/i.test(noun);
  const said = { its: `${noun}'s`, it: `the ${noun}`, they: `the ${noun}`, their: `${noun}'` }[
    pronoun.toLowerCase() as 'its' | 'it' | 'they' | 'their'
  ];
  if (/^the(?:y|ir)$/i.test(pronoun) !== plural) return undefined;
  return `${said}${after.slice(pronoun.length)}`;
}

/**
 * True when a title's only verb may be a participle after its noun ("Many machines designed with sealed drums")
 * and its source sentence goes on, after the title's last words, to a finite verb: the title cut off its main verb.
 */
export function cutsMainVerb(title: string, source: string, lexicon: Lexicon): boolean {
  const words = title.split(SPACE).filter(Boolean);
  // "Every hour we spent fixing race conditions | would have paid off": the title was the subject.
  if (AUXILIARY_NEXT.test(continuationOf(title, source, false) ?? '')) return true;
  // "Our package of reforms, set out in the next section, | would cost …": a subject and its aside, the verb
  // after the aside's comma cut off.
  const next = [continuationOf(title, source), verbAfterAside(title, source)];
  if (
    next.some((word) => word && (AUXILIARY_NEXT.test(word) || hasFiniteVerb([word], lexicon))) &&
    !hasFiniteVerb(
      outsideContactClauses(title.split(/,\s/)[0]?.split(SPACE).map(bare) ?? [], lexicon),
      lexicon,
    )
  )
    return true;
  if (!onlyParticiples(words, lexicon)) return false;
  const end = endInSource(title, source);
  return end.at >= 0 && verbFollows(end.words.slice(end.at + 1), lexicon);
}

/**
 * The word after the aside that follows a text's end, when the text ends on a comma that opens one ("The
 * objection I hear most often | , and the one I take most seriously, | is about …").
 */
function verbAfterAside(text: string, source: string): string | undefined {
  const { words, at } = endInSource(text, source);
  if (at < 0 || !/,$/.test(words[at] ?? '')) return undefined;
  const close = words.slice(at + 1, at + 1 + ASIDE_REACH).findIndex((w) => /,$/.test(w));
  return close < 0 ? undefined : bare(words[at + 2 + close] ?? '');
}
/** The most words an aside between commas runs to, for {@link verbAfterAside}. */
const ASIDE_REACH = 12;

/** Subject pronouns that open a relative clause with no "that" after a noun ("the objection I hear"). */
const CONTACT_SUBJECT = /^(?:i|we|you|they|he|she)$/i;

/** The words without the verb of a relative clause that has no "that" ("The objection I hear most often"). */
function outsideContactClauses(words: readonly string[], lexicon: Lexicon): string[] {
  return words.filter(
    (_, i) =>
      !(
        CONTACT_SUBJECT.test(words[i - 1] ?? '') &&
        ['NOUN', 'PROPN'].includes(posOf(words[i - 2] ?? '', lexicon))
      ),
  );
}

/** An auxiliary right after a text's end in its source: the text cut off the verb its subject goes with. */
const AUXILIARY_NEXT =
  /^(?:would|will|could|should|can|may|might|must|has|have|had|is|are|was|were|does|did)$/i;
/** Words that open an adverbial clause, which needs its own verb. */
const SUBORDINATOR =
  /^(?:as|because|while|when|whenever|whereas|although|though|unless|until|since|if|once|whether|than)$/i;
/** How far past a text's end its source is searched for the verb of a clause the text cut. */
const CLAUSE_REACH = 6;

/**
 * True when a text ends inside an adverbial clause whose verb its source gives just after ("the findings matter
 * more as heat waves | become longer"): the clause lost its verb.
 */
export function cutsClauseVerb(text: string, source: string, lexicon: Lexicon): boolean {
  const words = text.split(SPACE).filter(Boolean);
  // "…, and the cheapest electricity | is wasted": a clause joined by a comma and "and"/"but" needs its verb too.
  const at = words.findLastIndex(
    (w, i) => SUBORDINATOR.test(bare(w)) || (/^(?:and|but|yet)$/i.test(w) && /,$/.test(words[i - 1] ?? '')),
  );
  if (at < 0 || at === words.length - 1 || hasFiniteVerb(words.slice(at + 1).map(bare), lexicon))
    return false;
  const end = endInSource(text, source);
  // "kept its rate at 5.75 percent since October|, when it cut …": the source closes the phrase with a comma,
  // so what follows is a clause of its own.
  if (end.at < 0 || /[,;:]$/.test(end.words[end.at] ?? '')) return false;
  return hasFiniteVerb(end.words.slice(end.at + 1, end.at + 1 + CLAUSE_REACH).map(bare), lexicon);
}

/** True when a text ends on an "-ing" verb ("Heat is quietly damaging") whose object its source goes on to. */
export function cutsObject(text: string, source: string): boolean {
  const last = bare(text.split(SPACE).filter(Boolean).at(-1) ?? '');
  const next = continuationOf(text, source, false) ?? '';
  // "could charge at most double | the normal council tax": a multiple wants what it multiplies.
  if (MULTIPLIER.test(last) && (ATTRIBUTIVE_BEFORE.test(next) || /^(?:that|what|its|their)$/i.test(next)))
    return true;
  return /ing$/.test(last) && (ATTRIBUTIVE_BEFORE.test(next) || OBJECT_OPENER.test(next));
}

/** Words that multiply or divide an amount named after them ("double the tax", "half its value"). */
const MULTIPLIER = /^(?:double|twice|triple|treble|quadruple|half|thrice)$/i;

/** What an "-ing" verb's object may open on besides a determiner ("reading too much into", "cutting 40 jobs"). */
const OBJECT_OPENER = /^(?:too|much|more|less|all|every|any|some|no|each|both|\d[\d,.]*%?)$/i;

/** How many finite verbs a text has (verbs or auxiliaries, not "-ing" forms or infinitives after "to"). */
function finiteVerbs(text: string, lexicon: Lexicon): number {
  const words = wordsOf(text);
  return words.filter((w, i) => hasFiniteVerb([w], lexicon) && words[i - 1]?.toLowerCase() !== 'to').length;
}

/** Verbs that take an object and then a complement ("called the result encouraging", "left it vulnerable"). */
const COMPLEMENT_VERB =
  /\b(?:call|calls|called|find|finds|found|make|makes|made|leave|leaves|left|keep|keeps|kept|deem|deems|deemed|consider|considers|considered|render|renders|rendered|declare|declares|declared)\b/i;
/** Verbs completed by "as …" ("see it as", "regard them as", "treat damage as"). */
export const SEEING_VERB =
  /\b(?:see|sees|saw|seen|seeing|view|views|viewed|viewing|regard|regards|regarded|regarding|treat|treats|treated|treating|describe|describes|described|describing|count|counts|counted|counting|cast|casts|frame|frames|framed|framing|read|reads|interpret|interprets|interpreted|understood)\b/i;
/** A unit a measure ends on, and the dimension adjectives that complete it. */
const UNIT_END =
  /\b(?:kilometres|kilometers|metres|meters|miles|feet|inches|centimetres|years|months|weeks|days|hours|minutes|storeys|stories|floors)$/i;
const DIMENSION = /^(?:long|wide|high|deep|tall|old|thick|away|across|late|early)$/i;

/** The word just before a title's first words in its source ('As the Soltavans | see it' gives "Soltavans"'s
 * predecessor…), lower case; '' when the title opens the source or is not found there. */
function wordBefore(title: string, source: string): string {
  const head = title
    .split(SPACE)
    .map(bare)
    .filter((w) => w && !ARTICLE.test(w))
    .slice(0, 2);
  const { words, kept } = sourceWords(source);
  if (head.length < 2) return '';
  for (let k = 0; k + 1 < kept.length; k++)
    if (kept[k]?.w === head[0] && kept[k + 1]?.w === head[1]) {
      const at = kept[k]?.i ?? 0;
      // Only the word right before, articles aside ("As the Soltavans": "as").
      const before = words
        .slice(0, at)
        .map(bare)
        .filter((w) => w && !ARTICLE.test(w));
      return before[before.length - 1] ?? '';
    }
  return '';
}

/** Verbs whose object is placed somewhere ("kept the rate at 5.75 percent", "left it on hold"). */
const PLACING_VERB = /\b(?:keep|keeps|kept|leave|leaves|left|hold|holds|held|put|puts|set|sets)\b/i;
/** Parts of speech of a verb that goes on with the words before it. */
const VERBISH_NEXT = new Set(['VERB', 'AUX']);
/** What follows a number without being its measure ("70,300 by 2035", "4.2% and rising"). */
const NOT_MEASURE_POS = new Set(['ADP', 'CCONJ', 'SCONJ', 'VERB', 'AUX', 'PART', 'ADV', 'PRON', 'DET']);
/** The conjunction that brings a series' last item. */
const SERIES_NEXT = /^(?:and|or|nor)$/i;
/** A comparative, which its terms complete ("better at X than Y"). */
const COMPARATIVE_END = /\b(?:better|worse|more|less|fewer|\p{L}{3,}er)$/iu;
/** A relative clause that restricts the noun before it (no comma between). */
const RESTRICTIVE_NEXT = /^(?:who|whom|whose|which|that)$/i;
/** Verbs that take an object and then a participle saying what it does ("has receipts falling", "saw prices rising"). */
const OBJECT_PARTICIPLE_VERB =
  /\b(?:has|have|had|sees?|saw|seen|shows?|showed|shown|finds?|found|leaves?|left|keeps?|kept|expects?|expected|projects?|projected)\b/i;
/** "over six years buying …", "in 2025 fixing …": a span, then what the money or time goes on. */
const SPENT_ON_NEXT = /^(?:over|in|during|for)\s(?:[^\s,;.]+\s){1,2}\p{Ll}+ing\b/u;
/**
 * "in our beds who were …": a short phrase of place, then a relative with no comma before it that names people,
 * so it qualifies the noun before the place ("in the round that opens …" qualifies the place itself).
 */
const PLACED_RELATIVE = /^(?:in|at|on|across|inside|within)\s(?:[^\s,;.]+\s){1,3}(?:who|whom|whose)\s/i;
/** How many words after a cut may hold a place and the relative clause after it. */
const RELATIVE_REACH = 6;
/** "there"/"here" after a word, not opening "there is": a place named elsewhere. */
const DEICTIC_PLACE = /\S\s(?:there|here)\b(?!\s(?:is|are|was|were|has|have|had|will|would|be)\b)/i;

/** True when a title opens on its subject, states a clause and leaves no complement behind in `source`. */

export function wellShaped(title: string, source: string, lexicon: Lexicon): boolean {
  if (badOpening(title, lexicon)) return false;
  // "An operation that took eleven days" is a noun and its relative clause; "The measures that protect workers
  // are simple" has a verb of its own after the clause.
  if (nounPhraseOnly(title, lexicon)) return false;
  if (elidedCount(title, lexicon)) return false;
  return !cutsMeaning(title, source, lexicon);
}

/**
 * "A three-bedroom house needs two", "Tavaria could expect to keep one": a count whose noun the sentence before
 * gave, which a title cannot show.
 */
function elidedCount(title: string, lexicon: Lexicon): boolean {
  const words = title.split(SPACE).map(bare);
  const last = words[words.length - 1] ?? '';
  return ELIDED_COUNT.test(last) && VERB_POS.has(posOf(words[words.length - 2] ?? '', lexicon));
}
const ELIDED_COUNT = /^(?:one|two|three|four|five|six|seven|eight|nine|ten|several|many|few|both|some)$/i;

/**
 * True when a text is a noun and the clause that qualifies it, with no verb of its own ("An operation that took
 * eleven days", "The threshold we use to define …", "The meter that ran too fast").
 */
export function nounPhraseOnly(text: string, lexicon: Lexicon): boolean {
  return APPOSITIVE.test(text) && finiteVerbs(text, lexicon) < 2;
}

/**
 * True when a text cut from `source` stops where the words it dropped change what it says: before a condition,
 * a series' last item, a restrictive relative, a comparison's terms, a number's unit, a verb's complement or the
 * verb of its own clause. Shared by titles and bullets.
 */
/** A span of time at a text's end ("six weeks", "72 hours", "a month"). */
const SPAN_END =
  /\bfrom an? (?:year|month|week|quarter|decade)$|\b(?:\d[\d,.]*|an?|one|two|three|four|five|six|seven|eight|nine|ten|twelve|a few|several) (?:minutes?|hours?|days?|weeks?|months?|years?|decades?)$/i;
/** A quantity before "a year", "a month": a rate ("12,600 dollars a month"), not a span. */
const RATE_BEFORE =
  /(?:\d|%|\b(?:dollars?|euros?|pounds?|crowns?|marks?|daler|francs?|yen|cents?|pence|tonnes?|litres?|barrels?|miles?|kilometres?|times|per cent|percent))$/i;

/** True when a text ends on a span of time ("six weeks", "a month"), not on a rate ("$40 a month"). */
function spanEnd(text: string): boolean {
  const span = SPAN_END.exec(text);
  if (!span) return false;
  return !/^an?\s/i.test(span[0].trim()) || !RATE_BEFORE.test(text.slice(0, span.index).trim());
}
/** What says which way a span runs ("in advance", "earlier", "ago"). */
const SPAN_DIRECTION =
  /^\s*(?:in advance|ahead|beforehand|earlier|later|ago|before|after|early|late|apart|on)\b/i;

/** The source's words right after a text's end, when the text ends where a source word ends. */
function afterInSource(text: string, source: string, reach = 3): string {
  const { words, at } = endInSource(text, source);
  return at < 0 ? '' : words.slice(at + 1, at + 1 + reach).join(' ');
}
/** How many words after a cut may hold the range a change runs over ("from $81 million to $66.4 million"). */
const RANGE_REACH = 10;

/** True when a noun follows the "and" after a text's end before any punctuation ("| and surgical wards"). */
/** "for the main Inchmorran | and Sula routes": a name inside a noun phrase, after its article or adjective. */
function namedModifier(title: string, lexicon: Lexicon): boolean {
  const words = title.split(SPACE).filter(Boolean).map(bare);
  const [before = '', last = ''] = words.slice(-2);
  return (
    posOf(last, lexicon) === 'PROPN' && (posOf(before, lexicon) === 'ADJ' || /^(?:the|a|an)$/.test(before))
  );
}

function nounAfterAnd(title: string, source: string, lexicon: Lexicon): boolean {
  const { words, at } = endInSource(title, source);
  for (const word of words.slice(at + 2, at + 5)) {
    if (posOf(bare(word), lexicon) === 'NOUN') return true;
    if (/[,;:.!?]$/.test(word)) break;
  }
  return false;
}

/** Particles that complete a phrasal verb after its object ("take the summer off", "rule the option out"). */
const PARTICLE = /^(?:off|up|out|away|back|down|over|aside|apart)[,;:.!?"”]*$/i;

/** True when the source's next word after a text is a particle that ends its clause. */
function closingParticle(text: string, source: string): boolean {
  const { words, at } = endInSource(text, source);
  const next = words[at + 1] ?? '';
  return at >= 0 && PARTICLE.test(next) && (/[,;:.!?"”]$/.test(next) || at + 2 >= words.length);
}

/** True when a text ends on the colon that opens a quotation in its source. */
export function announcesQuotation(text: string, source: string): boolean {
  const { words, at } = endInSource(text, source);
  return at >= 0 && /:$/.test(words[at] ?? '') && /^["“]/.test(words[at + 1] ?? '');
}

/** A clause a conjunction or subordinator opens ("that frequency is freedom", "If the beds go"). */
const SUBORDINATE_OPENING =
  /^["“]?(?:and|or|but|so|yet|that|which|who|because|when|if|as|while|although|though|where|since|unless|once)\s/i;

/**
 * True when a title ends on an item of a list: a phrase with no verb after a colon ("simple: fewer rights"), or a
 * clause set after another with a bare comma ("Land went out of production, holders moved away").
 */
function listedBeforeCut(title: string, lexicon: Lexicon): boolean {
  const colon = title.lastIndexOf(': ');
  const comma = title.lastIndexOf(', ');
  const verb = (text: string) => hasFiniteVerb(wordsOf(text), lexicon);
  if (colon > comma) return colon > 0 && !verb(title.slice(colon + 2));
  if (comma < 0) return false;
  const before = title.slice(Math.max(0, colon + 2), comma);
  const last = title.slice(comma + 2);
  // "have a saying, that frequency is freedom", "If the beds go, the spending goes …": a clause that a
  // subordinator opens, or that follows one, is no list's item.
  return !SUBORDINATE_OPENING.test(last) && !SUBORDINATE_OPENING.test(before) && verb(before) && verb(last);
}

export function cutsMeaning(title: string, source: string, lexicon: Lexicon): boolean {
  return (
    !keepsMeaning(title, source, lexicon) || insideOpenAside(title, source) || deniedReasonOnly(title, source)
  );
}

/** "did not disconnect because the wind dropped": a negation whose scope is the reason, not the act. */
const DENIED_REASON = /\b(?:not|n't|never)\s(?:\p{L}+\s){0,3}?because\b/iu;

/**
 * True when a cut keeps a denied reason and drops the sentence's turn to the real one: "Marrick Head did not
 * disconnect because the wind dropped | ; it disconnected because its own protection settings told it to" reads as
 * if it never disconnected.
 */
function deniedReasonOnly(cut: string, source: string): boolean {
  if (!DENIED_REASON.test(cut)) return false;
  const { words, at } = endInSource(cut, source);
  return at >= 0 && at < words.length - 1 && /[;:,–—]$/.test(words[at] ?? '');
}

/** "combined with …", "set out in …": a participle and the phrase it opens. */
const PARTICIPLE_PHRASE =
  /^\p{Ll}+(?:ed|ing|en|set|put|cut|made|held|led|paid|sent|built|kept)\s(?:out\s|up\s)?(?:with|by|in|on|at|for|from|to|into|under|over|after|before|across|through)\s/u;
/** How far past a cut the comma that closes an aside it stopped inside is looked for. */
const OPEN_ASIDE_REACH = 8;

/**
 * True when a cut stops inside an aside a participle opened, whose closing comma comes after the cut: "Osei wrote
 * that the hike, combined with a cut | in direct intervention, "marks a shift …"" keeps neither the aside whole
 * nor the clause it interrupts.
 */
function insideOpenAside(cut: string, source: string): boolean {
  const last = cut.split(/,\s/).pop() ?? '';
  // ("…, induced demand": an adjective in -ed, with no phrase of its own, opens no aside.)
  if (!cut.includes(', ') || !PARTICIPLE_PHRASE.test(last)) return false;
  return afterInSource(cut, source, OPEN_ASIDE_REACH).includes(',');
}

/**
 * True when the words a cut leaves out are ", not" and an action ("should build the tram, | not settle for a bus
 * promise"): the option the claim rejects, which it already implies. A contrast of things or grounds ("rests on gas,
 * | not goodwill", "| not because …", "| not 8 minutes 12 seconds") is the point itself.
 */
function rejectedAction(title: string, source: string, lexicon: Lexicon): boolean {
  const [not = '', verb = ''] = afterInSource(title, source, 2).split(SPACE);
  return /^not$/i.test(not) && posOf(bare(verb), lexicon) === 'VERB' && !/(?:ed|ing)$/i.test(bare(verb));
}
/** Words whose full stop ends no sentence: "6:40 a.m.", "Mr.", "e.g.". */
const ABBREVIATION = /(?:^|\b)(?:a\.m|p\.m|mr|mrs|ms|dr|st|no|vs|etc|e\.g|i\.e|inc|ltd|co|jr|sr|u\.s)\.$/i;
/** "… is simple", "… is this": a clause that only announces what its colon introduces. */
const ANNOUNCING_END =
  /\b(?:is|are|was|were) (?:simple|clear|plain|straightforward|this|these|twofold|obvious)$/i;
/** "a further point", "one reason", "the lesson": a noun whose content a colon goes on to give. */
const ANNOUNCED_NOUN =
  /\b(?:point|argument|reason|lesson|question|problem|fact|claim|warning|message|answer|explanation|risk)s?\b/i;
/** Fewer words after a colon are what is left of a clause, not a clause. */
const MIN_AFTER_COLON_WORDS = 4;
/** "far less than", "more than", "no better than": the comparison a claim is made in. */
const COMPARISON_NEXT =
  /^(?:(?:far|much|even|no|slightly|rather|somewhat)\s)?(?:less|more|fewer|better|worse|sooner|later|longer|higher|lower)\s+(?:\p{L}+ly\s+)?than\b/iu;
/** "as much", "as many", "as large": the first term of an equal comparison. */
const EQUATIVE_OPEN = /\bas (\p{L}+)\b/giu;
const QUANTITY_WORD = /^(?:much|many|few|little)$/i;
/** How far past a cut the "as" that completes an equal comparison is looked for. */
const EQUATIVE_REACH = 8;

/** True when a text opens an equal comparison ("costs as much to dig") whose "as …" the source gives after it. */
function openEquative(text: string, source: string, lexicon: Lexicon): boolean {
  // "as much", "as visibly": a quantity, an adjective or an adverb ("as a public crossing" compares nothing).
  const opened = [...text.matchAll(EQUATIVE_OPEN)]
    .filter((m) => QUANTITY_WORD.test(m[1] ?? '') || ['ADJ', 'ADV'].includes(posOf(m[1] ?? '', lexicon)))
    .pop();
  if (!opened || /\bas\b/i.test(text.slice((opened.index ?? 0) + 3))) return false;
  const after = afterInSource(text, source, EQUATIVE_REACH).split(/[;:.]/)[0] ?? '';
  return /(?:^|\s)as\s/i.test(after);
}
/** A text ending on a modal, its "not" and one word: that word is the modal's verb. */
const AFTER_MODAL =
  /\b(?:can|could|should|would|will|must|may|might|shall|cannot)(?:\s(?:not|never))?\s\p{Ll}+$/iu;
/** A clause's negation. */
const NEGATION = /\b(?:not|cannot|never|no longer)\b|n['’]t\b/i;
/** A verb of change in amount ("reduces", "rose", "doubled"): its size is in the figures after it. */
const CHANGE_VERB =
  /\b(?:reduc|cut|rais|rise|rose|risen|fell|fall|increas|decreas|grow|grew|drop|climb|doubl|halv|jump|slump|shr[iu]nk|expand|lift|lower|boost|slash|trim)\w*\b/i;
/** "from $81 million to $66.4 million", "by 12% to 4,100": the figures a change runs between. */
const CHANGE_RANGE_NEXT = /^(?:from|by)\s+[^,;.]*?\d[^,;.]*?\s+to\s+[^,;.]*?\d/i;
/** Words that limit what comes before them ("alone", "solely"): a cut before one says more than the source. */
const LIMIT_NEXT = /^(?:alone|solely|entirely|exclusively|either|too)$/i;
/** A reporting verb and its "that": what follows is the clause reported, which needs its own verb. */
const REPORTED_THAT =
  /\b(?:found|finds|find|said|says|say|showed|shows|show|concluded|concludes|estimated|estimates|argued|argues|warned|warns|believes|believe|reported|reports|suggested|suggests|noted|notes)\s+(?:that\s|(?=(?:because|if|when|although|though|unless)\s))/i;
/** ", taken at different times of day": a participle phrase set off by a comma. */
const PARTICIPLE_ASIDE = /,\s+\p{Ll}+(?:ed|en|ing)\b[^,]*(?:,|$)/gu;
/** A subordinator opening a reported clause ("argued that because …"). */
const REPORTED_SUBORDINATE = /^(?:because|if|when|although|though|while|unless|once|since|as|after|before)$/i;
/** A title ending on a superlative ("steepest", "the most severe", "worst"). */
const SUPERLATIVE_END = /\b(?:most\s\p{L}+|best|worst|least\s\p{L}+)$/iu;
/** True when a title ends on a superlative: "most severe", "worst", or an adjective in -est ("steepest"). */
function superlativeEnd(title: string, lexicon: Lexicon): boolean {
  if (SUPERLATIVE_END.test(title)) return true;
  const last = /(\p{L}{3,}est)$/u.exec(title)?.[1];
  return last !== undefined && posOf(last.toLowerCase(), lexicon) === 'ADJ';
}
/** What says where or among whom a superlative holds. */
const SUPERLATIVE_SCOPE = /^(?:where|among|in|for|at|of|when|since|on)$/i;
/** A relative pronoun after a noun ("counties that lost …"). */
const RELATIVE_WORD = /^(?:that|which|who|whom|whose|where)$/i;

/**
 * True when the clause a reporting verb introduces has no verb of its own outside a closing relative clause
 * ("found that in rural counties that lost their services"): the finding itself was cut. A relative with two
 * verbs ("workers who handle pesticides were …") holds the reported clause's verb too.
 */
function cutsReportedClause(text: string, lexicon: Lexicon): boolean {
  const at = REPORTED_THAT.exec(text);
  if (!at) return false;
  const words = text
    .slice(at.index + at[0].length)
    // "four location points, taken at different times of day,": a participle aside is no verb of the clause.
    .replace(PARTICIPLE_ASIDE, ' ')
    .split(SPACE)
    .map(bare)
    .filter(Boolean);
  const rel = words.findIndex(
    (w, i) =>
      i > 0 && RELATIVE_WORD.test(w) && ['NOUN', 'PROPN'].includes(posOf(words[i - 1] ?? '', lexicon)),
  );
  // "argued that because it removed names | , the data was no longer personal": a reported clause opening on
  // a subordinate one needs the main clause after its comma.
  if (REPORTED_SUBORDINATE.test(words[0] ?? '') && !/,\s/.test(text.slice(at.index + at[0].length)))
    return true;
  const before = rel < 0 ? words : words.slice(0, rel);
  if (hasFiniteVerb(before, lexicon)) return false;
  if (rel < 0) return true;
  const verbs = words.slice(rel + 1).filter((w) => hasFiniteVerb([w], lexicon)).length;
  return verbs <= 1;
}

function keepsMeaning(title: string, source: string, lexicon: Lexicon): boolean {
  const next = continuationOf(title, source, false) ?? '';
  // "A study found that in rural counties that lost their services": a finding without what was found.
  if (cutsReportedClause(title, lexicon)) return false;
  // "can shrink for two | very different reasons", "the Office's monthly | referral-to-treatment series": a
  // number or an adjective whose noun was cut off.
  const cutAt = bare(title.trim().split(SPACE).pop() ?? '');
  if (
    next &&
    ['ADJ', 'NUM'].includes(posOf(cutAt, lexicon)) &&
    !/\d/.test(cutAt) &&
    (['NOUN', 'ADJ'].includes(posOf(bare(next), lexicon)) ||
      /\p{L}-\p{L}/u.test(next) ||
      // "two | very different reasons": an adverb that qualifies the noun phrase's next adjective.
      (posOf(bare(next), lexicon) === 'ADV' &&
        posOf(bare(afterInSource(title, source, 2).split(SPACE)[1] ?? ''), lexicon) === 'ADJ'))
  )
    return false;
  // "The fall has been steepest | where it matters most": a superlative cut from where or among whom it holds.
  if (superlativeEnd(title, lexicon) && SUPERLATIVE_SCOPE.test(next)) return false;
  // "The historian Rourke puts it plainly | : "No minister …"": the words that announce a quotation, without it.
  if (announcesQuotation(title, source)) return false;
  // '"We will have women delivering on Route 9. | I have seen it …"': a cut where a quoted sentence ends.
  const { words: sourceWords, at } = endInSource(title, source);
  const ended = sourceWords[at] ?? '';
  // "Land went out of production, holders moved away | , and some rights …", "The theory is simple: fewer
  // rights | , less pumping and …": a title that already lists is cut before its list's last item.
  if (at >= 0 && /,$/.test(ended) && listedBeforeCut(title, lexicon)) {
    const rest = (
      sourceWords
        .slice(at + 1)
        .join(' ')
        .split(/[;:]/)[0] ?? ''
    ).trim();
    if (/(?:^|\s)(?:and|or)\s/.test(rest)) return false;
  }
  // "The exit survey found 16 | - and 17-year-olds were …": a cut inside a compound whose hyphen waits for its noun.
  if (cutAt && new RegExp(`(?:^|\\s)${escapeRegExp(cutAt)}[-–]\\s`, 'u').test(source)) return false;
  if (
    at >= 0 &&
    /\.["”]?$/.test(ended) &&
    !ABBREVIATION.test(ended) &&
    /^["“]?\p{Lu}/u.test(sourceWords[at + 1] ?? '')
  )
    return true;
  // "red warning ends after 104mph gusts, 71,000 homes | still without power": a verbless clause after a comma,
  // cut before what it says of its noun.
  const lastPart = title.includes(', ') ? (title.split(', ').pop() ?? '') : '';
  if (
    lastPart &&
    next &&
    at >= 0 &&
    !CLAUSE_END.test(ended) &&
    /^(?:still|now|not|no longer|without|left)$/i.test(next) &&
    !hasFiniteVerb(wordsOf(lastPart).map(bare), lexicon)
  )
    return false;
  // "The practical lesson is simple | : rates are likely to stay higher …": a signpost, without what it announces.
  if (at >= 0 && ended.endsWith(':') && ANNOUNCING_END.test(title.trim())) return false;
  // "Officials make a further point that is rarely heard | : the reservoir also catches flood water": the point
  // a clause names, after the colon it was cut at.
  // (Past the subject: "The argument has moved to who should pay | : drivers or …" names its own content.)
  if (at >= 0 && ended.endsWith(':') && ANNOUNCED_NOUN.test(title.split(SPACE).slice(3).join(' ')))
    return false;
  // "His point is structural: so long | as irrigation water is priced …": a clause after a colon, cut short.
  const afterColonWords = /:\s(.*)$/.exec(title)?.[1]?.split(SPACE).filter(Boolean).length;
  if (next && afterColonWords !== undefined && afterColonWords < MIN_AFTER_COLON_WORDS) return false;
  // "Ostrem is so taken with the idea | that …": a degree whose result clause was cut off.
  if (
    /\b(?:so|such)\s/i.test(title) &&
    /^(?:\S+\s){0,3}that\b/i.test(afterInSource(title, source)) &&
    !CLAUSE_END.test(ended)
  )
    return false;
  // "The Dry Ledger is an uneven book | but an important one": a contrast inside the predicate is the judgment.
  if (/^but$/i.test(next) && at >= 0 && !CLAUSE_END.test(ended)) return false;
  // "The cost cuts matter | far less than the orders": a comparison whose loss turns the claim around.
  if (!CLAUSE_END.test(ended) && COMPARISON_NEXT.test(afterInSource(title, source))) return false;
  // "A garage space costs as much to dig | , light and ventilate as a small kitchen costs to fit": an equal
  // comparison without its second term.
  if (openEquative(title, source, lexicon)) return false;
  // "The cut reduces the grant | from $81 million to $66.4 million a year": a change without the figures it runs
  // between says nothing of its size.
  if (
    !/\d/.test(title) &&
    CHANGE_VERB.test(title) &&
    CHANGE_RANGE_NEXT.test(afterInSource(title, source, RANGE_REACH))
  )
    return false;
  // "We will take the money set aside for that scheme | and put it into homes": what is done with the object is
  // the point of taking it.
  if (
    /^and\s+(?!(?:that|which|who|so|then)\b)\p{Ll}+\s+(?:it|them)\b/iu.test(afterInSource(title, source, 3))
  )
    return false;
  // "The scheme risks working well in towns | and poorly in the countryside": a contrast of two manners.
  if (/^and$/i.test(next) && posOf(afterInSource(title, source, 2).split(SPACE)[1] ?? '', lexicon) === 'ADV')
    return false;
  // "The tram was not built on paperwork | alone": a limit whose loss turns the claim around.
  if (LIMIT_NEXT.test(next)) return false;
  // "We cannot staff a unit | safely": how a denied act is done is what is denied.
  if (/ly$/i.test(next) && posOf(next, lexicon) === 'ADV' && NEGATION.test(title)) return false;
  // "Disruption to supplies of chilled | and fresh food is likely …": a cut inside a subject's series, before the
  // verb of the sentence (a second clause opens on its own subject: "… began | and the port is closed").
  if (/^(?:and|or)$/i.test(next) && SUBJECT_SERIES_REST.test(afterInSource(title, source, 6))) return false;
  // "Shortages of critical medicines are unlikely | before late July": a denial limited in time, cut before the
  // limit, denies for all time.
  if (/^(?:before|until|till|by)$/i.test(next) && (NEGATION.test(title) || UNLIKELY.test(title)))
    return false;
  // "High costs keep mothers of young children | out of full-time work": a verb that keeps or puts its object "out
  // of" somewhere needs it ("Crews take the summer | off the coast" is a place the cut may drop).
  if (/^out$/i.test(next) && /^of$/i.test(afterInSource(title, source, 2).split(SPACE)[1] ?? ''))
    return false;
  // "Kessardy is remembered in Sarvonia | as the woman who saved the currency": a verb of regard needs its "as".
  if (/^as$/i.test(next) && REGARD_VERB.test(title)) return false;
  // "… is enforceable | only if the employer shows …": a cut before a condition says the opposite.
  if (QUANTITY_NEXT.test(next) || CONDITION_NEXT.test(next)) return false;
  // "Pensions will lag; in bad years | , when prices outrun wages, …": a clause after a semicolon, cut before its
  // verb.
  // "Kessardy never fully accepted this, but in her 2011 memoir | , The Stairs Down, she came …": so is one after a
  // comma and a conjunction.
  const afterSemicolon = /(?:;|,\s(?:but|and|yet|so|while|whereas))\s([^;,]+)$/.exec(title)?.[1];
  const goesOn = at >= 0 && at < sourceWords.length - 1;
  if (afterSemicolon && goesOn && !hasFiniteVerb(wordsOf(afterSemicolon).map(bare), lexicon)) return false;
  // '"… let down by decisions taken long | before today"': a degree of time cut from what it measures from.
  if (TIME_DEGREE.test(bare(wordsOf(title).pop() ?? '')) && /^(?:before|after|ago|since)$/i.test(next))
    return false;
  // "… releases extra benefit | as soon as the jobless rate rises …": nor before the time it waits for.
  // (After a colon, "once by writing code and again …" goes on to say how, not when.)
  if (!/[;:]$/.test(ended) && CONDITION_PHRASE_NEXT.test(afterInSource(title, source))) return false;
  // "people who walk, cycle | or take the bus": a series stopped before its last item.
  if (SERIES_NEXT.test(next) && /,\s*\S+(?:\s\S+){0,4}$/.test(title.trim())) return false;
  // "why transmission, not generation, | deserves …": a contrast aside closed, and its clause's verb cut off.
  const across = continuationOf(title, source) ?? '';
  if (/,\s*not\s[^,]*$/i.test(title) && VERBISH_NEXT.has(posOf(across, lexicon)) && !/ing$/i.test(across))
    return false;
  // "A boiler should be replaced when replacing it is better, | not because …": the contrast is the point.
  // ("Dunmarrow should build the tram, | not settle for a bus promise": a rejected option leaves the point whole.)
  if (/^(?:not|rather)$/i.test(across) && !rejectedAction(title, source, lexicon)) return false;
  // "the grant deals with the cost of buying a heat pump, | but not with the cost of running one": so is this one.
  if (
    at >= 0 &&
    /^but$/i.test(bare(sourceWords[at + 1] ?? '')) &&
    /^not$/i.test(bare(sourceWords[at + 2] ?? ''))
  )
    return false;
  // "asks younger people, | renters and those on low incomes to subsidise …": a series cut after its first item.
  if (seriesFollows(title, source, lexicon)) return false;
  // "a hidden tax on people | who walk, cycle or take the bus": a relative with no comma says which ones.
  if (RESTRICTIVE_NEXT.test(next)) return false;
  // "we had about 140 patients | in our beds who were medically fit to leave": nor past the place it names.
  const ahead = at >= 0 && !CLAUSE_END.test(ended) ? afterInSource(title, source, RELATIVE_REACH) : '';
  if (PLACED_RELATIVE.test(ahead)) return false;
  // A noun cut from the participle after it, when that participle says what the noun does or which ones it is:
  // "The central projection has fuel duty receipts | falling from €6.8 billion" (a verb that takes an object and
  // its participle), "The county has 380 people | waiting for a home-care package" (a counted noun).
  const words = wordsOf(title).map(bare);
  const participleCut =
    /^\p{Ll}+ing$/u.test(next) &&
    VERB_POS.has(posOf(next, lexicon)) &&
    !CLAUSE_END.test(ended) &&
    ['NOUN', 'PROPN'].includes(posOf(words.at(-1) ?? '', lexicon));
  const counted = words.slice(-3, -1).some((w) => /\d/.test(w) || posOf(w, lexicon) === 'NUM');
  if (participleCut && (OBJECT_PARTICIPLE_VERB.test(title) || counted)) return false;
  // "The difference was roughly equivalent, | the authors estimate, to about 1.7 years": past a reporting aside,
  // the words that complete the clause.
  if (COMPLEMENT_NEXT.has(pastReportingAside(title, source) ?? '')) return false;
  // "Two of the big lenders stopped offering | new mortgages": a verb cut from its object.
  if (next && endsOnVerb(title, lexicon) && OBJECT_START.has(posOf(next, lexicon))) return false;
  // "The assembly should not close | the harbour": after a modal the last word is a verb, whatever its tag.
  if (next && AFTER_MODAL.test(title.trim()) && OBJECT_START.has(posOf(next, lexicon))) return false;
  // "Governments have spent years | negotiating …": what the time was spent on completes the verb.
  // "New Calvera will spend $640 million | over six years buying water rights": past the span, too.
  if (
    (/ing$/i.test(next) || SPENT_ON_NEXT.test(afterInSource(title, source, 4))) &&
    SPENDING_VERB.test(wordsOf(title).slice(-4).join(' '))
  )
    return false;
  // "officials fear that if the reservoir is filled too quickly | , downstream farms …": a condition cut from
  // the clause it conditions.
  if (openCondition(title, source)) return false;
  // "A 5% reduction in flow, Kessaria's ministry has estimated, | would cut …": a cut after a reporting aside
  // leaves the subject without its verb.
  if (endsOnReportingAside(title, source)) return false;
  const lastWord = lastWordOf(title);
  // "pay host towns and landowners | an annual share": a second object (or a noun phrase) cut off.
  if (
    next &&
    ['NOUN', 'PROPN'].includes(posOf(lastWord, lexicon)) &&
    ['DET', 'NUM'].includes(posOf(next, lexicon)) &&
    !/^(?:this|that|these|those|last|next|each|every)$/i.test(next)
  )
    return false;
  // "a standard battery of memory | tests": a noun compound cut before its head.
  if (
    next &&
    posOf(next, lexicon) === 'NOUN' &&
    ['NOUN', 'ADJ'].includes(posOf(lastWord, lexicon)) &&
    !/^\p{Lu}/u.test(next)
  )
    return false;
  // "voted to ban industrial | pumping": an adjective cut from the gerund it qualifies.
  if (
    next &&
    /ing$/i.test(next) &&
    posOf(lastWord, lexicon) === 'ADJ' &&
    at >= 0 &&
    !/[,;:.!?]["”]?$/.test(ended)
  )
    return false;
  // "a standard battery of memory | and thinking tests": the noun was one modifier of a coordinated compound.
  if (coordinatedModifier(title, source, lexicon)) return false;
  // "extended to all acute medical | and surgical wards": an adjective whose noun comes after the cut.
  if (
    /^(?:and|or)$/i.test(next) &&
    (posOf(lastWord, lexicon) === 'ADJ' || namedModifier(title, lexicon)) &&
    nounAfterAnd(title, source, lexicon)
  )
    return false;
  // "publish rosters at least six weeks | in advance": a span whose direction is the point.
  if (spanEnd(title.trim()) && SPAN_DIRECTION.test(afterInSource(title, source))) return false;
  // "announced a fortnight | ago", "gave up driving years | ago": a time cut from the word that places it.
  if (/^ago\b/i.test(afterInSource(title, source))) return false;
  // "Leakage doesn't take the summer | off": a phrasal verb's particle, closing its clause, cut off.
  if (closingParticle(title, source)) return false;
  // "would leave Harlan County | and two neighboring counties without a place to give birth": an object cut from
  // the objects coordinated with it.
  if (coordinatedObject(title, source, lexicon)) return false;
  // "unaffordable at a time | when …": which time is the point.
  if (
    /^(?:when|where)$/i.test(next) &&
    /\b(?:time|moment|period|point|day|year|era|age|place|case|stage)$/i.test(title.trim())
  )
    return false;
  // "The market turned out to be better | at judging demand than …": a comparison stopped before its terms.
  if (COMPARATIVE_END.test(title.trim()) && /^(?:at|than|in|for|to)$/i.test(next)) return false;
  // "The public system needs about 70,300 | full-time-equivalent nurses": a number without what it counts.
  // "$1.58 | a share", "$600 | a month": a rate's unit.
  const rate = /^(?:a|an|per|each)$/i.test(next);
  if (
    /\d[\d,.]*$/.test(title.trim()) &&
    /^\p{L}/u.test(next) &&
    (rate || !NOT_MEASURE_POS.has(posOf(next, lexicon)))
  )
    return false;
  // "Outside experts called the result | encouraging": a verb whose object needs its complement.
  const complement = posOf(next, lexicon) === 'ADJ' || /(?:ing|ed)$/i.test(next);
  const recent = wordsOf(title).slice(-4, -1).join(' ');
  if (COMPLEMENT_VERB.test(recent) && complement) return false;
  // "has kept its main interest rate | at 5.75 percent": where something is kept or left completes the verb.
  if (PLACING_VERB.test(recent) && posOf(next, lexicon) === 'ADP') return false;
  // "Soltava … see it | as an attempt to …": how something is seen completes the verb.
  // "the result is better read | as a revolt …": so is how it is read, the verb passive and last.
  if (SEEING_VERB.test(wordsOf(title).slice(-4).join(' ')) && next === 'as') return false;
  // "the share of appliances repaired | rather than replaced fell by half": the cut drops the clause's verb.
  const end = endInSource(title, source);
  const endsClause = CLAUSE_END.test(end.words[end.at] ?? '');
  if (end.at >= 0 && !endsClause && dropsOwnVerb(end.words.slice(end.at + 1).join(' '), lexicon))
    return false;
  // "let the land under our car parks | become homes": a verb right after the end belongs to what was kept.
  if (next && /^\p{L}/u.test(next) && !/ing$/i.test(next) && VERBISH_NEXT.has(posOf(next, lexicon)))
    return false;
  // "The largest is about four kilometres | long": a measure needs the dimension it measures.
  if (UNIT_END.test(title.trim()) && DIMENSION.test(next)) return false;
  // "As the Soltavans | see it, …": a title that starts inside a subordinate clause.
  if (SUBORDINATOR.test(wordBefore(title, source))) return false;
  // "Developers there did not stop": a place only the sentence before names.
  if (DEICTIC_PLACE.test(title)) return false;
  if (cutsClauseVerb(title, source, lexicon) || cutsObject(title, source)) return false;
  // "A wholesale commitment now would be a bet placed | before the odds are known": a noun's participle, after
  // the clause's own verb, cut from what it says of the noun.
  if (next && !endsClause && strandedParticiple(title, lexicon)) return false;
  return !strandsComplement(title, source) && !splitsRange(title, source);
}

/**
 * The sentence without a leading participial, subordinate or adverbial clause ("Buoyed by X, Azerbaijan sees …"
 * gives "Azerbaijan sees …"): the text after the first comma that starts a clause with its own finite verb.
 * The sentence itself when it opens on its subject or no such clause follows.
 */
export function mainClause(sentence: string, lexicon: Lexicon): string {
  if (!badOpening(sentence, lexicon)) return sentence;
  // "If he is right, waiting … means we will have waited too long": without its condition the clause asserts
  // what the sentence only supposes.
  if (CONDITION_OPENING.test(sentence)) return sentence;
  // "For every 100 collected, 131 was paid out": without its base, the figure counts nothing.
  if (RATIO_BASE.test(sentence)) return sentence;
  let at = commaAt(sentence);
  while (at >= 0) {
    const rest = sentence.slice(at + 1).trim();
    const words = wordsOf(rest);
    const opens = words[0] ? !CLAUSE_START_NOT.has(posOf(words[0], lexicon)) : false;
    // "… examined X, | internal emails, … and interviewed …": a verb after "and" is the first subject's.
    const verb = words.findIndex((w) => hasFiniteVerb([w], lexicon));
    // "… predecessors, | Governor Anders Hval, cut rates …": a name set off by commas before the verb is an
    // appositive of the subject before it, not a clause's subject.
    const beforeVerb = rest.slice(0, rest.indexOf(words[verb] ?? '\u0000')).trim();
    // Named, it is who acted: "Governor Anders Hval cut rates …".
    if (verb > 0 && beforeVerb.endsWith(',') && APPOSITIVE_NAME.test(beforeVerb))
      return `${beforeVerb.slice(0, -1)} ${rest.slice(rest.indexOf(words[verb] ?? ''))}`;
    const own = verb >= 0 && !/^(?:and|or|but)$/i.test(words[verb - 1] ?? '') && !beforeVerb.endsWith(',');
    if (opens && own && !badOpening(rest, lexicon)) return rest.charAt(0).toUpperCase() + rest.slice(1);
    at = commaAt(sentence, at + 1);
  }
  return sentence;
}

/**
 * The longest opening of `text` within `maxWords` words that is a complete clause (subject, verb, object), ends
 * on a content word outside any quotation, and is not followed in `source` by its complement; undefined if none.
 */
/** Verbs that take an object and its complement ("make X untouchable", "keep X low", "push X far above …"). */
const MAKE_VERB =
  /\b(?:make|makes|made|making|render|renders|rendered|keep|keeps|kept|leave|leaves|left|push|pushes|pushed|pushing|drive|drives|drove|driven|send|sends|sent)\b/i;
/** Words whose object is two things joined by "and" ("the combination of X and Y", "between X and Y"). */
const JOINS_TWO = /\b(?:combination|mix|mixture|blend|between)\b(?:\s\S+){0,6}$/i;

export function leadingClause(
  text: string,
  source: string,
  lexicon: Lexicon,
  maxWords: number,
): string | undefined {
  const words = text.replace(FINAL_STOP, '').split(SPACE).filter(Boolean);
  for (let n = Math.min(maxWords, words.length); n >= MIN_CLAUSE_WORDS; n--) {
    const clause = words.slice(0, n).join(' ').replace(TRAILING_PUNCT, '');
    if ((clause.match(QUOTE)?.length ?? 0) % 2 !== 0 || clause.includes('(') !== clause.includes(')'))
      continue;
    const lastPos = posOf(bare(words[n - 1] ?? ''), lexicon);
    const nextPos = posOf(bare(words[n] ?? ''), lexicon);
    // "is cutting too slowly, and …": an adverb ends a title where its clause ends.
    // "We cannot staff a unit safely | when …": so does a manner adverb before a subordinate clause.
    if (splitsFixedPhrase(words.join(' '), clause.length)) continue;
    // "supports franchising, | but only if it comes with funding": a claim cut from its condition.
    if (/^but$/i.test(words[n] ?? '') && ONLY_IF.test(words.slice(n + 1).join(' '))) continue;
    // "The ruling was widely expected …, | but its reasoning is broader than many had hoped": the clause before a
    // turn concedes; the point is the turn, and a title of the concession alone says the opposite.
    if (concedesOnly(clause, source, lexicon)) continue;
    // "the problem is less the ordinary fire year | than the catastrophic one": a comparison keeps its terms.
    // "the problem is less | the ordinary fire year …": nor does one stop on its comparative.
    if (/^(?:less|more|fewer|rather)$/i.test(bare(words[n - 1] ?? '')) && n < words.length) continue;
    // (A manner compared, "put the dilemma more diplomatically | than …", stands without its other term.)
    // (Nor does one whose comparative has its own complement: "better at judging demand | than a table …".)
    if (
      /^than$/i.test(words[n] ?? '') &&
      (COMPARATIVE_WORD.test(words.slice(Math.max(0, n - 3), n).join(' ')) ||
        QUANTITY_COMPARED.test(clause)) &&
      !MANNER_COMPARED.test(clause)
    )
      continue;
    // "the combination of a new competitor | and an old monopoly": a word that joins two things needs both.
    if (/^and$/i.test(words[n] ?? '') && JOINS_TWO.test(clause)) continue;
    // "were not out-competed by a superior technology | so much as caught out": the comparison is the claim.
    if (/^(?:so|as)$/i.test(words[n] ?? '') && /^much$/i.test(words[n + 1] ?? '')) continue;
    // "would make any compromise | politically untouchable": the object's complement completes "make".
    if (
      MAKE_VERB.test(words.slice(Math.max(0, n - 4), n).join(' ')) &&
      ['ADJ', 'ADV'].includes(posOf(bare(words[n] ?? ''), lexicon))
    )
      continue;
    const adverbEnd =
      lastPos === 'ADV' &&
      (CLAUSE_END.test(words[n - 1] ?? '') ||
        (/ly$/i.test(bare(words[n - 1] ?? '')) && SUBORDINATOR.test(bare(words[n] ?? ''))));
    if ((!TITLE_END_POS.has(lastPos) && !adverbEnd) || COMPOUND_GOES_ON.has(nextPos)) continue;
    if (MODIFIER_POS.has(lastPos) && PHRASE_GOES_ON.has(nextPos)) continue;
    // "to approve bus | franchising for the region": a bare singular noun right after its verb or preposition is
    // the first half of a compound whose head the tagger took for a participle.
    if (
      lastPos === 'NOUN' &&
      /\p{L}ing$/u.test(bare(words[n] ?? '')) &&
      !/[^suia]s$/i.test(bare(words[n - 1] ?? '')) &&
      ['VERB', 'ADP'].includes(posOf(bare(words[n - 2] ?? ''), lexicon))
    )
      continue;
    // "short of about 8,900 | registered nurses": a number ends a title only where its noun does not follow.
    if (lastPos === 'NUM' && (PHRASE_GOES_ON.has(nextPos) || nextPos === 'VERB')) continue;
    // "roughly one | more bad year": a number's comparative goes on to its noun.
    if (lastPos === 'NUM' && NUMBER_GOES_ON.test(bare(words[n] ?? ''))) continue;
    // "two hundred | and six steps up": a number spelled out goes on past its "and".
    if (/^(?:hundred|thousand)$/i.test(bare(words[n - 1] ?? '')) && /^and$/i.test(words[n] ?? '')) continue;
    // "balanced, lawful and in places | sensible": a series' last item is the word after its phrase.
    if (nextPos === 'ADJ' && SERIES_PHRASE_END.test(clause)) continue;
    // "the corals we bred were half | again as likely to survive": a comparison goes on to what it compares.
    // "costs several times | more per unit …": nor does a multiple stop before its comparative.
    if (
      COMPARED_AMOUNT.test(bare(words[n - 1] ?? '')) &&
      (/^(?:again|as|than)$/i.test(bare(words[n] ?? '')) ||
        (/^(?:times|twice|half|double|triple)$/i.test(bare(words[n - 1] ?? '')) &&
          /^(?:more|less|fewer|\p{L}+er)$/iu.test(bare(words[n] ?? ''))))
    )
      continue;
    // "A grant scheme launched | in 2023 covers …": a verb ends a title only where its clause ends.
    if (lastPos === 'VERB' && n < words.length && !CLAUSE_END.test(words[n - 1] ?? '')) continue;
    if (!isComplete(clause, lexicon)) continue;
    // "Dravonia's offer of 260 is, for its part, | below the lowest flow …": an aside between a verb and its
    // complement, the complement cut away.
    const interrupted = /(\S+),\s[^,]*$/.exec(clause)?.[1];
    if (n < words.length && interrupted && posOf(bare(interrupted), lexicon) === 'AUX') continue;
    // "Brandt has a point: at about 70 cents | per usable watt-hour, our pick costs …": what a colon announces is
    // a clause, and a cut that keeps none of its verb keeps only its opening phrase.
    const announced = n < words.length ? /:\s(?!.*:\s)(.*)$/.exec(clause)?.[1] : undefined;
    if (announced && !hasFiniteVerb(wordsOf(announced), lexicon)) continue;
    // "…, and let the land | under our car parks become homes": the cut drops the kept clause's own verb.
    if (
      n < words.length &&
      !CLAUSE_END.test(words[n - 1] ?? '') &&
      dropsOwnVerb(words.slice(n).join(' '), lexicon)
    )
      continue;
    const next = bare(words[n] ?? '');
    if (COMPLEMENT_NEXT.has(next) || QUANTITY_NEXT.test(next) || OBJECT_PRONOUN_NEXT.test(next)) continue;
    // "pushes prices | down": a particle that completes its verb.
    if (PARTICLE_WORD.test(next)) continue;
    // "build at the rate | at which they can sell": a relative clause after its preposition says which one.
    if (/^(?:which|whom|whose)$/i.test(bare(words[n + 1] ?? '')) && posOf(next, lexicon) === 'ADP') continue;
    // "estimates the average claim | at about €3,800": the value a verb puts on its object.
    if (/^at$/i.test(next) && QUANTITY_NEXT.test(bare(words[n + 1] ?? '').replace(/^[$€£]/, '1'))) continue;
    // "fell 64 percent between 2022 | and 2024", "rose from €1,380 | to €1,750": a range keeps both ends.
    if (RANGE_OPENED.test(clause) && RANGE_CLOSER.test(next)) continue;
    // "A survey published last year by X, a group, | estimated that …": when the only verb kept may be a
    // participle after its noun and a finite verb follows, the clause's own verb was cut off.
    if (onlyParticiples(words.slice(0, n), lexicon) && verbFollows(words.slice(n), lexicon)) continue;
    // "the independent assessment we commissioned from the auditors | at X concluded that …": so is a clause whose
    // only verb is in a relative clause.
    if (n < words.length && verbOnlyInRelatives(clause, lexicon) && verbFollows(words.slice(n), lexicon))
      continue;
    if (wellShaped(clause, source, lexicon)) return clause;
  }
  return undefined;
}
