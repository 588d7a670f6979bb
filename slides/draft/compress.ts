import { DATELINE_LEDE } from '../import/articleHead';
import { SAY_VERB } from './speakers';
import { concedesOnly } from './titleShape';
import {
  beforeComma,
  ADJUNCT_PREPOSITIONS,
  CLAUSAL_SUBJECT,
  endsCleanly,
  hasFiniteVerb,
  isComplete,
  lexiconOf,
  listedOn,
  opensSeries,
  posOf,
  trailingPhraseCuts,
  wordsOf,
  type Lexicon,
} from './clauses';
import {
  AS_ASIDE,
  CLAUSE_SPLITS,
  COMMA_ASIDE,
  CONTRAST_SPLIT,
  DASH_ASIDE,
  FILLER_WORDS,
  FINAL_STOP,
  LEADING_ADJUNCT,
  LEADING_CLAUSE,
  LEADING_DROPS,
  ORDINAL_OPENER,
  LEADING_NAME,
  LEADING_APPOSITIVE,
  LEADING_PRONOUN,
  LIST_NUMBER,
  OPEN_END_POS,
  outsideQuotes,
  parallelItem,
  NAME_APPOSITIVE,
  PAIRED_COMMA_ASIDE,
  PARENTHETICAL,
  REDUCED_RELATIVE,
  SPACE_BEFORE_PUNCT,
  TRAILING_ADJUNCT,
  TRAILING_APPOSITIVE,
  TRAILING_CLAUSE,
  TRAILING_PUNCT,
  WHITESPACE,
  insideQuotes,
  SCENE_PREPOSITIONS,
  SUBORDINATORS,
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
const SLACK_WORDS = 8;
/** Titles aim at 10 words and may take this many when that is the shortest complete clause. */
const TITLE_SLACK = 2;
const COMMA_SPLIT = /,\s+/;
const NOUNISH = new Set(['NOUN', 'PROPN', 'PUNCT', 'NUM']);
/** A comma cut is not taken when what follows only completes the phrase before it. */
const CONTINUES_PHRASE = /^(?:rather than|than|or|nor|not|and not)\b/i;
const PREFIX_END_POS = new Set(['NOUN', 'PROPN', 'NUM', 'PRON']);
const POSSESSIVE_WORD = /['’]s$/;
const QUOTE_MARK = /["“”]/g;
/** "as many workers as they can": the second "as" completes a comparison, it does not join a clause. */
const COMPARATIVE_AS = /\bas\s+(?:\S+\s+){0,3}\S+$/i;
/** A coordinated clause or verb phrase opens with one of these. */
const CLAUSE_OPENING = new Set(['VERB', 'DET', 'PRON', 'PROPN', 'NOUN', 'ADJ', 'NUM']);
/** A clause-joining "as" follows a noun or number ("falls to 4.2% as the bank …"). */
const AS_HOST = new Set(['NOUN', 'PROPN', 'NUM', 'PRON']);
/** Digits and number words: facts a bullet keeps when it can. */
const NUMBER_TOKEN =
  /\b(?:\d[\d.,]*%?|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred)\b/gi;
/** A clause opening with these has no subject of its own. */
const NO_SUBJECT = new Set(['VERB', 'AUX', 'ADV']);
/** "Civic Renewal and Green Coast": the last names of a series, after its first one's comma. */
const NAMES_SERIES_END = /^\p{Lu}[\p{L}'’-]*(?:\s\p{Lu}[\p{L}'’-]*){0,3}\s(?:and|or)\s\p{Lu}/u;
/** A pronoun inside a clause, pointing at something named before it. */
const INNER_PRONOUN = /\s(?:it|its|they|them|their)\b/i;
/** "whether the individual …", "to protect …", "in the rules": a clause's complement or adjunct, no clause. */
const COMPLEMENT_OPENING =
  /^(?:whether|what|how|why|that|if|to|in|on|at|by|for|with|from|after|before|as|than)\b/i;
/** Joiners of a trailing clause that is not set off by a comma. */
const TRAILING_JOIN = /\s(as|while|because|and|but|so that|after|before)\s/gi;
/** A phrase naming someone or somewhere: a last-resort cut that loses one is not taken. */
const NAME_START = /(?:^|\s)\p{Lu}/u;
/** Where a coordinated clause may begin: after a comma (and its conjunction) or a semicolon. */
const COORDINATE_JOIN = /(,\s+(?:and|but|while)\s+|;\s+|,\s+(?!and\b|but\b|or\b))/;
/** A coordinated clause opens on its subject. */
const SUBJECT_START = new Set(['DET', 'PRON', 'NOUN', 'PROPN', 'ADJ', 'NUM']);
const RELATIVE_START = /^(?:which|who|whom|whose|where|when|that|what)$/i;
/** A text opening on a subordinate clause ("If X, Y"): its parts do not stand alone. */
const SUBORDINATE_START =
  /^(?:if|unless|although|though|while|whereas|when|because|since|once|until|after|before|as|even)\b/i;
/** A clause joined by a conjunction after a comma, or by a semicolon. */
const CONJOINED = /(?:,\s+(?:and|but|while)|;)\s+/;
const SUBORDINATOR =
  /^(?:since|than|because|that|which|who|if|when|as|after|before|while|although|though|whether|until|unless|named|called|known)$/i;
const LEADING_QUOTE = /^["“]\s*/;
const TRAILING_QUOTE = /\s*["”]$/;

function words(text: string): number {
  return text.split(' ').filter(Boolean).length;
}

function tidy(text: string): string {
  const t = text
    .replace(WHITESPACE, ' ')
    .replace(SPACE_BEFORE_PUNCT, '$1')
    // '… "not a toll booth."': the full stop goes, the mark that closes the quotation stays.
    .replace(FINAL_STOP, (stop: string, at: number, whole: string) =>
      /["”]$/.test(stop) && (whole.slice(0, at).match(QUOTE_MARK)?.length ?? 0) % 2 === 1 ? '"' : '',
    )
    .trim()
    // "critics say, residents will park …", left when the clause before the aside went: the aside now leads.
    .replace(LEADING_REPORT_ASIDE, '$1 ');
  return t.replace(TRAILING_PUNCT, '');
}
/** A short reporting phrase set off by a comma at a text's start ("critics say, …"). */
const LEADING_REPORT_ASIDE =
  /^((?:\p{L}+\s){1,3}(?:say|says|said|argue|argues|argued|warn|warns|warned|note|notes|noted|believe|believes)),\s(?=\p{Ll})/u;

/** The text with its first letter in upper case. */
export function capitalise(text: string): string {
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

/**
 * A subject that reports its own act: "Danish prosecutors said on April 9 that they had opened …". The pronoun
 * must agree with the subject ("they" a plural noun or a name, "it" a singular one, "he"/"she" a name), and the
 * act be done, a perfect of a regular verb ("had opened"): "X said that they had opened Y" becomes "X opened Y".
 * "The ministry said it respected …" states a view, not an act, and stays.
 */
const OWN_ACT =
  /^((?:[\p{L}'’-]+\s){0,5}?[\p{L}'’-]+)\s(?:said|says|announced|confirmed|reported|disclosed)(?:\s(?:on|last|this|in a)\s[^,;:"“]{1,25}?)?\s(?:that\s)?(they|it|he|she)\s(?:had|have|has)\s(\p{Ll}+ed)\s/u;

function ownAct(text: string, lexicon: Lexicon): string {
  const match = OWN_ACT.exec(text);
  if (!match) return text;
  const [whole, subject = '', pronoun = '', verb = ''] = match;
  const head = wordsOf(subject).pop() ?? '';
  const tag = posOf(head, lexicon);
  const agrees =
    pronoun === 'they'
      ? (tag === 'NOUN' && /s$/.test(head)) || tag === 'PROPN'
      : pronoun === 'it'
        ? (tag === 'NOUN' && !/s$/.test(head)) || tag === 'PROPN'
        : tag === 'PROPN';
  if (!agrees || posOf(verb, lexicon) !== 'VERB') return text;
  return `${subject} ${verb} ${text.slice(whole.length)}`;
}

/** A clause's opening adjunct with no comma, then "it" or "they" as its subject ("under the Convention it has"). */
const ADJUNCT_THEN_PRONOUN =
  /^((?:under|in|at|on|for|by|since|after|before|within|without|despite|during)\s[^,;:]{3,80}?)\s(?:it|they)\s(?=\p{Ll})/iu;
/** "Denmark controls …": a name of one to three words that opens a clause, its verb right after it. */
const NAMED_SUBJECT = /^((?:\p{Lu}[\p{L}'’-]+\s?){1,3})\s(\p{Ll}+)\s(\p{Ll}+)/u;

function namedSubject(clause: string, lexicon: Lexicon): string | undefined {
  const match = NAMED_SUBJECT.exec(clause);
  const name = match?.[1]?.trim();
  if (!name || /^(?:The|A|An|This|That|These|Those|It|They|He|She|We|I)\b/.test(name)) return undefined;
  const [verb = '', next = ''] = [match?.[2], match?.[3]];
  // "Denmark controls the straits": a tagger may read the "-s" verb before a determiner as a noun.
  const verbish = posOf(verb, lexicon) === 'VERB' || (/s$/.test(verb) && posOf(next, lexicon) === 'DET');
  return verbish ? name : undefined;
}

/** A quotation's speaker after the verb, then their post to the end of the sentence: "…," said X, a nurse at Y. */
const SPEAKER_APPOSITIVE = new RegExp(
  String.raw`(["”],?\s+${SAY_VERB}\s+(?:\p{Lu}[\p{L}.'’-]*\s?){1,4}),\s[^"“”]+?\s*$`,
  'u',
);

/** The speaker's post after a quotation's verb and name ('…," said X, a nurse at Y'), or undefined. */
export function speakerAppositive(sentence: string): string | undefined {
  const match = SPEAKER_APPOSITIVE.exec(sentence.trim());
  return match ? sentence.trim().slice((match[1] ?? '').length) : undefined;
}

/**
 * A sentence's opening description through a possessive pronoun, then the name it describes between commas (and a
 * second description after it: "Our GP, Dr Kirsteen Ballantyne, another signatory, has …"); or a role ("The
 * Minister for Employment, Ewan Stroud, said …"), whose name says who better than the role does.
 */
const POINTING_DESCRIPTION =
  /^(?:(?:[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[Oo]ur|[Mm]y)\s(?:[\p{Ll}-]+\s){0,2}(?:[\p{Ll}-]+|\p{Lu}{2,4})|[Tt]he\s(?:\p{Lu}[\p{L}-]*\s(?:(?:for|of)\s)?){0,3}\p{Lu}[\p{L}-]*),\s((?:\p{Lu}[\p{L}.'’-]*\s?){1,4}),\s(?:(?:another|an?|the)\s[^,]{1,40},\s)?(?=\p{Ll})/u;

/**
 * True when a text ends on an article and one word ("a standing") and the comma after it goes on with a modifier
 * and its noun ("funded programme"), or the word is no noun at all: the comma is between modifiers, no aside.
 */
function modifierAfterArticle(head: string, aside: string, lexicon: Lexicon): boolean {
  const [article = '', last = ''] = wordsOf(head).slice(-2);
  if (!/^(?:a|an|the)$/i.test(article)) return false;
  const [, second = ''] = wordsOf(aside);
  return !['NOUN', 'PROPN', 'NUM'].includes(posOf(last, lexicon)) || posOf(second, lexicon) === 'NOUN';
}

/** The last item of a series a reduced relative opens runs to at most this many words. */
const MAX_SERIES_ITEM_WORDS = 5;

/** Pronouns that are a clause's subject. */
const SUBJECT_PRONOUN = /^(?:i|we|you|he|she|it|they)$/i;
/** Spans of time a verb spends doing something ("eleven years running …", "weeks negotiating …"). */
const TIME_SPENT = /^(?:years|months|weeks|days|hours|decades|minutes|time)$/i;

/** A comma after which a series goes on to its last item ("…, diesel and eleven relief staff"). */
const SERIES_GOES_ON = /^,\s[^,;:]*\b(?:and|or)\s/;
/** A subordinator or turn that opens a clause, not a series item. */
const CLAUSE_OPENER =
  /^,\s(?:(?:but|yet|so|and|or)\s)?(?:only\s)?(?:if|unless|when|because|although|though|while|whereas|as|since|but|yet|so)\b/i;

/**
 * Drops reduced relatives ("a corridor linking X with Y") that follow a noun, up to the next comma or the end;
 * with `toAdjunct`, only up to an adjunct phrase ("… surrounding the region during the 44-day war" keeps "during
 * the 44-day war"). An -ing word after a possessive ("Azerbaijan's growing power") is not a relative.
 */
function dropReducedRelatives(text: string, lexicon: Lexicon, toAdjunct = false): string {
  let out = '';
  let from = 0;
  for (const m of text.matchAll(REDUCED_RELATIVE)) {
    const at = m.index;
    if (at < from) continue;
    const [whole, before = '', verb = ''] = m;
    const kept = keptOfRelative(text, whole, before, verb, at, lexicon, toAdjunct);
    // "a boat carrying fresh water, diesel and eleven relief staff | approached": a phrase that opens a series
    // goes on past the comma to the series' last item.
    const series = kept === whole ? 0 : seriesTail(text.slice(at + whole.length), lexicon);
    if (series < 0) continue;
    out += text.slice(from, at) + kept;
    from = at + whole.length + series;
  }
  return out + text.slice(from);
}

/** What of a reduced relative's match stays: all of it when it is none, else the word before it (and an adjunct). */
function keptOfRelative(
  text: string,
  whole: string,
  before: string,
  verb: string,
  at: number,
  lexicon: Lexicon,
  toAdjunct: boolean,
): string {
  // ", starting with X,": a phrase set off by commas is an aside, for the aside rules to drop whole.
  if (before === ',') return whole;
  const prevWord = /["”]$/.test(before) ? '"' : (wordsOf(text.slice(0, at + before.length)).pop() ?? '');
  if (POSSESSIVE_WORD.test(prevWord)) return whole;
  // "spent eleven years running housing services": what the time was spent doing completes the verb.
  if (TIME_SPENT.test(prevWord)) return whole;
  // "supports bus franchising in rural Aldermoor": a bare noun straight after a verb, the -ing word its compound's
  // head, not a relative describing it.
  const beforePrev = wordsOf(text.slice(0, at + before.length)).slice(-2, -1)[0] ?? '';
  if (
    posOf(beforePrev, lexicon) === 'VERB' &&
    !/(?:ed|ing)$/i.test(beforePrev) &&
    posOf(prevWord, lexicon) === 'NOUN'
  )
    return whole;
  // "a combined road and rail crossing under construction": after nouns joined by "and", the -ing word is the head
  // they both modify.
  if (/^(?:and|or)$/i.test(beforePrev) && posOf(prevWord, lexicon) === 'NOUN') return whole;
  const prev = prevWord === '"' ? 'PUNCT' : posOf(prevWord, lexicon);
  if (posOf(verb, lexicon) !== 'VERB' || !NOUNISH.has(prev)) return whole;
  // "the four remaining decrees": an -ing word between a number or article and its noun is an adjective.
  const following = wordsOf(whole.slice(before.length))[1] ?? '';
  if (/^(?:NUM|DET)$/.test(prev) && posOf(following, lexicon) === 'NOUN') return whole;
  // "tankers leaving X must pass": the -ing phrase is the subject of a finite verb, not a reduced relative.
  if (wordsOf(whole).some((w) => posOf(w, lexicon) === 'AUX')) return whole;
  // "vehicles entering the zone on weekdays | fell by 17.4%": the match runs on into the main verb, which the
  // phrase would take with it.
  if (hasFiniteVerb(wordsOf(whole.slice(before.length)).slice(1), lexicon)) return whole;
  if (!toAdjunct) return before;
  const rest = whole.slice(before.length);
  const adjunct = [...rest.matchAll(/\s([\p{L}]+)\b/gu)].find(
    (m) => m.index > 0 && ADJUNCT_PREPOSITIONS.has((m[1] ?? '').toLowerCase()),
  );
  return adjunct ? `${before}${rest.slice(adjunct.index)}` : before;
}

/**
 * How far past a dropped phrase the series it opens runs (", diesel and eleven relief staff"): to the verb after
 * its last item, or to the end; 0 when no series goes on; -1 when the series' end cannot be told (a clause
 * follows it), so the phrase stays.
 */
function seriesTail(rest: string, lexicon: Lexicon): number {
  const series = SERIES_GOES_ON.exec(rest);
  if (!series) return 0;
  // ", but only if it comes with secure funding and …": a clause of its own opens past the comma, no series item.
  if (CLAUSE_OPENER.test(series[0])) return -1;
  const after = rest.slice(series[0].length).replace(/[.!?]\s*$/, '');
  const stop = /[,;:.!?]/.exec(after)?.index ?? after.length;
  const words = after.slice(0, stop).split(/\s+/).filter(Boolean);
  // "… or waiting for a resident to return": an infinitive is no verb the series' sentence goes on with.
  const verbAt = words.findIndex(
    (w, i) => i > 0 && words[i - 1]?.toLowerCase() !== 'to' && hasFiniteVerb([w], lexicon),
  );
  // ", milk and newspapers that the island's only shop | had …": a verb after a relative pronoun is the relative
  // clause's, so where the series ends cannot be told.
  if (verbAt > 0 && words.slice(0, verbAt).some((w) => /^(?:that|which|who|whom|whose)$/i.test(w))) return -1;
  // ", and peak-hour bus journey times through the zone | fell …": a long item, or one with a phrase of its own,
  // is a clause's subject, not the last of a relative's short series ("…, diesel and eleven relief staff").
  const item = words.slice(0, Math.max(verbAt, 0));
  if (verbAt > 0 && (item.length > MAX_SERIES_ITEM_WORDS || item.some((w) => posOf(w, lexicon) === 'ADP')))
    return -1;
  // ", and I know …": a pronoun before the verb is a clause's subject, not the series' last item.
  if (verbAt > 0 && words.slice(0, verbAt).every((w) => SUBJECT_PRONOUN.test(w))) return -1;
  if (verbAt < 0) return stop < after.length ? -1 : rest.length;
  const verb = words[verbAt] ?? '';
  return series[0].length + after.indexOf(` ${verb}`, 0);
}

/**
 * Drops a trailing clause joined without a comma ("X falls to 4.2% as the bank signals Y", "stop building car
 * parks and start building homes"): the last joiner whose tail has a verb of its own.
 */
function dropTrailingClause(text: string, lexicon: Lexicon): string {
  if (CLAUSAL_SUBJECT.test(text)) return text;
  const joins = [...text.matchAll(TRAILING_JOIN)];
  for (let i = joins.length - 1; i >= 0; i--) {
    const at = joins[i]?.index ?? -1;
    const tail = wordsOf(text.slice(at + (joins[i]?.[0].length ?? 0)));
    const joiner = joins[i]?.[1]?.toLowerCase() ?? '';
    const first = posOf(tail[0] ?? '', lexicon);
    // "X and economically should …": a coordinated joiner must open a verb phrase or a clause with a subject.
    if ((joiner === 'and' || joiner === 'but') && !CLAUSE_OPENING.has(first)) continue;
    // "supports franchising, but only if it comes with secure funding": the condition the claim is made on.
    // "… is accurate as arithmetic, but misleading …": a turn is what the sentence comes to, never a tail to drop.
    if (joiner === 'but') continue;
    // "grew by 9% between 2019 | and 2024": the end of a range, not a clause.
    if (joiner === 'and' && /\bbetween\s+\S+$/i.test(text.slice(0, at))) continue;
    // "two hundred | and six steps up": one number, spelled out.
    if (joiner === 'and' && /\b(?:hundred|thousand)$/i.test(text.slice(0, at))) continue;
    const verbPhrase = joiner === 'and' && first === 'VERB';
    const head = text.slice(0, at);
    // "replace the software, hire our own engineers and build a backup room": the last item of a series.
    if (joiner === 'and' && inSeries(head, first, lexicon)) continue;
    const as = joins[i]?.[1]?.toLowerCase() === 'as';
    // "seen as", "known as", "as many … as": that "as" completes what comes before it.
    if (as && (COMPARATIVE_AS.test(head) || !AS_HOST.has(posOf(wordsOf(head).pop() ?? '', lexicon))))
      continue;
    // "…, but the drop in sickness | and quits is much bigger": the head's own last clause must stay whole.
    if (
      at > 0 &&
      (verbPhrase || hasFiniteVerb(tail, lexicon)) &&
      isComplete(head, lexicon) &&
      lastClauseWhole(head, lexicon)
    )
      return head;
  }
  return text;
}

/** True when the last of a text's conjoined clauses ("…, but the drop in sickness") is whole on its own. */
function lastClauseWhole(text: string, lexicon: Lexicon): boolean {
  const parts = text.split(CONJOINED);
  return parts.length < 2 || isComplete(parts[parts.length - 1] ?? '', lexicon);
}

/** True when a head ends on an item of a comma series ("A, B") whose item opens as the next one does. */
function inSeries(head: string, next: string, lexicon: Lexicon): boolean {
  const comma = head.lastIndexOf(', ');
  if (comma < 0) return false;
  const item = wordsOf(head.slice(comma + 2))[0] ?? '';
  return posOf(item, lexicon) === next;
}

/** Reductions after the lead is settled: fillers, trailing clauses and adjuncts, reduced relatives, names. */
function tailReductions(start: string, lexicon: Lexicon, keep: readonly string[]): string[] {
  const steps: string[] = [];
  let text = start;
  const unfilled = ` ${text} `.replace(FILLER_WORDS, '').trim();
  if (unfilled !== text) steps.push((text = unfilled));
  // "… and put it into homes: homes people in this city can afford to live in": what a colon adds after a whole
  // clause, outside a quotation, is its elaboration.
  const colon = text.search(/:\s+(?=[^"“”]*$)/);
  const uncoloned = colon > 0 ? text.slice(0, colon) : text;
  // Only an elaboration of its last word ("homes: homes people … can afford"): what else follows a colon may be
  // the reason ("that is unlikely to be a problem: there will be a supermarket nearby") or the point announced.
  const added = text.slice(colon + 1).trim();
  const elaborates =
    (wordsOf(added)[0] ?? '').toLowerCase() === (wordsOf(uncoloned).pop() ?? '').toLowerCase();
  if (
    uncoloned !== text &&
    elaborates &&
    words(uncoloned) >= MIN_WORDS &&
    isComplete(uncoloned, lexicon) &&
    keeps(uncoloned, keep) &&
    !insideQuotes(text, colon)
  )
    steps.push((text = uncoloned));
  for (const re of [TRAILING_CLAUSE, TRAILING_ADJUNCT]) {
    const untailed = text.replace(re, '');
    if (untailed !== text && words(untailed) >= MIN_WORDS && keeps(untailed, keep))
      steps.push((text = untailed));
  }
  const unjoined = dropTrailingClause(text, lexicon);
  if (unjoined !== text && words(unjoined) >= MIN_WORDS && keeps(unjoined, keep))
    steps.push((text = unjoined));
  let unrelated = dropReducedRelatives(text, lexicon);
  if (!keeps(unrelated, keep)) unrelated = dropReducedRelatives(text, lexicon, true);
  if (unrelated !== text && words(unrelated) >= MIN_WORDS) steps.push((text = unrelated));
  // "the minister, Henrik Vestergaard, said the government would "pursue every avenue"": the name is who speaks.
  // "Its chair, Malcolm Pryce, argues …": a description that points back names nobody; the name stays instead.
  const pointed = text.replace(POINTING_DESCRIPTION, '$1 ');
  const unnamed = pointed !== text ? pointed : /["“]/.test(text) ? text : text.replace(NAME_APPOSITIVE, ' ');
  if (unnamed !== text && words(unnamed) >= MIN_WORDS) steps.push((text = unnamed));
  // "Separately, the opposition Civic Alliance has said it will …, and …": a description holds no verb of its own;
  // with one, the commas set off a clause, and the word before them is no name.
  // A verb in a relative clause inside it ("a Republican whose district includes …") is the description's own.
  const described =
    (LEADING_APPOSITIVE.exec(text)?.[0] ?? '').split(/\b(?:that|which|who|whose|whom|where)\b/i)[0] ?? '';
  // (An auxiliary tells it: a tagger may read a noun such as "agency" as a verb.)
  const clausal = wordsOf(described.slice(described.indexOf(',') + 1)).some(
    (w) => posOf(w, lexicon) === 'AUX',
  );
  const leading = clausal ? text : text.replace(LEADING_APPOSITIVE, '$1 ');
  const undescribed = leading.replace(TRAILING_APPOSITIVE, '$1');
  if (undescribed !== text && words(undescribed) >= MIN_WORDS && keeps(undescribed, keep))
    steps.push((text = undescribed));
  // "Within a year the pandemic had emptied Millbrook Road, | the club's home since 1912, and …": what follows
  // an adjunct opens on its clause, with a verb before its next comma; an appositive there means the clause
  // was the part before.
  const after = text.replace(LEADING_ADJUNCT, '');
  // "Within a month she had asked Amir Castelo, | a network planner …": an opening with a verb of its own (after
  // its first word, which may be a participle: "Asked for the source, …") is the clause, not an adjunct.
  // "On the same day that Khamenei issued his call, …": a relative clause's verb is the adjunct's own.
  const adjunct = text
    .slice(0, text.length - after.length)
    .replace(/\b(?:that|which|who|whom|whose|when|where|whether|if)\b.*$/is, '');
  const unled =
    hasFiniteVerb(wordsOf(beforeComma(after)), lexicon) && !hasFiniteVerb(wordsOf(adjunct).slice(1), lexicon)
      ? after
      : text;
  if (unled !== text && words(unled) >= MIN_WORDS) steps.push(dropLeading(unled));
  return steps;
}

/**
 * True when a comma aside opening on an "-ed" or "-ing" word holds the sentence's main verb ("Kessler, the
 * largest maker, | reported revenue of $2.41 billion on Wednesday, | up 18%"): no finite verb comes before it,
 * and the words after it do not open on one ("A report by the board, published on Monday, | concludes that …").
 */
function mainVerbAside(aside: string, before: string, after: string, lexicon: Lexicon): boolean {
  const [first = '', second = ''] = wordsOf(aside);
  // "starting with Aliyev", "including X": an -ing word followed by a preposition opens a phrase, not a verb.
  if (!/(?:ed|ing)$/i.test(first) || (/ing$/i.test(first) && posOf(second, lexicon) === 'ADP')) return false;
  if (hasFiniteVerb(wordsOf(after).slice(0, 1), lexicon)) return false;
  return !hasFiniteVerb(wordsOf(before.replace(/,[^,]*,/g, ' ')), lexicon);
}

/**
 * Drops a relative aside that holds a list ("Core inflation, which strips out energy, food, alcohol and tobacco,
 * eased …"), up to the comma after which the main clause goes on with its verb, inside any quotation it opens in.
 */
function dropListedRelative(text: string, lexicon: Lexicon): string {
  const start = /,\s(?:which|who|whose)\b/i.exec(text);
  if (
    !start ||
    !listedOn(start[0], text.slice(start.index + start[0].length).replace(/^[^,]*,\s*/, ''), lexicon)
  )
    return text;
  for (const comma of text.slice(start.index + 1).matchAll(/,\s/g)) {
    const at = start.index + 1 + comma.index;
    // '… do, which is to protect the equipment," Okonjo said': an aside ends before a quotation closes.
    if (/["“”]/.test(text.slice(start.index, at))) return text;
    const first = wordsOf(text.slice(at + 2))[0] ?? '';
    if (hasFiniteVerb([first], lexicon)) return `${text.slice(0, start.index)} ${text.slice(at + 2)}`;
  }
  return text;
}

/**
 * The independent clauses of a coordination ("A, B, and C"): the text split at commas (with "and"/"but") and
 * semicolons where what follows opens on a subject and has its own verb, and what comes before is a whole
 * clause; one part (the text) when it is no coordination.
 */
function coordinateClauses(text: string, lexicon: Lexicon): string[] {
  // A bare comma joins clauses only in a series that a conjunction closes ("A, B, and C").
  if (SUBORDINATE_START.test(text) || !CONJOINED.test(text)) return [text];
  const clauses: string[] = [];
  let current = '';
  // Split with the joins kept, so a part that does not open a clause goes back with its own join.
  const pieces = text.split(COORDINATE_JOIN);
  for (let i = 0; i < pieces.length; i += 2) {
    const segment = pieces[i] ?? '';
    const join = pieces[i - 1] ?? '';
    const words = wordsOf(beforeComma(segment));
    const verbAt = words.findIndex((_, j) => hasFiniteVerb(words.slice(j, j + 1), lexicon));
    const opens =
      i > 0 &&
      SUBJECT_START.has(posOf(words[0] ?? '', lexicon)) &&
      !RELATIVE_START.test(words[0] ?? '') &&
      verbAt > 0 &&
      // "The largest since the office began …": a verb inside a subordinate clause is not the clause's own.
      !words.slice(0, verbAt).some((w) => SUBORDINATOR.test(w)) &&
      isComplete(segment, lexicon) &&
      isComplete(current, lexicon);
    if (opens) {
      clauses.push(current);
      current = segment;
    } else current = `${current}${join}${segment}`;
  }
  return [...clauses, current];
}

const NOUNISH_SEAM = new Set(['NOUN', 'PROPN', 'NUM']);
const PHRASE_START = new Set(['NUM', 'DET']);

/**
 * True when dropping `aside` from between `before` and `after` would join two noun phrases with nothing between
 * them ("1.21 million people | two county councils"), or drop an item of a list whose verb is gapped ("24 per
 * cent, | waiting for an assessment 17 per cent, | disagreements …").
 */
function badSeam(before: string, aside: string, after: string, lexicon: Lexicon): boolean {
  const left = wordsOf(before).pop() ?? '';
  const right = wordsOf(after)[0] ?? '';
  if (!NOUNISH_SEAM.has(posOf(left, lexicon))) return false;
  return PHRASE_START.has(posOf(right, lexicon)) || (/\d/.test(before) && GAPPED_ITEM.test(aside.trim()));
}

/** ", waiting for an assessment 17 per cent,": a list item ending on its figure. */
const GAPPED_ITEM = /\d[\d.,]*\s*(?:per cent|percent|%)?\s*,?$/;

/** The rule-based reductions, lightest first; each only removes whole constituents. */
function reductions(sentence: string, opts: CompressOptions, lexicon: Lexicon): string[] {
  const steps: string[] = [];
  const keep = opts.keep ?? [];
  // "Three, means-test the help, so it goes to …": an enumeration's number goes before any aside is read, or
  // the item's own words would read as one.
  let text = ` ${sentence.replace(WHITESPACE, ' ').trim().replace(ORDINAL_OPENER, '')} `;
  // A quotation is the speaker's words: no aside inside it is dropped.
  text = outsideQuotes(text, PARENTHETICAL, () => '');
  text = outsideQuotes(text, DASH_ASIDE, () => ' ');
  text = outsideQuotes(text, AS_ASIDE, () => ',');
  text = outsideQuotes(text, COMMA_ASIDE, () => '');
  text = outsideQuotes(text, PAIRED_COMMA_ASIDE, (aside: string, at: number, whole: string) =>
    mainVerbAside(aside, whole.slice(0, at), whole.slice(at + aside.length), lexicon) ||
    listedOn(aside, whole.slice(at + aside.length), lexicon) ||
    // "a brief, controlled nap": a comma between adjectives, whose noun comes after it, opens no aside.
    OPEN_END_POS.has(posOf(wordsOf(whole.slice(0, at)).pop() ?? '', lexicon)) ||
    // "a standing, funded programme": an article's modifier, whatever its tag, still wants its noun.
    modifierAfterArticle(whole.slice(0, at), aside, lexicon) ||
    // "1.21 million people, served by one board, | two county councils …": an item of a list, not an aside.
    badSeam(whole.slice(0, at), aside, whole.slice(at + aside.length), lexicon) ||
    parallelItem(whole.slice(0, at), aside) ||
    // ", protected by embankments, | pumps and gates": the phrase holds the series' first item.
    opensSeries(aside, whole.slice(at + aside.length), lexicon)
      ? aside
      : ' ',
  );
  text = dropListedRelative(text, lexicon);
  // '"An hour is a long time …," warned Delgado, a labor and delivery nurse who …': who the speaker is goes.
  text = text.replace(SPEAKER_APPOSITIVE, '$1 ');
  text = dropLeading(text.trim());
  steps.push(text);
  // "Danish prosecutors said on April 9 that they had opened …": what its subject says it did, said as done.
  const own = ownAct(text, lexicon);
  if (own !== text) steps.push((text = own));
  const uncleft = withoutCleft(text, lexicon);
  if (uncleft !== text) steps.push((text = uncleft));
  if (!opts.keepConcession) {
    const next = dropLeading(text.replace(LEADING_CLAUSE, ''));
    if (next !== text && words(next) >= MIN_WORDS) steps.push((text = next));
  }
  // "the technology had improved faster than she expected but remained far from ready …": a predicate's turn,
  // with the subject both verbs share, says what the sentence comes to.
  const turned = predicateTurn(text, lexicon);
  const tail = tailReductions(text, lexicon, keep);
  steps.push(...tail);
  if (turned) steps.push(turned, ...tailReductions(turned, lexicon, keep));
  text = tail[tail.length - 1] ?? text;
  for (const split of CLAUSE_SPLITS) {
    const parts = text.split(split);
    if (parts.length < 2) continue;
    // '… said the judgment "says …: they work for Quillfeather …"': a split inside a quotation leaves its speaker's
    // words without the speaker, and their "they" is not the name before it.
    if (((parts[0] ?? '').match(/["“”]/g)?.length ?? 0) % 2 === 1) continue;
    const name = LEADING_NAME.exec(parts[0] ?? '')?.[1]?.trim() ?? namedSubject(parts[0] ?? '', lexicon);
    // "… but under the Convention on the Law of the Sea it has only limited rights": after its adjunct too.
    const resolve = (part: string) =>
      !name
        ? part
        : LEADING_PRONOUN.test(part)
          ? part.replace(LEADING_PRONOUN, name)
          : part.replace(ADJUNCT_THEN_PRONOUN, (_, adjunct: string) => `${adjunct} ${name} `);
    const ordered = split === CONTRAST_SPLIT ? [...parts].reverse() : parts;
    for (const part of ordered) {
      if (words(part) < MIN_WORDS) continue;
      // "The 40,000 figure is accurate as arithmetic, | but misleading …": the concession alone says the opposite
      // of the sentence; only the turn stands alone.
      if (split === CONTRAST_SPLIT && part === parts[0]) continue;
      // "X work well, but struggle with Y": the second half has no subject of its own.
      // "… is not what the parties agreed, but whether the individual …": nor does a complement of the first half.
      // "…, but the company underneath it is changing fast": nor one whose pronoun points at the half it drops.
      // "Radley accepted that …, but considered that …": a turn of the same subject's verbs says it with its name.
      const opener = posOf(wordsOf(part)[0] ?? '', lexicon);
      if (split === CONTRAST_SPLIT && opener === 'VERB' && name && /^\p{Ll}+ed\s/u.test(part)) {
        const shared = dropLeading(`${name} ${part}`);
        steps.push(shared, ...tailReductions(shared, lexicon, keep));
        continue;
      }
      if (
        split === CONTRAST_SPLIT &&
        (NO_SUBJECT.has(opener) ||
          opener === 'ADJ' ||
          COMPLEMENT_OPENING.test(part) ||
          INNER_PRONOUN.test(resolve(part).replace(LEADING_PRONOUN, '')) ||
          // "…, but it doesn't solve the underlying problem": a pronoun no name before the turn resolves.
          (!name && /^(?:it|they|this|that|these|those)\b/i.test(part)))
      )
        continue;
      // "… running up a debt | — drawing down aquifers …": a participle's phrase after a dash has no subject.
      const first = wordsOf(part)[0] ?? '';
      const dash = split === CLAUSE_SPLITS[2];
      if (dash && part !== parts[0] && /(?:ing|ed)$/i.test(first) && NO_SUBJECT.has(posOf(first, lexicon)))
        continue;
      const led = dropLeading(resolve(part));
      steps.push(led, ...tailReductions(led, lexicon, keep).map(resolve));
    }
  }
  // "We run six servers in Frankfurt, our monthly cost has fallen from X to Y, and …": each clause of a
  // coordination says something whole on its own.
  for (const clause of coordinateClauses(text, lexicon).slice(1)) {
    const led = dropLeading(clause);
    steps.push(led, ...tailReductions(led, lexicon, keep));
  }
  const commaParts = text.split(COMMA_SPLIT);
  // "A survey by X, an independent group, estimated that …": a part that opens on the verb is where the clause
  // before it gets its verb, so no prefix may stop before it.
  const verbPart = commaParts.findIndex(
    (part, i) => i > 0 && hasFiniteVerb(wordsOf(part).slice(0, 1), lexicon),
  );
  for (let n = commaParts.length - 1; n >= Math.max(1, verbPart + 1); n--) {
    const prefix = commaParts.slice(0, n).join(', ');
    const last = wordsOf(prefix).pop() ?? '';
    const endsOnName = PREFIX_END_POS.has(posOf(last, lexicon)) || /["”]$/.test(prefix);
    // "…, but only if it comes with secure funding": the prefix would state unconditionally what is conditional.
    // "…, but misleading as a description": nor may one stop before a turn, which the sentence comes to.
    // "a coalition of Labour Alliance, | Civic Renewal and Green Coast": nor before a series' last names.
    const stopsShort =
      /^(?:but|yet)\s/i.test(commaParts[n] ?? '') || NAMES_SERIES_END.test(commaParts[n] ?? '');
    if (
      words(prefix) >= MIN_WORDS &&
      endsOnName &&
      !stopsShort &&
      !CONTINUES_PHRASE.test(commaParts[n] ?? '')
    )
      steps.push(prefix);
  }
  return steps.map(tidy);
}

/**
 * A cleft on its subject: "it is" before the subject, "that" or "who" after it, and the subject's verb next ("it
 * is Halmesk's position that looks harder to sustain"). Not a negated one ("it is not X that …" says X does not),
 * nor "it is a …", whose "that" opens a relative clause on the noun ("it is a decision that will haunt them").
 */
const CLEFT =
  /^((?:[^,]{1,40},\s)?)(?:it|this)\s(?:is|was)\s(?!not\b|n't\b|never\b|a\b|an\b)(\S+(?:\s\S+){0,5}?)\s(that|who)\s(\S+)\s/i;
/**
 * A cleft's focus before "that": a name, a possessor's noun or a demonstrative's. "It is the object that appears
 * most often …" may say what "it" is, the "that" opening a relative clause on "the object".
 */
const CLEFT_FOCUS = /^(?:\p{Lu}|(?:this|these|those|only)\b)|\p{L}['’]s\b/u;

/** The sentence said without its cleft: "Halmesk's position looks harder to sustain". */
function withoutCleft(text: string, lexicon: Lexicon): string {
  const m = CLEFT.exec(text);
  const [, lead = '', focus, which = '', verb] = m ?? [];
  if (!focus || !verb) return text;
  // The subject is a noun phrase, with no verb of its own; what follows "that" opens on its finite verb.
  if (hasFiniteVerb(wordsOf(focus), lexicon) || /[,;:]/.test(focus)) return text;
  if (!hasFiniteVerb([verb], lexicon) || posOf(verb, lexicon) === 'ADP') return text;
  if (which.toLowerCase() === 'that' && !CLEFT_FOCUS.test(focus)) return text;
  return `${lead}${lead ? focus : capitalise(focus)} ${verb} ${text.slice(m?.[0].length)}`;
}

/** "X improved … but remained …": the clause before an uncommaed "but", its second verb finite. */
const PREDICATE_TURN = /^(.+?[^,;:–—])\s+but\s+(\p{Ll}+)\s(.+)$/u;
const REPORTING = new RegExp(String.raw`^${SAY_VERB}$`, 'i');
const PRONOUN_SUBJECT = /^(?:it|they|he|she|this|that|these|those|we|i|you)$/i;
/** A shared subject longer than this is no plain noun phrase. */
const MAX_SHARED_SUBJECT_WORDS = 6;

/**
 * The turn of a predicate contrast with the subject both verbs share: "Anand said the technology had improved
 * faster than she expected but remained far from ready" gives "The technology remained far from ready".
 */
function predicateTurn(text: string, lexicon: Lexicon): string | undefined {
  const m = PREDICATE_TURN.exec(text);
  if (!m?.[1] || !m[2] || !m[3] || !['VERB', 'AUX'].includes(posOf(m[2], lexicon)) || !/(?:ed|s)$/.test(m[2]))
    return undefined;
  const before = wordsOf(m[1]);
  const said = before.findIndex((w) => REPORTING.test(w));
  // "Achterberg said the company would … but warned that …": a second verb of saying is the speaker's.
  const speaks = REPORTING.test(m[2]);
  // "told us that they …", "told the committee that it …": the reported clause opens after its "that".
  const that =
    said < 0 ? -1 : before.findIndex((w, i) => i > said && i <= said + 4 && w.toLowerCase() === 'that');
  const start = said >= 0 && !speaks ? (that > 0 ? that + 1 : said + 1) : 0;
  const verb = speaks ? said : before.findIndex((w, i) => i > start && hasFiniteVerb([w], lexicon));
  const subject = before.slice(start, verb);
  if (verb < 0 || subject.length > MAX_SHARED_SUBJECT_WORDS || subject.some((w) => /[,;:]$/.test(w)))
    return undefined;
  if (PRONOUN_SUBJECT.test(subject.join(' '))) return undefined;
  return capitalise(`${subject.join(' ')} ${m[2]} ${m[3]}`);
}

/** Complete candidates that keep the required strings, in reduction order. */
function completeSteps(sentence: string, opts: CompressOptions, lexicon: Lexicon): string[] {
  const keep = opts.keep ?? [];
  return reductions(sentence, opts, lexicon).filter(
    (s) =>
      keeps(s, keep) &&
      isComplete(s, lexicon) &&
      !LEADING_PRONOUN.test(s) &&
      !concedesOnly(s, sentence, lexicon),
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
 * Every compression of a sentence the rules allow, lightest first: each complete reduction, then its trailing
 * phrase cuts, longest first. The caller picks the first that makes a sound bullet, when the preferred compression
 * does not (see PlanContext.bulletText). Each only removes whole constituents, so none can add a fact.
 */
export function compressionCandidates(sentence: string, opts: CompressOptions = {}): string[] {
  const lexicon = opts.lexicon ?? lexiconOf(sentence);
  const found = new Set<string>();
  // A step may open on a pronoun here: the caller resolves it ("It finds that …" after the report is named) or
  // refuses the bullet.
  const steps = reductions(sentence, { ...opts, keep: [] }, lexicon).filter((s) => isComplete(s, lexicon));
  for (const step of steps) {
    for (const text of [step, ...trailingPhraseCuts(step, lexicon).map(tidy)]) {
      const bullet = balanceQuotes(capitalise(tidy(text)));
      if (
        words(bullet) >= MIN_WORDS &&
        isComplete(bullet, lexicon) &&
        endsCleanly(bullet) &&
        lastClauseWhole(bullet, lexicon) &&
        !concedesOnly(bullet, sentence, lexicon) &&
        !keepsSubjectWithoutVerb(bullet, sentence, lexicon) &&
        !purposeOnly(bullet, sentence) &&
        !cutsAway(bullet, sentence, lexicon)
      )
        found.add(bullet);
    }
  }
  return [...found];
}

/**
 * Compresses a source sentence into a bullet by rules: drops attributions ("According to X,"), connectives,
 * asides in commas, dashes and parentheses, leading subordinate clauses, trailing elaborations, reduced
 * relatives and hedges, and, when still too long, trailing adjunct phrases. Every candidate must stay a complete
 * clause; when none fits, the bullet stays longer rather than being cut mid-phrase. It only ever removes words,
 * so it cannot add a fact.
 */
export function compressSentence(text: string, opts: CompressOptions = {}): string {
  // "OSTERHAVEN, Oct 29 (Coast Wire) - …": a wire story's dateline heads its lede, whatever the lede's length.
  const undated = text.replace(DATELINE_LEDE, '');
  const sentence = words(undated) >= MIN_WORDS ? undated : text;
  const plain = chooseCompression(sentence, opts);
  // "Fourth, Zippit dictated …": whatever is kept, never the connective that linked it to the sentence before.
  const chosen = balanceQuotes(capitalise(dropLeading(keepingNumbers(sentence, plain, opts) ?? plain)));
  const lexicon = opts.lexicon ?? lexiconOf(sentence);
  return endsCleanly(chosen) &&
    !strandedTail(chosen, sentence, lexicon) &&
    !keepsSubjectWithoutVerb(chosen, sentence, lexicon) &&
    !purposeOnly(chosen, sentence) &&
    !cutsAway(chosen, sentence, lexicon)
    ? chosen
    : balanceQuotes(capitalise(tidy(dropLeading(sentence.trim()))));
}

/**
 * True when a compression is only the purpose clause a sentence opens on ("To measure what the closures mean for
 * patients | , we calculated …"): an infinitive states nothing without the clause it leads into.
 */
function purposeOnly(text: string, sentence: string): boolean {
  return (
    /^(?:in order )?to\s\p{Ll}[^,]*$/iu.test(text) && /^(?:in order )?to\s[^,]+,\s/iu.test(sentence.trim())
  );
}

/** "Our assessment is that ", "We conclude that ": a finding's lead-in, before the condition it opens on. */
const THAT_LEAD_IN = /^[^,;:]{0,60}?\bthat\s+/i;
/** A condition, a time or a scene set before its main clause ("Unless …", "Without …", "Three weeks after …"). */
const LEAD_IN_OPENER = new RegExp(
  String.raw`^(?:${SUBORDINATORS}|${SCENE_PREPOSITIONS}|whenever|even if|even though|since|until|after|before|judged by|measured by|seen from|viewed from|(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|a few|many)\s(?:[\p{L}-]+\s)?(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?)\s(?:after|before|since))\s`,
  'iu',
);
/** What may open a main clause's subject after the lead-in's comma ("…, we conclude", "…, the district faces"). */
const SUBJECT_POS = new Set(['DET', 'PRON', 'PROPN']);

/**
 * True when a compression (`plain`, the sentence going on with `rest`) is only the condition or scene the sentence
 * opens on, cut before its main clause ("Our assessment is that unless safe water … within the next four weeks | , … the district faces a
 * serious risk …"; "Without a multi-year, ring-fenced funding settlement … | , we conclude that …"): what it
 * depends on is gone, and what is left says the opposite of nothing.
 */
function leadInOnly(plain: string, rest: string | undefined, lexicon: Lexicon): boolean {
  const body = plain.replace(/^["“]/, '');
  const opened = LEAD_IN_OPENER.test(body) || LEAD_IN_OPENER.test(body.replace(THAT_LEAD_IN, ''));
  if (!opened) return false;
  // The text has its main clause when a comma in it opens a subject with a verb of its own.
  const clauses = [...body.matchAll(/, (?=(\S+))/g)].filter((m) =>
    SUBJECT_POS.has(posOf(m[1] ?? '', lexicon)),
  );
  if (clauses.some((m) => hasFiniteVerb(wordsOf(body.slice((m.index ?? 0) + 2)), lexicon))) return false;
  // The sentence goes on, at once or after the rest of the lead-in, to a comma and its main clause.
  const comma = rest?.search(/,\s/) ?? -1;
  return rest !== undefined && comma >= 0 && hasFiniteVerb(wordsOf(rest.slice(comma + 2)), lexicon);
}

/**
 * "… and then make the shortage worse", "… so that Amberlin can earn more", "… are running | as much as ever": a
 * sequel, a purpose or a comparison's other side, which turns what came before (and see {@link cutsAway}).
 */
/** A verb of saying, anywhere in a text. */
const SAYING = new RegExp(String.raw`\b${SAY_VERB}\b`, 'i');
const SEQUEL =
  /^[^.;:]*?\b(?:and|but|only to)\s+then\b|^[^.;:]*?,?\s+only to\s+\p{Ll}|^,?\s+so that\s|^\s+(?:as (?:much|many|well|often|long|far|fast|hard|high|low) as|than)\s/u;

/**
 * True when a compression keeps what a sentence says first and drops the sequel that turns it ("would help
 * sitting tenants | for a year or two and then make the shortage … worse"), cuts a modifier from the head noun
 * it shares ("higher steel | and copper costs"), or is only the condition the sentence opens on (see
 * {@link leadInOnly}): each way the cut says something the sentence does not.
 */
export function cutsAway(text: string, sentence: string, lexicon: Lexicon): boolean {
  const plain = tidy(text).replace(/[.!?]$/, '');
  const rest = restAfter(plain, sentence);
  if (leadInOnly(plain, rest, lexicon)) return true;
  if (rest === undefined) return false;
  if (SEQUEL.test(rest)) return true;
  // "Several farmers told me, some with a shrug … | that the per-hectare aid rewards …": a verb of saying kept
  // without what was said.
  if (/^(?:,\s[^,;:]{1,80})?,?\s+that\s/.test(rest) && SAYING.test(plain)) return true;
  // "Treadgold said about 2,500 jobs | at parts suppliers … depended on the plant": what was said, cut before its
  // verb (no "that" leads it in).
  if (reportedWithoutVerb(plain, rest, lexicon)) return true;
  const last = wordsOf(plain).pop() ?? '';
  // "is stable | , ring-fenced money for …": an adjective cut from the noun it and the next one qualify.
  const listed = LISTED_ADJECTIVE.exec(rest);
  if (listed && posOf(last, lexicon) === 'ADJ' && posOf(listed[2] ?? '', lexicon) === 'NOUN') return true;
  // "higher steel | and copper costs": a modifier cut from the noun it shares with the next one.
  const shared = SHARED_HEAD.exec(rest);
  return (
    shared !== null &&
    MODIFIER_POS.has(posOf(last, lexicon)) &&
    MODIFIER_POS.has(posOf(shared[1] ?? '', lexicon)) &&
    posOf(shared[2] ?? '', lexicon) === 'NOUN'
  );
}

/** " and copper costs that …": a second modifier and the head noun the two share, its phrase ending there (not
 * " and lower interest rates revive …", a clause of its own). */
const SHARED_HEAD =
  /^\s+(?:and|or)\s+([\p{L}-]+)\s+([\p{L}-]+)(?=\s+(?:that|which|who|to|of|for|in|on|at|from|with|by)\b|[,.;:]|$)/u;
const MODIFIER_POS = new Set(['NOUN', 'ADJ', 'PROPN']);
/** ", ring-fenced money", ", long-term funding that …": the next adjective of a list and the noun it ends on. */
const LISTED_ADJECTIVE =
  /^,\s+([\p{L}]+-[\p{L}-]+|[\p{L}]+(?:al|ive|ous|ic|ed|ble|ful|less|ent|ant))\s+([\p{L}-]+)(?=[\s,.;:]|$)/u;

/** True when a cut ends inside what a verb of saying reports, before that clause's own verb. */
function reportedWithoutVerb(plain: string, rest: string, lexicon: Lexicon): boolean {
  if (plain.search(QUOTE_MARK) >= 0) return false;
  const said = [...plain.matchAll(SAID_CLAUSE)].pop();
  if (!said || said.index === undefined) return false;
  const after = plain.slice(said.index + said[0].length);
  // '"…," warned Delgado, a midwife': the speaker after the verb, what was said before it.
  if (/^\s*(?:\p{Lu}|he\b|she\b|they\b)/u.test(after)) return false;
  const reported = wordsOf(after);
  const verb = (w: string) => FINITE_POS.has(posOf(w, lexicon));
  const clause = wordsOf(rest.split(/[.;:]/)[0] ?? '');
  return reported.length > 0 && !reported.some(verb) && clause.some(verb);
}
/** A verb that reports a clause without "that" ("said about 2,500 jobs … depended"), not one that takes a thing
 * ("announced a review", "declared a drought"). */
const SAID_CLAUSE =
  /(?<!\b(?:a|an|the|any|no|some|their|his|her|its|our|your|my|final|have|has|had)\s)\b(?:said|says|say|argued|argues|believes|believed|thinks|claimed|claims|insisted|insists|reckons|reckoned|added|adds)\b/gi;
const FINITE_POS = new Set(['VERB', 'AUX']);

/** What the sentence goes on to say after a cut's last words (found by its last few words: a cut may drop asides). */
function restAfter(cut: string, sentence: string): string | undefined {
  for (const n of [4, 2, 1]) {
    const tail = wordsOf(cut).slice(-n).join(' ');
    const at = tail ? sentence.lastIndexOf(tail) : -1;
    if (at >= 0) return sentence.slice(at + tail.length);
  }
  return undefined;
}

/** "A subsidy that spends …, sends …": a subject opening on a relative clause, whose verbs may run on in series. */
const RELATIVE_SUBJECT = /^(?:an?|the|every|each|any)\s(?:[\p{L}-]+\s){1,3}?(?:that|which|who)\s/iu;

/**
 * True when a compression keeps a subject and the sentence goes on past it to the main verb: a subject whose
 * relative clause runs on in a series ("A subsidy that spends more on petrol than on schools, sends 9% of its
 * fuel | over the border and gives … does not deserve …"), or a clause that is the subject ("The fact that the
 * Commissioner did not object | … is relevant but not decisive").
 */
export function keepsSubjectWithoutVerb(text: string, sentence: string, lexicon: Lexicon): boolean {
  // "The fact that the Information Commissioner did not object to the policy | … is relevant but not decisive": a
  // clause that is the subject, its main verb still to come.
  if (CLAUSE_SUBJECT.test(text)) return goesOnToVerb(text, sentence, lexicon);
  const subject = RELATIVE_SUBJECT.exec(text)?.[0];
  if (!subject || !text.includes(', ')) return false;
  // "The rest reflects products that …": a verb before the relative makes it the object's, not the subject's.
  if (wordsOf(subject).some((w) => ['VERB', 'AUX'].includes(posOf(w, lexicon)))) return false;
  // "…, sends 9% of its fuel": after the comma, a verb with no subject goes on the relative's series.
  const afterComma = wordsOf(text.slice(text.indexOf(', ') + 2))[0] ?? '';
  if (posOf(afterComma, lexicon) !== 'VERB') return false;
  return goesOnToVerb(text, sentence, lexicon);
}

/** "The fact that …", "The idea that …": a clause that is its sentence's subject. */
const CLAUSE_SUBJECT = /^(?:the\s)?(?:fact|idea|notion|claim|belief|suggestion|possibility|news)\sthat\s/i;

/** True when the sentence goes on, past the words a text kept, to a verb of its own. */
function goesOnToVerb(text: string, sentence: string, lexicon: Lexicon): boolean {
  const plain = tidy(text).replace(/[.!?]$/, '');
  const at = sentence.indexOf(plain);
  if (at < 0) return false;
  return hasFiniteVerb(wordsOf(sentence.slice(at + plain.length)), lexicon);
}

/**
 * True when a compression ends on a comma and a word or two that the sentence went on from ("…, in January
 * 2021, weeks" before "after a computer failure …"): what is left of a phrase whose head was cut.
 */
function strandedTail(text: string, sentence: string, lexicon: Lexicon): boolean {
  const tail = /,\s((?:\S+\s?){1,2})$/.exec(text)?.[1]?.trim();
  if (!tail || /\d/.test(tail) || hasFiniteVerb(wordsOf(tail), lexicon)) return false;
  const at = sentence.indexOf(tail);
  return at >= 0 && /^\s\p{L}/u.test(sentence.slice(at + tail.length));
}

/**
 * With nothing to keep, numbers the analysis did not take as figures ("within five to ten years") are still
 * facts: the compression that keeps them all, when it stays within the slack.
 */
function keepingNumbers(sentence: string, plain: string, opts: CompressOptions): string | undefined {
  if (opts.keep?.length) return undefined;
  // A numbered finding's own number ("5. Agency spending …") is a list label, not a fact to keep.
  const numbers = sentence.trim().replace(LIST_NUMBER, '').match(NUMBER_TOKEN);
  if (!numbers || keeps(plain, numbers)) return undefined;
  const kept = chooseCompression(sentence, { ...opts, keep: numbers });
  return keeps(kept, numbers) && words(kept) <= (opts.maxWords ?? 14) + SLACK_WORDS ? kept : undefined;
}

/**
 * A quotation that spans sentences leaves one of them with a lone quote mark: drop it at the start or end
 * (removing a mark adds nothing).
 */
function balanceQuotes(text: string): string {
  if ((text.match(QUOTE_MARK)?.length ?? 0) % 2 === 0) return text;
  if (LEADING_QUOTE.test(text)) return capitalise(text.replace(LEADING_QUOTE, ''));
  return text.replace(TRAILING_QUOTE, '');
}

function chooseCompression(sentence: string, opts: CompressOptions): string {
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
  const cut = fitByPhraseCuts(shortest, max + SLACK_WORDS, lexicon, keep);
  return capitalise(cut && !NAME_START.test(shortest.slice(cut.length)) ? cut : shortest);
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

/** A colon that joins two clauses ("X is a partner for Israel: it supplies …"), not one inside a quotation. */
const JOINING_COLON = /:\s+(?=[\p{L}\d])/u;

/** "the grid is", "the depots are": a clause that only echoes the verb of the one before it. */
const ECHOED_VERB =
  /^(?:the |a |an |its |their )?[\p{L}-]+(?: [\p{L}-]+)?\s(?:is|are|was|were|does|do|did|has|have|will|can)\.?$/u;
/**
 * What a sentence says after its colon, as a bullet of at most `maxWords` words, its opening "it"/"they"
 * named as the part before the colon names its subject ("Azerbaijan supplies Israel with about 40 percent of
 * its oil needs"); undefined when that part is no complete clause of its own.
 */
export function afterColon(sentence: string, opts: CompressOptions = {}): string | undefined {
  const at = sentence.search(JOINING_COLON);
  if (at < 0 || (sentence.slice(0, at).match(QUOTE_MARK)?.length ?? 0) % 2 === 1) return undefined;
  const head = dropLeading(sentence.slice(0, at).trim());
  const tail = sentence.slice(at).replace(/^:\s+/, '');
  const name = LEADING_NAME.exec(head)?.[1]?.trim();
  const resolved = name && LEADING_PRONOUN.test(tail) ? tail.replace(LEADING_PRONOUN, name) : tail;
  const lexicon = opts.lexicon ?? lexiconOf(sentence);
  if (LEADING_PRONOUN.test(resolved)) return undefined;
  // "… is: the money is no longer the hard part: the grid is.": a claim with a colon of its own, whole when what
  // follows that colon only echoes its verb ("the grid is"), and its first part otherwise.
  const [first = '', ...others] = resolved.split(/:\s+/);
  const echoed = others.length === 1 && ECHOED_VERB.test(others[0] ?? '');
  const claim = isComplete(resolved, lexicon) || echoed ? resolved : others.length ? first : resolved;
  if (!isComplete(echoed ? first : claim, lexicon)) return undefined;
  const bullet = echoed
    ? capitalise(claim.replace(/[.!]$/, ''))
    : compressSentence(capitalise(claim), { ...opts, lexicon });
  if (echoed) return words(bullet) <= (opts.maxWords ?? 14) ? bullet : undefined;
  return words(bullet) <= (opts.maxWords ?? 14) && isComplete(bullet, lexicon) ? bullet : undefined;
}
