/**
 * Slide titles in headline style: the point of a sentence stated in a few words, the way a briefer writes it
 * ("Iran objected to Azerbaijan's Zangezur corridor plans"), not the sentence copied out of the article.
 *
 * Every step only removes words from an already compressed clause (see compress.ts), with two grammatical
 * exceptions that add no fact: a perfect tense becomes a simple past ("has objected" → "objected", regular verbs
 * only) and a person's full name, with the titles before it, becomes the surname ("Iran's Supreme Leader Ayatollah
 * Ali Khamenei" → "Khamenei"). Steps are applied lightest first and only as far as needed: fillers, adverbs, names
 * and tense always; articles only when the title is still long or copies a long run of its source.
 */
import { inFixedPhrase, lexiconOf, listedOn, opensSeries, posOf, type Lexicon } from './clauses';
import { CONDITION_OPENING, insideQuotes, OPEN_END_POS, parallelItem } from './compressRules';
import { normalWords } from '../check/words';

/** A run of this many words taken verbatim from one source sentence reads as copied, not stated. */
export const COPIED_RUN = 8;

const SPACE = /\s+/;
const EDGE = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}%]+$/gu;
const QUOTE_MARK = /["“”]/g;
/** Adverbs that state a fact or carry the grammar of the clause: never dropped. */
const KEEP_ADVERBS = new Set([
  'not',
  "n't",
  'never',
  'no',
  'only',
  'more',
  'less',
  'most',
  'least',
  'as',
  'than',
  'up',
  'down',
  'out',
  'off',
  'back',
  'away',
  'over',
  'ago',
  'how',
  'why',
  'where',
  'when',
  'longer',
  'about',
  'almost',
  'nearly',
  'around',
  'roughly',
  'some',
  'just',
  'twice',
  'half',
  'abroad',
  'home',
  'together',
  'apart',
  'alone',
  'enough',
  'too',
  'so',
  'well',
  'instead',
  'yet',
  'once',
  'there',
  'here',
]);
/** Words of hedging and connection that a headline drops whatever their tag. */
const FILLERS = new Set([
  'also',
  'even',
  'really',
  'actually',
  'simply',
  'quietly',
  'strenuously',
  'routinely',
  'so-called',
  'therefore',
  'thus',
  'indeed',
  'now',
  'still',
  'already',
  'currently',
  'reportedly',
  'apparently',
  'clearly',
  'certainly',
  'fiercely',
  'strongly',
  'specifically',
  'particularly',
  'especially',
  'notably',
  'increasingly',
  'largely',
  'mainly',
  'merely',
]);
const ARTICLES = new Set(['a', 'an', 'the']);
/** After these an article belongs to a predicate noun ("is a recipient"): kept. */
const COPULAS = new Set([
  'is',
  'are',
  'was',
  'were',
  'be',
  'been',
  'being',
  'become',
  'becomes',
  'became',
  'remains',
  'remain',
  'remained',
]);
/** An article before these is part of the phrase ("the same", "a third", "the most"). */
const DECADE = /^(?:1[89]|20)?\d0['’]?s$/;
export const ARTICLE_HOSTS =
  /^(?:year|day|week|month|decade|quarter|time|while|bit|little|dozen|hundred|thousand|million|billion|same|other|first|last|next|only|most|least|few|third|quarter|half|fifth|lot|number|majority|minority|rest|opposite|kind|sort|west|east|north|south|u\.s\.|uk|us|eu|un)$/i;
const PERFECT = new Set(['has', 'have', 'had']);
const MODALS = new Set([
  'may',
  'might',
  'could',
  'would',
  'should',
  'must',
  'will',
  'can',
  'not',
  "won't",
  "wouldn't",
]);
/** A "person" the tagger found whose last word names an organisation ("Ridgeline Health"): never shortened. */
export const ORGANISATION_WORD =
  /\b(?:Health|Group|Bank|Institute|Inc\.?|Ltd\.?|Company|Co\.?|Corp\.?|Corporation|Council|Committee|Association|Party|University|College|Hospital|Ministry|Agency|Fund|Board|Commission|Foundation|Trust|Center|Centre|Network|Services|Systems|Partners|Capital|Energy|Motors|Airlines|Press|News|Times|Post|Journal|Review|Court|Office|Department|Union|Alliance|League|Federation|Authority|Holdings|Labs?|Logistics|Robotics|Freight|Securities|Technologies|Industries|Pharmaceuticals|Insurance|Airways|Shipping|Media|Solutions|Software|Registry|Forum|Society|Marine|Maritime|Shipbuilding|Shipyards?|Aerospace|Engineering|Construction|Foods|Brands|Pharma|Telecom|Command|Navy|Army|Police|Coastguard|Directorate|Secretariat|Parliament|Assembly|Senate|Government|Coalition|Initiative|Observatory|Analytics|Markets|Railways?|Steel|Mining|Minerals|Materials|Refining|Batteries|Cells|Utilities|Petroleum|Electric|Power|Therapeutics|plc|LLC|GmbH|AG|SA|Reports)$/;

/** Titles and offices written before a name; dropped with the given names when a name is shortened. */
const NAME_TITLES =
  /^(?:president|prime|minister|supreme|leader|ayatollah|gen\.?|general|dr\.?|mr\.?|mrs\.?|ms\.?|prof\.?|professor|sir|dame|king|queen|prince|princess|sheikh|chancellor|senator|sen\.?|rep\.?|governor|gov\.?|secretary|chairman|chairwoman|chair|ceo|director|judge|justice|mayor|commissioner|ambassador|admiral|colonel|col\.?|captain|lt\.?|state|deputy|representative|superintendent|inspector|detective|sergeant|bishop|rabbi|imam|lord|lady|councillor|cllr)$/i;

function bare(word: string): string {
  return word.replace(EDGE, '').toLowerCase();
}

/** The words of a text outside quotation marks (true) and inside (false), in order. */
function quotedMask(words: readonly string[]): boolean[] {
  let open = false;
  return words.map((w) => {
    const marks = w.match(QUOTE_MARK)?.length ?? 0;
    const inside = open || marks > 0;
    if (marks % 2 === 1) open = !open;
    return inside;
  });
}

/**
 * Longest run of consecutive words a title shares with its source (case and punctuation ignored), counted as the
 * briefing check counts them ("15,400" is two words), so a title the drafter finds uncopied is one the check passes.
 */
export function longestCopiedRun(title: string, source: string): number {
  const a = normalWords(title);
  const b = normalWords(source);
  let best = 0;
  const prev = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    let diag = 0;
    for (let j = 1; j <= b.length; j++) {
      const up = prev[j] ?? 0;
      prev[j] = a[i - 1] === b[j - 1] ? diag + 1 : 0;
      best = Math.max(best, prev[j] ?? 0);
      diag = up;
    }
  }
  return best;
}

/** True when a word is a filler or an adverb of manner or degree that a headline can lose. */
/** "came out roughly even or ahead", "break even": "even" as the adjective a claim needs, not a filler. */
export function evenAsAdjective(
  word: string,
  before: string | undefined,
  after: string | undefined,
): boolean {
  return (
    bare(word) === 'even' &&
    (/^(?:or|and|with|money)\b/i.test(after ?? '') ||
      /[,;:.]$/.test(word) ||
      /^(?:roughly|about|almost|nearly|broke|break|breaks|breaking|broken|pretty|fairly)$/i.test(
        before ?? '',
      ))
  );
}

function droppable(word: string, lexicon: Lexicon): boolean {
  const key = bare(word);
  if (!key || /[,;:]$/.test(word)) return false;
  if (FILLERS.has(key)) return true;
  if (posOf(key, lexicon) !== 'ADV' || KEEP_ADVERBS.has(key)) return false;
  // Hedges and intensifiers only: "evenly", "partly", "rarely" carry the point ("not spread evenly").
  return HEDGE_LY.has(key);
}

/** "-ly" words a headline loses without changing what it says. */
const HEDGE_LY = new Set([
  'really',
  'actually',
  'simply',
  'clearly',
  'certainly',
  'quietly',
  'strenuously',
  'routinely',
  'fiercely',
  'particularly',
  'especially',
  'reportedly',
  'apparently',
  'essentially',
  'basically',
  'ultimately',
  'definitely',
  'obviously',
  'openly',
  'publicly',
  'repeatedly',
  'recently',
  'currently',
  'strongly',
  'firmly',
  'sharply',
  'vocally',
  'formally',
  'officially',
  'ostensibly',
  'seemingly',
  'arguably',
  'effectively',
  'genuinely',
  'truly',
  'surely',
  'swiftly',
  'quickly',
  'suddenly',
  'finally',
]);
const JOINERS = new Set(['and', 'or']);

/**
 * Drops fillers and adverbs that do not carry a fact (never inside a quotation); "diplomatically and
 * economically" goes whole, with its "and".
 */
export function dropAdverbs(text: string, lexicon: Lexicon): string {
  const words = text.split(SPACE).filter(Boolean);
  const quoted = quotedMask(words);
  const fixed = inFixedPhrase(words);
  const drop = words.map(
    (w, i) =>
      !quoted[i] && !fixed[i] && droppable(w, lexicon) && !evenAsAdjective(w, words[i - 1], words[i + 1]),
  );
  words.forEach((w, i) => {
    if (JOINERS.has(w.toLowerCase()) && drop[i - 1] && drop[i + 1]) drop[i] = true;
  });
  return words.filter((_, i) => !drop[i]).join(' ');
}

/** Irregular verbs whose past tense is their participle: "has made" reads "made" in either tense. */
const PAST_AS_PARTICIPLE =
  /^(?:made|found|left|built|held|brought|paid|sold|told|kept|lost|met|sent|spent|won|bought|caught|taught|felt|heard|led|meant|set|cut|put|hit|shut|struck|stood|won|laid|lent|dealt)$/i;

/**
 * "has objected" → "objected"; with `irregular`, "has made" → "made" too (never "has taken", whose past differs).
 * Irregular verbs are for a headline's whole clause only: in a cut one ("kept its main rate | at 5.75 percent"),
 * the perfect is what says the state goes on.
 */
/** The copula a headline leaves out. */
const COPULA = /^(is|are|was|were)$/i;
/** A state a headline links to its subject without "is": a passive's participle ("designated", "split"), "out"
 * ("out of action") or "due". */
/** Words that may stand between a copula and its noun ("is no longer a", "was still a", "is not yet a"). */
const COPULA_ADVERB =
  /^(?:not|never|no|longer|still|now|also|already|just|only|hardly|rarely|often|always|usually|yet|increasingly|rather|merely|simply)$/i;
const LINKED_STATE =
  /^(?:\p{L}{3,}ed|split|cut|set|shut|held|kept|built|made|paid|sold|left|lost|found|known|shown|given|taken|seen|done|grown|drawn|out|due)$/iu;

/**
 * A title in headline style without its copula ("Two of the four pumps were out of action" → "Two of the four
 * pumps out of action", "Responsibility … is split between three bodies" → "… split between …"): only the first
 * verb, after a subject with a noun, and before a state (an adjective, a participle, a place or "not"), never
 * before a noun phrase ("X is a Y") or a verb's "-ing".
 */
export function withoutCopula(text: string, lexicon: Lexicon): string {
  const words = text.split(SPACE);
  const at = words.findIndex((w) => VERBISH.has(posOf(bare(w), lexicon)));
  if (at < 2 || !COPULA.test(bare(words[at] ?? ''))) return text;
  if (!words.slice(0, at).some((w) => NOUNISH.has(posOf(bare(w), lexicon)))) return text;
  // Quoted words are the speaker's; a title with a comma has more than one part to link, and so has a subject
  // that ends on a semicolon or a colon.
  if (/["“”,]/.test(text) || /[;:]$/.test(words[at - 1] ?? '')) return text;
  // "not due", "not designated"; never "not failing because …", whose "not" denies the reason.
  const negated = /^not$/i.test(bare(words[at + 1] ?? ''));
  // "Reliable broadband is no longer a convenience" → "… no longer a convenience": so does a headline before an
  // adverb and its noun.
  let next = at + 1;
  while (next < at + 3 && COPULA_ADVERB.test(bare(words[next] ?? ''))) next++;
  const adverbed = next > at + 1 && /^(?:a|an)$/i.test(bare(words[next] ?? ''));
  if (!adverbed && !LINKED_STATE.test(bare(words[at + (negated ? 2 : 1)] ?? ''))) return text;
  return [...words.slice(0, at), ...words.slice(at + 1)].join(' ');
}

export function simplePast(text: string, lexicon: Lexicon, irregular = false): string {
  // "places that had faced similar pressures and done better": the perfect governs a second participle that
  // has no simple past of the same form.
  if (SHARED_PERFECT.test(text)) return text;
  const words = text.split(SPACE).filter(Boolean);
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i] ?? '';
    const next = words[i + 1] ?? '';
    const regular =
      (/^[a-z]+ed$/.test(next) || (irregular && PAST_AS_PARTICIPLE.test(next))) &&
      posOf(bare(next), lexicon) === 'VERB';
    // "may have exposed" keeps its "have": without it the modal has no verb to govern.
    // "appears to have peaked" keeps it too: after "to" the perfect is an infinitive's.
    const modal =
      MODALS.has((out[out.length - 1] ?? '').toLowerCase()) || /^to$/i.test(out[out.length - 1] ?? '');
    // "the most consequential banker Kestland has produced": only the title's own first verb turns simple past.
    const relative = out.some(
      (o) => /^(?:that|who|which|whom)$/i.test(bare(o)) || ['VERB', 'AUX'].includes(posOf(bare(o), lexicon)),
    );
    const past =
      irregular && !modal && !relative && !/[,;:]$/.test(w) ? IRREGULAR_PAST[bare(next)] : undefined;
    if (PERFECT.has(w.toLowerCase()) && past && posOf(bare(next), lexicon) === 'VERB') {
      // "have driven much of the rise" → "drove much of the rise"
      out.push(next.replace(bare(next), past));
      i++;
      continue;
    }
    if (PERFECT.has(w.toLowerCase()) && regular && !modal && !relative && !/[,;:]$/.test(w)) continue;
    out.push(w);
  }
  return out.join(' ');
}

/** Irregular participles and the simple past a headline writes for them. */
const IRREGULAR_PAST: Readonly<Record<string, string>> = {
  driven: 'drove',
  taken: 'took',
  given: 'gave',
  fallen: 'fell',
  risen: 'rose',
  grown: 'grew',
  shown: 'showed',
  begun: 'began',
  become: 'became',
  written: 'wrote',
  chosen: 'chose',
  broken: 'broke',
  spoken: 'spoke',
  known: 'knew',
  seen: 'saw',
  gone: 'went',
  done: 'did',
  drawn: 'drew',
  thrown: 'threw',
  frozen: 'froze',
  stolen: 'stole',
  forgotten: 'forgot',
  hidden: 'hid',
  shaken: 'shook',
  worn: 'wore',
  torn: 'tore',
  swollen: 'swelled',
  overtaken: 'overtook',
  undertaken: 'undertook',
  withdrawn: 'withdrew',
  forbidden: 'forbade',
};

/** "… and done better", "… or been told": a participle coordinated under one perfect auxiliary. */
const SHARED_PERFECT =
  /\b(?:has|have|had)\b.*\b(?:and|or)\s(?:done|been|gone|seen|taken|made|given|become|grown|fallen|risen|written|known|shown|won|kept|held|left|begun|driven|chosen|spoken|broken|frozen|stolen|thrown|drawn)\b/i;

/** Words that count a part of a whole ("several of the …"). */
const PARTITIVE =
  /^(?:several|some|many|most|all|none|each|any|few|both|either|neither|first|second|third|last|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|hundreds?|thousands?|dozens?|half|thirds?|quarters?|fifths?|majority|minority|rest|remainder|bulk|much|part|\d+%?)$/i;
/** Words that open a clause qualifying the noun before them ("the change I described", "a country that …"). */
const QUALIFYING_CLAUSE = /^(?:that|which|who|whom|whose|where|i|we|you|they|he|she)$/i;
/** How many words of a noun phrase may come between its article and a clause that qualifies its noun. */
const QUALIFIED_REACH = 3;

/**
 * True when the noun phrase an article opens is qualified by a clause after it ("make exactly the change I
 * described", "on the way Brightline's process worked"): that phrase keeps its article, or it reads as a headline
 * cut short ("change I described").
 */
function qualifiedAfter(words: readonly string[], at: number): boolean {
  for (let j = at + 2; j <= at + 1 + QUALIFIED_REACH && j < words.length; j++) {
    if (/[,;:.!?]$/.test(words[j - 1] ?? '')) return false;
    const word = bare(words[j] ?? '');
    if (QUALIFYING_CLAUSE.test(word) || (j === at + 2 && /^way$/i.test(bare(words[at + 1] ?? ''))))
      return true;
  }
  return false;
}

/** The units a rate is counted per: "trips a night", "meals a day". */
const PER_UNIT =
  /^(?:second|minute|hour|night|day|week|month|quarter|year|head|person|household|trip|visit)$/i;

/** True when the article at `i` opens a relative clause with no "that": noun, article, noun, verb. */
function contactClause(words: readonly string[], i: number): boolean {
  if (!/\p{Ll}$/u.test(words[i - 1] ?? '') || /[,;:]$/.test(words[i - 1] ?? '')) return false;
  const lexicon = lexiconOf(words.slice(Math.max(0, i - 2), i + 4).join(' '));
  const pos = (at: number) => posOf(bare(words[at] ?? ''), lexicon);
  return pos(i - 1) === 'NOUN' && pos(i + 1) === 'NOUN' && pos(i + 2) === 'VERB';
}

/** Drops articles outside quotations, except before a predicate noun or a word that needs one. */
/** A fraction or a round count: "half", "a third", "a quarter", "a dozen". */
const FRACTION =
  /^(?:half|third|quarter|fifth|sixth|seventh|eighth|ninth|tenth|dozen|hundred|thousand|million|billion)$/i;

export function dropArticles(text: string): string {
  const words = text.split(SPACE).filter(Boolean);
  const quoted = quotedMask(words);
  const fixed = inFixedPhrase(words);
  return words
    .filter((w, i) => {
      if (quoted[i] || fixed[i] || !ARTICLES.has(w.toLowerCase()) || i === 0) return true;
      // "was not a bolt", "is never an answer", "is no longer a convenience": a negation or an adverb stands
      // between the copula and its noun.
      let at = i - 1;
      while (at > i - 3 && at > 0 && COPULA_ADVERB.test(bare(words[at] ?? ''))) at--;
      if (COPULAS.has(bare(words[at] ?? ''))) return true;
      // "planners have a saying": after "have" a bare "-ing" noun reads as the verb's participle.
      if (PERFECT.has(bare(words[i - 1] ?? '').toLowerCase()) && /\p{L}ing$/u.test(bare(words[i + 1] ?? '')))
        return true;
      // "maintained that a deal had been tried": without it, "that deal" reads as pointing at one.
      // "the case for a May cut": before a month used as a modifier the article says it is no modal.
      if (/^May$/.test(words[i + 1] ?? '')) return true;
      // "either a book of its own or nothing": a correlative's first item keeps its article too.
      if (/^(?:that|this|either|neither)$/i.test(bare(words[i - 1] ?? ''))) return true;
      // "€14.20 an hour", "twice a year": after a number the article means "per".
      if (/\d/.test(words[i - 1] ?? '') || /^(?:once|twice|times)$/i.test(bare(words[i - 1] ?? '')))
        return true;
      // "2,300 trips a night", "€9 per trip": a rate's article after its counted noun.
      if (/\d/.test(words[i - 2] ?? '') && PER_UNIT.test(bare(words[i + 1] ?? ''))) return true;
      // "several of the new schemes", "two of the lines": a part of a whole keeps the whole's article.
      if (/^of$/i.test(words[i - 1] ?? '') && PARTITIVE.test(bare(words[i - 2] ?? ''))) return true;
      // "an uneven book but an important one": an adjective's "one" needs its article.
      if (/^ones?$/i.test(bare(words[i + 1] ?? '')) || /^ones?$/i.test(bare(words[i + 2] ?? ''))) return true;
      // "fell by about a sixth", "nearly a third of": a fraction after its measure word keeps its "a".
      if (
        /^an?$/i.test(w) &&
        FRACTION.test(bare(words[i + 1] ?? '')) &&
        /^(?:about|nearly|almost|roughly|around|some|over|under|than|by|only|just|barely)$/i.test(
          bare(words[i - 1] ?? ''),
        )
      )
        return true;
      // "the 1980s", "the 2020s": a decade keeps its article.
      if (ARTICLE_HOSTS.test(bare(words[i + 1] ?? '')) || DECADE.test(bare(words[i + 1] ?? ''))) return true;
      // "The graphic the campaign cited compares …": an article between a noun and a clause's subject opens that
      // clause; without it the two nouns read as one ("graphic campaign cited"). (Asked last: it runs the tagger.)
      return qualifiedAfter(words, i) || contactClause(words, i);
    })
    .join(' ');
}

/**
 * A person's full name becomes the surname, with the titles and the "Country's" before it: `people` are full names
 * of people the article names (two words or more).
 */
/** Capitalised words before a title that are not part of it: a sentence's opening article or preposition. */
const NOT_TITLE_WORD =
  /^(?:The|A|An|In|On|At|For|By|With|From|After|Before|When|While|As|But|And|Writing|Speaking)$/;

export function shortenPeople(text: string, people: readonly string[]): string {
  let out = text;
  for (const name of people.filter((n) => !ORGANISATION_WORD.test(n))) {
    const parts = name.split(SPACE);
    const surname = parts[parts.length - 1];
    if (parts.length < 2 || !surname || !out.includes(name)) continue;
    const at = out.indexOf(name);
    const before = out.slice(0, at).split(SPACE).filter(Boolean);
    let keep = before.length;
    // Walk back over titles ("Supreme Leader Ayatollah") and a possessive country before them ("Iran's").
    while (keep > 0 && /^\p{Lu}/u.test(before[keep - 1] ?? '') && NAME_TITLES.test(before[keep - 1] ?? ''))
      keep--;
    // "Data Protection | Commissioner", "Chief | Justice": the capitalised words of a title go with its head.
    if (keep < before.length)
      while (
        keep > 0 &&
        /^\p{Lu}\p{Ll}+$/u.test(before[keep - 1] ?? '') &&
        !NOT_TITLE_WORD.test(before[keep - 1] ?? '')
      )
        keep--;
    if (keep < before.length && keep > 0 && /^\p{Lu}[\p{L}-]*['’]s$/u.test(before[keep - 1] ?? '')) keep--;
    const head = before.slice(0, keep).join(' ');
    out = `${head}${head ? ' ' : ''}${surname}${out.slice(at + name.length)}`;
  }
  return out;
}

const PAIRED_ASIDE = /,\s([^,"“”]{2,60}),\s/g;
const LAST_SEGMENT = /,\s([^,"“”]+)$/;
/** A series' conjunction, and a word set off after it ("rent and, yes"), ending the text before a last item. */
const SERIES_END_BEFORE = /\b(?:and|or|nor)(?:,\s[\p{L}-]+)?$/iu;
/** A closing segment that contrasts ("not a law", "rather than a cure", "let alone a profit"). */
const CONTRAST_SEGMENT = /^(?:not|never|rather than|instead of|let alone|but not|and not)\b/i;
const YEAR = /\b(?:1[89]|20)\d\d\b/g;
/** "…, when it finally opened in 2024": text that ends inside a subordinate aside, which the main clause follows. */
const SUBORDINATE_ASIDE =
  /,\s(?:when|while|if|because|although|though|once|after|before|since|until|which|who|where)\b[^,]*$/i;
const FINITE_HINT =
  /\b(?:is|are|was|were|has|have|had|will|would|can|could|may|might|must|should|does|did|do)\b|\b(?:it|that|there|he|she|what|who)['’]s\b|\p{L}['’](?:re|ve|ll|d)\b|n['’]t\b/iu;
/** "It is unlikely that Tehran would jeopardize …" → "Tehran unlikely to jeopardize …". */
const IT_LIKELY =
  /^It is (un)?likely that ((?:[\p{Lu}][\p{L}'’.-]*\s?){1,4}|(?:the|a|an) [\p{L}'’ -]{1,40}?) (?:would|will|could|can|is going to) (.+)$/u;
/** "It is doubtful that X" → "Doubtful that X". */
const IT_ADJ_THAT =
  /^It (?:is|was|seems|appears) (doubtful|unclear|uncertain|unlikely|likely) (that|whether) (.+)$/;
/** "It is possible that platforms will try …" → "Platforms may try …": the possibility as the modal that says it. */
const IT_POSSIBLE = /^It (?:is|was|seems) possible that (.+?) (?:will|would|could|can) (\p{L}.+)$/u;
/** "X issued a call on Y to Z" → "X called on Y to Z": the light verb's noun as the verb it names. */
const LIGHT_VERBS: readonly [RegExp, string][] = [
  [
    /\b(?:issued|made|renewed|launched) (?:a|an|its|his|her|their) (?:urgent |fresh |new )?(?:call|appeal) (on|for|to)\b/,
    'called $1',
  ],
  [/\b(?:issued|gave|sent) (?:a|an) (?:stark |fresh |new )?warning (to|that|about)\b/, 'warned $1'],
  [/\b(?:made|reached|struck) (?:a|an) (?:deal|agreement) (with|to|on)\b/, 'agreed $1'],
  [/\bmade (?:a|an) (?:decision|choice) to\b/, 'decided to'],
  [/\b(?:took|made) (?:a|the) decision to\b/, 'decided to'],
];
/** The verbs {@link LIGHT_VERBS} write, for a lexicon that never saw them in the source. */
export const HEADLINE_VERBS = ['called', 'warned', 'agreed', 'decided'] as const;
/** "There is no strong pressure …" → "No strong pressure …". */
const THERE_IS = /^There (?:is|are|was|were|has been|have been) ((?:no|little|few|growing)\b.+)$/i;

/** True when a stretch of words has a verb the tagger calls finite (or an auxiliary). */
function hasVerb(text: string, lexicon: Lexicon): boolean {
  return (
    FINITE_HINT.test(text) ||
    text.split(SPACE).some((w) => posOf(bare(w), lexicon) === 'VERB' && !/ing$/.test(bare(w)))
  );
}

/** "energy, food, alcohol and tobacco": the last items of a series, after a short item set off by a comma. */
function inList(before: string, inner: string): boolean {
  const comma = before.lastIndexOf(',');
  const item = comma < 0 ? '' : before.slice(comma + 1);
  return (
    comma >= 0 &&
    item.split(SPACE).filter(Boolean).length <= 3 &&
    /\b(?:and|or)\s+(?:\S+\s){0,5}\S+$/.test(inner)
  );
}

/** "and" or "or" within a few words: the words after an aside go on to a series' last item. */
const SERIES_AFTER = /^\s*(?:[\p{L}-]+\s){0,3}(?:and|or)\s/u;

/** "Orders, | backlog, | margins and cash flow all improved": a short noun between commas is an item of a series. */
function seriesItem(inner: string, after: string, lexicon: Lexicon): boolean {
  const words = inner.trim().split(SPACE);
  if (opensSeries(inner, after, lexicon)) return true;
  return (
    words.length <= 3 &&
    words.every((w) => ['NOUN', 'PROPN', 'ADJ'].includes(posOf(bare(w), lexicon))) &&
    SERIES_AFTER.test(after)
  );
}

/**
 * Drops asides between commas that hold no verb ("Azerbaijani officials, starting with Aliyev, ratcheted up …")
 * and a last comma segment that holds none ("…, in the process").
 */
const APPOSITIVE_WITH_RELATIVE =
  /(?<=\b\p{Lu}[\p{L}'’-]+),\s((?:[^,"“”]|,(?=\d)){3,110}),\s((?:which|who|whose)\s(?:[^,"“”]|,(?=\d)){1,120}),\s(?=\p{Ll})/gu;
/** Names that end a series after a comma ("Harlen and Brask", "Harlen, Brask and Tove"). */
const NAME_SERIES_AFTER = /^\s*(?:\p{Lu}[\p{L}'’-]+,?\s){1,3}(?:and|or)\s\p{Lu}/u;
/** A name set off by commas ("Henrik Vestergaard, told"): what stands before it is the noun it names. */
const NAME_APPOSITIVE_NEXT = /^\s*(?:\p{Lu}[\p{L}'’-]+\s){0,2}\p{Lu}[\p{L}'’-]+,\s/u;
/** Parts of speech that open a noun phrase of their own after a noun ("rosters | safe staffing and support"). */
const NOUN_PHRASE_START = new Set(['ADJ', 'NOUN', 'DET', 'NUM']);

/** True when dropping what stands between `before` and `after` would run one noun phrase into another. */
function gluesPhrases(before: string, after: string, lexicon: Lexicon): boolean {
  const left = bare(before.split(SPACE).pop() ?? '');
  const right = bare(after.trim().split(SPACE)[0] ?? '');
  return posOf(left, lexicon) === 'NOUN' && NOUN_PHRASE_START.has(posOf(right, lexicon));
}

/** "many of whom", "some of which": the opening of a relative clause, cut off by an aside after it. */
const PARTITIVE_RELATIVE =
  /^(?:many|some|most|all|none|few|both|each|several|one|two|three|half|either|neither) of (?:whom|which)$/i;

export function dropAsides(text: string, lexicon: Lexicon): string {
  // "Dolores Quint, | general secretary of the Federation, which represents 780,000 members, | said …": a
  // name's appositive goes with the relative clause that describes it.
  const described = text.replace(
    APPOSITIVE_WITH_RELATIVE,
    (whole, inner: string, _relative: string, at: number, all: string) =>
      insideQuotes(all, at) || hasVerb(inner, lexicon) ? whole : ' ',
  );
  let out = described.replace(PAIRED_ASIDE, (whole, inner: string, at: number, all: string) =>
    insideQuotes(all, at) ||
    // "The crises of 1974, | 1994–97, | 2009 and 2019": a year or a number between commas is a series' item.
    // ("Rosa, 31, rents …": an age after a name is the name's aside.)
    (/^[\d\s–—/.-]+$/.test(inner.trim()) && /\d$/.test(all.slice(0, at).trim())) ||
    parallelItem(all.slice(0, at), inner) ||
    hasVerb(inner, lexicon) ||
    inList(all.slice(0, at), inner) ||
    seriesItem(inner, all.slice(at + whole.length), lexicon) ||
    listedOn(inner, all.slice(at + whole.length), lexicon) ||
    gluesPhrases(all.slice(0, at), all.slice(at + whole.length), lexicon) ||
    // ", and Veloria's current account surplus, at 3.2% of GDP, provides …": a joined clause's subject, no aside.
    // "for internal staff, | then 1 percent of traffic, | then 10": a step of a sequence, no aside.
    // "612 beds, | so close to a quarter of the hospital, | 23%, was …": what "so" draws from it, no aside.
    /^(?:and|but|nor|yet|then|so)\s/i.test(inner.trim()) ||
    // "on food, | rent and, | yes, transport": a series item before its conjunction, no aside.
    /\s(?:and|or|nor)$/i.test(inner.trim()) ||
    // "against 4.3% in the cities of Ostervik, | Harlen and Brask": the aside's last name opens a series.
    (/\p{Lu}[\p{L}'’-]+$/u.test(inner) && NAME_SERIES_AFTER.test(all.slice(at + whole.length))) ||
    // "On March 8, | Denmark's defence minister, | Henrik Vestergaard, told …": the subject, its name after it.
    NAME_APPOSITIVE_NEXT.test(all.slice(at + whole.length)) ||
    // "Quint, | general secretary of the Federation, | which represents …": the relative is the aside's.
    /^\s*(?:which|who|whom|whose)\b/i.test(all.slice(at + whole.length)) ||
    // "farmers, | many of whom, | he notes, were encouraged …": a relative clause's opening, not an aside.
    PARTITIVE_RELATIVE.test(inner.trim())
      ? whole
      : // "adapt further, | for example by moving home, | and the retail estimate …": a clause's own comma stays.
        /^(?:and|but|or|yet)\s/i.test(all.slice(at + whole.length))
        ? ', '
        : ' ',
  );
  const last = LAST_SEGMENT.exec(out);
  if (last && insideQuotes(out, last.index)) return out.replace(/\s+/g, ' ').trim();
  // ", cost £2.3 million" after "The replacement, when it opened in 2024": the main clause resumes, and a
  // figure is never an aside.
  // "recommends a wider, | lower embankment": stacked adjectives, whose noun comes after the comma.
  const resumes = (before: string) =>
    SUBORDINATE_ASIDE.test(before) || OPEN_END_POS.has(posOf(bare(before.split(SPACE).pop() ?? ''), lexicon));
  if (
    last &&
    !hasVerb(last[1] ?? '', lexicon) &&
    !/\d/.test((last[1] ?? '').replace(YEAR, '')) &&
    // "… is a management project, | not a law": the contrast is the claim's other half, never an aside.
    !CONTRAST_SEGMENT.test(last[1] ?? '') &&
    !resumes(out.slice(0, last.index)) &&
    // "food, rent and, yes, | transport": the last item of a series, after its conjunction.
    !SERIES_END_BEFORE.test(out.slice(0, last.index)) &&
    // "protected by embankments, | pumps and gates": the series' last items, after its first.
    !opensSeries(out.slice(0, last.index), last[0].slice(1), lexicon)
  )
    out = out.slice(0, last.index);
  return out.replace(/\s+/g, ' ').trim();
}

/**
 * Headline grammar for a few clause shapes, adding no fact: "It is unlikely that X would Y" → "X unlikely to Y",
 * "It is doubtful that X" → "Doubtful that X", "It is possible that X will Y" → "X may Y", "There is no X" → "No X".
 */
export function headlineGrammar(text: string): string {
  for (const [re, verb] of LIGHT_VERBS) text = text.replace(re, verb);
  const likely = IT_LIKELY.exec(text);
  if (likely) return `${likely[2]} ${likely[1] ?? ''}likely to ${likely[3]}`;
  const possible = IT_POSSIBLE.exec(text);
  if (possible)
    return `${(possible[1] ?? '').charAt(0).toUpperCase()}${(possible[1] ?? '').slice(1)} may ${possible[2]}`;
  const adj = IT_ADJ_THAT.exec(text);
  if (adj) return `${(adj[1] ?? '').charAt(0).toUpperCase()}${(adj[1] ?? '').slice(1)} ${adj[2]} ${adj[3]}`;
  const there = THERE_IS.exec(text);
  if (there) return `${(there[1] ?? '').charAt(0).toUpperCase()}${(there[1] ?? '').slice(1)}`;
  return text;
}

const REPORTING_VERB =
  /^(?:says?|said|estimates?|estimated|expects?|expected|believes?|believed|thinks?|thought|argues?|argued|warns?|warned|found|finds|shows?|showed|suggests?|suggested|notes?|noted|insists?|insisted|claims?|claimed|fears?|feared|worry|worries|worried|hopes?|hoped|knows?|knew|admits?|admitted|reports?|reported|predicts?|predicted)$/;
const PASSIVE_BE = new Set(['is', 'are', 'was', 'were']);
const POSSESSIVE_PRONOUNS = new Set(['its', 'their']);

/**
 * Headline compression past the safe steps, each removing words only: a passive "is" ("is balanced by" →
 * "balanced by"), "its"/"their" before a noun phrase, the first of two stacked adjectives ("fiery anti-Israeli
 * rhetoric" → "anti-Israeli rhetoric") and an example phrase ("nations like Azerbaijan" keeps "nations like
 * Azerbaijan" only when nothing else fits, so it goes last). Never inside a quotation.
 */
/** Words that grade the adjective after them. */
const DEGREE_WORD = /^(?:most|least|more|less|so|too|very|as|how|fairly|rather|quite)$/i;
/** ", from a year earlier", " year on year": the baseline a yearly change is measured from. */
const YEAR_BASELINE =
  /,?\s(?:(?:from|on|compared with|against) (?:a|the) (?:year|quarter) (?:earlier|ago|before)|year[- ]on[- ]year)\b(?![-'’])/gi;

export function headlineTight(text: string, lexicon: Lexicon): string {
  const words = text.split(SPACE).filter(Boolean);
  const quoted = quotedMask(words);
  const drop = words.map(() => false);
  words.forEach((w, i) => {
    if (quoted[i] || i === 0) return;
    const key = bare(w);
    const next = words[i + 1] ?? '';
    const nextPos = posOf(bare(next), lexicon);
    // Only before an agent ("is balanced by"): "many machines designed with sealed drums" reads as a noun phrase.
    if (
      PASSIVE_BE.has(key) &&
      nextPos === 'VERB' &&
      /ed$/.test(bare(next)) &&
      !/[,;:]$/.test(w) &&
      bare(words[i + 2] ?? '') === 'by'
    )
      drop[i] = true;
    // "their own say" keeps "their": "own" needs it.
    else if (
      POSSESSIVE_PRONOUNS.has(key) &&
      ['NOUN', 'ADJ', 'PROPN'].includes(nextPos) &&
      bare(next) !== 'own' &&
      // "bridges of its kind": the possessive says whose kind, and "of kind" says nothing.
      !/^(?:kind|type|sort|class|size|age|way|time)$/i.test(bare(next)) &&
      // "much of its effect": a part of a whole keeps the whole's possessive, as it keeps its article.
      !(bare(words[i - 1] ?? '') === 'of' && PARTITIVE.test(bare(words[i - 2] ?? '')))
    )
      drop[i] = true;
    // "Officials estimate that about 40 tonnes …": a complement "that" after a verb of saying or thinking.
    // "Mr Orr said that | would not buy …": a "that" before a verb is the clause's subject, and stays.
    else if (
      key === 'that' &&
      REPORTING_VERB.test(bare(words[i - 1] ?? '')) &&
      !(nextPos === 'AUX' || (nextPos === 'VERB' && !/ing$/i.test(bare(next))))
    )
      drop[i] = true;
    // "the most | consequential central banker": an adjective a degree word grades is the claim itself.
    else if (
      posOf(key, lexicon) === 'ADJ' &&
      nextPos === 'ADJ' &&
      !/[,;:]$/.test(w) &&
      !quoted[i + 1] &&
      !DEGREE_WORD.test(bare(words[i - 1] ?? '')) &&
      // "at most double", "at least half": a limit, not an adjective stacked on another.
      !/^(?:most|least|best|worst)$/i.test(key) &&
      // "the richest fifth of households": a superlative says which part, and is the claim.
      !(/\p{L}{3}est$/u.test(key) && !/^(?:honest|modest)$/i.test(key))
    )
      drop[i] = true;
  });
  // "Revenue rose 6% from a year earlier to $1.42 billion": a change's usual baseline goes, as headlines drop it.
  return words
    .filter((_, i) => !drop[i])
    .join(' ')
    .replace(YEAR_BASELINE, '');
}

const REPORTED =
  /^(?:[\p{Lu}][\p{L}'’.-]*\s?){0,6}?(?:[\p{L}'’-]+\s){0,4}?(?:has |have |had )?(?:said|says|argued|argues|warned|warns|believes|believed|thinks|thought|noted|notes|insisted|insists|claimed|claims|told [\p{L} ]{1,30}?) that (.+)$/u;

const REPORTED_CLAUSE = new RegExp(
  String.raw`^[^"“”]{3,160}?\b(?:(?:has |have |had )?(?:said|says|argued|argues|warned|warns|believes|believed|estimated|estimates|found|finds|concluded|concludes|conclude|showed|shows|suggested|suggests|predicted|predicts|expects|expected|reported|reports|noted|notes|insisted|insists|claimed|claims|think|thinks) that|(?:say|says|argue|argues|believe|believes|think|thinks|warn|warns|insist|insist) (?=(?:the|a|an|this|its|their)\s))\s?(.{12,})$`,
);

/** The clause a sentence reports ("A survey … estimated that councils face a backlog" → "Councils face a backlog"). */
export function reportedClause(text: string): string | undefined {
  // "Without a multi-year settlement …, we conclude that the Act will widen the gap": without its condition the
  // clause asserts what the sentence only supposes.
  if (CONDITION_OPENING.test(text)) return undefined;
  const m = REPORTED_CLAUSE.exec(text);
  const clause = m?.[1]?.trim();
  // "said that | would not buy …": the "that" was the clause's subject; without it, the clause has none.
  if (clause && THAT_AS_SUBJECT.test(clause)) return undefined;
  return clause ? clause.charAt(0).toUpperCase() + clause.slice(1) : undefined;
}

/** A reported clause that opens on its verb: the "that" before it was its subject. */
const THAT_AS_SUBJECT =
  /^(?:would|will|could|can|should|might|may|must|is|was|are|were|has|had|does|did|cost|costs|meant|means)\b/i;

/** "President Aliyev's aide Hajiyev has said that the corridor …" → "Hajiyev: the corridor …". */
export function reportedSpeech(text: string, speaker: string | undefined): string {
  if (!speaker) return text;
  const m = REPORTED.exec(text);
  if (!m || !m[0].slice(0, m[0].length - (m[1] ?? '').length).includes(speaker)) return text;
  // "Mr Orr said that would not buy …": "that" is the reported clause's subject, not its conjunction.
  if (THAT_AS_SUBJECT.test(m[1] ?? '')) return text;
  return `${speaker}: ${m[1]}`;
}

/** The always-safe headline steps: fillers and adverbs, perfect tense, long names. */
export function headlineBase(text: string, lexicon: Lexicon, people: readonly string[]): string {
  const shortened = shortenPeople(
    simplePast(dropAdverbs(headlineGrammar(dropAsides(text, lexicon)), lexicon), lexicon),
    people,
  );
  return shortened.charAt(0).toUpperCase() + shortened.slice(1);
}

/** Pronouns and demonstratives that cannot open a stand-alone title or item. */
/** "But", "And", "So": a conjunction that may open a sentence, before its subject. */
const LEADING_CONJUNCTION = /^(?:but|and|so|yet|or),?\s+/i;
export const UNRESOLVED_OPENER =
  /^(?:it|its|they|them|their|theirs|he|him|his|she|her|hers|this|these|that|those|such|we|our|us|i|my|you|your)\b/i;

const RELATIVE_WORD = /^(?:that|who|which)$/i;
const NOUNISH = new Set(['NOUN', 'PROPN', 'NUM']);
const VERBISH = new Set(['VERB', 'AUX']);
/** A subject that only points elsewhere ("All of this", "Both", "Perhaps he"): the title says nothing alone. */
/** "The result is the same", "The reason is simple": a clause that says nothing without the sentences around it. */
const EMPTY_STATEMENT =
  /^(?:[^,]{1,40},\s)?(?:\p{Lu}[\p{L}'’-]+\s){1,3}(?:is|was|are|were)\s+(?:in no doubt|adamant|unequivocal|emphatic|blunt|unconvinced|not convinced|sceptical|skeptical|less philosophical|more philosophical|philosophical|unmoved|unrepentant|undeterred)[.!]?$|^(?:the|this|that|its|their)\s+\w+\s+(?:is|was|are|were)\s+(?:the same|similar|different|simple|clear|obvious|familiar|no different|straightforward)$|^(?:the|his|her|their|its|our|my|[\p{Lu}][\p{L}-]*['’]s)\s+(?:\p{L}+\s)?(?:point|argument|case|claim|lesson|message|answer|problem|logic|reasoning|objection|worry|complaint)\s+(?:is|was|are|were)\s+(?:\p{Ll}+)$/iu;
/** "Two things stand out", "Three lessons follow": a count of points to come, none of them said. */
const COUNTED_SIGNPOST =
  /^(?:two|three|four|five|six|several|a few|some|many) (?:\p{L}+ )?(?:things|points|factors|lessons|reasons|features|findings|questions|problems|issues|objections|arguments|facts|details) (?:stand out|matter|are worth \p{L}+|deserve \p{L}+(?: \p{L}+)?|follow|emerge|are clear)[.!:]?$/iu;
/** "The research on this is consistent": what is said is of something only "this" names. */
const POINTED_TOPIC =
  /^(?:the|our|their|its)\s(?:\p{L}+\s)?(?:research|evidence|data|record|picture|story|history|answer|view|case)\s(?:on|about|for|behind|of)\s(?:this|that|it|these|those)\s(?:is|are|was|were|has|have|remains?|seems?)\b/iu;
/** "A third part to this story", "This post is about how we did it": the piece talking about itself. */
const THE_PIECE = /\b(?:this|my) (?:story|essay|article|post|piece|column|blog)\b/i;
const PIECE_STATES = /\b(?:this|my) \w+ (?:argues|finds|shows|concludes|contends)\b/i;

/** "Let me show you the numbers", "Here's how it got there", "Consider the washing machine": a signpost to what
 * comes next, which says nothing itself. */
const SIGNPOST =
  /^(?:let me|let['’]s|let us|here['’]s|here is|here are|consider|start with|look at|think about)\b/i;

/** True when a text talks about the article itself rather than its subject (its thesis aside), or signposts. */
export function aboutThePiece(text: string): boolean {
  return (THE_PIECE.test(text) && !PIECE_STATES.test(text)) || SIGNPOST.test(text.trim());
}

const NEGATED_SIGNPOST =
  /^(?:the|my|our) (?:point|argument|claim|case|answer|lesson|question|issue) (?:is|was) not\b/i;
const VAGUE_SUBJECT =
  /^(?:(?:perhaps|maybe|so|and|but|yet|still|then|now)\s+)?(?:all of (?:this|that|these|those|them)|both|each|either|neither|none|some|many|most|much|one|others?|nobody|everyone|everything|something|nothing|he|she|it|they|we|you|i|this|that|these|those|the figures?\b(?!\s(?:of|for|on|in)\b)|the (?:fall|rise|increase|decrease|decline|drop|jump|move|change|shift|result|outcome|effect|impact|difference)\s(?=(?:is|was|were|are|has|had|will|would|could|may|might)\b(?!\s(?:a|an|the|that|to)\b)))\b/i;

/**
 * True when a title can stand alone as a point: it opens on neither a pronoun nor a vague subject, and the words
 * before its first verb hold a noun, a name or a number.
 */
/** True when a text says only how someone stands ("Gallacher is in no doubt") or an empty judgment. */
export function emptyStatement(text: string): boolean {
  return (
    EMPTY_STATEMENT.test(text.trim()) ||
    COUNTED_SIGNPOST.test(text.trim()) ||
    POINTED_TOPIC.test(text.trim()) ||
    POINTING_REPORT.test(text) ||
    HOW_PUT.test(text.trim()) ||
    WENT_FURTHER.test(text.trim())
  );
}

/** "The second experiment was the Quickline": which case comes next, named, and nothing yet said of it. */
export const ORDINAL_TOPIC =
  /^[Tt]he (?:first|second|third|fourth|fifth|next|last|final|other) (?:\p{L}+ )?(?:experiment|example|case|test|trial|attempt|episode|scheme|instance|comparison|lesson|option) (?:was|is|came|comes)\s(?:the\s)?(?:\p{Lu}[\p{L}'’-]*|\d+)(?:\s(?:\p{Lu}[\p{L}'’-]*|\d+)){0,3}(?:[.!]?$|,\s)/u;
/**
 * "Health workers told us the same story", "Labour groups see another risk": a stance that points to what another
 * sentence says.
 */
export const TOLD_LIKEWISE =
  /\b(?:tell|tells|told|telling|make|makes|made|making|echo|echoes|echoed|share|shares|shared|see|sees|saw|raise|raises|raised|paint|paints|painted|give|gives|gave)\s+(?:us\s+|me\s+)?(?:the same|a similar|similar|another|a different|a familiar)\s+(?:\w+\s)?(?:story|stories|point|points|picture|risk|risks|concern|concerns|worry|warning|argument|case|view|message|tale|account)\b(?!\s+(?:as|than|that|to)\b)/i;

/** "The findings draw on a survey of 1,150 households", "This report is based on interviews": where the evidence came from. */
export const EVIDENCE_BASE =
  /^(?:the|our|this|these) (?:findings?|figures|data|analysis|report|survey|study|research|results|estimates|paper|brief)\b[^,;:]{0,30}?\b(?:draws?|drew|(?:is|are|was|were) (?:based|drawn)) (?:on|from)\b/i;

/** "The Federation went further": that someone said more, without what. */
const WENT_FURTHER = /^[^,]{1,60}\s(?:went|goes|go|has gone|have gone) (?:even |much |still )?further[.!]?$/i;

/** "Oyelaran put it bluntly": how someone said something, without what they said. */
const HOW_PUT =
  /^(?:[^,]{1,40},\s)?(?:\p{Lu}[\p{L}'’-]+\s){1,3}(?:put|puts) it\s+(?:\p{Ll}+)(?:\s\p{Ll}+)?(?:\s(?:when|as|in|at|to|before)\s[^"“”]*)?[.!:]?$/u;

/** "Mr Orr said that would not buy a breakwater": what is reported is said of something only "that" names. */
const POINTING_REPORT =
  /\b(?:said|says|say|argued|argues|argue|warned|warns|warn|insisted|insists|insist|claimed|claims|claim|added|adds)\s+(?:that|this)\s+(?:would|will|could|can|is|was|are|has|had|did|does|cost|costs)\b/i;

export function statesPoint(title: string, lexicon: Lexicon): boolean {
  // "But its own data show it cannot finish the job": a conjunction before the pronoun resolves nothing.
  const opener = title.replace(LEADING_CONJUNCTION, '');
  if (UNRESOLVED_OPENER.test(opener) || VAGUE_SUBJECT.test(title) || emptyStatement(title)) return false;
  // "The point is not that we should never replace things": what the author does not claim.
  if (NEGATED_SIGNPOST.test(title) || aboutThePiece(title)) return false;
  const words = title.split(SPACE).filter(Boolean);
  const verbAt = words.findIndex((w) => VERBISH.has(posOf(bare(w), lexicon)));
  // "A company that has lifted its margin": a noun and its relative clause, with no verb of its own.
  if (
    (verbAt > 0 && RELATIVE_WORD.test(bare(words[verbAt - 1] ?? ''))) ||
    (verbAt > 1 &&
      RELATIVE_WORD.test(bare(words[verbAt - 2] ?? '')) &&
      PERFECT.has(bare(words[verbAt - 1] ?? '')))
  ) {
    let after = verbAt + 1;
    while (after < words.length && VERBISH.has(posOf(bare(words[after] ?? ''), lexicon))) after++;
    const rest = words.slice(after);
    if (!rest.some((w) => VERBISH.has(posOf(bare(w), lexicon)) && !/ing$/i.test(bare(w)))) return false;
  }
  const subject = verbAt < 0 ? words : words.slice(0, verbAt);
  // "Doubtful that Tehran has …", "No strong pressure …": headline forms whose point follows.
  if (/^(?:doubtful|unclear|uncertain|clear|possible|unlikely|likely|no|little|few)\b/i.test(title))
    return true;
  // "Okonkwo-Reyes was challenged …": a hyphenated name the tagger split in two is a name all the same.
  return subject.some(
    (w) => NOUNISH.has(posOf(bare(w), lexicon)) || HYPHENATED_NAME.test(w.replace(EDGE, '')),
  );
}
/** "Okonkwo-Reyes", "Vasquez-Hale": a name of two capitalised parts. */
const HYPHENATED_NAME = /^\p{Lu}[\p{L}'’]+(?:-\p{Lu}[\p{L}'’]+)+$/u;
