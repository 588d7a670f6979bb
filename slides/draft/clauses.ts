/**
 * Clause checks for compressed text: is a shortened sentence still a grammatical, complete thought, and where may
 * it be shortened further without leaving a dangling phrase? Parts of speech come from wink-nlp, read once per
 * source sentence; candidates only ever remove words, so their words keep the tags they had in the source.
 */
import { IRREGULAR_PAST } from '../analyze/figures';
import { tokenize } from '../analyze/nlp';
import { endsOnBeing } from '../check/textRules';

/** Word → universal part of speech, as tagged in the whole source sentence. */
export type Lexicon = ReadonlyMap<string, string>;

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.%-]*[\p{L}\p{N}%]|[\p{L}\p{N}]/gu;
const POSSESSIVE = /['’]s$/;
/** A phrase may not end on these, whatever their tag (articles, prepositions, conjunctions, auxiliaries…). */
/** "Councillors should vote no", "The board said no": "no" as what is voted or answered, not a determiner cut. */
const ANSWERED_NO = /\b(?:vote|votes|voted|voting|say|says|said|saying|answer|answers|answered)\s+no[.!]?$/i;
/** "… kept playing as if it had not": a comparison or condition whose verb is understood after its "not". */
const UNDERSTOOD_VERB =
  /\b(?:as if|as though|though|although|even if|than|if|because|when)\s+\S+\s+(?:had|has|have|did|does|do|was|were|is|are|could|would|should|will)\s+not[.!]?$/i;
const DANGLING_WORD =
  /^(?:a|an|the|of|to|in|on|at|by|for|with|from|into|onto|over|under|about|against|amid|between|through|towards?|and|or|but|nor|that|which|who|whom|whose|as|than|if|because|while|although|though|its|their|his|her|our|my|your|is|are|was|were|be|been|being|has|have|had|will|would|can|could|should|may|might|must|do|does|did|more|most|very|so|such|not|no|also|even|only|rather|both|either|neither|every|each|this|these|those|some|any|all|like|including|whether|how|what|just|merely|simply|largely|partly|mainly|mostly|precisely|exactly|particularly|especially|worth)$/i;
/** "short of the people | who keep them working", "The result is a region | where …": a head that only its cut
 * relative clause says anything of; "asking why" and "…, for example", whose what or which was cut. */
const VAGUE_HEAD_END =
  /\bthe (?:people|ones?|things?|kind|sort)[.!?]?$|\bthe (?:last|first|only|few) (?:places?|things?|people)[.!?]?$|\b(?:is|was|are|were) (?:a|an) (?:region|place|country|city|town|nation|world|system|society|situation|time|moment|point)[.!?]?$|\b(?:ask|asks|asked|asking|wonder|wonders|wondered|wondering) (?:why|how)[.!?]?$|,?\s(?:for example|for instance|in turn)[.!?]?$/i;
/** Where a phrase's own words end and a clause of its own begins. */
const TAIL_SUBORDINATOR =
  /(?<!\brather)\s(?:as|because|while|when|after|before|since|if|unless|until|although|though|whereas|so|and|but|or|where|than|which|who|that)\s|[,;:]/i;
/** A relative clause, to the next comma or the end. */
const RELATIVE_CLAUSE = /\b(?:who|whose|whom|which)\b[^,;:]*/gi;
/**
 * True when a text has no finite verb outside its relative clauses ("the assessment we commissioned from the
 * auditors", "a survey published last year by X, which …"): a subject still waiting for its verb.
 */
export function verbOnlyInRelatives(text: string, lexicon: Lexicon): boolean {
  return !hasFiniteVerb(wordsOf(text.replace(RELATIVE_CLAUSE, ' ').replace(CONTACT_RELATIVE, ' ')), lexicon);
}
/** "Inflation's easy mile is over", "the strike is off": a copula's particle ends its clause. */
const PREDICATE_PARTICLE =
  /\b(?:is|are|was|were|be|been|being)\s+(?:now\s+|finally\s+|well\s+|all\s+)?(?:over|out|off|up|through|done|back)$/i;
/** "… slower than markets think", "… worse than anyone expected": the other side of a comparison, said by its verb. */
const ELLIPTICAL_COMPARISON =
  /\b(?:than|as)\s+(?:[\p{L}'’-]+\s){0,3}(?:think|thinks|thought|expect|expects|expected|assume|assumes|assumed|believe|believes|believed|fear|fears|feared|hope|hopes|hoped|suggest|suggests|suggested|imagine|imagined|admit|admits|admitted|claim|claims|claimed|realise|realised|realize|realized|predicted|forecast)$/iu;
/** "in what the insurers call …", "where the river bends": a clause with no antecedent, and what follows it. */
const FREE_RELATIVE =
  /\b(?:in|of|to|from|for|on|at|by|with|about|into)\s+(?:what|where|whatever|wherever)\s+([^,;:]+)$/i;
/** "the assessment | we commissioned": a relative clause without its "that", after a determined noun. */
const CONTACT_RELATIVE =
  /(?<=\b(?:the|a|an|this|that|these|those|our|their|its|his|her|my|your)\s+(?:\p{L}+\s+){0,2}\p{L}+)\s+(?:we|I|you|they|he|she)\s+\p{L}+(?:ed|ght|de|lt|nt|wn|ne)\b/gu;
const DANGLING_POS = new Set(['ADP', 'DET', 'CCONJ', 'SCONJ', 'PART', 'AUX']);
const VERB_POS = new Set(['VERB', 'AUX']);
/** "… that every month they wait": a clause of time at the head of its clause, and nothing after it. */
const TIME_CLAUSE_END =
  /(?:^|\b(?:that|and|but|so)\s|[,;:]\s)(?:every|each) (?:time|day|week|month|year|season|hour)(?: that)? \p{L}+ \p{L}+[.!?]?$/iu;
/** "… harder to sustain": an adjective of difficulty and its infinitive, whose object is the clause's subject. */
const TOUGH_INFINITIVE =
  /\b(?:hard|harder|easy|easier|difficult|impossible|tough|tougher|costly|safe|safer|cheap|cheaper) to (?!(?:see|follow|understand|explain|imagine|find|say|tell|know|believe|grasp)$)\p{Ll}+$/iu;
const IDIOM_END =
  /\b(?:for (?:long|good|now|sure|ever|free|real)|at (?:last|first|least|most|all|once|large|best|worst)|in (?:full|short|general|particular|public|private|turn|vain))[.!?]?$/i;
/** ", Strick argues", ", she shows": a report set off by a comma, its reporter captured. */
const REPORT_SET_OFF = String.raw`,\s(she|he|they|we|I|\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+){0,2})\s(?:shows|showed|argues|argued|writes|wrote|says|said|suggests|suggested|notes|noted|contends|contended|finds|found|claims|claimed|insists|insisted|believes|thinks|concludes|concluded|warns|warned)`;
/** A text that stops on such a report: the clause it is set inside was cut after it. */
const REPORT_ASIDE_END = new RegExp(`${REPORT_SET_OFF}$`, 'u');
/** Such a report inside the clause it reports ("What killed the canal, Strick argues, was …"). */
export const REPORT_ASIDE = new RegExp(`${REPORT_SET_OFF},\\s`, 'u');
/** "May" capitalised after the first word: the month. */
const MONTH_MAY = /^May$/;
/**
 * Fixed expressions whose words say nothing apart ("not a bolt | from the blue"): no cut falls inside one, and no
 * word of one is dropped ("by now", "for now": the time phrase needs its "now").
 */
const FIXED_PHRASE =
  /\b(?:(?:by|until|till|for|from|right|just|even) now|bolt from the blue|out of the blue|tip of the iceberg|drop in the (?:ocean|bucket)|elephant in the room|writing on the wall|light at the end of the tunnel|end of the road|step in the right direction|shot in the arm|slap in the face|leap in the dark|storm in a teacup|race to the bottom|matter of time|thin end of the wedge|fly in the ointment|bone of contention|line in the sand|flash in the pan|tip of the spear|arm's length|sword of Damocles)\b/gi;

/** For each word of `words`, true when it stands inside a fixed expression ("a bolt from the blue"). */
export function inFixedPhrase(words: readonly string[]): boolean[] {
  const starts: number[] = [];
  let at = 0;
  for (const w of words) {
    starts.push(at);
    at += w.length + 1;
  }
  const spans = [...words.join(' ').matchAll(FIXED_PHRASE)].map((m) => [m.index, m.index + m[0].length]);
  return starts.map((start) => spans.some(([from = 0, to = 0]) => start >= from && start < to));
}

/** True when cutting `text` at character `at` splits a fixed expression. */
export function splitsFixedPhrase(text: string, at: number): boolean {
  for (const m of text.matchAll(FIXED_PHRASE)) if (m.index < at && at < m.index + m[0].length) return true;
  return false;
}

/** Particles that complete a phrasal verb ("turn up", "pay off", "break down"). */
export const PARTICLE = /^(?:up|out|off|down|away|back|apart|aside)$/i;
/**
 * Openers of a subordinate clause, an adjunct or a participle phrase ("Taken together with …", "Asked for …"): text
 * opening with one needs a comma before its main clause.
 */
const SUBORDINATE_OPENER =
  /^(?:if|although|though|while|whereas|when|whenever|because|since|unless|once|until|after|before|as|on|in|at|by|for|with|without|during|despite|amid|following|unlike|given|even if|even though|rather than|instead of|in order to|so as to|(?:taken|based|compared|founded|built|written|combined|coupled|faced|launched|published|released|designed|established|located|measured|adjusted|asked|pressed)\s(?:together\s)?(?:with|on|in|to|by|against|from|at|for|about|whether)\b)\b/i;
const NON_FINITE = /(?:ing)$/i;
/** A preposition opening a phrase (not a clause) before a sentence's subject. */
const PREPOSITION_OPENER =
  /^(?:in|on|at|by|for|during|amid)\s+(?:a|an|the|this|that|its|their|his|her|each|every|\d)/i;
/** A word that opens a clause inside a phrase ("the town where prices rose"). */
const CLAUSE_WORD = /\b(?:where|when|which|that|who|whom|whose|while|if|because|as|once|until)\b/i;
const LEADING_CONJUNCTION = /^(?:and|but|or|so|yet)\s+/i;
/** "Iranian", "Chinese": an adjective of nationality left without its noun. */
const DEMONYM = /^\p{Lu}\p{L}+(?:ian|ean|ese|ish|i)$/u;
/** A clause as subject ("The fact that X …"): cutting its tail leaves the subject without its verb. */
export const CLAUSAL_SUBJECT = /^(?:the fact that|whether|what|that)\b/i;
/** "been hurt", "be cut": a verb after these is a participle, whatever its ending. */
const PASSIVE_AUX = /^(?:be|been|being|is|are|was|were|get|got|gets)$/i;
/** Determiners and possessives: before a verb they make it an adjective ("its repeated warnings"); after one,
 * they open its object. */
export const ATTRIBUTIVE_BEFORE = /^(?:a|an|the|its|their|his|her|our|my|your|this|these|those|whose)$/i;
const PARTICIPLE_END = /(?:ed|en|wn|ne|lt|pt)$/i;
/** Prepositions whose phrase is an adjunct (time, place, circumstance) that a bullet can lose. */
export const ADJUNCT_PREPOSITIONS = new Set([
  'amid',
  'despite',
  'during',
  'following',
  'after',
  'before',
  'since',
  'through',
  'throughout',
  'via',
  'across',
  'towards',
  'toward',
  'within',
  'out',
]);
const POSSESSIVE_DETERMINER = /^(?:its|their|his|her|our|my|your)$/i;
/** "for the whole of …", "across all of …": how far a statement reaches, which a bullet can lose. */
const SCOPE_PHRASE =
  /^\s(?:for|in|across|over) (?:the whole|all|the rest|the length|the breadth|the remainder) of\b/i;
/** A head ending in "from X" (a few words): a "to" phrase after it ends the range. */
const RANGE_START = /\bfrom\s+(?:\S+\s+){0,4}\S+$/i;
/** A range's start with no end yet ("from every residential address"), and its end in what follows (" … to …"). */
const OPEN_RANGE = /\bfrom\s(?:(?!\bto\b)[^,;])*$/i;
const RANGE_END_AHEAD = /^\s[^,;]*?\bto\s/i;
/** A phrase cut may not start on these: their phrase completes the noun or verb before it. */
const COMPLEMENT_PREPOSITIONS = new Set(['of', 'than', 'as', 'like', 'per']);
/** "beyond their control", "beyond its means": a limit the noun before it is defined by. */
export const BEYOND_REACH =
  /^\sbeyond\s(?:their|its|his|her|our|your|my|anyone's|the \w+'s)\s(?:control|reach|means|power)\b/i;
/** Verbs that set a value "at" something ("puts the risk at one in three", "valued the firm at €2bn"). */
const RECKONING_VERB =
  /^(?:puts?|putting|places?|placed|placing|sets?|setting|estimates?|estimated|estimating|values?|valued|valuing|pegs?|pegged|pegging|prices?|priced|pricing|fixe[sd]|fixing|caps?|capped|capping)$/i;

/** True when a clause's verb is one of reckoning with its object after it ("puts the risk", not "estimates that"). */
function reckons(clause: string, lexicon: Lexicon): boolean {
  const words = wordsOf(clause);
  return words.some(
    (w, i) =>
      RECKONING_VERB.test(w) && posOf(w, lexicon) === 'VERB' && words[i + 1]?.toLowerCase() !== 'that',
  );
}
const OPEN_QUOTE = /["“”]/g;
/** A text ending on an opening quote mark (nothing quoted after it). */
const OPENING_QUOTE_END = /(?:^|\s)["“]$/;
/** A droppable phrase hangs off a noun (or a number): "ties to Israel amid the war". */
const PHRASE_HOST = new Set(['NOUN', 'PROPN', 'NUM']);

/** What a verb's object opens on: after a noun subject, a word before one of these is the verb. */
const OBJECT_OPENING = new Set(['DET', 'NUM', 'PRON', 'ADJ']);
/** Where a clause ends, for finding a clause the model gave no verb. */
const CLAUSE_EDGE = new Set(['PUNCT', 'SCONJ', 'CCONJ']);
/** A word that opens a clause standing as a verb's object ("shape how we live", "know what works"). */
const WH_OBJECT = /^(?:how|what|whether|why)$/i;

/**
 * The model's tags, with the verb restored in a clause it gave none, where a noun sits between its subject noun
 * and an object ("That week cost our customers …", "Three regions border other countries"): the model reads
 * "cost" and "border" as nouns there.
 */
function withVerbs(tokens: readonly { text: string; pos: string }[]): string[] {
  const tags = tokens.map((t) => t.pos);
  let start = 0;
  for (let end = 0; end <= tokens.length; end++) {
    const whObject = WH_OBJECT.test(tokens[end]?.text ?? '');
    if (end < tokens.length && !CLAUSE_EDGE.has(tags[end] ?? '') && !whObject) continue;
    const clause = tags.slice(start, end);
    if (!clause.some((tag) => VERB_POS.has(tag))) {
      for (let i = start + 1; i < end - 1 || (whObject && i === end - 1); i++) {
        const word = tokens[i]?.text ?? '';
        const subject = tokens[i - 1]?.text ?? '';
        // "The rules shape how we live": before a clause as its object, a noun agreeing with the noun before it
        // as its verb would ("rules shape", "rule shapes").
        const agrees = /s$/i.test(subject) !== /s$/i.test(word);
        if (
          tags[i] === 'NOUN' &&
          ['NOUN', 'PROPN'].includes(tags[i - 1] ?? '') &&
          (i < end - 1 ? OBJECT_OPENING.has(tags[i + 1] ?? '') : agrees) &&
          !POSSESSIVE.test(word) &&
          !POSSESSIVE.test(subject)
        ) {
          tags[i] = 'VERB';
          break;
        }
      }
    }
    start = end + 1;
  }
  // "screening … in 2024 found 1.6% of children": a past tense the model read as a noun, between what did it
  // and its object.
  tokens.forEach((token, i) => {
    if (
      tags[i] === 'NOUN' &&
      IRREGULAR_PAST.test(token.text) &&
      !SAME_PAST.test(token.text) &&
      ['NUM', 'NOUN', 'PROPN'].includes(tags[i - 1] ?? '') &&
      ['NUM', 'DET', 'ADJ', 'PRON', 'X'].includes(tags[i + 1] ?? '')
    )
      tags[i] = 'VERB';
  });
  return tags;
}

/** The parts of speech of words as the model tagged them in one source sentence. */
export function lexiconFromTokens(tokens: readonly { text: string; pos: string }[]): Lexicon {
  const lexicon = new Map<string, string>();
  const tags = withVerbs(tokens);
  tokens.forEach((token, i) => {
    const key = token.text.toLowerCase();
    if (!lexicon.has(key)) lexicon.set(key, tags[i] ?? token.pos);
  });
  return lexicon;
}

/** The parts of speech of a source sentence's words (reads the sentence with the model). */
export function lexiconOf(sentence: string): Lexicon {
  return lexiconFromTokens(tokenize(sentence).tokens);
}

/** Words of texts already split: drafting asks for the same clause's words many times over. */
const wordsSeen = new Map<string, readonly string[]>();
const WORDS_SEEN_LIMIT = 20_000;

/** A comma that separates words, not the thousands of a number ("14,200"). */
const WORD_COMMA = /,(?!\d)/g;

/** Where the first comma between words comes at or after `from` ("with 14,200 riders, the …"), or -1. */
export function commaAt(text: string, from = 0): number {
  WORD_COMMA.lastIndex = from;
  return WORD_COMMA.exec(text)?.index ?? -1;
}

/** The text before its first comma between words. */
export function beforeComma(text: string): string {
  const at = commaAt(text);
  return at < 0 ? text : text.slice(0, at);
}

/** The words of a text, in order (a fresh array the caller may change). */
export function wordsOf(text: string): string[] {
  let words = wordsSeen.get(text);
  if (!words) {
    if (wordsSeen.size >= WORDS_SEEN_LIMIT) wordsSeen.clear();
    words = text.match(WORD) ?? [];
    wordsSeen.set(text, words);
  }
  return [...words];
}

/** A word's tag in the lexicon (possessives read as their noun). */
export function posOf(word: string, lexicon: Lexicon): string {
  const key = word.toLowerCase();
  return lexicon.get(key) ?? lexicon.get(key.replace(POSSESSIVE, '')) ?? 'X';
}

function balanced(text: string): boolean {
  const quotes = (text.match(OPEN_QUOTE)?.length ?? 0) % 2 === 0;
  const opens = (text.match(/\(/g)?.length ?? 0) === (text.match(/\)/g)?.length ?? 0);
  return quotes && opens;
}

/** True when a text does not end on a function word, a possessive or an open quote, and keeps its pairs. */
export function endsCleanly(text: string): boolean {
  // "neither fair | nor about the peak": a correlative cut from its second half.
  if (/\bneither(?:\s\S+){1,3}$/i.test(text.trim()) && !/\bnor\b/i.test(text)) return false;
  if (/\bnot only\b/i.test(text) && !/\bbut\b/i.test(text)) return false;
  // "The companies that owned them, she shows": a report set inside its clause, the clause cut after it.
  if (REPORT_ASIDE_END.test(text.trim())) return false;
  const last = wordsOf(text).pop();
  if (!last || !balanced(text) || OPENING_QUOTE_END.test(text) || VAGUE_HEAD_END.test(text.trim()))
    return false;
  const dangling = DANGLING_WORD.test(last) && !MONTH_MAY.test(last) && !closesItsClause(text);
  return !dangling && !POSSESSIVE.test(last);
}

/**
 * True when a text reads as a complete thought: it has a verb, does not end on a function word, keeps its quotes
 * and parentheses paired, and an opening subordinate clause or adjunct is followed by a main clause after a comma.
 */
/**
 * True when a text ends on a word that closes its clause though it looks like it dangles: a form of "be" ("… as it
 * is"), an answer ("No."), an understood verb ("as if it had not"), "at all", a predicate's particle.
 */
function closesItsClause(text: string): boolean {
  return (
    endsOnBeing(text) ||
    ANSWERED_NO.test(text) ||
    UNDERSTOOD_VERB.test(text) ||
    // "… was not a defeat at all": the phrase ends its clause.
    /\bat all[.!]?$/i.test(text) ||
    PREDICATE_PARTICLE.test(text.trim())
  );
}

/** A quotation closed, then its verb of saying and the speaker's name, ending the text. */
const INVERTED_ATTRIBUTION =
  /["”],?\s+(?:said|says|warned|warns|added|adds|told|argued|argues|wrote|writes|insisted|explained)\s+(?:\p{Lu}[\p{L}.'’-]*\s?){1,4}$/u;

/** Words that open a subordinate clause of time or condition. */
const SUBORDINATOR_WORD =
  /^(?:until|till|when|whenever|before|after|once|unless|if|while|because|since|as|where|though|although)$/i;

export function isComplete(text: string, lexicon: Lexicon): boolean {
  const words = wordsOf(text);
  const last = words[words.length - 1];
  if (!last || words.length < 3 || !balanced(text)) return false;
  // "buses that turn up": a verb's particle ends its clause.
  const particle = PARTICLE.test(last) && VERB_POS.has(posOf(words[words.length - 2] ?? '', lexicon));
  // "comes in August, not May": the month, capitalised, is no modal left without its verb.
  const month = MONTH_MAY.test(last) && words.length > 1;
  if (
    !month &&
    !closesItsClause(text) &&
    (DANGLING_WORD.test(last) || (DANGLING_POS.has(posOf(last, lexicon)) && !particle))
  )
    return false;
  // "Night work has long | been linked to …": an auxiliary and an adverb, the verb cut.
  // ("… kept playing as if it had not": a clause that ends on its auxiliary and "not" is whole, its verb understood.)
  const perfect =
    /^(?:has|have|had)$/i.test(words[words.length - 2] ?? '') &&
    posOf(last, lexicon) !== 'VERB' &&
    !UNDERSTOOD_VERB.test(text);
  if (perfect || (posOf(last, lexicon) === 'ADV' && posOf(words[words.length - 2] ?? '', lexicon) === 'AUX'))
    return false;
  if (POSSESSIVE.test(last) || OPENING_QUOTE_END.test(text)) return false;
  // "Growers learned that every month they wait": a clause of time that opens its clause waits for the main one
  // ("…, the price goes up").
  if (TIME_CLAUSE_END.test(text.trim())) return false;
  // "74,000 homes in what the insurers": a clause opened by "what" or "where" that stops before its verb.
  const freeClause = FREE_RELATIVE.exec(text)?.[1];
  if (freeClause !== undefined && !hasFiniteVerb(wordsOf(freeClause), lexicon)) return false;
  // '"An hour is a long time," warned Rosa Delgado': the speaker after the quotation's verb is no clause it reports.
  const reportedOk = reportedClausesComplete(words, lexicon) || INVERTED_ATTRIBUTION.test(text.trim());
  // "… may come slower than markets think": a comparison's other side, its clause understood.
  const elliptical = ELLIPTICAL_COMPARISON.test(text.trim());
  if (!elliptical && (!complementClausesComplete(words, lexicon) || !reportedOk)) return false;
  const passive = PASSIVE_AUX.test(words[words.length - 2] ?? '');
  // "the ceasefire is fraying": a progressive after "is" is whole (a cut object is caught by its source).
  const progressive = /ing$/i.test(last) && /^(?:is|are|was|were)$/i.test(words[words.length - 2] ?? '');
  // "its oil needs": after a possessive and a noun, a word tagged as a verb is the noun it reads as.
  const compound =
    posOf(words[words.length - 2] ?? '', lexicon) === 'NOUN' &&
    (POSSESSIVE_DETERMINER.test(words[words.length - 3] ?? '') ||
      POSSESSIVE.test(words[words.length - 3] ?? ''));
  // "The board is due to meet": a scheduled event needs no object.
  // "the Trek 1200 is the one to buy": an infinitive that says what the noun before it is for needs none either.
  const scheduled =
    /\b(?:due|set|scheduled|slated) to \p{L}+$/iu.test(text.trim()) ||
    /\b(?:one|ones|thing|place|time|way|model|pick|choice) to \p{Ll}+$/u.test(text.trim()) ||
    // "Halmesk's position looks harder to sustain": the verb's object is the subject the adjective describes.
    // ("The numbers she laid out are not hard to follow" only announces what comes next.)
    TOUGH_INFINITIVE.test(text.trim());
  if (
    posOf(last, lexicon) === 'VERB' &&
    !PARTICIPLE_END.test(last) &&
    !passive &&
    !progressive &&
    !compound &&
    !scheduled &&
    !elliptical &&
    // "more than it earns", "what they want", "a load we never saw": a verb after its pronoun subject (and an
    // adverb) ends a clause of its own.
    !/^(?:it|they|we|he|she|i|you)$/i.test(words[words.length - 2] ?? '') &&
    !(
      /^(?:it|they|we|he|she|i|you)$/i.test(words[words.length - 3] ?? '') &&
      /^(?:never|always|still|also|once|ever|really|just|rarely|seldom|often)$/i.test(
        words[words.length - 2] ?? '',
      )
    ) &&
    // "until orders turn", "when prices fall": so does a verb after a subordinator and its noun subject.
    !(
      SUBORDINATOR_WORD.test(words[words.length - 3] ?? '') &&
      ['NOUN', 'PROPN'].includes(posOf(words[words.length - 2] ?? '', lexicon))
    )
  )
    return false;
  const beforeLast = posOf(words[words.length - 2] ?? '', lexicon);
  // "over rolling | three-year periods": an "-ing" word after a preposition opens a phrase it does not finish.
  if (/ing$/i.test(last) && beforeLast === 'ADP') return false;
  const modifier = posOf(last, lexicon) === 'ADJ' || DEMONYM.test(last);
  // "don't add up for long", "at last": an idiom's adjective after its preposition ends it.
  if (modifier && (beforeLast === 'ADP' || beforeLast === 'DET') && !IDIOM_END.test(text.trim()))
    return false;
  // "And because the loan is secured against the club": a conjunction before the subordinator changes nothing.
  const opening = text.replace(LEADING_CONJUNCTION, '');
  // "In a recession speed matters more than size": a short opening phrase needs no comma before its clause, when
  // no clause of its own ("in the town where prices rose") could hold the verb.
  const unpunctuated =
    commaAt(text) < 0 &&
    PREPOSITION_OPENER.test(opening) &&
    !CLAUSE_WORD.test(opening) &&
    hasFiniteVerb(wordsOf(opening).slice(1), lexicon);
  const opened = SUBORDINATE_OPENER.test(opening) && !unpunctuated;
  const main = opened ? text.slice(commaAt(text) + 1) : text;
  if (opened && commaAt(text) < 0) return false;
  // "If ministers win exemptions, | as they have in each of the past three reviews": after the comma, a second
  // subordinate clause is no main one; the main clause must still follow it.
  if (opened && SUBORDINATOR_WORD.test(wordsOf(main)[0] ?? '')) return isComplete(main.trim(), lexicon);
  // "Unless Keluan restores the controls it cut, | protects more of the reef": after a subordinate clause, the
  // main clause opens on its subject, not on a verb that goes on a series.
  if (opened && VERB_POS.has(posOf(wordsOf(main)[0] ?? '', lexicon))) return false;
  // A verb inside a relative clause ("Whitfield, a Republican whose district includes the county") is not the
  // clause's own.
  // "Of the cohort that qualified in 2016": after an opening preposition, a "that" clause qualifies its noun and
  // the phrase still wants its own verb.
  const phrase = ['ADP'].includes(posOf(wordsOf(main)[0] ?? '', lexicon))
    ? main.replace(/\bthat\b[^,;:]*/gi, ' ')
    : main;
  return hasFiniteVerb(wordsOf(phrase.replace(RELATIVE_CLAUSE, ' ')), lexicon);
}

/**
 * A clause opened by "that" (complement or relative: "has said that X …", "a claim that X …") needs its own
 * verb: "has said that the corridor" is a cut, not a thought. "that" after a preposition is a determiner.
 */
function complementClausesComplete(words: readonly string[], lexicon: Lexicon): boolean {
  for (let i = 1; i < words.length; i++) {
    // "a guarantee under which every village of 500 people": a relative clause wants its own verb too.
    const relative = /^(?:which|whom|whose)$/i.test(words[i] ?? '');
    if (words[i]?.toLowerCase() !== 'that' && !relative) continue;
    if (!relative && posOf(words[i - 1] ?? '', lexicon) === 'ADP') continue;
    const tail = words.slice(i + 1).filter((w, j, all) => !ATTRIBUTIVE_BEFORE.test(all[j - 1] ?? ''));
    if (!hasFiniteVerb(tail, lexicon)) return false;
  }
  return true;
}

/** Verbs that report what someone says or thinks: what follows them is a clause with its own verb. */
const REPORTING_VERB =
  /^(?:say|says|said|believe|believes|believed|argue|argues|argued|think|thinks|thought|insist|insists|insisted|add|adds|added|suggest|suggests|suggested|predict|predicts|predicted|reckon|reckons|reckoned|hope|hopes|hoped|fear|fears|feared|warn|warns|warned|admit|admits|admitted|claim|claims|claimed)$/i;
/** What a reported clause may open on: its subject. */
const SUBJECT_START = new Set(['DET', 'NOUN', 'PROPN', 'ADJ', 'NUM', 'PRON']);

/**
 * "The Workers' Union says automation", "Okoro said enrollment in the district's kindergarten": a verb of saying
 * followed by the subject of its clause but not the clause's verb is a cut, not a thought. "She said nothing" and
 * "warned of delays" are whole.
 */
function reportedClausesComplete(words: readonly string[], lexicon: Lexicon): boolean {
  for (let i = 0; i < words.length - 1; i++) {
    const verb = words[i] ?? '';
    if (!REPORTING_VERB.test(verb) || posOf(verb, lexicon) !== 'VERB') continue;
    const rest = words.slice(words[i + 1]?.toLowerCase() === 'that' ? i + 2 : i + 1);
    const first = rest[0] ?? '';
    if (
      rest.length < 1 ||
      !SUBJECT_START.has(posOf(first, lexicon)) ||
      /^(?:so|nothing|little|much)$/i.test(first)
    )
      continue;
    if (!hasFiniteVerb(rest, lexicon)) return false;
  }
  return true;
}

/** Past forms of verbs that take an object whenever they are finite ("conducted a survey"). */
const TRANSITIVE_ONLY =
  /^(?:conducted|commissioned|compiled|funded|prepared|published|carried|collected|gathered|drafted|sponsored|administered|designed|written|produced|based)$/i;

/** Adverbs that stand before a verb ("they often fund schools"), never before a compound's first noun. */
const PRE_VERBAL =
  /^(?:never|always|often|also|still|just|already|rarely|seldom|sometimes|usually|now|then|even|only|ever|soon|once|again|first|rather|simply|further|together|alone|longer)$/i;

/** Pasts spelled as their base form, which a noun before them may make a compound ("the tax cut"). */
const SAME_PAST = /^(?:cut|set|put|hit|quit|shut)$/i;

/** An auxiliary, or a verb that is neither an -ing form nor an infinitive after "to". */
export function hasFiniteVerb(words: readonly string[], lexicon: Lexicon): boolean {
  return words.some((w, i) => {
    const pos = posOf(w, lexicon);
    if (pos === 'AUX') return true;
    if (!VERB_POS.has(pos) || NON_FINITE.test(w) || words[i - 1]?.toLowerCase() === 'to') return false;
    // "the study's lead author", "its repeated warnings": a verb tag between a determiner or possessive and a
    // noun is an adjective the tagger misread.
    const prev = words[i - 1] ?? '';
    const attributive = ATTRIBUTIVE_BEFORE.test(prev) || POSSESSIVE.test(prev);
    // "The study funded by the Heart Trust": a participle after its noun, with its agent, is no finite verb.
    // "a survey of 3,215 nurses conducted for the institute": a verb that always takes an object, followed by a
    // preposition instead, is that participle too.
    const reduced =
      /ed$/i.test(w) &&
      (words[i + 1]?.toLowerCase() === 'by' ||
        (TRANSITIVE_ONLY.test(w) && posOf(words[i + 1] ?? '', lexicon) === 'ADP')) &&
      ['NOUN', 'PROPN'].includes(posOf(prev, lexicon));
    // "The summer transfer window": a base form after "the" and a singular noun would not agree with it as its
    // verb; it is a noun the tagger misread.
    // "The warning came after the water": a past without "-ed" agrees with any subject.
    const compound =
      !/(?:s|ed|ing)$/i.test(w) &&
      !(IRREGULAR_PAST.test(w) && !SAME_PAST.test(w)) &&
      /^(?:a|an|the|this|that)$/i.test(words[i - 2] ?? '') &&
      posOf(prev, lexicon) === 'NOUN' &&
      !/s$/i.test(prev) &&
      // "That week cost our customers …": a word before an object's determiner is the verb, not a compound.
      !OBJECT_OPENING.has(posOf(words[i + 1] ?? '', lexicon));
    // "after permitted deductions": an "-ed" word after a preposition modifies the noun after it.
    const adjectival =
      /ed$/i.test(w) && posOf(prev, lexicon) === 'ADP' && posOf(words[i + 1] ?? '', lexicon) === 'NOUN';
    // "the Marrick Head offshore wind farm": a base form between a name's or an article's modifier and a noun is the
    // first noun of a compound.
    const modified =
      !/(?:s|ed|ing)$/i.test(w) &&
      ['ADJ', 'ADV'].includes(posOf(prev, lexicon)) &&
      !/ly$/i.test(prev) &&
      !PRE_VERBAL.test(prev) &&
      (posOf(words[i - 2] ?? '', lexicon) === 'PROPN' || /^(?:a|an|the)$/i.test(words[i - 2] ?? '')) &&
      posOf(words[i + 1] ?? '', lexicon) === 'NOUN';
    return (
      !(attributive && posOf(words[i + 1] ?? '', lexicon) === 'NOUN') &&
      !reduced &&
      !compound &&
      !adjectival &&
      !modified
    );
  });
}

/** The last clause of a text: what follows its last comma, semicolon, "and" or "but". */
function lastClause(text: string): string {
  return text.split(/[,;]\s|\s(?:and|but)\s/).pop() ?? '';
}

/**
 * True when a cut of `source` keeps a verb of reckoning but not the value it sets: "Ms Ostrander puts the risk of
 * a mild recession | this year at one in three".
 */
export function dropsReckonedValue(cut: string, source: string, lexicon: Lexicon): boolean {
  const at = source.indexOf(cut.replace(/[.!]$/, ''));
  if (at < 0 || !reckons(lastClause(cut), lexicon)) return false;
  const rest = source.slice(at + cut.replace(/[.!]$/, '').length);
  return /^[^,;.]*?\bat\s/i.test(rest);
}

/**
 * Shorter forms of a text made by dropping its trailing phrases, one preposition at a time from the end:
 * "X issued a call to Y amid the war in Gaza" gives "X issued a call to Y amid the war", then "X issued a call
 * to Y". Only `allowed` prepositions start a droppable phrase (all but complements when omitted); phrases inside
 * quotes are never cut. Longest first.
 */
export function trailingPhraseCuts(text: string, lexicon: Lexicon, allowed?: ReadonlySet<string>): string[] {
  const cuts: string[] = [];
  if (CLAUSAL_SUBJECT.test(text)) return cuts;
  const matches = [...text.matchAll(/\s([\p{L}]+)\b/gu)];
  for (let i = matches.length - 1; i >= 0; i--) {
    const m = matches[i];
    if (!m || m.index === undefined) continue;
    const word = (m[1] ?? '').toLowerCase();
    if (posOf(word, lexicon) !== 'ADP' || COMPLEMENT_PREPOSITIONS.has(word)) continue;
    // "… approve bus franchising | for the whole of the city region": a phrase of scope is an adjunct too.
    if (allowed && !allowed.has(word) && !SCOPE_PHRASE.test(text.slice(m.index))) continue;
    const head = text.slice(0, m.index).replace(/[\s,;:–—-]+$/, '');
    if (splitsFixedPhrase(text, m.index)) continue;
    // "puts the risk of a recession | at one in three": the value a verb of reckoning sets is its complement.
    if (word === 'at' && reckons(lastClause(head), lexicon)) continue;
    // "punished for circumstances | beyond their control": the phrase says which circumstances.
    if (word === 'beyond' && BEYOND_REACH.test(text.slice(m.index))) continue;
    // "a budget that is planned years | in advance": which way the span runs is the point.
    if (word === 'in' && /^\sin advance\b/i.test(text.slice(m.index))) continue;
    // "has taken the pressure | off the nearest hospital": "off" completes its verb's object.
    if (word === 'off') continue;
    // "build at the rate | at which they can sell": a relative clause after its preposition says which one.
    if (/^\s\p{L}+\s(?:which|whom|whose)\b/iu.test(text.slice(m.index))) continue;
    // "rose from 61 percent | to 88 percent": the end of a range completes its start.
    if (word === 'to' && RANGE_START.test(head)) continue;
    // "the road distance from every address | in the census grid to the nearest pharmacy": a cut past a range's
    // start that drops its end further on.
    if (OPEN_RANGE.test(head) && RANGE_END_AHEAD.test(text.slice(m.index))) continue;
    const before = wordsOf(head).pop() ?? '';
    // A preposition right after a verb or adverb completes it ("live up to", "go beyond"): not an adjunct.
    if (!PHRASE_HOST.has(posOf(before, lexicon)) && !/["”]$/.test(head)) continue;
    // "A survey published last year | by X found that …": a cut that leaves the main verb behind is no clause.
    const tail = text
      .slice(m.index)
      .replace(RELATIVE_CLAUSE, ' ')
      .replace(/\bthat\b[\s\S]*$/i, '');
    // ("the assessment we commissioned from the auditors | at X concluded …": a relative clause without "that"
    // holds no verb of the head's own either.)
    if (hasFiniteVerb(wordsOf(tail), lexicon) && verbOnlyInRelatives(head, lexicon)) continue;
    // "let the land | under our car parks become homes": the phrase holds a verb the head's clause goes on with
    // (a verb after a subordinator, "as the bank cut rates", belongs to a clause of its own).
    if (dropsOwnVerb(tail, lexicon)) continue;
    if (balanced(head)) cuts.push(head);
  }
  return cuts;
}

/**
 * True when a relative aside goes on past its closing comma as a list ("which strips out energy, | food, alcohol
 * and tobacco, eased …"): what follows, up to the next comma, has no verb of its own.
 */
export function listedOn(aside: string, rest: string, lexicon: Lexicon): boolean {
  if (!/^,?\s?(?:which|who|whose)\b/i.test(aside)) return false;
  const comma = commaAt(rest);
  return comma > 0 && !hasFiniteVerb(wordsOf(rest.slice(0, comma)), lexicon);
}

/** "| pumps and gates": one more item, then the series' last after its conjunction. */
const SERIES_END_AFTER = /^\s*(?:[\p{L}-]+,\s){0,4}[\p{L}-]+\s(?:and|or)\s/u;

/** A number or quantifier before a noun: what follows it may list what it counts. */
const COUNTED = /^(?:\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|several|many|both|few)$/i;

/**
 * True when a phrase set off by a comma ends on a series' first item, its others after the comma ("…, protected
 * by embankments, | pumps and gates"): dropping the phrase would leave the series' other items dangling.
 */
export function opensSeries(phrase: string, after: string, lexicon: Lexicon): boolean {
  const words = wordsOf(phrase);
  const last = words.pop() ?? '';
  // "we leaned on two things, | rain and one cable": a count's noun, whose items the list after it names.
  if (COUNTED.test(words.pop() ?? '')) return false;
  return SERIES_END_AFTER.test(after) && ['NOUN', 'PROPN'].includes(posOf(last, lexicon));
}

/**
 * True when the words a cut drops hold a verb the kept clause goes on with ("let the land | under our car parks
 * become homes"): a verb before any comma, subordinator or conjunction that opens a clause of its own. The
 * dropped text's first word (a preposition, or the verb itself) is read too.
 */
export function dropsOwnVerb(dropped: string, lexicon: Lexicon): boolean {
  const own = wordsOf(` ${dropped}`.split(TAIL_SUBORDINATOR)[0] ?? '');
  // "a manual drawn up long ago": a participle after its noun is a reduced relative, not the clause's verb.
  const verbs = own.filter(
    (w, i) =>
      i > 0 &&
      hasFiniteVerb([w], lexicon) &&
      !(PARTICIPLE_END.test(w) && ['NOUN', 'PROPN'].includes(posOf(own[i - 1] ?? '', lexicon))),
  );
  const first = own[0] ?? '';
  return verbs.length > 0 || (VERB_POS.has(posOf(first, lexicon)) && !/ing$/i.test(first));
}
