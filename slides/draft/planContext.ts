/**
 * What every section builder of a briefing plan shares: the article and its analysis, the sentences already on a
 * slide, the titles already given, and the memoised compression that turns sentences into bullets and titles.
 */
import { POST_NOMINAL_LETTERS } from '../analyze/entities';
import { escapeRegExp } from '../regexp';
import type { ImportedArticle } from '../import/types';
import type { Analysis, AnalyzedSentence, Token } from '../analyze/types';
import { looksNonEnglish } from '../import/language';
import { isDateOnly } from '../analyze/dates';
import { NAME_PARTICLES, ORG_KEYWORDS } from '../analyze/entityRules';
import {
  ADJUNCT_PREPOSITIONS,
  dropsReckonedValue,
  endsCleanly,
  REPORT_ASIDE,
  hasFiniteVerb,
  isComplete,
  lexiconFromTokens,
  posOf,
  trailingPhraseCuts,
  wordsOf,
  type Lexicon,
} from './clauses';
import {
  aboutThePiece,
  emptyStatement,
  ARTICLE_HOSTS,
  COPIED_RUN,
  ORGANISATION_WORD,
  HEADLINE_VERBS,
  dropArticles,
  headlineBase,
  headlineTight,
  simplePast,
  withoutCopula,
  longestCopiedRun,
  reportedClause,
  reportedSpeech,
  shortenPeople,
  statesPoint,
  TOLD_LIKEWISE,
  ORDINAL_TOPIC,
  EVIDENCE_BASE,
} from './headline';
import {
  hasLongQuote,
  introducedQuote,
  isAttributed,
  lowerFirst,
  runOn,
  openingQuote,
  SAY_AFTER,
  SAY_VERB,
  speakerOf,
  withSpeaker,
} from './speakers';
import { countsForRepeat, isCoaching, notesSentences } from '../check/notes';
import { quotable } from '../check/source';
import { wordsOf as checkWords } from '../check/words';
import { danglingEnd, MAX_TITLE_WORDS, missingSpeaker } from '../check/textRules';
import {
  anonymousLabel,
  FIRST_PERSON,
  turnsOf,
  withoutLabel as withoutTurnLabel,
} from '../analyze/interview';
import {
  headingPoint,
  isCaptionParagraph,
  isHeadingParagraph,
  isLeadIn,
  isSignpost,
  isTableText,
} from './structure';
import { dropModifiers } from './eventPhrase';
import type { Entity } from '../analyze/types';
import {
  afterColon,
  capitalise,
  compressionCandidates,
  compressSentence,
  keepsSubjectWithoutVerb,
  cutsAway,
  speakerAppositive,
  titleClause,
  type CompressOptions,
} from './compress';
import {
  insideQuotes,
  LEADING_CLAUSE,
  LIST_NUMBER,
  ORDINAL_OPENER,
  SCENE_PREPOSITIONS,
  SUBORDINATORS,
} from './compressRules';
import { ASKING_MODAL, isPointSignpost, isThesisSignpost, sentenceBefore } from './select';
import { fallbackTitle, uniqueTitle, unshouted, wordCount } from './titles';
import { DATELINE_LEDE, isPersonName } from '../import/articleHead';
import {
  continuationOf,
  cutsClauseVerb,
  cutsMainVerb,
  concedesOnly,
  LABEL_PREFIX,
  turnClause,
  cutsMeaning,
  leadingClause,
  mainClause,
  wellShaped,
} from './titleShape';
import { TEMPLATES } from './templates';
import type { DraftItem, PlannedSlide } from './types';

const SECTION_PREFIX = /^[^|]{1,30}\s[|–—:]\s+/;
/** Titles state their point in about this many words. */
export const TITLE_WORDS = MAX_TITLE_WORDS;
/** Word limits tried in turn for a title that copies no long run of its source. */
const SHORTER_TITLE_WORDS = [TITLE_WORDS, 8, 7];
/** A bullet longer than this costs its sentence a place when a shorter one supports the point as well. */
export const LONG_BULLET_WORDS = 22;
const LONG_BULLET_PENALTY = 0.3;
const FINAL_STOP = /[.!?]+["”»]?$|\.$/;
/** A whole-sentence bullet this long costs as much salience as the top sentence has. */
const LONG_SENTENCE_CHARS = 400;
/** The most words a bullet may have; past it a bullet is cut at a clause boundary, or its sentence left to the notes. */
export const MAX_BULLET_WORDS = 20;
/** Notes say a source sentence whole up to this length, and compress a longer one to {@link SPOKEN_WORDS}. */
const WHOLE_SPOKEN_WORDS = 34;
const SPOKEN_WORDS = 26;
/** What a presenter says on one slide, in words at most. */
export const NOTE_WORDS = 150;
/** A sentence carried into another slide's notes is said whole up to this length, else compressed to it. */
const CARRIED_WORDS = 20;
/** A heading of this many capitals is set in capitals ("WHY NOW"); a headline needs more to be shouted. */
const SHOUTED_HEADING_LETTERS = 3;
/** The aim of a second, tighter compression of a bullet that ran past {@link MAX_BULLET_WORDS}. */
const TIGHT_BULLET_WORDS = 9;
const PARENTHETICAL = /\s*\([^()]{0,200}\)/g;
const TERMINAL = /[.!?]["”’]?$/;

/** Bullets opening on these say nothing on their own ("Some countries do this", "It matters because …"). */
const VAGUE_START =
  /^(?:it|this|that|these|those|they|he|she|some|none|all of this|both|nor|and|but|yet|so|my argument|the answer|the point|the question|the problem)\b/i;
/** A text's words as the draft counts them or as the briefing check does ("61,400" is two), whichever is more. */
function shownWords(text: string): number {
  return Math.max(wordCount(text), checkWords(text).length);
}

/** "Some researchers caution …", "Both banks …": a quantifier before the noun it counts is a subject. */
function namesItsSubject(text: string, lexicon: Lexicon): boolean {
  const m = /^(?:some|both)\s+([\p{L}-]+)/iu.exec(text);
  return !!m && ['NOUN', 'ADJ', 'PROPN'].includes(posOf(m[1] ?? '', lexicon));
}

/** "It finds that …": a document's finding, with the document named in the sentence before. */
const FINDING_IT =
  /^(It)\s(?=(?:finds|found|says|said|shows|showed|concludes|concluded|estimates|estimated|notes|noted|warns|warned|recommends|recommended|suggests|suggested)\b)/;
/** "The investigators' report", "This year's survey": a document opening its sentence. */
const DOCUMENT_SUBJECT =
  /^(?:The|This|That)\s((?:[\p{L}'’-]+\s){0,3}?(?:report|study|survey|review|analysis|paper|audit|inquiry|investigation|assessment|research|census|poll))\b/u;

/** '"I would caution anyone against assuming the work is done."': a sentence that is all quotation. */
const WHOLLY_QUOTED = /^["“][^"“”]+[.!?]?["”]$/;
const OPENS_SUBORDINATE = new RegExp(String.raw`^(?:${SUBORDINATORS})\b`, 'i');
/** "With …", "Despite …", "Amid …": a phrase that opens on its preposition, before the clause it sets up. */
const SCENE_PHRASE = new RegExp(String.raw`^(?:${SCENE_PREPOSITIONS})\s`, 'i');
/** "My rule of thumb: ", "Holt: ": a short label before the text it introduces. */
const SHORT_LABEL = /^[^:]{1,40}:\s+/;

/** True when a text ends where its source's clause does, at a comma or stop ("… on Sunday|, leaving …"). */
function endsWithClause(text: string, source: string): boolean {
  return (
    continuationOf(text, source, true) !== undefined && continuationOf(text, source, false) === undefined
  );
}

/** True when a text is its sentence's main clause after the phrase that opens it ("With …, | the scheme risks …"). */
function followsLeadingPhrase(text: string, source: string): boolean {
  const lead = SCENE_PHRASE.test(source) ? LEADING_CLAUSE.exec(source)?.[0] : undefined;
  return lead !== undefined && source.slice(lead.length).toLowerCase().startsWith(text.toLowerCase());
}

/**
 * True when a text is its sentence without the relative aside set off by commas ("Her central insight, which she
 * repeated … for half a century, was that …"), its opener perhaps resolved: what the aside said is no point.
 */
function dropsOnlyAside(text: string, source: string): boolean {
  const aside = /,\s(?:which|who|whom|whose)\b[^,;:]*,\s/i.exec(source);
  if (!aside) return false;
  const without = `${source.slice(0, aside.index)} ${source.slice(aside.index + aside[0].length)}`
    .replace(/[.!?]+$/, '')
    .trim();
  const rest = text.split(/\s+/).slice(1).join(' ');
  return rest.length > 0 && without.endsWith(rest) && wordCount(without) === wordCount(text);
}

/** A text opening on one of these has no subject ("Fought a three-week strike in 2023"). */
const NO_SUBJECT_POS = new Set(['VERB', 'AUX', 'ADV']);
/** "The town was proud of it": a text ending on a pronoun its sentence resolved before the cut. */
const ENDS_ON_PRONOUN = /\b(?:it|them|this|that|these|those|him|her)$/i;
/**
 * True when a bullet's words stand in its sentence before the quotation opens ("Oyelaran put it bluntly when she
 * gave evidence …: "…""): the writer's words, never to be set in quotation marks as the speaker's.
 */
function beforeQuotation(bullet: string, sentence: string): boolean {
  const body = bullet.replace(SPEAKER_LABEL, '');
  // Where the quotation opens: a mark at the start or after a space (a closing one ends a quotation begun before).
  const opens = sentence.search(/(?:^|\s)["“]/);
  if (opens < 0) return false;
  return [body.slice(0, 30), body.slice(-30)].some((part) => {
    const at = part.length >= 12 ? sentence.indexOf(part) : -1;
    return at >= 0 && at + part.length <= opens;
  });
}

/** A labelled quotation followed by its attribution ('Abernethy: "…," the finance lead told me'). */
const LABELLED_QUOTE_TAIL =
  /^((?:\p{Lu}[\p{L}'’.-]*\s?){1,3}:\s)(["“])([^"“”]+?)[,.]?(["”])\s*,?\s+(?:[^"“”]{1,80}?\s)?(?:told (?:me|us|reporters|\p{Lu}\p{L}+)|said|says|added|adds|explained|recalled|wrote)(?:\s[^"“”]{1,80})?\.?$/u;
/**
 * A pronoun object of a title's or a row's verb, last ("compounded it", "ignored them") or before another verb
 * ("abandon it and carry …"), a verb's "so" ("the council should say so loudly"), or what a name is given to
 * ("Economists call this the absorption rate").
 */
export const POINTING_OBJECT =
  /\s(?:it|them|this|these|those)[.!]?$|\s(?:it|them) (?:and|or|but) |\s(?:these|those|such)\s\p{L}+[.!]?$|\s(?:say|do|did|does|think) so(?: \p{L}+ly)?[.!]?$|\s(?:call|calls|called|name|names|named|describe|describes|described) (?:this|that|it|them)\b/iu;

/** "More than …", "Fewer than …" opening a title: the comparison's subject is in the clause cut away. */
const SUBJECTLESS_COMPARISON = /^(?:more|less|fewer|higher|lower|bigger|smaller) than\b/i;

/** A connective opening a title, set off by its comma: "However, ", "Moreover, ", "Still, ". */
const TITLE_CONNECTIVE =
  /^(?:however|moreover|still|indeed|meanwhile|nonetheless|nevertheless|instead|yet),\s+(?=\S)/i;

/** "On Monday ", "Late on Friday, ", "In June ": a short opening adjunct of time before a sentence's subject. */
const TIME_ADJUNCT = String.raw`(?:(?:[Ll]ate |[Ee]arly )?(?:[Oo]n|[Ii]n|[Bb]y|[Ll]ast|[Tt]his|[Ss]ince) (?:\p{Lu}\p{Ll}+|\d{4}|(?:morning|afternoon|evening|night|week|month|year))(?: \d{1,2}| \d{4})?,? )`;

/** "On Monday Olander, who …": the capitalised word after a short opening adjunct of time. */
const NAME_AFTER_TIME_ADJUNCT = new RegExp(`^${TIME_ADJUNCT}(\\p{Lu}[\\p{L}'’-]+)\\b(?!['’]s)`, 'u');

/** "Then the arguments returned in a new form": the next step of a story, linked to the sentence before. */
const THEN_OPENER = /^then\s+(?=(?:the|a|an|his|her|their|its)\s|\p{Lu})/iu;

/** "46 per cent, now goes on …": a figure opening a title, set off by the comma that followed its subject. */
export const FIGURE_APPOSITIVE =
  /^(?:about |almost |nearly |some |around |over |under )?[$€£]?\d[\d.,]*\s?(?:%|per ?cent|million|billion|bn|m|k)?,\s/i;

/**
 * True when two neighbouring words of a title stand apart in the source across an unpaired comma: "a coalition of
 * Labour Alliance workable" joins "Labour Alliance" to "workable", which a series and an aside kept apart.
 */
function splicedAcrossComma(title: string, source: string): boolean {
  const key = (w: string) => w.toLowerCase().replace(/^[^\p{L}\d]+|[^\p{L}\d%]+$/gu, '');
  const src = source.split(/\s+/);
  const keys = src.map(key);
  let at = -1;
  // "Okonkwo: build machines must …": the speaker's label is no word of the clause.
  for (const word of title.replace(LABEL_PREFIX, '').split(/\s+/).map(key)) {
    const next = keys.indexOf(word, at + 1);
    if (next < 0) return false;
    // An odd number of commas on the first word and the words the title leaves out after it: not an aside
    // dropped whole ("Rudnicka, the bank's economist, argues" keeps two), but one side of a comma spliced on.
    const commas = at < 0 ? 0 : src.slice(at, next).filter((w) => /,$/.test(w)).length;
    if (next > at + 1 && commas % 2 === 1) return true;
    at = next;
  }
  return false;
}

/** Words that turn what a clause says: a negation or a comparison. */
const TURNING_WORD = /\b(?:not|no|never|nor|without|less|fewer|more)\b/gi;

/**
 * True when a shortened title leaves out a negation or comparative its base had before the title's last word:
 * "is less the ordinary fire year" shortened to "is ordinary fire year" says the opposite.
 */
function dropsTurningWord(title: string, base: string): boolean {
  const last =
    title
      .split(/\s+/)
      .pop()
      ?.replace(/[^\p{L}\d%]+$/u, '') ?? '';
  const end = last ? base.indexOf(last) : -1;
  if (end < 0) return false;
  // "worked, more or less, for two seasons": a hedge, no comparison.
  const turning = (text: string) =>
    (text.replace(/\bmore or less\b/gi, ' ').match(TURNING_WORD) ?? []).map((w) => w.toLowerCase());
  const kept = new Set(turning(title));
  return turning(base.slice(0, end)).some((w) => !kept.has(w));
}

/** "Okafor: so Frostline improves the mix": a speaker's "so" that links the words to what they said before. */
const SO_AFTER_LABEL = /^([^:]{2,40}:\s)so,?\s+(?!far\b|much\b|many\b|long\b|too\b|that\b)(?=\S)/i;

/** ", where unemployment stands at 6.8 per cent": a relative clause set off by commas (or ending the text). */
const COMMA_RELATIVE = /,\s(?:where|which|who|whom|whose|when)\b[^,]*(?:,|$)/gi;
/** "work that their hospitals cannot make …": a relative clause right after its noun, to the next comma. */
const NOUN_RELATIVE = /(\p{L}+)\s(?:that|which|who|whom|whose|where|when)\b[^,]*/gu;

/**
 * True when a text's only finite verbs are inside relative clauses ("Regional officials in the Carrow district,
 * where unemployment stands at 6.8 per cent"; "For other countries, or for part-time work that their hospitals
 * cannot make compatible"): the main clause's verb was cut.
 */
function onlyRelativeVerbs(text: string, lexicon: Lexicon): boolean {
  const body = text.replace(SHORT_LABEL, '');
  // A text opening on a preposition has no subject before a relative clause ("work that their hospitals cannot
  // make …"): its verbs are the relative's. Elsewhere a relative without commas may run into the main verb.
  const fragment = posOf(wordsOf(body)[0] ?? '', lexicon) === 'ADP';
  const main = body
    .replace(COMMA_RELATIVE, ' ')
    .replace(NOUN_RELATIVE, (whole, noun: string) =>
      fragment && ['NOUN', 'PROPN'].includes(posOf(noun, lexicon)) ? noun : whole,
    );
  return main !== body && !/["“]/.test(main) && !hasFiniteVerb(wordsOf(main), lexicon);
}

/** True when the text names a person by their surname alone at least once, not only in the full name. */
function surnameAlone(name: string, text: string): boolean {
  const surname = name.split(/\s+/).pop() ?? name;
  const alone =
    text.match(new RegExp(`(?<![\\p{L}'’-])${escapeRegExp(surname)}(?![\\p{L}'’-])`, 'gu'))?.length ?? 0;
  const full = text.match(new RegExp(escapeRegExp(name), 'g'))?.length ?? 0;
  return alone > full;
}

/** True when the text has the named person speak ("Agnieszka Rudnicka argues", "said Miguel Otero"). */
function speaks(name: string, text: string): boolean {
  const escaped = escapeRegExp(name);
  return new RegExp(
    `${escaped},?\\s+(?:[^.,]{0,80},\\s+)?${SAY_VERB}\\b|\\b(?:said|says|told|according to)\\s+${escaped}\\b`,
  ).test(text);
}

/** True when a text (after any short label) is a subordinate clause with no main clause after it. */
/**
 * "Born in the port town of Skelvik", 'Her "trigger rule", written into law as the Act of 1994': a participle's
 * phrase, opening the text or set off by its comma, and no verb of the text's own besides.
 */
export function participlesOnly(text: string, lexicon: Lexicon): boolean {
  const body = text.replace(SHORT_LABEL, '');
  const first = wordsOf(body)[0] ?? '';
  const opens = PAST_PARTICIPLE.test(first) && posOf(first, lexicon) === 'VERB';
  // ("Hosted CI is priced per minute": a participle may also modify the subject of a verb of the text's own.)
  const unopened = !opens
    ? body
    : body.includes(',')
      ? body.replace(/^[^,]*,\s*/, '')
      : body.slice(first.length);
  const rest = unopened.replace(PARTICIPLE_ASIDE_PHRASE, ' ');
  return rest !== body && !hasFiniteVerb(wordsOf(rest), lexicon);
}
/** "born", "written", "educated": a past participle. */
const PARTICIPLES = String.raw`(?:\p{L}+ed|born|taken|given|written|driven|chosen|spoken|broken|hidden|risen|fallen|shown|known|grown|drawn|thrown|sworn|worn|beaten|forbidden|stolen|frozen|proven|built|made|held|set|sent|spent|brought|bought|caught|taught|found|left|kept|lost|paid|sold|told)`;
const PAST_PARTICIPLE = new RegExp(String.raw`^${PARTICIPLES}$`, 'iu');
/** ", written into Estmark law as the Act of 1994,": a participle's phrase set off by commas. */
// A passive's participle goes on to its preposition ("written into", "led by"); a past tense, to its object.
const PARTICIPLE_ASIDE_PHRASE = new RegExp(
  String.raw`,\s+${PARTICIPLES}\s+(?:by|in|into|as|at|from|for|to|on|under|with|over|through)\b[^,]*(?:,|$)`,
  'giu',
);

function subordinateOnly(text: string, lexicon: Lexicon): boolean {
  const body = text.replace(SHORT_LABEL, '').replace(/^["“]/, '');
  // "With small shops able to opt out and a third of households far from a return point": a phrase that sets
  // the scene for a clause, and no clause.
  if (SCENE_PHRASE.test(body) && !hasFiniteVerb(wordsOf(body), lexicon)) return true;
  if (!OPENS_SUBORDINATE.test(body)) return false;
  // The main clause follows the subordinate one after a comma, with a verb of its own; a comma between names in a
  // series ("of Sweden, Norway and Finland signed") is none.
  const commas = [...body.matchAll(/, /g)]
    .map((m) => m.index ?? 0)
    .filter((at) => !NAME_SERIES.test(body.slice(Math.max(0, at - 30), at + 40)));
  const comma = commas.at(-1) ?? -1;
  return comma < 0 || !hasFiniteVerb(wordsOf(body.slice(comma + 2)), lexicon);
}

/** "Sweden, Norway and Finland": a comma between names, the series' last one after "and" or "or". */
const NAME_SERIES = /\p{Lu}[\p{L}'’-]+, \p{Lu}[\p{L}'’-]+ (?:and|or) \p{Lu}/u;

/** "The operating margin …": a leading article a headline can do without (not before a name: "The Hague"). */
const LEADING_ARTICLE = /^(?:The|A|An)\s+(?=\p{Ll})/u;

/**
 * A title without its leading article, headline style ("Operating margin narrowed …", "Package will lose …"),
 * unless the article belongs to the phrase ("The rest …"); a subject that only points back ("The fall was
 * steeper …") never titles a slide (see statesPoint).
 */
export function withoutArticle(title: string): string {
  if (!LEADING_ARTICLE.test(title)) return title;
  const rest = title.replace(LEADING_ARTICLE, '');
  // "The rest will work …", "The same is true …": the article is part of the phrase.
  if (ARTICLE_HOSTS.test(wordsOf(rest)[0] ?? '')) return title;
  return capitalise(rest);
}

/** A participle with its complement clause opening a text: "Announcing that …", "Arguing how …". */
const PARTICIPLE_OPENING = /^\p{Lu}\p{Ll}+ing\s(?:that|whether|how)\b/u;
/** "her husband, Lars Eklund": a relative's role, then the name it introduces (captured). */
const KIN_NAME =
  /\b(?:her|his|their)\s(?:late\s)?(?:husband|wife|partner|son|daughter|father|mother|brother|sister|widow|widower|grandson|granddaughter),?\s((?:\p{Lu}[\p{L}'’-]+\s?)+)/giu;
/** The last word of a place's name ("Grand Merrow Canal", "Vell Valley"). */
const PLACE_WORD =
  /\s(?:Canal|River|Basin|Bridge|Viaduct|Tunnel|Junction|Station|Crossing|Wharf|Quay|Pier|Lane|Avenue|Street|Road|Lake|Valley|Islands?|Bay|Harbour|Harbor|Port|Park|Square|Estate|Dam|Reservoir|Coast|Sound|Forest|Hills?|Moor)$/;
/** A time phrase ending a title ("in 2023", "over time", "last year"). */
const TRAILING_TIME =
  /\s(?:(?:in|during|since|over|by)\s(?:\d{4}|the (?:first|second|third|fourth) quarter|time|the year)|on \d{1,2} [A-Z][a-z]+(?: \d{4})?|on [A-Z][a-z]+ \d{1,2}(?:, \d{4})?|last year|this year)$/i;
/** "will", "is expected to": a sentence that says what is to come. */
const FORECAST = /\b(?:will|shall|(?:is|are) (?:set|due|expected|forecast|projected) to)\b/i;
/** "they say", "he argued": a saying whose subject only points back. */
const UNNAMED_SAYING =
  /\b(?:they|he|she|it)\s+(?:say|says|said|argue|argues|argued|insist|insists|insisted|warns|warned|claims|claimed|contends|contended)\b/i;
/** "September 2023. ", "23 April 2020. ", "2019: ": a chronology entry's date before its text. */
const CHRONOLOGY_DATE = /^(?:\d{1,2}\s)?(?:\p{Lu}\p{Ll}+\s)?\d{4}[.:]\s+/u;
/** A place named after the subject's noun ("Inflation in Morvania fell …"): the headline's place, which the
 * whole deck is about, need not be said in its titles. */
const SUBJECT_PLACE =
  /^((?:\S+\s){0,2}?\p{L}*\p{Ll})\s(?:in|across)\s(?:the\s)?(\p{Lu}[\p{L}'’-]+)(?=\s\p{Ll})/u;
/**
 * A text without the headline's place after its subject's noun ("Inflation in Morvania fell …" → "Inflation
 * fell …"). The place's name may go on in lower case ("Rents in the Lenmoor city region rose …"), and goes whole.
 */
function withoutHeadlinePlace(text: string, headline: string, lexicon: Lexicon): string {
  const m = SUBJECT_PLACE.exec(text);
  if (!m) return text;
  const [whole, noun = '', place = ''] = m;
  const rest = text.slice(whole.length).split(/\s+/).filter(Boolean);
  let named = 0;
  while (named < 2 && posOf(rest[named] ?? '', lexicon) === 'NOUN') named++;
  const name = [place, ...rest.slice(0, named)].join(' ');
  if (!headline.includes(name) || posOf(rest[named] ?? '', lexicon) === 'NOUN') return text;
  return [noun, ...rest.slice(named)].join(' ');
}

/** A title sharing this many words in a row with what its sentence says after a colon already states it. */
const ELABORATION_OVERLAP = 3;
/** A text that stops at its verb of saying, before what was said. */
const ENDS_ON_SAYING =
  /\b(?:said|says|say|told|tells|added|adds|warned|warns|wrote|writes|argued|argues|explained|explains|noted|notes|insisted|insists)[:,]?["”]?$/i;
/** True when a text stops at its verb of saying with no quotation before it: what was said is cut. */
function announcesOnly(text: string): boolean {
  const inner = text.replace(/^["“](.*)["”]$/, '$1');
  return ENDS_ON_SAYING.test(inner) && !/["“”]/.test(inner);
}
/** A sentence wholly quoted that holds several: its first, up to its full stop. */
const FIRST_OF_QUOTATION = /^["“]([^"“”]+?[.!?])\s+\p{Lu}[^"“”]*["”]$/u;
/** A shorter bullet rarely says anything on its own ("My argument is simple"). */
const MIN_BULLET_WORDS = 6;
/**
 * Spoken text that names the speaker of its quotation: "…," she said becomes "…," Lindqvist said; a quotation
 * whose speaker the text does not name gets "As Lindqvist put it," before it.
 */
function sayingWho(text: string, speaker: string | undefined, people: readonly string[] = []): string {
  if (!speaker || text.toLowerCase().includes(speaker.toLowerCase())) return text;
  const full = inFull(text, speaker, people);
  if (full !== text) return full;
  const named = namedSayer(text, speaker);
  if (named !== text) return named;
  // "Ondrake's critics say she treated the consultation as a formality": a sentence with its own verb of saying
  // names who says it already ("As Her critics put it, …" would say it twice).
  // (A speaker's own "I think …" is theirs, and so are quoted words: both still need their name.)
  if (!QUOTE_MARKS_IN.test(text) && SAY_AFTER.test(text) && !FIRST_PERSON.test(text)) return text;
  // The later sentence of a quotation that runs on ('Without Foundry Park we would … behind our back."') is
  // quoted whole after the lead-in, not with the lead-in inside its marks.
  const quoted = pairQuotes(text);
  // "But I draw a different conclusion": the conjunction still opens the sentence ("But, as Castellví put it, I
  // draw …"); "As chart 3 shows, …" takes the speaker's name before it, not a second "as".
  const joined = OPENING_CONJUNCTION.exec(quoted);
  if (joined)
    return `${joined[1]}, ${TEMPLATES.asPutIt(speaker).replace(/^A/, 'a')} ${runOn(quoted.slice(joined[0].length))}`;
  if (/^As\b/.test(quoted)) return `${speaker}: ${runOn(quoted)}`;
  return `${TEMPLATES.asPutIt(speaker)} ${/^["“]/.test(quoted) ? quoted : runOn(quoted)}`;
}
/** "But …", "And …": a conjunction that ties a sentence to the one before it. */
const OPENING_CONJUNCTION = /^(But|And|Yet|So)\s+(?=\S)/;

/** "…," he said → "…," Aalto-Brandt said: the speaker a pronoun stands for, named at the verb of saying. */
export function namedSayer(text: string, speaker: string | undefined): string {
  return speaker ? text.replace(PRONOUN_SAYS, (_, verb: string) => `${speaker} ${verb}`) : text;
}
const PRONOUN_SAYS =
  /\b(?:he|she)\s+(said|says|added|warned|argued|told|noted|explained|insisted|wrote|writes|replied|cautioned)\b/i;

/** "Mei, for the record, now says …": the speaker's first name, as the article calls them, given in full. */
function inFull(text: string, speaker: string | undefined, people: readonly string[]): string {
  // "Danish officials" is not "Danish Defence Command officials": an organisation has no first name.
  const full = speaker
    ? people.find((p) => p.endsWith(` ${speaker}`) && !ORGANISATION_WORD.test(p))
    : undefined;
  const first = full?.split(' ')[0];
  if (!full || !first || text.includes(full)) return text;
  return text.replace(new RegExp(String.raw`\b${first}\b`, 'u'), full);
}

/**
 * A bullet's "Holt: " label dropped when the slide's title already opens on it ("Holt: the pandemic spike was a
 * one-off"): the title names who says what follows.
 */
export function saidInTitle(text: string, title: string): string {
  const label = /^([\p{Lu}][\p{L}'’-]*(?: [\p{Lu}][\p{L}'’-]*)?): (?=\S)/u.exec(text)?.[1];
  if (!label || !title.startsWith(`${label}: `)) return text;
  const rest = text.slice(label.length + 2);
  // "…, and I say that as someone who …": the speaker's own "I" needs their name beside it.
  if (/\b(?:I|we)\s+(?:say|said|argue|think|told)\b/.test(rest)) return text;
  return rest.replace(
    /^(["“]?)(\p{Ll})/u,
    (_, quote: string, letter: string) => quote + letter.toUpperCase(),
  );
}

/**
 * An interview's interviewee, by surname: the person its headline or standfirst names ("Mayor Ines Calloway on
 * moving a town inland"), else the person the article names most often.
 */
function mostNamedPerson(analysis: Analysis, head: string, introduced = 0): string | undefined {
  const surname = (name: string) => name.split(/\s+/).pop() ?? name;
  // "Mayor Ifeoma Castellane's address to the Civic Forum": a speech's headline names who gives it, whom the
  // speech itself never names.
  // "Mayor Hesper Quarrington: "Our buses, our city" – State of the City address": or names them before a colon.
  const giver =
    SPEECH_OF.exec(head)?.[1] ?? (SPEECH_KIND.test(head) ? HEAD_SPEAKER.exec(head)?.[1] : undefined);
  if (giver) return surname(giver);
  const named = analysis.entities.filter((e) => e.kind === 'person');
  // "Ingrid Solvik-Marr, chief executive of the …, believes …": an interview introduces its interviewee before
  // the first question; a group named later ("Fair Bills Calveria") is no candidate, whatever the headline says.
  const intro = named.filter((p) => p.mentions.some((ref) => Number(/^p(\d+)/.exec(ref)?.[1]) <= introduced));
  const people = intro.length ? intro : named;
  const headlined = people.filter((p) => head.includes(surname(p.name)));
  const top = [...(headlined.length ? headlined : people)].sort(
    (a, b) => b.mentions.length - a.mentions.length,
  )[0];
  return top ? surname(top.name) : undefined;
}

/**
 * The first person a writer or speaker uses of themselves or those they speak for: "I think", "we will", "our
 * choice", "in front of us". "US" is a country; "World War I" and "Phase I" are no speaker.
 */
const AUTHOR_FIRST_PERSON =
  /(?<!\p{L})(?:[Ww]e|[Mm]y|[Oo]ur|[Mm]e|us)(?!\p{L})|(?<!\b(?:War|Phase|Type|Part|Chapter|Stage|Class|Level|Title|Article|Section|Schedule|Annex|Volume|Book|Tier|Grade|Category)\s)(?<!\p{L})I(?=\s+\p{Ll}|['’](?:m|ve|d|ll)\b)/u;
/**
 * The surname of the one person an article's byline names ("Oriane Castellví"), or undefined when the byline
 * is an organisation, several people, or missing.
 */
function writerOf(article: ImportedArticle): string | undefined {
  const byline = article.author?.replace(CREDIT_TITLE, '').trim();
  if (!byline || !isPersonName(byline) || ORGANISATION_WORD.test(byline)) return undefined;
  if (byline.split(/\s+/).some((word) => ORG_KEYWORDS.has(word))) return undefined;
  if (article.publisher && byline === article.publisher.trim()) return undefined;
  return byline.split(/\s+/).pop();
}

/** "Statement from Board Member Teodora Vasquez-Hale on her dissent": a section in one person's words. */
const STATEMENT_BY =
  /^(?:(?:[Jj]oint |[Ww]ritten |[Dd]issenting )?[Ss]tatement|[Rr]emarks|[Cc]omment|[Ll]etter|[Dd]issent|[Rr]esponse)s? (?:from|by) (?:(?:\p{Lu}[\p{L}.]*|of|the)\s){0,4}?(\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+){1,2})(?:,[^.]{0,60}|\s(?:on|about)\b[^.]{0,60})?$/u;
/** "Recommended, with reservations.", "Rating: 4/5": a review's rating, which states no point of its own. */
const REVIEW_RATING =
  /^(?:(?:highly|strongly|warmly) )?(?:not )?recommended(?:,? (?:with reservations|but [^.]{1,40}))?[.!]?$|^(?:our )?(?:rating|score|stars)\s*:\s*[^.]{1,30}$/i;
/** "Our political editor, Ilona Valdebrand, writes:", "Ilona Valdebrand writes:": an entry's byline. */
const ENTRY_BYLINE =
  /^[*_]*(?:(?:[Oo]ur|[Tt]he) [\p{Ll} ]{2,40},\s+)?(\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+){1,2}),?\s+writes\s*:?[*_]*$/u;
/** "16:05 GMT", "09.30": a live page's time stamp on its own line. */
const CLOCK_LINE = /^\d{1,2}[:.]\d{2}(?:\s*(?:[ap]\.?m\.?|[A-Z]{2,5}))?$/i;
/** A paragraph that opens on a quotation mark. */
const OPENS_QUOTATION = /^["“‘]/;
/** "— Dr Cosima Threlfall, Head of Flood Forecasting, Velmark Rivers Agency": a credit line under a quotation. */
const DASH_CREDIT = /^[—–]\s*((?:\p{Lu}[\p{L}.'’-]*\s){0,4}\p{Lu}[\p{L}'’-]+)(?:,\s[^.]{2,120})?$/u;
/** Letters after a name in a credit line ("Barnabas Ellory MA"). */
const CREDIT_LETTERS = new RegExp(`(?:\\s+(?:${POST_NOMINAL_LETTERS}))+$`);
/** An office or title before a person's name, in a headline or a credit line ("Mayor", "Chief Constable"). */
const OFFICE =
  'Mayor|Minister|President|Governor|Chancellor|Secretary|Senator|Councillor|Commissioner|Chair|Chairman|Chairwoman|Premier|Prime Minister|First Minister|Dr|Prof|Professor|Sir|Dame|Lord|Lady|Baroness|Chief|Constable|Inspector|Superintendent|Judge|Justice|Mr|Mrs|Ms|Miss';
/** "She held:", "He went on:": a sentence that is only its speaker and a verb, before a quotation's colon. */
const PRONOUN_LEAD_IN = /^(?:she|he)(?: \p{Ll}+){1,2}:$/iu;
/** "The judge dismissed …", "The mayor said …": a sentence whose subject is an office, not a name. */
const ROLE_SUBJECT = /^(?:but |and |so )?the (judge|mayor|governor|minister|chancellor|commissioner)\b/i;
/** The titles an office's holder is named with. */
const OFFICE_TITLES: Record<string, string> = {
  judge: 'Justice|Judge',
  mayor: 'Mayor',
  governor: 'Governor',
  minister: 'Minister',
  chancellor: 'Chancellor',
  commissioner: 'Commissioner',
};
/** The share of an article's words its questions and answers hold when the article is an interview as a whole. */
const WHOLE_INTERVIEW_SHARE = 0.6;
/** Titles before a name in a credit line, or before a person's full name ("Dr Tomasz Wielgat"). */
const CREDIT_TITLE = new RegExp(`^(?:(?:${OFFICE})\\.?\\s+)+`);

/** The surname a credit line under a quotation names, or undefined when the paragraph is no such line. */
function dashCredit(text: string): string | undefined {
  const name = DASH_CREDIT.exec(text.trim())?.[1]?.replace(CREDIT_TITLE, '').replace(CREDIT_LETTERS, '');
  return name && /\s/.test(name.trim()) ? name.trim().split(/\s+/).pop() : undefined;
}

/** "argues that …", "said that …": a verb of saying and the clause it reports. */
const REPORTS_THAT = new RegExp(String.raw`\b(${SAY_VERB})\s+that\b`, 'i');

/** True when a title keeps a verb of saying whose "that" clause the source gives, but not that clause's verb. */
function dropsReportedVerb(title: string, source: string, lexicon: Lexicon): boolean {
  const verb = REPORTS_THAT.exec(source)?.[1];
  const at = verb ? title.search(new RegExp(String.raw`\b${verb}\b`, 'i')) : -1;
  return at >= 0 && !hasFiniteVerb(wordsOf(title.slice(at + (verb?.length ?? 0))), lexicon);
}

/** "Ifeoma Castellane's address", "Governor Pratt's remarks": who gives the speech a headline names. */
const SPEECH_OF =
  /((?:\p{Lu}[\p{L}'’-]+\s){0,2}\p{Lu}[\p{L}-]+)['’]s (?:address|speech|remarks|lecture|keynote|statement|testimony|sermon)\b/u;

/** What a headline calls a speech. */
const SPEECH_KIND = /\b(?:address|speech|remarks|lecture|keynote|statement|sermon|oration)\b/i;
/** "Mayor Hesper Quarrington: …": the speaker a headline names before its colon, without their office. */
const HEAD_SPEAKER = new RegExp(
  String.raw`^(?:(?:${OFFICE})\.?\s+)*(\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+){1,2}):\s`,
  'u',
);

const QUESTION_END = /\?["”’)]*$/;
/** Shorter "sentences" are labels or fragments. */
const MIN_SENTENCE_WORDS = 4;
/** Up to this length, a "sentence" without a verb is a heading ("A question of money"). */
const MAX_HEADING_WORDS = 10;

const QUOTE_MARKS = /["“”]/g;
/** How many sentences back a quotation spanning sentences is searched for its speaker. */
const QUOTE_REACH = 3;
/** A sentence that is one quotation, marks at both ends. */
/**
 * "… was that in a recession speed matters more than size": a clause after "that" in which the tagger found no
 * verb has one in the word in -s that follows a noun and comes before what a verb takes ("more", "the", "to").
 */
function verbsOfVerblessClauses(tokens: readonly Token[]): string[] {
  const verbs: string[] = [];
  tokens.forEach((t, i) => {
    if (t.text.toLowerCase() !== 'that') return;
    let end = i + 1;
    while (end < tokens.length && !/^[,;:.!?]$/.test(tokens[end]?.text ?? '')) end++;
    const clause = tokens.slice(i + 1, end);
    if (clause.some((c) => c.pos === 'VERB' || c.pos === 'AUX')) return;
    const verb = clause.find(
      (c, j) =>
        c.pos === 'NOUN' &&
        /\p{Ll}s$/u.test(c.text) &&
        clause[j - 1]?.pos === 'NOUN' &&
        ['ADJ', 'ADV', 'DET', 'ADP', 'PRON', 'NUM'].includes(clause[j + 1]?.pos ?? ''),
    );
    if (verb) verbs.push(verb.text);
  });
  return verbs;
}

/** "Caspian Renshaw spoke to her at the regulator's offices on 29 January": where an interview took place. */
const INTERVIEW_SETTING =
  /^(?:\p{Lu}[\p{L}'’-]+\s){1,3}(?:spoke|talked) (?:to|with) (?:her|him|them)\b|^(?:this|the) (?:interview|conversation) (?:was (?:conducted|recorded|held)|took place)\b/u;
/**
 * "She married the architect Henrik Solberg in 1965", "He is survived by …": a profile's private facts, which a
 * briefing on the person's work neither shows nor says.
 */
const PRIVATE_LIFE =
  /\b(?:married (?:the |an? )?(?:\p{Ll}+ )?\p{Lu}\p{L}+|(?:is|was) survived by|(?:funeral|memorial service) (?:will be|was|is) held)\b/u;

/**
 * True when a name stands after "in" or "at" in a text: a place the tagger took for a person ("a speech in Porto
 * Velho"). "From" is no sign of a place: a line "came from Joel Amankwah".
 */
function placedAt(text: string, name: string): boolean {
  return new RegExp(`\\b(?:in|at)\\s${escapeRegExp(name)}\\b`, 'u').test(text);
}

/** '"The case for easing became overwhelming," said Mendonça': a whole title that quotes, then names the speaker. */
const QUOTE_THEN_SAYER =
  /^["“]([^"“”]+?)[,.]?["”],?\s+(?:said|says|argued|argues|warned|warns)\s+(\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+){0,2})$/u;

/** How many sentences back a profile's "she" may point to the person its headline names. */
const SUBJECT_REACH = 60;

/** A pronoun standing for a person, after a sentence's first word. */
const PRONOUN_WORD = /(?<=\S\s)\b(?:he|she|his|her)\b/i;

/**
 * "Milan Hoszu, her deputy at the finance ministry, recalled …": true when `text` sets `name` beside `possessive`
 * something ("her deputy"), so the "she" or "her" the pronoun stands for is someone else.
 */
function namedAsAnothers(text: string, name: string, possessive: string | undefined): boolean {
  return (
    possessive !== undefined && new RegExp(`\\b${escapeRegExp(name)},\\s+${possessive}\\s`, 'i').test(text)
  );
}
/** "Okonedo: ", "Okonkwo-Reyes's spokesperson: " opening a bullet: who says what follows. */
const PARTICLES = `(?:(?:${[...NAME_PARTICLES].join('|')}) )*`;
const SPEAKER_LABEL = new RegExp(
  String.raw`^${PARTICLES}\p{Lu}[\p{L}'’.-]*(?: ${PARTICLES}\p{Lu}[\p{L}'’.-]*){0,3}(?:['’]s spokesperson)?: `,
  'u',
);
/** A paragraph that opens a quotation (a speech given over paragraphs opens each of them so). */
const QUOTE_OPENING = /^\s*["“]/;
/** How many paragraphs of one quotation are searched back for the lead-in that names its speaker. */
const QUOTED_PARAGRAPHS = 4;
const WHOLE_QUOTE = /^["“][^"“”]+[.!?,]?["”][.!?]?$/;

/** A sentence opening on a two- or three-word name followed by an aside or a verb of saying. */
const NAMED_OPENER =
  /^(?:Dr\.? |Prof\.? |Mr\.? |Ms\.? |Mrs\.? )?\p{Lu}[\p{L}'’-]+ (?:\p{Lu}[\p{L}'’-]+ )?(\p{Lu}[\p{L}'’-]+)(?:,| (?:has |had )?(?:said|says|argued|argues|told|warned|believes|thinks|wrote|added)\b)/u;

/** True when a sentence has an odd number of quotation marks: it opens or closes a quotation spanning sentences. */
function inQuotation(s: AnalyzedSentence): boolean {
  return (s.text.match(QUOTE_MARKS)?.length ?? 0) % 2 === 1;
}

/**
 * A bullet from a sentence inside a quotation that spans sentences has one quote mark: the missing one is added
 * where the quotation starts or ends (a mark, never a word).
 */
/** The text with its first word in lower case when its sentence writes that word so ("Strike" in "The strike"). */
export function commonFirst(text: string, sentence: string): string {
  const first = /^\p{Lu}\p{Ll}+\b/u.exec(text)?.[0];
  return first && new RegExp(`(?<!^)\\b${first.toLowerCase()}\\b`, 'u').test(sentence)
    ? text.charAt(0).toLowerCase() + text.slice(1)
    : text;
}

/** An answer's opening reply to the question before it ("No, and …", "Not on its own.", "Yes."). */
const REPLY =
  /^(?:yes|no|not (?:on its own|really|quite|exactly|yet|at all)|absolutely|exactly|certainly|of course|partly|never|sure|well|both|neither)\b[,.;!]/i;

/** "So did some of my colleagues.": a reply that repeats the question's verb, and says nothing without it. */
const ELLIPTICAL_REPLY =
  /^(?:so|nor|neither) (?:do|did|does|is|was|were|are|am|have|has|had|would|will|can|could)\s[^.!?]{0,60}[.!?]\s*$/i;

/** A title without the "Speaker: " label that credits it, when it opens on one. */
function withoutLabel(title: string, speaker: string | undefined): string {
  return speaker && title.startsWith(`${speaker}: `) ? title.slice(speaker.length + 2) : title;
}

export function pairQuotes(text: string): string {
  const marks = [...text.matchAll(QUOTE_MARKS)];
  if (marks.length % 2 === 0) return text;
  const first = marks[0];
  const at = first?.index ?? 0;
  const closes = at > 0 && /\S/.test(text.charAt(at - 1)) && !/\p{L}/u.test(text.charAt(at + 1));
  return closes ? `"${text}` : `${text}"`;
}

/** True when a sentence can be a bullet or a title: long enough, and a sentence rather than a heading. */
function draftable(s: AnalyzedSentence): boolean {
  const words = wordCount(s.text);
  // A question ("Why would the new one do better?") asks; a bullet or a title states.
  if (words < MIN_SENTENCE_WORDS || QUESTION_END.test(s.text.trim())) return false;
  return words > MAX_HEADING_WORDS || s.tokens.some((t) => t.pos === 'VERB' || t.pos === 'AUX');
}

/** Letters, digits and single spaces, in lower case: how the same words are found in another text. */
export const plainWords = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** A title as claimed: without the full stop its sentence ended on. */
const withoutStop = (title: string) => title.replace(/(?<!\.\.)\.$/, '');
/** The forms of a title no other slide may repeat: as written, and without its articles (as headline style drops them). */
const titleKeys = (title: string) => {
  const key = withoutStop(title).toLowerCase();
  return [key, key.replace(/\b(?:the|an?)\s+/g, '')];
};

/** True when `longer` is `shorter` with one more word before it ("voltaro trek 1200 is one to buy"). */
function oneWordLonger(longer: string, shorter: string): boolean {
  return (
    shorter.length > 0 &&
    longer.endsWith(` ${shorter}`) &&
    !longer.slice(0, -shorter.length - 1).includes(' ')
  );
}

/**
 * The refs of pull quotes: a paragraph of one sentence whose words a longer paragraph says too (the body's own
 * sentence stays; every stand-alone repeat goes).
 */
function pullQuotes(analysis: Analysis): string[] {
  const body = analysis.paragraphs
    .filter((p) => p.sentences.length > 1)
    .map((p) => ` ${plainWords(p.sentences.map((s) => s.text).join(' '))} `);
  return analysis.paragraphs
    .filter((p) => {
      const words = p.sentences.length === 1 ? plainWords(p.sentences[0]?.text ?? '') : '';
      return wordCount(words) >= MIN_PULL_QUOTE_WORDS && body.some((b) => b.includes(` ${words} `));
    })
    .map((p) => p.sentences[0]?.ref ?? '');
}

/** A pull quote is a sentence of some length; a short line may be a heading the body happens to repeat. */
const MIN_PULL_QUOTE_WORDS = 5;

/** The headline without a section label ("Perspectives | …"). */
export function cleanHeadline(title: string): string {
  return title.replace(SECTION_PREFIX, '').trim();
}

/** Sentences in reading order. */
export function inReadingOrder(sentences: readonly AnalyzedSentence[]): AnalyzedSentence[] {
  return [...sentences].sort((a, b) => a.paragraph - b.paragraph || a.index - b.index);
}

/** Options for a bullet made from one sentence. */
export interface BulletOptions {
  maxWords?: number;
  keepConcession?: boolean;
}

/** The mark that closes a quotation opened in an earlier sentence. */
const CLOSING_MARK = /["”]/;

/** The surname of the one person a sentence names, if it names exactly one. */
function onlyPerson(s: AnalyzedSentence, entities: ReadonlyMap<string, Entity>): string | undefined {
  const people = [...new Set(s.entities.filter((n) => entities.get(n)?.kind === 'person'))];
  return people.length === 1 ? people[0]?.split(/\s+/).pop() : undefined;
}

/** A quotation's first clause shorter than this says too little to stand for the sentence. */
const MIN_QUOTED_CLAUSE_WORDS = 4;
/** Where a quotation's first clause ends: ", and", ", but", a semicolon or a dash. */
const QUOTE_CLAUSE_BREAK = /,\s+(?:and|but)\s|;\s|\s[–—]\s/;
/** "They were not.", "It is not.", "Not so.", "Far from it.": a sentence that only denies the one before it. */
const DENIAL =
  /^(?:(?:they|it|he|she|this|that|we|i)\s(?:was|were|is|are|did|do|does|has|have|had|will|would|could)(?:\snot|n['’]t)|not so|not quite|far from it|hardly|wrong|nonsense)[.!]$/i;
/**
 * "The quarrel over the Ildra is usually described as a fight over water": the framing a writer sets up to argue
 * against, never a point of the piece.
 */
export const CONVENTIONAL_VIEW =
  /\b(?:is|are|was|were|has been|have been|gets|get) (?:usually|often|commonly|typically|conventionally|routinely|too often) (?:described|portrayed|framed|told|presented|cast|painted|depicted|dismissed|written off) as\b/i;
/** "… rose from 9,400 to 16,800 within two years, an increase of 79%": a change, its span, and its share. */
const CHANGE_AND_SHARE =
  /^(.{3,120}?\b(?:rose|fell|grew|increased|decreased|dropped|climbed|jumped|declined|shrank)) from \S+(?: (?:million|billion|thousand|per cent|percent))? to \S+?(?: (?:million|billion|thousand|per cent|percent))?((?: (?:within|in|over|between|by|since|after) [^,]{1,40})?), (?:an? (?:increase|rise|fall|drop|decline|jump|gain|cut) of|up|down) ((?:almost |nearly |about |around |roughly |some )?[\d.,]+ ?(?:%|per ?cent|percent))$/;
/** "It should …", "They must …": asked of what the sentence before named. */
const ASKED_AGAIN = new RegExp(String.raw`^(it|they)\s(?=${ASKING_MODAL}\b)`, 'i');
/** "Salvetra should …", "The Harbour Board must …": a named place or body the sentence asks something of. */
const NAME_ASKED = new RegExp(
  String.raw`^((?!(?:We|They|It|He|She|You|This|That|These|Those|There|Here)\b)(?:The )?\p{Lu}[\p{L}'’-]+(?: (?:of )?\p{Lu}[\p{L}'’-]+){0,3}) ${ASKING_MODAL}\b`,
  'u',
);
/** "The company …", "The firm's …": a company the sentence does not name, and whether it is owned. */
const THE_FIRM = /^the (?:company|firm)(['’]s)?(?=\s)/i;
/** A company's name: an organisation's that ends on a word companies are named with. */
const FIRM_NAME =
  /\s(?:Ltd\.?|Limited|plc|PLC|Inc\.?|Corp\.?|Corporation|Company|Group|Holdings|Transport|Logistics|Airlines?|Airways|Motors|Energy|Technologies|Systems|Industries|Bank|Insurance|Pharmaceuticals?|Foods|Mining|Minerals|Metering|Marine|Shipping|Telecom|Media|Labs?|Freight|Robotics|Software|Solutions|Brands|Retail|Stores|Steel|Utilities)$/;
/** "Corvanian", "Estavian", "Dravenese": a word for a people or a place's things, by its ending. */
const DEMONYM = /(?:ian|ean|ese|ish)$/;
/** How far back, in paragraphs, "the company" looks for the one it means. */
const FIRM_REACH_PARAGRAPHS = 3;
/** A company's first word stands for it when the article writes it alone this often, and it is this long. */
const FIRM_SHORT_USES = 3;
const MIN_FIRM_SHORT = 4;
/** An inner "his" or "her" and the word after it ("give his party"). */
const INNER_POSSESSIVE = /(?<=\S\s)\b(his|her)\s(\p{L}[\p{L}-]*)/u;
/** A person the words before a pronoun name, by role or pronoun: the pronoun's owner. */
const PERSON_BEFORE =
  /\b(?:chief|executive|minister|president|premier|leader|secretary|director|chair(?:man|woman|person)?|spokes(?:man|woman|person)|governor|mayor|head|founder|ceo|author|writer|man|woman|he|she|who)\b/i;
/** A negation in a sentence: a denial after it agrees rather than denies. */
const NEGATED = /\b(?:not|never|no|nor|cannot)\b|n['’]t\b/i;
/** Quotation marks, straight or curly. */
const QUOTE_MARKS_IN = /["“”]/;
/** A quoted span of a bullet: from an opening mark to its closing one, or to the end. */
const QUOTED_SPAN_IN = /["“]([^"“”]+)["”]?/g;

/**
 * True when a bullet's quoted words are not a run of its source's words: a cut inside the quotation changed what
 * the speaker said. A bullet without quotation marks, from a sentence `allQuoted`, is all quotation after its label.
 */
export function misquotes(bullet: string, source: string, allQuoted = true): boolean {
  const said = quotable(source);
  const spans = [...bullet.matchAll(QUOTED_SPAN_IN)].map((m) => m[1] ?? '');
  const quoted = spans.length ? spans : allQuoted ? [bullet.replace(LABEL_PREFIX, '')] : [];
  return quoted.some((span) => !said.includes(quotable(span)));
}

/** Shared state and helpers of one plan; section builders read and record through it. */
export class PlanContext {
  /** Refs of the sentences already a bullet on some slide. */
  readonly used = new Set<string>();
  /** Refs of the sentences shown as a bullet (a title's sentence is used but not bulleted). */
  readonly bulleted = new Set<string>();
  /** Refs of the sentences whose figures a stat slide shows (a number, not the argument around it). */
  readonly onStats = new Set<string>();
  readonly byRef: Map<string, AnalyzedSentence>;
  /** The compression rules read English; other languages keep whole sentences, the shorter preferred. */
  readonly english: boolean;
  private readonly lexicons = new Map<string, Lexicon>();
  private readonly compressed = new Map<string, string>();
  /** The people a pronoun may point back to (see referable()). */
  private referablePeople: ReadonlySet<string> | undefined;
  /** Each sentence's place in the article, worked out once when first asked. */
  private positions: Map<string, number> | undefined;
  /** The companies the article names, each with the name the article mostly calls it by (see firms()). */
  private firmNames: readonly { name: string; short: string }[] | undefined;
  /** Bullets made per sentence and options, memoised (slides, long-bullet tests and notes ask for the same ones). */
  private readonly bullets = new Map<string, string>();
  /** Titles given so far (lower case): no two slides share one. */
  private readonly titles = new Set<string>();
  /** Full names (two words or more) of the people the article names, longest first. */
  readonly people: string[];
  /** The {@link people} a slide may call by their surname alone. */
  readonly surnamed: string[];
  /** Refs of the sentences the notes of some slide already say: no sentence is said twice. */
  readonly said = new Set<string>();
  /** What the notes have said, sentence by sentence, as the briefing check compares them. */
  private readonly saidWords = new Set<string>();
  /** Refs of the subheadings and lead-ins: never a bullet, a title's sentence or talk. */
  readonly silent = new Set<string>();
  /** In an interview, the refs of the answers' sentences, and who gives them. */
  private readonly answers = new Set<string>();
  private interviewee: string | undefined;
  /** The surname of the one person who writes or speaks the article in their own first person, if any. */
  private readonly writer: string | undefined;
  /** The surname of each office's one holder, or undefined, as {@link officeHolder} found it. */
  private readonly holders = new Map<string, string | undefined>();
  /** True when the questions and answers are most of the article (a statement may end with a few). */
  private wholeInterview = false;
  /** True when the article is an interview (answers under their speaker's label). */
  readonly interview: boolean;
  /** True when the article is a transcript of turns: an interview, a panel, a show or a debate's sections. */
  readonly transcript: boolean;
  /** In an interview, how many paragraphs introduce it before the first question (0 otherwise). */
  readonly introParagraphs: number = 0;
  /** In a debate or collection, the refs of each section's sentences and the surname of who writes it. */
  private readonly writers = new Map<string, string>();
  private readonly entityByName: Map<string, Entity>;
  private readonly speakers = new Map<string, string | undefined>();
  /** The article's body text, to name things as it names them. */
  readonly articleText: string;

  constructor(
    readonly article: ImportedArticle,
    readonly analysis: Analysis,
  ) {
    this.byRef = new Map(analysis.sentences.map((s) => [s.ref, s]));
    this.english = !looksNonEnglish(article.paragraphs.join('\n'));
    this.articleText = article.paragraphs.join('\n');
    this.people = analysis.entities
      .filter((e) => e.kind === 'person' && e.name.includes(' '))
      .map((e) => e.name)
      .sort((a, b) => b.length - a.length);
    // A name is shortened to its surname only when it is surely a person's: the article calls them by the
    // surname too, gives their title, or has them speak. "Hallam Vale", "Aberlyn Royal" and "Kestrel Dawn" stay
    // whole.
    const titled = new Set(analysis.entities.filter((e) => e.role).map((e) => e.name));
    this.surnamed = this.people.filter(
      (name) => titled.has(name) || surnameAlone(name, this.articleText) || speaks(name, this.articleText),
    );
    this.entityByName = new Map(analysis.entities.map((e) => [e.name, e]));
    // Labels, headings and fragments ("Health", "3. Why Nurses Leave", "That includes Azerbaijan.") are never a
    // bullet or a title; the notes may still say them.
    for (const s of analysis.sentences) if (!draftable(s)) this.used.add(s.ref);
    // Subheadings label a section and lead-ins introduce what follows: neither is a bullet, a title's
    // sentence or talk (a heading that states a point may title its section: see judgments.ts).
    // A figure's caption describes the graphic, sentence by sentence ("Horizontal axis: years relative to …").
    for (const p of analysis.paragraphs)
      if (isHeadingParagraph(p) || isCaptionParagraph(p)) for (const s of p.sentences) this.silent.add(s.ref);
    for (const s of analysis.sentences)
      if (
        isLeadIn(s) ||
        isSignpost(s) ||
        isThesisSignpost(s.text) ||
        REVIEW_RATING.test(s.text.trim()) ||
        isTableText(s) ||
        PRIVATE_LIFE.test(s.text) ||
        INTERVIEW_SETTING.test(s.text)
      )
        this.silent.add(s.ref);
    // A pull quote repeats a sentence of the body ("A ferry timetable is the constitution of an island."): said
    // once, where the body says it, never again on another slide.
    for (const ref of pullQuotes(analysis)) this.silent.add(ref);
    // An interview: the questions are the interviewer's, never a bullet or talk; the answers are the
    // interviewee's, named where a bullet or the notes carry them.
    const { sections, interview } = turnsOf(article.paragraphs);
    this.interview = interview !== undefined;
    this.transcript = this.interview || sections !== undefined;
    if (interview) {
      // A piece that is mostly its questions and answers is an interview as a whole, not a statement with one.
      const words = (i: number) => wordCount(article.paragraphs[i] ?? '');
      const asked = [...interview.answers, ...interview.questions].reduce((n, i) => n + words(i), 0);
      const all = article.paragraphs.reduce((n, _, i) => n + words(i), 0);
      this.wholeInterview = asked >= WHOLE_INTERVIEW_SHARE * all;
      this.introParagraphs = Math.min(...interview.questions);
      this.interviewee = anonymousLabel(interview)
        ? mostNamedPerson(analysis, `${article.title} ${article.standfirst ?? ''}`, this.introParagraphs)
        : interview.label;
      analysis.paragraphs.forEach((p, i) => {
        for (const s of p.sentences) {
          if (interview.questions.has(i)) this.silent.add(s.ref);
          if (interview.answers.has(i)) this.answers.add(s.ref);
          // "No, and I understand why.", "Not on its own.": a reply says nothing without the question it answers.
          if (
            interview.answers.has(i) &&
            s === p.sentences[0] &&
            (REPLY.test(withoutTurnLabel(s.text, interview)) ||
              ELLIPTICAL_REPLY.test(withoutTurnLabel(s.text, interview)))
          )
            this.silent.add(s.ref);
        }
      });
    }
    // A debate: each side's section is its writer's, named where a bullet or the notes carry it. The sections the
    // byline's writer signs (an editor's introduction and verdict) are the article's own voice.
    // A panel's prompts are the host's, like an interview's questions: a short turn that ends on a question
    // ("We'll get there. Priya, set it up for us. What exactly happened?"), and every question in a turn.
    // ("By Benedict Nyambura" over one side of two, when the importer read his closing bio as the author's: a side
    // is still its writer's. With a third writer, the byline's is the editor who gives the verdict.)
    const sides = new Set(sections?.authors.values());
    const own =
      sides.size === 2 && sides.has(article.author ?? '') ? undefined : article.author?.split(/\s+/).pop();
    analysis.paragraphs.forEach((p, i) => {
      const writer = sections?.authors.get(i)?.split(/\s+/).pop();
      for (const s of p.sentences) {
        if (sections?.headings.has(i) || sections?.prompts?.has(i)) this.silent.add(s.ref);
        if (sections?.labelled?.has(i) && QUESTION_END.test(s.text.trim())) this.silent.add(s.ref);
        if (writer && writer !== own) this.writers.set(s.ref, writer);
      }
    });
    // "Statement from Board Member Teodora Vasquez-Hale on her dissent": the paragraphs under such a heading, up
    // to the next heading, are that person's words.
    let statedBy: string | undefined;
    for (const p of analysis.paragraphs) {
      if (isHeadingParagraph(p)) {
        statedBy = STATEMENT_BY.exec(p.text.trim())?.[1]?.trim().split(/\s+/).pop();
        continue;
      }
      if (statedBy)
        for (const s of p.sentences) if (!this.writers.has(s.ref)) this.writers.set(s.ref, statedBy);
    }
    // "Our political editor, Ilona Valdebrand, writes:": a live page's entry under its own byline, up to the next
    // heading or time stamp, is that writer's.
    let entryBy: string | undefined;
    for (const p of analysis.paragraphs) {
      const by = ENTRY_BYLINE.exec(p.text.trim())?.[1];
      if (by) {
        entryBy = by.split(/\s+/).pop();
        for (const s of p.sentences) this.silent.add(s.ref);
      } else if (isHeadingParagraph(p) || CLOCK_LINE.test(p.text.trim())) entryBy = undefined;
      else if (entryBy)
        for (const s of p.sentences) if (!this.writers.has(s.ref)) this.writers.set(s.ref, entryBy);
    }
    // '"Our warning went out on time." / — Dr Cosima Threlfall, Head of Flood Forecasting': a quotation set apart,
    // and the line under it that names who said it (never a slide of its own).
    analysis.paragraphs.forEach((p, i) => {
      const by = dashCredit(p.text);
      const quoted = analysis.paragraphs[i - 1];
      if (!by || !quoted || !OPENS_QUOTATION.test(quoted.text.trim())) return;
      for (const s of p.sentences) this.silent.add(s.ref);
      for (const s of quoted.sentences) if (!this.writers.has(s.ref)) this.writers.set(s.ref, by);
    });
    this.writer = this.transcript ? undefined : writerOf(article);
    for (const ref of this.silent) this.used.add(ref);
  }

  /**
   * "Castellví: the hardest part is in front of us", then "Castellví: we will get there by being patient": the
   * writer of a piece in the first person is named once on a slide and once in its notes, and what follows goes on
   * in their voice.
   */
  nameWriterOnce(slide: PlannedSlide): void {
    const writer = this.writer;
    if (!writer) return;
    const labels = [`${writer}: `, `${TEMPLATES.asPutIt(writer)} `];
    const unlabelled = (line: string) => {
      const label = labels.find((l) => line.startsWith(l));
      return label ? capitalise(line.slice(label.length)) : line;
    };
    let named = slide.title.includes(writer);
    if (slide.layout === 'bullets')
      for (const item of slide.items) {
        const s = item.refs.length === 1 ? this.byRef.get(item.refs[0] ?? '') : undefined;
        const labelled = s && this.writerSays(s, item.text) ? withSpeaker(item.text, writer) : item.text;
        // A label that would make the bullet too long is left to the notes.
        if (!named && checkWords(labelled).length <= MAX_BULLET_WORDS) item.text = labelled;
        named ||= item.text.includes(writer);
      }
    let spoken = false;
    slide.say = slide.say.map((line) => {
      const said = spoken ? unlabelled(line) : line;
      spoken ||= line.includes(writer);
      return said;
    });
  }

  /**
   * The writer, when a text shown of a sentence is in their own first person ("I think that story is about
   * two-thirds wrong", "we made a deliberate choice"): the presenter is not its "I" or "we". Undefined when the
   * sentence has another speaker or quoted words ("One firm in our survey put it this way: …").
   */
  writerSays(s: AnalyzedSentence, shown = s.text): string | undefined {
    if (!this.writer || !this.english || QUOTE_MARKS_IN.test(s.text) || this.speaker(s)) return undefined;
    return AUTHOR_FIRST_PERSON.test(shown) ? this.writer : undefined;
  }

  /** True when a sentence is someone's by its place (an answer, a side of a debate), not by its own words. */
  relayed(s: AnalyzedSentence): boolean {
    return this.answers.has(s.ref) || this.writers.has(s.ref);
  }

  /** Who speaks a sentence that is someone's by its place (an answer, a side of a debate), or undefined. */
  relayedSpeaker(s: AnalyzedSentence): string | undefined {
    return this.relayed(s) ? this.speaker(s) : undefined;
  }

  /** The speaker a sentence names by its own words, not by its place in an interview or a debate. */
  private ownSpeaker(s: AnalyzedSentence): string | undefined {
    return this.relayed(s) ? undefined : this.speaker(s);
  }

  /**
   * An interview's interviewee by their full name as the article writes it ("Tomasz Wielgat", titles aside),
   * for the title slide and the citation; undefined when the article is no interview or never names them so.
   */
  intervieweeName(): string | undefined {
    const surname = this.interviewee?.toLowerCase();
    if (!surname || !this.wholeInterview) return undefined;
    const names = this.analysis.entities
      .filter((e) => e.kind === 'person' && e.name.includes(' '))
      .map((e) => e.name.replace(CREDIT_TITLE, ''))
      .filter((name) => name.toLowerCase().split(/\s+/).pop() === surname && name.includes(' '));
    return names.sort((a, b) => b.length - a.length)[0];
  }

  /** Who a sentence quotes or reports, as a slide names them (memoised); undefined when it attributes nothing. */
  speaker(s: AnalyzedSentence): string | undefined {
    if (!this.speakers.has(s.ref)) {
      // '… Company profits rose 14%. We did not hear the governor warn about that."': inside a quotation its
      // paragraph opened, a verb of saying is the speaker's words; only what follows the closing mark credits.
      const close = this.insideQuotation(s) ? s.text.search(CLOSING_MARK) : -1;
      const said = close < 0 ? s : { ...s, text: s.text.slice(close + 1) };
      // "HARLOW BAY, Norland, March 3 (Northwire) - Tessaly Minerals, …, said": a dateline names a place, no speaker.
      const outside = DATELINE_LEDE.test(said.text)
        ? { ...said, text: said.text.replace(DATELINE_LEDE, '') }
        : said;
      const own =
        speakerOf(outside, this.entityByName, () => this.referent(s), this.articleText) ??
        (this.answers.has(s.ref) ? this.interviewee : this.writers.get(s.ref));
      // A sentence inside a quotation that spans sentences is the same speaker's: ask its neighbours.
      // A sentence quoted whole ('"Small farms do not know the rules."') after a quotation with its speaker
      // goes on in that speaker's words.
      const neighbours = inQuotation(s)
        ? this.neighbours(s)
        : WHOLE_QUOTE.test(s.text.trim())
          ? this.neighbours(s).filter((n) => n.index === s.index - 1 && hasLongQuote(n.text))
          : [];
      const borrowed =
        own ??
        neighbours
          .map((n) => speakerOf(n, this.entityByName, () => this.referent(n), this.articleText))
          .find(Boolean) ??
        // The middle of a quotation over three sentences or more is its opening sentence's speaker's.
        (this.insideQuotation(s) ? this.quotedBefore(s) : undefined) ??
        this.introducedBy(s);
      this.speakers.set(s.ref, borrowed);
    }
    return this.speakers.get(s.ref);
  }

  /** True when a sentence is quoted words, in whole or in part, or inside a quotation over several sentences. */
  quoted(s: AnalyzedSentence): boolean {
    return inQuotation(s) || this.insideQuotation(s) || WHOLLY_QUOTED.test(s.text.trim());
  }

  /** The speaker of the sentence before `s` in its paragraph, when that sentence is quoted too. */
  private quotedBefore(s: AnalyzedSentence): string | undefined {
    const before = this.sentenceBefore(s);
    return before && (inQuotation(before) || this.insideQuotation(before)) ? this.speaker(before) : undefined;
  }

  /**
   * Who speaks a paragraph of quotation: the speaker its lead-in names ('…, Rachel Okonedo, said:'), through
   * the quotation's earlier paragraphs; undefined when the paragraph is no quotation or none names them.
   */
  private introducedBy(s: AnalyzedSentence): string | undefined {
    const paragraphs = this.analysis.paragraphs;
    if (!QUOTE_OPENING.test(paragraphs[s.paragraph - 1]?.text ?? '')) return undefined;
    for (let p = s.paragraph - 2; p >= Math.max(0, s.paragraph - 1 - QUOTED_PARAGRAPHS); p--) {
      const paragraph = paragraphs[p];
      const last = paragraph?.sentences[paragraph.sentences.length - 1];
      if (!paragraph || !last) return undefined;
      // "Justice Miriam Oyelaran … rejected the argument in a passage that will be quoted for years:": a lead-in
      // without a verb of saying introduces the one person it names.
      if (/:\s*$/.test(paragraph.text.trim()))
        return (
          speakerOf(last, this.entityByName, () => this.referent(last), this.articleText) ??
          onlyPerson(last, this.entityByName) ??
          // "She held:", "He ruled:": a pronoun and its verb announce the quotation as its speaker's.
          (PRONOUN_LEAD_IN.test(last.text.trim()) ? this.referent(last) : undefined)
        );
      if (!QUOTE_OPENING.test(paragraph.text)) return undefined;
    }
    return undefined;
  }

  /** True when a sentence stands inside a quotation its paragraph opened before it (and has not closed). */
  insideQuotation(s: AnalyzedSentence): boolean {
    const paragraph = this.analysis.paragraphs[s.paragraph - 1]?.sentences ?? [];
    const before = paragraph.slice(0, Math.max(0, paragraph.indexOf(s)));
    const marks = before.reduce((n, o) => n + (o.text.match(QUOTE_MARKS)?.length ?? 0), 0);
    return marks % 2 === 1;
  }

  /** The sentences just before and after one in its paragraph. */
  private neighbours(s: AnalyzedSentence): AnalyzedSentence[] {
    const paragraph = this.analysis.paragraphs[s.paragraph - 1]?.sentences ?? [];
    const at = paragraph.indexOf(s);
    // A quotation over several sentences names its speaker once: look back through it, nearest first.
    const before = paragraph.slice(Math.max(0, at - QUOTE_REACH), Math.max(0, at)).reverse();
    return [...before, paragraph[at + 1]].filter((n): n is AnalyzedSentence => !!n);
  }

  /**
   * What the presenter says for some sentences: each said whole (asides in parentheses dropped, "He" resolved)
   * or, when long, compressed; sentences another slide's notes say already are skipped; at most
   * {@link NOTE_WORDS} words.
   */
  talk(sentences: readonly AnalyzedSentence[]): string[] {
    const out: string[] = [];
    let words = 0;
    let previous: AnalyzedSentence | undefined;
    for (const s of sentences) {
      // Fragments and signposts ("Start with cost.") are not worth saying on their own.
      if (!this.sayable(s)) continue;
      const spoken = this.spoken(s, WHOLE_SPOKEN_WORDS, previous);
      previous = s;
      const n = wordCount(spoken);
      if (words + n > NOTE_WORDS && out.length > 0) break;
      this.said.add(s.ref);
      if (!this.newToNotes(spoken)) continue;
      out.push(spoken);
      words += n;
    }
    return out;
  }

  /**
   * Adds to a slide's notes what the presenter can say of sentences no slide says yet (up to the notes' length),
   * returning how many it took.
   */
  sayAlso(slide: PlannedSlide, sentences: readonly AnalyzedSentence[]): number {
    let words = slide.say.reduce((n, line) => n + wordCount(line), 0);
    let taken = 0;
    for (const s of sentences) {
      if (!this.sayable(s)) continue;
      const spoken = this.spoken(s, CARRIED_WORDS);
      if (words + wordCount(spoken) > NOTE_WORDS) break;
      this.said.add(s.ref);
      if (!this.newToNotes(spoken)) continue;
      slide.say.push(spoken);
      slide.sources.push(s.ref);
      words += wordCount(spoken);
      taken++;
    }
    return taken;
  }

  /**
   * True when no notes have said any sentence of `spoken` yet, which it then says: a report that repeats its summary's
   * finding in its body ("We found 71 schools outside the programme …") has it said once.
   */
  private newToNotes(spoken: string): boolean {
    const keys = notesSentences(spoken)
      .filter(countsForRepeat)
      .map((sentence) => sentence.key);
    if (keys.some((key) => this.saidWords.has(key))) return false;
    for (const key of keys) this.saidWords.add(key);
    return true;
  }

  /** True when a sentence is worth saying and no notes say it yet (fragments, headings and lead-ins are not). */
  private sayable(s: AnalyzedSentence): boolean {
    // A signpost the article gives its reader ("Start with inflation itself.") is no talk for an audience.
    return (
      !this.said.has(s.ref) &&
      !this.silent.has(s.ref) &&
      wordCount(s.text) >= MIN_SENTENCE_WORDS &&
      !isCoaching(s.text) &&
      // A quotation whose speaker cannot be named would be said as if it were the article's own words.
      !((hasLongQuote(s.text) || this.insideQuotation(s)) && !this.speaker(s))
    );
  }

  /**
   * One sentence as the presenter says it; after `previous`, the sentence said just before it, a speaker the
   * presenter has just named is not named again.
   */
  spoken(s: AnalyzedSentence, whole = WHOLE_SPOKEN_WORDS, previous?: AnalyzedSentence): string {
    // "7. International recruitment can help …": a numbered finding is said without its number.
    const unnumbered = s.text.replace(PARENTHETICAL, '').replace(/\s+/g, ' ').trim().replace(LIST_NUMBER, '');
    const plain = this.resolveOpener(unnumbered, s);
    const cut =
      wordCount(plain) <= whole || !this.english
        ? plain
        : this.compress(s, { maxWords: Math.min(SPOKEN_WORDS, whole), keepConcession: true });
    // A cut that changes what the sentence says ("A study found that in rural counties that lost their
    // services") is not said: the presenter reads the sentence whole.
    // Nor is a cut that leaves only the clause that leads into the point ("When the prime ministers … signed the
    // compact in March 2022").
    // Nor a cut inside quotation marks ('"If you walk around Salvetra, you will find …"' for "… Salvetra looking
    // for public space, you will find …"): quoted words are said as the speaker said them.
    const faithful =
      cut === plain ||
      (this.keepsSense(cut, s) && !subordinateOnly(cut, this.lex(s)) && !misquotes(cut, s.text, false));
    const speaker = this.speaker(s) ?? this.writerSays(s, plain);
    const text = faithful && cut !== plain ? withSpeaker(cut, speaker) : plain;
    const again = previous !== undefined && speaker !== undefined && this.speaker(previous) === speaker;
    // A sentence from the middle of a quotation ("Company profits rose 14% last year.") is said as quoted words.
    const marked =
      speaker && text === plain && this.insideQuotation(s) && !text.match(QUOTE_MARKS) ? `"${text}"` : text;
    const named = this.english && !again ? sayingWho(marked, speaker, this.people) : marked;
    // The opening sentence of a quotation that runs on is said as a whole quotation.
    const paired = pairQuotes(TERMINAL.test(named) ? named : `${named}.`);
    QUOTE_MARKS.lastIndex = 0;
    return paired;
  }

  /**
   * The person a sentence's opening "He"/"She" (or "His"/"Her") refers to: the last person named in it or in the
   * sentences before it in the same or the previous paragraph; undefined when none is.
   */
  referent(s: AnalyzedSentence): string | undefined {
    // "Grand Merrows" beside "Grand Merrow Canal": a name that heads an organisation's or a place's is theirs
    // (a plural of it too), not a person's to say "she writes".
    const people = this.referable();
    // "Tomas Varen came to power …, and … if he concedes": a person the sentence itself names first.
    // '"… they hand Kessel exactly the story he wants …," she said': a name inside the quotation is not who speaks.
    const at = (n: string) => {
      const found = s.text.indexOf(n);
      return found >= 0 ? found : s.text.indexOf(n.split(' ').pop() ?? n);
    };
    const own = s.entities.filter(
      (n) => people.has(n) && at(n) < s.text.search(PRONOUN_WORD) && !insideQuotes(s.text, at(n)),
    );
    const opensOnPronoun = /^(?:he|she|his|her)\b/i.test(s.text);
    // The possessive of the pronoun `s` uses: "her" for "she" or "her", "his" for "he" or "his".
    const pronoun = (/^(?:he|she|his|her)\b/i.exec(s.text) ?? PRONOUN_WORD.exec(s.text))?.[0].toLowerCase();
    const possessive = pronoun === undefined ? undefined : /^(?:she|her)$/.test(pronoun) ? 'her' : 'his';
    if (own.length && !opensOnPronoun && PRONOUN_WORD.test(s.text))
      return own[own.length - 1]?.split(' ').pop();
    const before = this.analysis.sentences.filter(
      (o) => (o.paragraph === s.paragraph && o.index < s.index) || o.paragraph === s.paragraph - 1,
    );
    for (const o of [...before].reverse()) {
      // "Her husband, Lars Eklund, died in 2016. She is survived by …": a name given as someone's relative is
      // not the "she" or "he" whose relative it is.
      const kin = [...o.text.matchAll(KIN_NAME)].map((m) => (m[1] ?? '').trim());
      // "… in a speech in Porto Velho on Thursday": a name after "in" or "at" is where, not who.
      // "… has monitored the Tolley's tributaries": a name after "the" is a river's or a place's, not a person's.
      const namedAsOthers = (n: string) => namedAsAnothers(o.text, n, possessive);
      const named = o.entities.filter(
        (n) =>
          people.has(n) &&
          !kin.some((k) => k.includes(n)) &&
          !namedAsOthers(n) &&
          !placedAt(o.text, n) &&
          !new RegExp(`\\bthe ${escapeRegExp(n)}\\b`, 'i').test(o.text),
      );
      // "Anselm Drewery, the chief executive, spoke in the capital, Halden Cross": "he" is the subject.
      // "Meridan Metering's spokesperson, Clara Wendt, said …": a name owning the subject is not the subject.
      // "And Hugh Calder runs …": a conjunction may open the sentence before its subject.
      const opening = o.text.replace(/^(?:and|but|so|or)\s+/i, '');
      // "The governor, Tomás Albuquerque, struck …": the name set beside the subject's role is the subject.
      // "On Monday Olander, who said …, ruled out …": so is the name after a short opening adjunct of time.
      const subject = named.find(
        (n) =>
          (opening.startsWith(n) && !/^['’]s\b/.test(opening.slice(n.length))) ||
          new RegExp(`^The (?:[\\p{L}-]+ ){0,4}?[\\p{Ll}-]+, ${escapeRegExp(n)},`, 'u').test(opening) ||
          new RegExp(`^${TIME_ADJUNCT}${escapeRegExp(n)}\\b(?!['’]s)`, 'u').test(opening),
      );
      // "On Monday Olander, who …": a surname the tagger missed after the adjunct, of a person named before.
      const afterAdjunct = NAME_AFTER_TIME_ADJUNCT.exec(opening)?.[1];
      const adjunctSubject =
        afterAdjunct && [...people].some((n) => n.split(' ').pop() === afterAdjunct)
          ? afterAdjunct
          : undefined;
      // "The judge dismissed this ground. … she said": the office that opens a sentence naming no one is its
      // subject, and "she" the one person the article names with that office ("Judge: Mrs Justice Ndiaye-Harcourt").
      // (Named with it never, or for several people, the office is still who "she" is: no one else named before.)
      const office = named.length === 0 ? ROLE_SUBJECT.exec(o.text)?.[1] : undefined;
      if (office) return this.officeHolder(office);
      const last = subject ?? adjunctSubject ?? named[named.length - 1];
      if (last) return last.split(' ').pop();
      // "Per Lindqvist, the compact's coordinator, has argued …": a name the tagger missed, opening the sentence.
      const opener = NAMED_OPENER.exec(o.text)?.[1];
      if (opener && !ORGANISATION_WORD.test(opener) && !namedAsOthers(opener)) return opener;
    }
    return this.subjectBefore(s, people, possessive);
  }

  /**
   * A profile's "She showed …" paragraphs after the last one that named anyone: the person the headline names,
   * when that person is also the last one the article named before `s`.
   */
  private subjectBefore(
    s: AnalyzedSentence,
    people: ReadonlySet<string>,
    possessive?: string,
  ): string | undefined {
    const head = `${this.article.title} ${this.article.standfirst ?? ''}`;
    const headlined = [...people].filter((n) => head.includes(n));
    if (headlined.length !== 1) return undefined;
    const sentences = this.analysis.sentences;
    this.positions ??= new Map(sentences.map((o, i) => [o.ref, i]));
    const at = this.positions.get(s.ref) ?? 0;
    // Looked for so far back only: a long stretch that names no one is no profile's.
    for (let i = at - 1; i >= Math.max(0, at - SUBJECT_REACH); i--) {
      const text = sentences[i]?.text ?? '';
      const named = (sentences[i]?.entities ?? []).filter(
        (n) => people.has(n) && !namedAsAnothers(text, n, possessive),
      );
      const last = named[named.length - 1];
      if (last) return headlined[0] === last ? last.split(' ').pop() : undefined;
    }
    return undefined;
  }

  /**
   * The surname of the one person the article names with an office ("Mrs Justice Ndiaye-Harcourt" for "the
   * judge", "Mayor Ines Calloway" for "the mayor"), or undefined when it names none or several.
   */
  private officeHolder(office: string): string | undefined {
    const key = office.toLowerCase();
    if (!this.holders.has(key)) this.holders.set(key, this.findOfficeHolder(key));
    return this.holders.get(key);
  }

  /** The search {@link officeHolder} memoises: one pass over the article's text per office. */
  private findOfficeHolder(office: string): string | undefined {
    const titles = OFFICE_TITLES[office];
    if (!titles) return undefined;
    // "Mrs Justice Ndiaye-Harcourt", "Mayor Ines Calloway", or the office beside a name ("The mayor of
    // Brannholm, Tobias Lindqvist-Mensah,").
    const name = String.raw`((?:\p{Lu}[\p{L}'’-]+ ){0,2}\p{Lu}[\p{L}'’-]+)`;
    const named = new RegExp(
      String.raw`\b(?:${titles}) ${name}|\b[Tt]he ${office}(?: of (?:the )?\p{Lu}[\p{L}'’-]+)?, ${name},`,
      'gu',
    );
    const holders = new Set(
      [...this.articleText.matchAll(named)].map((m) => (m[1] ?? m[2] ?? '').split(/\s+/).pop() ?? ''),
    );
    return holders.size === 1 ? [...holders][0] : undefined;
  }

  /** The people a pronoun may point back to, worked out once per draft. */
  private referable(): ReadonlySet<string> {
    if (!this.referablePeople) {
      const things = this.analysis.entities
        .filter((e) => e.kind !== 'person' || ORGANISATION_WORD.test(e.name) || PLACE_WORD.test(e.name))
        .map((e) => e.name);
      const people = this.analysis.entities
        .filter((e) => e.kind === 'person' && !ORGANISATION_WORD.test(e.name))
        .map((e) => e.name)
        .filter((name) => !things.some((t) => t.startsWith(`${name.replace(/s$/, '')} `)));
      // "Calder Precision Castings" beside "Hugh Calder": a firm that opens on a person's surname is named after them.
      const surnames = new Set(people.map((name) => name.split(' ').pop()));
      this.referablePeople = new Set(
        people.filter((name) => !(name.includes(' ') && surnames.has(name.split(' ')[0]))),
      );
    }
    return this.referablePeople;
  }

  /** A text opening on "He"/"She"/"His"/"Her" with the surname of the person meant, when known. */
  resolveOpener(text: string, s: AnalyzedSentence): string {
    // "In his view, most employers …": whose view, when the paragraph names them.
    const view = /^(In|To|By) (his|her) (view|mind|account|reckoning|estimate)\b/.exec(text);
    if (view) {
      const who = this.referent(s);
      return who ? `${view[1]} ${who}'s ${view[3]}${text.slice(view[0].length)}` : text;
    }
    // "It finds that …" after "The investigators' report, released on April 8, …": the document that finds.
    const finds = FINDING_IT.exec(text);
    if (finds) {
      const named = DOCUMENT_SUBJECT.exec(this.sentenceBefore(s)?.text ?? '');
      return named ? `The ${named[1]}${text.slice((finds[1] ?? '').length)}` : text;
    }
    // "The company systematically flattered its response times": the company the article has just named.
    const firm = THE_FIRM.exec(text);
    if (firm) {
      // Only a one-word name: a longer one would crowd out the bullet's evidence ("and throughput has risen …").
      const name = this.firmBefore(s);
      return name && !name.includes(' ')
        ? `${name}${firm[1] ? "'s" : ''}${text.slice(firm[0].length)}`
        : text;
    }
    // "Salvetra should build its escalators … But it should treat its stairways as public space": the place or
    // body the sentence before asked something of.
    const asked = ASKED_AGAIN.exec(text);
    if (asked) {
      const named = NAME_ASKED.exec(this.sentenceBefore(s)?.text ?? '')?.[1];
      return named ? `${named}${text.slice((asked[1] ?? '').length)}` : text;
    }
    const m = /^(he|she|his|her)\b/i.exec(text);
    if (!m) return text;
    const who = this.referent(s);
    if (!who) return text;
    const possessive = /^(?:his|her)$/i.test(m[1] ?? '');
    return `${who}${possessive ? "'s" : ''}${text.slice(m[0].length)}`;
  }

  /**
   * The company "the company" in `s` means: the last one named in the sentences before it, within a few
   * paragraphs, by the name the article mostly uses ("Rapidline" for "Rapidline Medical Transport"); the only one
   * the article names when none is that close; undefined when the article names several and none nearby.
   */
  private firmBefore(s: AnalyzedSentence): string | undefined {
    const firms = this.firms();
    if (firms.length === 0) return undefined;
    this.positions ??= new Map(this.analysis.sentences.map((o, i) => [o.ref, i]));
    const at = this.positions.get(s.ref) ?? 0;
    for (let i = at - 1; i >= 0; i--) {
      const o = this.analysis.sentences[i];
      if (!o || o.paragraph < s.paragraph - FIRM_REACH_PARAGRAPHS) break;
      const named = firms.find((f) => o.text.includes(f.short) || o.text.includes(f.name));
      if (named) return named.short;
    }
    return firms.length === 1 ? firms[0]?.short : undefined;
  }

  /** The companies the article names (an organisation whose name ends on a company word), worked out once. */
  private firms(): readonly { name: string; short: string }[] {
    this.firmNames ??= this.analysis.entities
      // A name ending on a company word is a company's, whichever kind the tagger gave it.
      .filter((e) => e.kind !== 'place' && FIRM_NAME.test(e.name))
      .map((e) => {
        // "Rapidline Medical Transport", written "Rapidline" most of the time: a first word the text uses alone.
        const first = e.name.split(' ')[0] ?? e.name;
        const alone = new RegExp(`\\b${escapeRegExp(first)}\\b(?!\\s\\p{Lu})`, 'gu');
        // "Corvanian Ocean Holdings" beside "Corvanian lenders": a people's adjective is no name on its own.
        const usable = first.length >= MIN_FIRM_SHORT && !DEMONYM.test(first);
        const uses = usable ? (this.articleText.match(alone)?.length ?? 0) : 0;
        return { name: e.name, short: uses >= FIRM_SHORT_USES ? first : e.name };
      });
    return this.firmNames;
  }

  /** The sentence before `s` in its paragraph. */
  sentenceBefore(s: AnalyzedSentence): AnalyzedSentence | undefined {
    return sentenceBefore(s, this.byRef);
  }

  /**
   * A sentence's point in headline style within `maxWords` words (see headline.ts): the compressed clause with
   * fillers, adverbs and long names dropped, then, if still long or copied, without articles. With `copyOk`
   * false, only a title that copies no run of {@link COPIED_RUN} words of its source.
   */
  headlineTitle(
    s: AnalyzedSentence,
    maxWords: number,
    keep: readonly string[] = [],
    copyOk = false,
  ): string | undefined {
    if (!this.english) return undefined;
    const lexicon = this.lex(s);
    const compressed = this.compress(s, { maxWords, keep });
    const bases = [compressed, mainClause(s.text, lexicon)];
    // "Ridership rose from 9,400 to 16,800 within two years, an increase of 79%": the change by its share.
    const change = CHANGE_AND_SHARE.exec(s.text.replace(FINAL_STOP, ''));
    const byShare = change ? `${change[1]} ${change[3]}${change[2]}` : undefined;
    if (byShare) bases.push(byShare);
    // "A survey by X estimated that councils face a backlog …": the reported clause is the point, said with
    // its speaker when the sentence has one.
    // '"We cannot staff a unit safely when …," said Achterberg': the quotation is the point, titled with its speaker.
    // Not copied whole, though: a title that only copies the speaker's words is left to the other sentences.
    const opening = this.speaker(s) && !copyOk ? openingQuote(s.text) : undefined;
    if (opening) bases.push(opening);
    // "…, but the drop in sickness and quits is much bigger": the turn states the point the concession sets up.
    const turned = turnClause(s.text, lexicon)?.replace(FINAL_STOP, '');
    if (turned) bases.push(capitalise(turned), compressSentence(capitalise(turned), { maxWords, lexicon }));
    const reported = reportedClause(mainClause(s.text, lexicon))?.replace(FINAL_STOP, '');
    const reporter = this.speaker(s);
    // "Holt: the local network operator says a bigger connection …": a report an interviewee relays is not
    // theirs to title with; the reporter must be the sentence's own.
    if (reported && (!reporter || !this.relayed(s) || s.text.includes(reporter)))
      bases.push(
        reporter && !reported.includes(reporter) ? `${reporter}: ${lowerFirst(reported)}` : reported,
      );
    // "What killed the canal, Strick argues, was …": the writer's report set inside the clause it reports. The
    // clause, without it, is the point, said with its speaker.
    const aside = REPORT_ASIDE.exec(s.text);
    // "she shows" is the person the paragraph names; "we", "they" and "I" are no one a title can name.
    const asideSpeaker = /^(?:she|he)$/i.test(aside?.[1] ?? '')
      ? this.referent(s)
      : /^(?:they|we|I)$/.test(aside?.[1] ?? '')
        ? undefined
        : aside?.[1]?.split(' ').pop();
    const reportedBy = reporter ?? asideSpeaker;
    if (aside && reportedBy) {
      const clause = `${s.text.slice(0, aside.index)} ${s.text.slice(aside.index + aside[0].length)}`
        .replace(/\s+/g, ' ')
        .replace(FINAL_STOP, '');
      bases.unshift(`${reportedBy}: ${lowerFirst(clause)}`);
    }
    for (const base of bases) {
      // "September 2023. Tulloch leaves Thameswell": a chronology's date labels its entry, not its point.
      const undated = base.replace(CHRONOLOGY_DATE, '').replace(LIST_NUMBER, '').replace(ORDINAL_OPENER, '');
      const headline = headlineBase(this.resolveOpener(undated, s), lexicon, this.surnamed);
      // Articles stay where a title reads well with them; headline style drops them only when nothing else fits.
      const tight = headlineTight(headline, lexicon);
      const bare = dropArticles(headline);
      const bareTight = headlineTight(bare, lexicon);
      const variants = [headline, tight, dropModifiers(tight, lexicon), bare, bareTight];
      // "GDP grew by only 0.3% in 2023": the time a whole deck is about can go, so the title copies less.
      // (A forecast's year is what it forecasts: "will still be running in 2045" keeps it.)
      const untimed = FORECAST.test(s.text)
        ? []
        : [headline, tight, bare, bareTight].map((t) => t.replace(TRAILING_TIME, ''));
      const placeless = [headline, tight].map((t) => withoutHeadlinePlace(t, this.article.title, lexicon));
      for (const text of [
        ...new Set([...variants, dropModifiers(bareTight, lexicon), ...placeless, ...untimed]),
      ]) {
        const fitted =
          wordCount(text) <= maxWords && isComplete(text, lexicon)
            ? text
            : leadingClause(text, s.text, lexicon, maxWords);
        // The speaker's own "we" or "I" is theirs once the title names them ("Achterberg: we cannot …").
        const spoken = base === opening && opening !== undefined;
        if (!fitted || !(statesPoint(fitted, lexicon) || spoken) || !endsCleanly(fitted)) continue;
        // "More than the country's football, theatres and museums combined": a comparison with no subject.
        // "Where holder can show genuine plan to use water": a subordinate clause, its main clause cut away.
        if (
          SUBJECTLESS_COMPARISON.test(fitted) ||
          subordinateOnly(fitted, lexicon) ||
          cutsAway(fitted, s.text, lexicon)
        )
          continue;
        // "The charge had a effect on traffic": dropped adjectives left an article that no longer fits its noun.
        // "Derek Amis is an man": nor an "an" left before a consonant.
        const article = /\ba ([aeiou]\p{L}*)|\ban ([b-df-gj-np-tv-z]\p{L}*)/iu.exec(fitted);
        if (article && !s.text.toLowerCase().includes(article[0].toLowerCase())) continue;
        // "Two further pressures compounded it": an object that points back names nothing on a title.
        if (!spoken && POINTING_OBJECT.test(fitted)) continue;
        if (!keep.every((k) => fitted.includes(k)) || !wellShaped(fitted, s.text, lexicon)) continue;
        if (cutsMainVerb(fitted, s.text, lexicon) || concedesOnly(fitted, s.text, lexicon)) continue;
        // "Brandt argues for outages more than a day", from "… argues that for outages lasting more than a day, a
        // power station is …": what someone argues is a clause, and its verb stays.
        if (dropsReportedVerb(fitted, s.text, lexicon)) continue;
        // "The problem is less the ordinary fire year" never becomes "The problem is ordinary fire year".
        // "46 per cent, now goes on degree-level programmes": nor a figure left of the subject it stood beside.
        // "… coalition of Labour Alliance workable": nor words spliced across a comma the source set between them.
        if (
          dropsTurningWord(fitted, base) ||
          FIGURE_APPOSITIVE.test(fitted) ||
          // (The share after its comma is the change's own size, said where it belongs.)
          (base !== byShare && splicedAcrossComma(fitted, s.text))
        )
          continue;
        let stated = fitted;
        if (longestCopiedRun(fitted, s.text) >= COPIED_RUN) {
          // "The operating margin narrowed to 4.1 per cent" copies eight words; headline style drops the article.
          // Where a copy is allowed (no other sentence gives a title), it still copies one word less.
          stated = withoutArticle(fitted);
          // "have driven much of the rise" → "drove much of the rise": the simple past a headline writes.
          if (longestCopiedRun(stated, s.text) >= COPIED_RUN) stated = simplePast(stated, lexicon, true);
          // "Two of its four pumps were out of action" → "… pumps out of action": the copula a headline leaves out.
          if (longestCopiedRun(stated, s.text) >= COPIED_RUN) stated = withoutCopula(stated, lexicon);
          if (!copyOk && (stated === fitted || longestCopiedRun(stated, s.text) >= COPIED_RUN)) continue;
        }
        // A quotation or opinion titles its slide only with its speaker named ("Otero: small farms …").
        const speaker = this.speaker(s);
        // "A cut, they say, would weaken the currency": an opinion whose speakers the title cannot name.
        if (!speaker && UNNAMED_SAYING.test(stated)) continue;
        // Words inside a quotation whose speaker cannot be named are no one's point to title a slide with.
        if (!speaker && this.quoted(s)) continue;
        // "Holt: strike in 2023 was painful": a common noun the article writes in lower case stays so after a label.
        const labelled = withSpeaker(stated, speaker);
        const said =
          speaker && labelled.startsWith(`${speaker}: `)
            ? `${speaker}: ${commonFirst(labelled.slice(speaker.length + 2), s.text)}`
            : labelled;
        // "The airline said it had run out of options": a saying the check would find no named speaker for.
        // Read with its article too: "Airline said …" would pass for a name.
        if (missingSpeaker(said, undefined) || missingSpeaker(withSpeaker(fitted, speaker), undefined))
          continue;
        // '"The case for easing has become overwhelming"' is never quoted as "… became overwhelming".
        if (misquotes(said, s.text, false)) continue;
        // Counted as the briefing check counts a title's words too ("9,200" is two).
        if (shownWords(said) <= maxWords && this.isFree(said)) return said;
      }
    }
    return undefined;
  }

  /** The sentences of some refs that exist, in the order given. */
  sentencesOf(refs: readonly string[]): AnalyzedSentence[] {
    return refs.map((r) => this.byRef.get(r)).filter((s): s is AnalyzedSentence => !!s);
  }

  /** The sentence's parts of speech, from the analysis's tokens (no second read of the model). */
  lex(s: AnalyzedSentence): Lexicon {
    let lexicon = this.lexicons.get(s.ref);
    if (!lexicon) {
      const known = new Map(lexiconFromTokens(s.tokens));
      for (const verb of HEADLINE_VERBS) if (!known.has(verb)) known.set(verb, 'VERB');
      // "The research team plans to publish …": a noun-tagged word in -s before "to" and a verb is the verb.
      s.tokens.forEach((t, i) => {
        const next = s.tokens[i + 1];
        const after = s.tokens[i + 2];
        if (
          t.pos === 'NOUN' &&
          /\p{Ll}s$/u.test(t.text) &&
          next?.text.toLowerCase() === 'to' &&
          after?.pos === 'VERB' &&
          after.text === after.lemma
        )
          known.set(t.text, 'VERB');
        // "A free pass, of the kind Ostvik introduced in 2022, costs a fraction of …": after the comma that closes
        // the subject's aside, a word in -s that an article follows is the verb.
        if (
          t.pos === 'NOUN' &&
          /\p{Ll}s$/u.test(t.text) &&
          s.tokens[i - 1]?.text === ',' &&
          /^(?:a|an|the)$/i.test(next?.text ?? '')
        )
          known.set(t.text, 'VERB');
        // "the scheme risks working well in towns": after its subject, a word in -s before a verb in -ing is the
        // verb that takes it.
        const subject = s.tokens[i - 1];
        if (
          t.pos === 'NOUN' &&
          /\p{Ll}s$/u.test(t.text) &&
          subject?.pos === 'NOUN' &&
          s.tokens[i - 2]?.pos === 'DET' &&
          next?.pos === 'VERB' &&
          /\p{Ll}ing$/u.test(next.text)
        )
          known.set(t.text, 'VERB');
        // "to approve bus franchising for the region": a verb in -ing right after a bare singular noun that a verb or
        // preposition takes is the head of their compound.
        const host = s.tokens[i - 2];
        if (
          t.pos === 'VERB' &&
          /\p{Ll}ing$/u.test(t.text) &&
          subject?.pos === 'NOUN' &&
          !/[^suia]s$/i.test(subject.text) &&
          (host?.pos === 'VERB' || host?.pos === 'ADP')
        )
          known.set(t.text, 'NOUN');
        // "a new framework for short-term lets": a word after a hyphenated modifier is the noun it modifies.
        // (Lower case throughout: "Amir-Abdollahian met" is a name and its verb.)
        const hyphen = s.tokens[i - 2];
        const modifier = `${s.tokens[i - 3]?.text ?? ''}${hyphen?.text ?? ''}${s.tokens[i - 1]?.text ?? ''}`;
        if (
          t.pos === 'VERB' &&
          /^\p{Ll}+-\p{Ll}+$/u.test(modifier) &&
          /^\p{Ll}/u.test(t.text) &&
          !s.tokens[i - 1]?.spaceBefore &&
          !hyphen?.spaceBefore
        )
          known.set(t.text.toLowerCase(), 'NOUN');
      });
      for (const verb of verbsOfVerblessClauses(s.tokens)) known.set(verb, 'VERB');
      this.lexicons.set(s.ref, (lexicon = known));
    }
    return lexicon;
  }

  /** A sentence compressed by the rules, memoised per draft (bullets, notes and actors ask for the same ones). */
  compress(s: AnalyzedSentence, opts: Omit<CompressOptions, 'lexicon'> = {}): string {
    const key = `${s.ref}|${opts.maxWords ?? ''}|${opts.keepConcession ? 1 : 0}|${(opts.keep ?? []).join('|')}`;
    let text = this.compressed.get(key);
    if (text === undefined) {
      text = this.english
        ? compressSentence(s.text, { ...opts, lexicon: this.lex(s) })
        : s.text.replace(FINAL_STOP, '');
      this.compressed.set(key, text);
    }
    return text;
  }

  /** How much a sentence is worth as evidence: salience, and brevity of the bullet it makes. */
  evidenceValue(s: AnalyzedSentence): number {
    if (!this.english) return s.salience - s.text.length / LONG_SENTENCE_CHARS;
    return s.salience - (this.longBullet(s) ? LONG_BULLET_PENALTY : 0);
  }

  /**
   * True when the sentence after `s`, in its paragraph, denies it outright ("They were not.", "Not so."), or `s`
   * sets up a framing to argue against ("… is usually described as …").
   */
  refuted(s: AnalyzedSentence): boolean {
    const paragraph = this.analysis.paragraphs[s.paragraph - 1]?.sentences ?? [];
    const next = paragraph[paragraph.indexOf(s) + 1];
    if (CONVENTIONAL_VIEW.test(s.text)) return true;
    // "So I would not tell a care home that this is free. It isn't.": a denial after a negation agrees with it.
    return next !== undefined && DENIAL.test(next.text.trim()) && !NEGATED.test(s.text);
  }

  /** True when the sentence's bullet runs past {@link LONG_BULLET_WORDS} even compressed. */
  longBullet(s: AnalyzedSentence): boolean {
    if (!this.english) return false;
    // A quotation or opinion whose speaker cannot be found is not shown as if it were a fact; a finding its
    // bullet credits to the document that makes it ("The report says that …") shows who says so.
    const bullet = this.bulletText(s);
    const credited = !this.quoted(s) && !hasLongQuote(s.text) && DOCUMENT_SUBJECT.test(bullet);
    // "Seluria, it argues, has used …": an opinion whose holder the pronoun leaves unnamed.
    const orphan =
      (isAttributed(s) ||
        this.insideQuotation(s) ||
        this.quoted(s) ||
        hasLongQuote(s.text) ||
        UNNAMED_SAYING.test(bullet)) &&
      !this.speaker(s) &&
      !credited;
    return orphan || !this.soundBullet(bullet, s);
  }

  /**
   * True when a bullet made from `s` is one the briefing check passes and says what its sentence says: short,
   * whole, ending cleanly, naming its subject, and no cut that changes the sentence's meaning.
   */
  private soundBullet(bullet: string, s: AnalyzedSentence): boolean {
    // "Both sides called the talks a breakthrough. They were not.": what the writer goes on to deny is no point.
    // "The paper draws on the Ministry's voucher data …": where the evidence came from is said in the notes.
    if (this.refuted(s) || EVIDENCE_BASE.test(s.text)) return false;
    const lexicon = this.lex(s);
    // A bullet that ends on "this" or opens on a vague subject is as poor a bullet as a long one.
    return !(
      // Counted as the briefing check counts them, so a bullet the draft keeps is one the check passes.
      shownWords(bullet) > MAX_BULLET_WORDS ||
      wordCount(bullet) < MIN_BULLET_WORDS ||
      (VAGUE_START.test(bullet) && !namesItsSubject(bullet, lexicon)) ||
      aboutThePiece(bullet) ||
      // "Announcing that the bank would aim …": a participle cut from the clause whose subject it needs.
      PARTICIPLE_OPENING.test(bullet) ||
      // "Down at the harbour, Mr Orr is less philosophical": a stance whose content the next sentence gives.
      emptyStatement(bullet) ||
      // '"Addressing supporters in Velsburg, Vireo said"': the words that announce a quotation, without it.
      announcesOnly(bullet) ||
      // "Where routes follow existing corridors railways": a subordinate clause with no main clause after it.
      subordinateOnly(bullet, lexicon) ||
      participlesOnly(bullet, lexicon) ||
      onlyRelativeVerbs(bullet, lexicon) ||
      !this.keepsSense(bullet, s)
    );
  }

  /** True when a cut of `s` ends cleanly and keeps what `s` says: its verbs, conditions, series and findings. */
  private keepsSense(cut: string, s: AnalyzedSentence): boolean {
    const lexicon = this.lex(s);
    return (
      endsCleanly(cut) &&
      !cutsClauseVerb(cut, s.text, lexicon) &&
      !cutsMainVerb(cut, s.text, lexicon) &&
      !cutsMeaning(cut, s.text, lexicon) &&
      !concedesOnly(cut, s.text, lexicon) &&
      !dropsReckonedValue(cut, s.text, lexicon)
    );
  }

  /**
   * A sentence's bullet, keeping its figures; when keeping them all leaves it long, the shortest bullet that
   * keeps one of them (the notes quote the whole sentence).
   */
  bulletText(s: AnalyzedSentence, opts: BulletOptions = {}): string {
    const key = `${s.ref}|${opts.maxWords ?? ''}|${opts.keepConcession ? 1 : 0}`;
    let bullet = this.bullets.get(key);
    if (bullet === undefined) {
      bullet = this.preferredBullet(s, opts);
      // When the preferred compression makes no sound bullet, the lightest other compression that does, keeping
      // the most figures: the point reaches the slide rather than only the notes.
      if (this.english && !this.soundBullet(bullet, s)) {
        const preferred = bullet;
        const figures = this.figureTexts(s);
        const kept = (t: string) => figures.filter((f) => t.includes(f)).length;
        const lexicon = this.lex(s);
        // A cut shorter than the preferred one says less: it keeps a figure when the sentence has one, opens on
        // its subject and does not end on a pronoun. A longer one only gives back words the preferred cut lost.
        // Its figures may go with a closing clause the source sets off by a comma ("… on Sunday, leaving an
        // estimated 1.8 million tonnes …"): the main clause still says the point.
        const keepsEnough = (t: string) =>
          wordCount(t) >= wordCount(preferred) ||
          ((figures.length === 0 ||
            kept(t) > 0 ||
            endsWithClause(t, s.text) ||
            followsLeadingPhrase(t, s.text) ||
            dropsOnlyAside(t, s.text)) &&
            !NO_SUBJECT_POS.has(posOf(wordsOf(t)[0] ?? '', lexicon)) &&
            !ENDS_ON_PRONOUN.test(t));
        const sound = compressionCandidates(s.text, { ...opts, lexicon })
          .map((t) => this.shapedBullet(t, s))
          .filter((t) => keepsEnough(t) && this.soundBullet(t, s));
        bullet = sound.sort((a, b) => kept(b) - kept(a))[0] ?? bullet;
      }
      // '"Walkers, day-trippers, people waiting for the train."' is never "Walkers people waiting for the train":
      // a quotation is cut only at its ends, never inside, or it is quoted whole.
      const quotation = this.quoted(s);
      if ((quotation || QUOTE_MARKS_IN.test(s.text)) && misquotes(bullet, s.text, quotation)) {
        // "There is simply less of it than there was in 1961, and the treaty …": its first clause, word for word.
        const firstClause = s.text.split(QUOTE_CLAUSE_BREAK)[0] ?? s.text;
        // The words as said, with only the speaker named: no headline style inside a quotation.
        const asSaid = (t: string) => this.quotedBullet(withSpeaker(t, this.speaker(s)), s);
        const whole = s.text.replace(FINAL_STOP, '');
        const cuts = [...compressionCandidates(s.text, { ...opts, lexicon: this.lex(s) }), firstClause]
          .map((t) => t.replace(FINAL_STOP, ''))
          .flatMap((t) => [this.shapedBullet(t, s), asSaid(t)])
          .filter((t) => !misquotes(t, s.text, quotation) && this.soundBullet(t, s));
        bullet = cuts[0] ?? asSaid(whole);
      }
      this.bullets.set(key, bullet);
    }
    return bullet;
  }

  /** The bullet the rules prefer: the compression that keeps the sentence's figures, shaped as a bullet. */
  private preferredBullet(s: AnalyzedSentence, opts: BulletOptions): string {
    const figures = this.figureTexts(s);
    let text = this.compress(s, { ...opts, keep: figures });
    if (figures.length >= 2 && wordCount(text) > LONG_BULLET_WORDS)
      text = figures
        .map((f) => this.compress(s, { ...opts, keep: [f] }))
        .reduce((best, t) => (wordCount(t) < wordCount(best) ? t : best), text);
    if (!this.english) return text;
    const lexicon = this.lex(s);
    const speaker = this.speaker(s);
    // 'Carver put it more sharply: "Robots do not buy houses."': the words quoted are the point, with their speaker.
    // "Malloy put the most common one plainly …: "Sixteen-year-olds can't sign a lease, and …"": whole, or to
    // the end of its first clause when the whole runs long.
    const quote = introducedQuote(s.text);
    const clause = quote?.split(QUOTE_CLAUSE_BREAK)[0]?.replace(/[,;:]$/, '');
    const said = [quote, clause].find(
      (q) => q !== undefined && wordCount(q) < MAX_BULLET_WORDS && wordCount(q) >= MIN_QUOTED_CLAUSE_WORDS,
    );
    if (said && speaker) return `${speaker}: "${said}"`;
    // '"We will have women delivering in pickup trucks on Route 9. I have seen it …"': a quotation of several
    // sentences, too long whole, shows its first.
    const opening = FIRST_OF_QUOTATION.exec(s.text.trim())?.[1]?.replace(/\.$/, '');
    if (
      speaker &&
      opening &&
      wordCount(s.text) > MAX_BULLET_WORDS &&
      wordCount(opening) >= MIN_BULLET_WORDS &&
      wordCount(opening) < MAX_BULLET_WORDS
    )
      return `${speaker}: "${opening}"`;
    const shape = (t: string) => this.shapedBullet(t, s, false);
    let bullet = shape(text);
    if (wordCount(bullet) > MAX_BULLET_WORDS) {
      // A tighter aim, then the last trailing phrases, before the bullet is left long.
      const tighter = shape(
        this.compress(s, { ...opts, maxWords: TIGHT_BULLET_WORDS, keep: figures.slice(0, 1) }),
      );
      if (wordCount(tighter) < wordCount(bullet)) bullet = tighter;
      const cut = trailingPhraseCuts(bullet, lexicon, ADJUNCT_PREPOSITIONS).find(
        (c) =>
          wordCount(c) <= MAX_BULLET_WORDS &&
          wordCount(c) >= 6 &&
          isComplete(c, lexicon) &&
          !keepsSubjectWithoutVerb(c, s.text, lexicon) &&
          !cutsAway(c, s.text, lexicon) &&
          !concedesOnly(c, s.text, lexicon),
      );
      if (wordCount(bullet) > MAX_BULLET_WORDS && cut) bullet = cut;
      // Last, the sentence's opening clause, when it is whole and keeps a figure the sentence has.
      const opening = leadingClause(bullet, s.text, lexicon, MAX_BULLET_WORDS);
      const keepsFigure = figures.length === 0 || figures.some((f) => opening?.includes(f));
      if (
        wordCount(bullet) > MAX_BULLET_WORDS &&
        opening &&
        keepsFigure &&
        wordCount(opening) >= 8 &&
        !keepsSubjectWithoutVerb(opening, s.text, lexicon) &&
        !cutsAway(opening, s.text, lexicon) &&
        !concedesOnly(opening, s.text, lexicon)
      )
        bullet = opening;
    }
    return this.quotedBullet(bullet, s);
  }

  /**
   * A compression of `s` as a bullet: its opener resolved, its speaker named and its reported speech in the
   * present, as headlines write it; and, when `quote`, in quotation marks when it is part of a quotation.
   */
  private shapedBullet(text: string, s: AnalyzedSentence, quote = true): string {
    const speaker = this.speaker(s);
    const bullet = withSpeaker(
      headlineBase(
        reportedSpeech(inFull(this.resolveOpener(text, s), speaker, this.people), speaker),
        this.lex(s),
        this.surnamed,
      ),
      speaker,
    );
    return quote ? this.quotedBullet(bullet, s) : bullet;
  }

  /** Part of a quotation that spans sentences stays in quotation marks, the speaker's label outside them
   * ('Okonedo: "the measures …"'). */
  private quotedBullet(bullet: string, s: AnalyzedSentence): string {
    if (this.quoted(s) && !QUOTE_MARKS.test(bullet) && !beforeQuotation(bullet, s.text)) {
      const label = SPEAKER_LABEL.exec(bullet)?.[0] ?? '';
      // The quoted words as the speaker said them: a sentence's capital the label's run-on took stays.
      const body = bullet.slice(label.length);
      const spoken = s.text.replace(/^["“‘]+/, '');
      const capital = body.charAt(0).toUpperCase() + body.slice(1);
      const words = capital.split(/\s+/)[0] ?? '';
      bullet = `${label}"${words && spoken.startsWith(words) ? capital : body}"`;
    }
    QUOTE_MARKS.lastIndex = 0;
    return pairQuotes(bullet);
  }

  /**
   * The part after the colon of the sentence a title was made from, as a bullet, when the title states only the
   * part before it ("… a far more important partner for Israel: it supplies Israel with about 40 percent …").
   */
  elaboration(s: AnalyzedSentence, title: string): DraftItem | undefined {
    if (!this.english) return undefined;
    const text = afterColon(s.text.replace(PARENTHETICAL, ''), {
      maxWords: MAX_BULLET_WORDS,
      keep: this.figureTexts(s).filter((f) => !title.includes(f)),
      lexicon: this.lex(s),
    });
    if (!text || wordCount(text) < MIN_BULLET_WORDS || longestCopiedRun(title, text) >= ELABORATION_OVERLAP)
      return undefined;
    const bullet = pairQuotes(withSpeaker(text, this.speaker(s)));
    return wordCount(bullet) <= MAX_BULLET_WORDS ? { text: bullet, refs: [s.ref] } : undefined;
  }

  /** A bullet from a sentence, which is then taken: no later slide shows it. */
  item(s: AnalyzedSentence, opts: BulletOptions = {}): DraftItem {
    this.used.add(s.ref);
    this.bulleted.add(s.ref);
    // 'Abernethy: "It was the least controversial thing …," Tavistrand's finance lead told me': the label names
    // the speaker, so the attribution after the quotation goes from the slide.
    return { text: this.bulletText(s, opts).replace(LABELLED_QUOTE_TAIL, '$1$2$3$4'), refs: [s.ref] };
  }

  /** The texts of a sentence's figures. */
  figureTexts(s: AnalyzedSentence): string[] {
    if (s.figures.length === 0) return [];
    // '"…," warned Rosa Delgado, a nurse who has worked at Granton for 22 years': who the speaker is, no evidence.
    const bio = speakerAppositive(s.text);
    return s.figures
      .map((i) => this.analysis.figures[i]?.text ?? '')
      .filter((text) => text && !(bio?.includes(text) ?? false));
  }

  /** A planned slide whose notes say the framing for its kind and the gist of its sentences. */
  slide(
    kind: PlannedSlide['kind'],
    layout: PlannedSlide['layout'],
    title: string,
    sentences: AnalyzedSentence[],
    items: DraftItem[],
  ): PlannedSlide {
    const say = this.talk(inReadingOrder(sentences));
    const titleRef = this.titleRef;
    this.titleRef = undefined;
    return {
      titleRef,
      kind,
      layout,
      title,
      items: items.map((item) => ({ ...item, text: saidInTitle(item.text, title) })),
      say: say.length ? say : [TEMPLATES.say[kind === 'bottom-line' ? 'bottomLine' : kind]],
      // An interviewer's question or a subheading is no source of what the slide says (its own title's aside).
      sources: sentences.filter((s) => s.ref === titleRef || !this.silent.has(s.ref)).map((s) => s.ref),
    };
  }

  /**
   * A sentence's point as a short complete clause, its leading participial or subordinate clause dropped first
   * ("Buoyed by X, Azerbaijan sees …" is titled from "Azerbaijan sees …").
   */
  clauseTitle(s: AnalyzedSentence, maxWords: number, keep: readonly string[] = []): string | undefined {
    const lexicon = this.lex(s);
    const text = this.english ? mainClause(s.text, lexicon) : s.text;
    return titleClause(text, maxWords, keep, lexicon);
  }

  /** True when no slide has this title yet. */
  isFree(title: string): boolean {
    // Compared as claimed: a title is kept without its full stop.
    const keys = titleKeys(title);
    if (keys.some((key) => this.titles.has(key))) return false;
    // "The Voltaro Trek 1200 is the one to buy" beside "The Trek 1200 is the one to buy": one name said more fully.
    const bare = keys[1] ?? '';
    return ![...this.titles].some((taken) => oneWordLonger(bare, taken) || oneWordLonger(taken, bare));
  }

  /**
   * The sentences to show as bullets under the last point title: all but the one it was made from (it would
   * repeat the title), unless fewer than `min` would be left.
   */
  besideTitle(picked: readonly AnalyzedSentence[], min = 2): AnalyzedSentence[] {
    const rest = picked.filter((s) => s.ref !== this.titleRef);
    // "Critics in Kestria see a capitulation" under the same title: a slide's only sentence is its title, and no
    // bullet says it again (the slide shows what else its notes say, if anything).
    if (rest.length === 0 && picked.length === 1 && this.titleRef === picked[0]?.ref) return [];
    const chosen = rest.length >= Math.min(min, 1) ? rest : [...picked];
    // A sentence whose bullet stays long even compressed is said in the notes instead, unless none is shorter.
    const short = chosen.filter((s) => !this.longBullet(s));
    return short.length ? short : chosen.slice(0, 1);
  }

  /** The ref of the sentence the last point title was made from (undefined for a fallback title). */
  titleRef: string | undefined;

  /** Claims a title made from a sentence, which is then taken (no slide shows it as a bullet). */
  private titled(title: string, s: AnalyzedSentence): string {
    this.titleRef = s.ref;
    this.used.add(s.ref);
    // A title is no sentence: it ends without a full stop, and without the number of the list it came from.
    // "However, plate reads show …": nor does it open on a connective that links it to a sentence before.
    // "Second, build a standing leasing market …": nor on the ordinal that placed it in a list.
    // '"The case for easing became overwhelming," said Mendonça': a quotation titles a slide after its speaker.
    // "Okafor: so Frostline improves the mix": nor, after its speaker's name, on "so".
    const unlinked = withoutStop(title)
      .replace(LIST_NUMBER, '')
      .replace(TITLE_CONNECTIVE, '')
      .replace(SO_AFTER_LABEL, '$1')
      .replace(THEN_OPENER, '')
      .replace(ORDINAL_OPENER, '')
      .replace(QUOTE_THEN_SAYER, (_, quote: string, who: string) => `${who}: "${quote}"`);
    return this.claim(capitalise(this.ownerNamed(unlinked, s)));
  }

  /**
   * "Polls give his party a narrow lead" → "Polls give Hollen's party a narrow lead": a title's inner "his" or
   * "her" before a noun names its owner, the person the sentence's pronoun refers to, when the title does not.
   */
  private ownerNamed(title: string, s: AnalyzedSentence): string {
    const owner = INNER_POSSESSIVE.exec(title);
    if (!owner?.[1] || !owner[2]) return title;
    // "The chief executive has given his first interview": a person the title names before it is its owner.
    if (
      PERSON_BEFORE.test(title.slice(0, owner.index)) ||
      this.people.some((p) => title.includes(p.split(' ').pop() ?? p))
    )
      return title;
    const next = s.tokens.find((t) => t.text.toLowerCase() === owner[2]?.toLowerCase());
    if (!next || !['NOUN', 'ADJ', 'PROPN'].includes(next.pos)) return title;
    const who = this.referent(s);
    if (!who || title.includes(who)) return title;
    return title.replace(INNER_POSSESSIVE, (_, pronoun: string, noun: string) =>
      _.replace(`${pronoun} ${noun}`, `${who}'s ${noun}`),
    );
  }

  /** A section's subheading as its slide's title, when it states a point no slide has as its title yet. */
  sectionTitle(heading: AnalyzedSentence | undefined): string | undefined {
    // "FARMERS HOLD BACK": a heading set in capitals titles its slide in sentence case.
    const said = heading && this.english ? headingPoint(heading) : undefined;
    const point = said && !isDateOnly(said) && unshouted(said, this.articleText, SHOUTED_HEADING_LETTERS);
    return heading && point && this.isFree(point) ? this.titled(point, heading) : undefined;
  }

  /**
   * A section's heading as its slide's title when no sentence of the section states its point in a few words:
   * the heading's words ("Where the fall came from", "Are people waiting less?"), when no slide has them yet.
   */
  headingLabel(heading: AnalyzedSentence | undefined): string | undefined {
    // "2. Analysis": the section's number is the document's, no figure of the point.
    const numbered = heading?.text
      .trim()
      .replace(/^\d{1,2}(?:\.\d{1,2})*[.)]?\s+(?=\p{Lu})/u, '')
      .replace(/[.:]$/, '');
    // "KEY TERMS": a heading set in capitals labels its slide in sentence case.
    const text = numbered && unshouted(numbered, this.articleText, SHOUTED_HEADING_LETTERS);
    // '"They are not mature enough"': a quotation as a heading has no speaker to give it.
    // "Where the fall came from" ends as the briefing check reads a cut-off title.
    // "March 2023": a chronology's date heading dates its entry, and labels no slide.
    if (
      !text ||
      !this.english ||
      isDateOnly(text) ||
      /["“”]/.test(text) ||
      danglingEnd(text) !== undefined ||
      wordCount(text) > TITLE_WORDS ||
      !this.isFree(text)
    )
      return undefined;
    return this.claim(text);
  }

  /** Gives a title back (its slide was not made after all). */
  unclaim(title: string): void {
    for (const key of titleKeys(title)) this.titles.delete(key);
  }

  /** Gives back the last point title and the sentence it was made from: its slide is not made after all. */
  withdrawTitle(title: string): void {
    const stated = this.titleRef;
    if (stated && !this.silent.has(stated)) this.used.delete(stated);
    this.titleRef = undefined;
    this.unclaim(title);
  }

  /** Records a title as taken (made unique first). */
  claim(title: string): string {
    const unique = uniqueTitle(title, this.titles);
    for (const key of titleKeys(unique)) this.titles.add(key);
    return unique;
  }

  /**
   * The first sentence (in the order given) that yields a complete short clause no other slide has as its title,
   * or else compresses to a short bullet, or else opens with one (subject, verb, object); failing that, the
   * slide's label and a sentence's subject ("What to watch: Iran's calls"). Every title opens on its subject and
   * strands no complement of its source sentence (see titleShape.ts).
   */
  pointTitle(
    kind: PlannedSlide['kind'],
    sentences: readonly (AnalyzedSentence | undefined)[],
    keep?: (s: AnalyzedSentence) => string[],
  ): string {
    const given = sentences.filter((s): s is AnalyzedSentence => !!s);
    // "Health workers told us the same story": a sentence that points to what the next one says titles a slide
    // only when no other sentence of it can; so does one that only names the case to come ("The second
    // experiment was the Quickline, …").
    // Nor does a sign that only names the point to come ("The second reason is land.").
    const leadsOn = (s: AnalyzedSentence) =>
      TOLD_LIKEWISE.test(s.text) || ORDINAL_TOPIC.test(s.text) || isPointSignpost(s.text);
    const rounds = [given.filter((s) => !leadsOn(s)), given.filter(leadsOn)];
    const present = rounds.flat();
    const fits = (title: string | undefined, s: AnalyzedSentence): title is string =>
      !!title &&
      shownWords(title) <= TITLE_WORDS &&
      this.isFree(title) &&
      // "Holt: that figure matters more …": the speaker's label resolves nothing the words after it point at.
      statesPoint(withoutLabel(title, this.speaker(s)), this.lex(s)) &&
      isComplete(title, this.lex(s)) &&
      endsCleanly(title) &&
      // "Asante said he would welcome it": an object that points back names nothing on a title.
      !POINTING_OBJECT.test(title) &&
      !SUBJECTLESS_COMPARISON.test(title) &&
      !subordinateOnly(title, this.lex(s)) &&
      wellShaped(title, s.text, this.lex(s)) &&
      !cutsMainVerb(title, s.text, this.lex(s)) &&
      !concedesOnly(title, s.text, this.lex(s)) &&
      !FIGURE_APPOSITIVE.test(withoutLabel(title, this.speaker(s))) &&
      !misquotes(title, s.text, false) &&
      // Quoted words, and an interviewee's or a debater's own, title a slide only with their speaker named.
      (!(this.quoted(s) || this.relayed(s)) || title.includes(this.speaker(s) ?? '\u0000'));
    this.titleRef = undefined;
    // Titles that copy no long run of their sentence first: at ten words, then at fewer, where a cut is less
    // likely to copy; a copied title only when no sentence of the slide gives another.
    const attempts = [
      ...SHORTER_TITLE_WORDS.map((words) => ({ words, copyOk: false })),
      { words: TITLE_WORDS, copyOk: true },
    ];
    for (const round of rounds)
      for (const { words, copyOk } of attempts) {
        for (const s of round) {
          const title = this.headlineTitle(s, words, keep?.(s) ?? [], copyOk);
          if (title) return this.titled(title, s);
        }
      }
    // Other languages have no English clause rules to shorten by: a sentence short enough is its own title.
    for (const s of this.english ? [] : present) {
      const whole = s.text.replace(FINAL_STOP, '');
      if (wordCount(whole) <= TITLE_WORDS && this.isFree(whole)) return this.titled(whole, s);
    }
    // "Health Minister Daniel Okonkwo-Reyes was challenged …": a person by surname, as headlines name them, when
    // the title still fits so; else as the sentence names them.
    const bySurname = (text: string) => shortenPeople(text, this.surnamed);
    // The first of some titles for `s` that fits, its speaker named.
    const firstFit = (texts: readonly string[], s: AnalyzedSentence) =>
      texts.map((text) => withSpeaker(text, this.speaker(s))).find((title) => fits(title, s));
    for (const s of present) {
      const clause = this.clauseTitle(s, TITLE_WORDS, keep?.(s) ?? []);
      const title = clause && firstFit([bySurname(clause), clause], s);
      if (title) return this.titled(title, s);
    }
    for (const s of present) {
      // "Anand: the technology remained far from ready": an opinion's title names who holds it.
      const compressed = this.compress(s, { maxWords: TITLE_WORDS });
      for (const text of new Set([bySurname(compressed), compressed])) {
        const said = withSpeaker(text, this.speaker(s));
        // With its speaker named, headline style may have to drop the articles to fit.
        for (const bullet of new Set([said, dropArticles(said)]))
          if (wordCount(bullet) <= TITLE_WORDS && fits(bullet, s)) return this.titled(bullet, s);
      }
    }
    for (const limit of this.english ? [TITLE_WORDS] : []) {
      for (const s of present) {
        const lexicon = this.lex(s);
        for (const text of [this.compress(s), s.text]) {
          const cut = leadingClause(mainClause(text, lexicon), s.text, lexicon, limit);
          const clause = cut && firstFit([bySurname(cut), cut], s);
          if (clause) return this.titled(clause, s);
        }
      }
    }
    const subjects = present.map((s) => ({ text: this.compress(s), lexicon: this.lex(s) }));
    // A name the headline or another title gives already: a label titled with it says nothing more.
    const named = [this.article.title.toLowerCase(), ...this.titles];
    const names = present
      .flatMap((s) => s.entities)
      // "United States" from "the American investor": only names the article writes.
      .filter((n) => !named.some((t) => t.includes(n.toLowerCase())) && this.articleText.includes(n));
    const byCount = [...new Set(names)].sort(
      (a, b) => names.filter((n) => n === b).length - names.filter((n) => n === a).length,
    );
    return this.claim(fallbackTitle(TEMPLATES.labels[kind], subjects, this.titles, byCount));
  }
}
