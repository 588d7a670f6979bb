import { TURN_LABEL } from '../analyze/interview';
import { inMethodSection, isHeadingParagraph } from './structure';
import type { Analysis, AnalyzedSentence, Figure } from '../analyze/types';
import { FIGURE_HEDGE } from '../analyze/figures';
import { hasFiniteVerb, lexiconFromTokens, posOf, wordsOf, type Lexicon } from './clauses';
import { ORDINAL_OPENER } from './compressRules';

/** Paragraph openers that continue the previous paragraph's point ("This relationship …", "That includes …"). */
const CONTINUES_PREVIOUS = /^(?:this|that|these|those|it|such|even|so)\b/i;

/** An enumeration's first item, and the items after it. */
const FIRST_ITEM = /^(?:first|firstly|to begin with)\b,?/i;
const NEXT_ITEM = /^(?:second|secondly|third|thirdly|fourth|fifth|finally|lastly)\b,?/i;
/** How long a unit may grow by taking in an enumeration's items. */
const MAX_ENUMERATION_SENTENCES = 12;

/** A run of paragraphs that makes one point. */
export interface ArgumentUnit {
  sentences: AnalyzedSentence[];
  score: number;
  /** The subheading the unit opens its section under, if any (not among `sentences`). */
  heading?: AnalyzedSentence;
}

/** Figure kinds in the order a key-figures slide prefers them. */
const FIGURE_RANK: Record<Figure['kind'], number> = {
  percent: 0,
  money: 1,
  fraction: 1,
  count: 2,
  duration: 3,
};
/** A bare one- or two-digit count is usually a list number or an ordinal, not a key figure. */
const BARE_SMALL_NUMBER = /^\d{1,2}$/;
const LEAD_ROLES = new Set(['claim', 'reason', 'conclusion']);
/** Quantities without a number ("millions of", "billions of dollars worth", "some"): key figures only as a last resort. */
const VAGUE_FIGURE =
  /^(?:(?:some|many|several|a few)(?:\s+(?:dozens|hundreds|thousands|millions|billions))?(?:\s+of)?|(?:tens of |hundreds of )?(?:dozens|scores|hundreds|thousands|millions|billions|trillions)(?:\s+of)?(?:\s+(?:dollars|euros|pounds))?(?:\s+worth)?)$/i;
const WORD_SPLIT = /\s+/;

/** True for a quantity stated without a number ("millions of", "billions of dollars worth"). */
export function isVagueFigure(f: Figure): boolean {
  return VAGUE_FIGURE.test(f.text.trim());
}

/**
 * What a figure measures as a phrase to follow it on a stat slide: "of Israel's oil needs" when the article
 * writes "about 40 percent of its oil needs", else the measure as found.
 */
export function statMeasure(f: Figure, sentence: string): string {
  if (!f.measures) return '';
  const at = sentence.indexOf(f.text);
  const after = at < 0 ? '' : sentence.slice(at + f.text.length);
  return /^\s+(?:worth\s+)?of\s/i.test(after) ? `of ${f.measures}` : f.measures;
}

/**
 * What a stat item says beside its figure: the figure's own clause when the sentence opens on it ("About 27% | of
 * registered nurses are over 55"); the subject whose level or change it is when the sentence states that level
 * ("Unemployment stood at 2.9 percent" gives "2.9 percent | unemployment"; "Shipments rose by 2.1%" gives "2.1% |
 * rise in shipments"); else the phrase it measures ("of production costs").
 */
export function statLabel(
  f: Figure,
  s: Pick<AnalyzedSentence, 'text' | 'tokens'>,
  proper: (word: string) => boolean = () => true,
): string {
  const measure = statMeasure(f, s.text);
  const lexicon = lexiconFromTokens(s.tokens);
  const opened = openingClause(f, s.text, lexicon);
  if (opened) return opened;
  return levelOf(f, s.text, lexicon, proper) ?? sharedBy(f, s.text, measure, lexicon, proper) ?? measure;
}

/** Words a stat label may run to when it carries its figure's clause. */
const MAX_CLAUSE_LABEL_WORDS = 12;
/** Where a figure's clause ends: a comma, semicolon, colon, dash, bracket or the sentence's stop. */
const CLAUSE_END = /\s*(?:[,;:(]|\s[—–]\s|[.!?]["”’]?\s*$)/;

/** "About 27% of registered nurses are over 55, and …": the clause a sentence's opening figure is the subject of. */
function openingClause(f: Figure, sentence: string, lexicon: Lexicon): string | undefined {
  const text = sentence.trim();
  if (!text.startsWith(f.text)) return undefined;
  const rest = text.slice(f.text.length);
  const end = CLAUSE_END.exec(rest);
  const clause = (end ? rest.slice(0, end.index) : rest).trim();
  const words = wordsOf(clause);
  if (words.length < 2 || clause.split(WORD_SPLIT).length > MAX_CLAUSE_LABEL_WORDS) return undefined;
  if (!hasFiniteVerb(words, lexicon) || DANGLING_LABEL_END.test(clause) || /["“”]/.test(clause))
    return undefined;
  return clause;
}

/** Verbs that state a level ("stood at", "rose to", "was") or a change ("rose by", "fell 3%"), with the noun a change takes. */
const LEVEL_VERB =
  /^(?:(?:has|have|had)\s+)?(?:now\s+|then\s+|still\s+)?(stood|stands|was|were|is|are|reached|reaches|totalled|totaled|totals|(rose|rises|risen|climbed|climbs|fell|falls|fallen|dropped|drops|grew|grows|grown|increased|increases|decreased|decreases|jumped|jumps))(?:\s+(at|to|by))?\s+$/i;
const CHANGE_NOUN: Record<string, string> = {
  rose: 'rise',
  rises: 'rise',
  risen: 'rise',
  climbed: 'rise',
  climbs: 'rise',
  jumped: 'jump',
  jumps: 'jump',
  fell: 'fall',
  falls: 'fall',
  fallen: 'fall',
  dropped: 'fall',
  drops: 'fall',
  grew: 'growth',
  grows: 'growth',
  grown: 'growth',
  increased: 'increase',
  increases: 'increase',
  decreased: 'decrease',
  decreases: 'decrease',
};
/** A sentence's opening connective, which is no part of its subject. */
const OPENING_CONNECTIVE = /^(?:but|and|yet|so|meanwhile|overall|still),?\s+/i;
/** Subjects that name no measure of their own ("The figure was 6%", "It rose to 40"). */
const VAGUE_SUBJECT =
  /^(?:it|this|that|these|those|they|he|she|we|i|which|who|(?:the|that|this) (?:figure|number|total|share|rate|level|amount|result|one|other|rest|remainder|gap|difference))$/i;
/** A subject that points back or out ("A year ago that figure", "Among the young it") names no measure. */
const POINTING_WORD = /\b(?:this|that|these|those|it|they|them|ago)\b/i;
/** What may follow a level and stay in its label: when it was ("in December", "last year"). */
const LEVEL_TIME =
  /^\s+((?:in|by|at the end of)\s+(?:\d{4}|(?:January|February|March|April|May|June|July|August|September|October|November|December)(?:\s+\d{4})?)|last (?:year|month|week|quarter)|this year|a year)(?=[\s,.;:]|$)/;
/** Or whose it is: "fell to 31% | among people who commute by train". */
const LEVEL_SCOPE =
  /^\s+((?:among|for|across)\s(?:[^\s\d,;.—–]+\s){0,7}[^\s\d,;.—–]+)(?=[,;]|\.(?:\s|$)|\s[—–]|$)/;
/** Verbs whose subject holds or gives a share of something, with the participle a label says them by. */
const SHARE_VERB: Record<string, string> = {
  provide: 'provided',
  provides: 'provided',
  provided: 'provided',
  supply: 'supplied',
  supplies: 'supplied',
  supplied: 'supplied',
  produce: 'produced',
  produces: 'produced',
  produced: 'produced',
  generate: 'generated',
  generates: 'generated',
  generated: 'generated',
  employ: 'employed',
  employs: 'employed',
  employed: 'employed',
  own: 'owned',
  owns: 'owned',
  owned: 'owned',
  hold: 'held',
  holds: 'held',
  held: 'held',
  control: 'controlled',
  controls: 'controlled',
  controlled: 'controlled',
  carry: 'carried',
  carries: 'carried',
  carried: 'carried',
  handle: 'handled',
  handles: 'handled',
  handled: 'handled',
  use: 'used',
  uses: 'used',
  used: 'used',
};

/**
 * "Businesses with fewer than 50 employees provide 44% of private-sector jobs": the share, and who gives or holds
 * it ("of private-sector jobs, provided by businesses with fewer than 50 employees").
 */
function sharedBy(
  f: Figure,
  sentence: string,
  measure: string,
  lexicon: Lexicon,
  proper: (word: string) => boolean,
): string | undefined {
  if (!/^of\s/.test(measure)) return undefined;
  const text = sentence.trim().replace(OPENING_CONNECTIVE, '');
  const at = text.indexOf(f.text);
  const verb = /\s(?:(?:now|still|together|alone|already)\s)?([a-z]+)\s$/.exec(text.slice(0, at));
  const participle = verb?.[1] ? SHARE_VERB[verb[1]] : undefined;
  if (!verb || !participle) return undefined;
  const by = subjectAsLabel(text.slice(0, verb.index).trim(), lexicon, proper, true);
  return by === undefined ? undefined : `${measure}, ${participle} by ${by}`;
}

/** Words a level's subject may run to. */
const MAX_SUBJECT_WORDS = 7;

/**
 * A figure's sentence subject as a stat label says it ("annual exits from the public sector", "businesses with fewer
 * than 50 employees", lower case unless it opens on a name), or undefined when it names no measure or holder: too
 * long, with a clause or verb of its own, vague, pointing back, or an opening phrase rather than a subject
 * ("Between 2021 and 2023 our test minutes …"). With `determinerless`, a determiner other than "the" opens none either.
 */
function subjectAsLabel(
  subject: string,
  lexicon: Lexicon,
  proper: (word: string) => boolean,
  determinerless: boolean,
): string | undefined {
  const words = wordsOf(subject);
  const first = words[0] ?? '';
  const opening = posOf(first, lexicon);
  if (
    words.length === 0 ||
    subject.split(WORD_SPLIT).length > MAX_SUBJECT_WORDS ||
    /[,;:"“”()]/.test(subject) ||
    VAGUE_SUBJECT.test(subject) ||
    POINTING_WORD.test(subject) ||
    hasFiniteVerb(words, lexicon) ||
    /^(?:ADP|ADV|SCONJ|CCONJ|NUM|PRON)$/.test(opening) ||
    (determinerless && opening === 'DET' && !/^the$/i.test(first))
  )
    return undefined;
  const named = /^[A-Z]{2,}/.test(first) || proper(first);
  return named ? subject : `${subject[0]?.toLowerCase()}${subject.slice(1)}`;
}

/**
 * "But annual exits from the public sector rose to 5,300, and …" gives "annual exits from the public sector";
 * "Gross domestic product grew by only 0.3% in 2023" gives "growth in gross domestic product in 2023".
 */
function levelOf(
  f: Figure,
  sentence: string,
  lexicon: Lexicon,
  proper: (word: string) => boolean,
): string | undefined {
  const text = sentence.trim().replace(OPENING_CONNECTIVE, '');
  const at = text.indexOf(f.text);
  if (at <= 0) return undefined;
  const after = text.slice(at + f.text.length);
  // The figure ends its clause, or only its time follows: "rose to 5,300, and …", "grew by 0.3% in 2023".
  const time = LEVEL_TIME.exec(after) ?? LEVEL_SCOPE.exec(after);
  if (!/^(?:[,;.]|\s[—–]|$)/.test(time ? after.slice(time[0].length) : after)) return undefined;
  const before = text.slice(0, at);
  const verbAt = before.search(
    /\s(?:(?:has|have|had)\s+)?(?:now\s+|then\s+|still\s+)?\p{Ll}+(?:\s+(?:at|to|by))?\s+$/u,
  );
  if (verbAt <= 0) return undefined;
  const verb = LEVEL_VERB.exec(before.slice(verbAt + 1));
  if (!verb) return undefined;
  const noun = subjectAsLabel(before.slice(0, verbAt).trim(), lexicon, proper, false);
  if (noun === undefined) return undefined;
  const change = verb[2] && verb[3]?.toLowerCase() !== 'to' && verb[3]?.toLowerCase() !== 'at';
  // A level is no change: "is", "stood" and "reached" take "at" or nothing; "rose to" states the level reached.
  if (!change && verb[3]?.toLowerCase() === 'by') return undefined;
  const label = change ? `${CHANGE_NOUN[verb[2]!.toLowerCase()]} in ${noun}` : noun;
  const when = time?.[1] ? ` ${time[1]}` : '';
  return `${label}${when}`;
}

/** The number of the article's last paragraph with something to draft from (back matter has nothing). */
export function lastParagraph(analysis: Analysis): number {
  return analysis.paragraphs.findLast((p) => p.sentences.length > 0)?.number ?? analysis.paragraphs.length;
}

/** How much a unit in a method section weighs less, against salience, for a slide of its own. */
const METHOD_PENALTY = 0.3;

/**
 * Groups the middle paragraphs into argument units: a paragraph that opens by referring back joins the previous;
 * a subheading closes the unit before it and opens a new one, which it labels.
 */
export function argumentUnits(analysis: Analysis): ArgumentUnit[] {
  const last = lastParagraph(analysis);
  const body = analysis.paragraphs.slice(1, last > 2 ? last - 1 : last);
  const units: { sentences: AnalyzedSentence[]; heading?: AnalyzedSentence }[] = [];
  let heading: AnalyzedSentence | undefined;
  for (const paragraph of body) {
    if (isHeadingParagraph(paragraph)) {
      heading = paragraph.sentences[0];
      continue;
    }
    const first = paragraph.sentences[0];
    const prev = heading ? undefined : units[units.length - 1];
    const short = paragraph.sentences.length === 1 && (prev?.sentences.length ?? 9) < 6;
    // "First, … / Second, … / Third, …": the items of one enumeration make one point together.
    const enumerated =
      !!first && NEXT_ITEM.test(first.text) && !!prev?.sentences.some((s) => FIRST_ITEM.test(s.text));
    if (
      prev &&
      first &&
      ((enumerated && prev.sentences.length < MAX_ENUMERATION_SENTENCES) ||
        ((CONTINUES_PREVIOUS.test(first.text) || short) && prev.sentences.length < 7))
    )
      prev.sentences.push(...paragraph.sentences);
    else units.push({ sentences: [...paragraph.sentences], ...(heading ? { heading } : {}) });
    heading = undefined;
  }
  return units.map(({ sentences, heading: label }) => {
    const top = sentences.map((s) => s.salience).sort((a, b) => b - a);
    // "2 Setting and data", "4.4 Robustness and limits": how a paper got its findings, not what they are.
    const method = sentences[0] && inMethodSection(sentences[0], analysis.paragraphs) ? METHOD_PENALTY : 0;
    const score =
      ((top[0] ?? 0) + (top[1] ?? 0)) / 2 +
      (sentences.some((s) => LEAD_ROLES.has(s.role)) ? 0.1 : 0) -
      method;
    return { sentences, score, ...(label ? { heading: label } : {}) };
  });
}

/** Evaluative and modal language: a sentence with it argues a point rather than reports a fact. */
export const CLAIM_CUE =
  /\b(?:unlikely|likely|doubtful|should|must|cannot|can't|won't|will not|need|needs|lacks?|little|key|crucial|important|main|rather than|because|therefore|thus|means|suggests|shows|reflects|risks?|threat|at stake|balanced by|no (?:strong|real)|too|enough|only|matters?|priority|priorities|interests?)\b/i;
/** A demonstrative or pronoun opening refers back: the sentence before states the point better. "This report
 * argues …" states the article's own. */
const REFERS_BACK = referringOpener('this|these|that|those|it|they|such');

/**
 * A sentence opening on one of `words` that points back ("This relationship …"), not to the piece itself ("This
 * report …") nor to a time ("This afternoon I will ask the board …"); "It seems to me that …" points at nothing.
 */
export function referringOpener(words: string): RegExp {
  return new RegExp(
    String.raw`^(?!it\s+(?:seems|seemed|appears|appeared)\b)(?:${words})\b(?!\s+(?:report|paper|article|essay|analysis|study|morning|afternoon|evening|week|weekend|month|year|spring|summer|autumn|winter|quarter|term|session)\b)`,
    'i',
  );
}
// How an article announces its own conclusion: shared by THESIS_CUE and the bottom line's lead-ins (opening.ts).
/** "The argument of this paper is that …". */
export const PAPER_ARGUMENT = String.raw`the (?:central |main |core )?(?:argument|thesis|contention) of this (?:paper|report|essay|article|brief|analysis|commentary|piece)`;
/** "We assess with high confidence that …", "We judge it unlikely …": an assessment's key judgment. */
export const ASSESSED = String.raw`(?:we|i) (?:assess|judge)(?:,? with (?:high|moderate|medium|low) confidence,?)?`;
/** "A six-month investigation by the Courier, based on …, has found that …". */
export const INVESTIGATION_FOUND = String.raw`(?:an?|our|this|the) (?:[\p{L}-]+ ){0,2}investigation(?: by (?:the )?\p{Lu}[\p{L}'’]*(?: \p{Lu}[\p{L}'’]*){0,3})?(?:, [^.;]{1,240}?,)? (?:has )?(?:found|finds|shows|showed|revealed|reveals)`;
/** "… what I will propose when the committee meets: …": a proposal announced before its colon. */
export const PROPOSAL_ANNOUNCED = String.raw`(?:what|the (?:change|reform|amendment|motion|plan|proposal)) (?:i|we) (?:will|shall|am going to|are going to|intend to) (?:propose|argue|recommend|put forward|ask for)\b[^:.]{0,100}:`;
/** "In short, …", "Put simply, …": a summing-up before its comma (or a colon, as the bottom line reads it). */
export const SUMMED_UP = String.raw`in short|put simply|simply put|to put it simply|in a word`;
/** "… should …", "… must …": a modal that asks something of its subject. */
export const ASKING_MODAL = String.raw`(?:should|must|ought to|needs? to|has to|have to)`;
/** "We are writing to ask you to …", "We are asking you to …": a letter's ask, announced. */
export const LETTER_ASK = String.raw`(?:we|i) (?:(?:are |am )?writ(?:e|ing) (?:to you )?to (?:ask|urge|call on|request)|(?:are|am) (?:asking|urging|calling on))`;
/** "What I have learned from ten years with a clipboard is that …": what the writer took from their own work. */
export const LEARNED = String.raw`what (?:i|we) (?:have )?(?:learned|learnt|found|concluded|come to believe)(?: (?:from|in|after|over|on) [^,.;:]{1,60})?`;
/** Words with which an article states its own thesis or finding ("This report argues that …", "We find …"). */
/**
 * "Our conclusion is simple:", "My view, having spent a fortnight with the data, is this:", "Our conclusion is
 * therefore the one with which we began:", "Our argument, in short:": the writer's own conclusion, announced before
 * a colon.
 */
export const OWN_CONCLUSION_IS = String.raw`(?:my|our) (?:(?:central|main|key|core|overall|chief|principal|basic|firm) )?(?:conclusion|verdict|argument|answer|claim|point|case|thesis|contention|assessment|view|judge?ment|recommendation|advice)(?:(?:,[^,:]{1,80},)? is(?: [^:.;"“”]{1,60})?|,? (?:in short|in brief|in a nutshell|put simply|simply put|briefly)):`;
export const THESIS_CUE = new RegExp(
  String.raw`\b(?:this (?:report|paper|article|essay|analysis|study|brief|commentary) (?:argues|finds|shows|concludes|contends)|(?:i|we) (?:am|are) (?:announcing|confirming) that|we (?:therefore |thus )?(?:argue|find|conclude|contend|recommend)|${ASSESSED} (?:that|it (?:un)?likely)|${PAPER_ARGUMENT} is that|${INVESTIGATION_FOUND} that|${LEARNED} is that|${LETTER_ASK}|what (?:I am|I'm|I’m|we are|we're|we’re) (?:arguing|saying|proposing) is|(?:on balance|all things considered|weighing (?:both|the two) (?:sides|cases)(?: up)?),? (?:we|I) (?:think|believe|judge|conclude|come down)|(?:the|our) (?:central|main|key|core) (?:finding|argument|point|message|conclusion|lesson)|(?:her|his|their) (?:central|main|key|core|great|big|chief) (?:insight|idea|argument|finding|lesson)(?=(?:, [^,]{1,100},)? (?:was|is) that)|(?:my|our) (?:reading|view|judge?ment|assessment|expectation|bet|argument|point|case|thesis|contention|claim|conclusion|verdict) is that|the bottom line is|(?:${SUMMED_UP})(?=,)|the (?:[a-z]+ )?(?:court|tribunal) (?:holds|rules|allows|dismisses|upholds|quashes)(?= that| the (?:appeal|claim|case|decision|ruling|order))|the (?:practical |real |main |wider )?lesson is(?!\s(?:already|now|still|being|not)\b))\b|\bis the (?:real|true|main|central|wider|whole|big) (?:lesson|point|story|moral)(?: of [^:.]{1,40})?:|\b(?:our|the) (?:short|simple) answer(?: is)?:|\b${PROPOSAL_ANNOUNCED}|^(?:conclusion|in conclusion|bottom line|verdict|my take|tl;?dr|to sum (?:it )?up|in sum|in summary|to summari[sz]e|to conclude)\s*:|^(?:the )?short version(?:,[^:]{1,50})?:|\b${OWN_CONCLUSION_IS}|^(?:our |my )?(?:assessment|recommendation|judge?ment)\s*:`,
  'iu',
);
/** "My argument in this essay is simple.", "The point is this:": a signpost whose next sentence states the thesis. */
const THESIS_SIGNPOST =
  /^(?:(?:(?:so|and so|then|finally|in the end),? )?(?:my|our|the|this) (?:argument|point|claim|case|thesis|contention|message|answer|view|reading|verdict|conclusion|take|judge?ment|assessment)(?: (?:in|of|on) (?:this (?:essay|article|piece|column|report|paper|book)|the (?:night|day|week|year|result|results|evidence|data|vote|election|campaign|case|debate|story)))? is (?:(?:a |an )?(?:simple|straightforward|clear|plain)(?: one)?|this)[.:]?|(?:so )?here(?:, [^,]{1,30},)? is (?:my|our|the) (?:argument|point|case|conclusion|commitment|promise|pledge|proposal|offer|recommendation|verdict)\b.*|(?:so,? )?here['’]s where (?:i|we) (?:land|come down|come out|end up|stand)[.:]?|(?:so,? )?(?:let me|let['’]s|let us|i['’]ll|i will) (?:try to )?(?:pull (?:this|it|that|all this|it all) together|sum (?:this|it|all this) up|wrap (?:this|it) up)[.:]?|(?:but |so )?(?:i|we) (?:want to|would like to|intend to|will|shall|mean to) argue (?:the opposite|otherwise|the reverse|something (?:else|different)|a different case)[.:]?)$/i;

/** The sentence before `s` in its paragraph, found among `near` by its ref. */
export function sentenceBefore(
  s: AnalyzedSentence,
  near: ReadonlyMap<string, AnalyzedSentence>,
): AnalyzedSentence | undefined {
  return sentenceBeside(s, near, -1);
}

/** The sentence after `s` in its paragraph, found among `near` by its ref. */
export function sentenceAfter(
  s: AnalyzedSentence,
  near: ReadonlyMap<string, AnalyzedSentence>,
): AnalyzedSentence | undefined {
  return sentenceBeside(s, near, 1);
}

function sentenceBeside(
  s: AnalyzedSentence,
  near: ReadonlyMap<string, AnalyzedSentence>,
  offset: number,
): AnalyzedSentence | undefined {
  const m = /^p(\d+)\.s(\d+)$/.exec(s.ref);
  return m ? near.get(`p${m[1]}.s${Number(m[2]) + offset}`) : undefined;
}

/** "The second reason is land.", "Start with cost.": a sign naming the point the next sentence makes. */
export function isPointSignpost(text: string): boolean {
  return SIGNPOST.test(text.trim());
}

/** "So my argument is this.", "So here is my commitment to you this morning.": a signpost to the thesis. */
export function isThesisSignpost(text: string): boolean {
  // "DANIEL FERRIS: So here's where I land.": a transcript's turn, read without its speaker's label.
  return THESIS_SIGNPOST.test(text.trim().replace(TURN_LABEL, ''));
}

/** The previous paragraph's sentence when `s` opens its paragraph and that paragraph is one sentence long. */
function loneSentenceBefore(
  s: AnalyzedSentence,
  near: ReadonlyMap<string, AnalyzedSentence>,
): AnalyzedSentence | undefined {
  const m = /^p(\d+)\.s1$/.exec(s.ref);
  const previous = m ? Number(m[1]) - 1 : 0;
  return near.has(`p${previous}.s2`) ? undefined : near.get(`p${previous}.s1`);
}

/**
 * True when a sentence states the article's own thesis: in so many words ("This report argues that …") or
 * right after a signpost that announces it ("My argument is simple. Maintenance is …").
 */
export function statesThesis(s: AnalyzedSentence, near: ReadonlyMap<string, AnalyzedSentence>): boolean {
  // "So here is my commitment to you this morning." alone in its paragraph announces the next one's first sentence.
  const before = sentenceBefore(s, near) ?? loneSentenceBefore(s, near);
  const signposted = (t?: AnalyzedSentence) => THESIS_SIGNPOST.test(t?.text.trim() ?? '');
  // "So my argument is this. Salvetra should build its escalators … But it should treat its stairways as public
  // space …": what the stated thesis concedes, then what it asks, in the writer's own voice.
  const turned = before !== undefined && OWN_TURN.test(s.text) && signposted(sentenceBefore(before, near));
  return THESIS_CUE.test(s.text) || signposted(before) || turned || deniedThenSaid(s, before);
}

/**
 * "The lesson is not that distributed systems are bad.": what the piece's lesson is not, before what it is. ("The
 * point is not that we should never replace things" answers an objection, and states no thesis.)
 */
const POINT_DENIED =
  /\b(?:the|my|our) (?:real |main |central |whole )?(?:lesson|moral|takeaway) (?:here )?is not that\b/i;
/** "It is that we distributed for a scale we never reached.": what the lesson is, after what it is not. */
export const POINT_SAID = /^(?:it|the (?:lesson|moral|takeaway)) is(?: rather)? that\s+/i;

/** True when `s` says what the point is, right after a sentence that says what it is not. */
export function deniedThenSaid(s: AnalyzedSentence, before: AnalyzedSentence | undefined): boolean {
  return before !== undefined && POINT_DENIED.test(before.text) && POINT_SAID.test(s.text);
}

/**
 * True when `s` says what something is right after a sentence that says it is neither of two things: the verdict
 * the bottom line states, its "it" read as the subject before ("… is neither the rescue … nor the robbery …. It
 * is a sensible, unheroic patch").
 */
export function neitherThenSaid(s: AnalyzedSentence, before: AnalyzedSentence | undefined): boolean {
  return before !== undefined && NEITHER_NOR.test(before.text) && IT_IS.test(s.text);
}
/**
 * "Morvane's pension reform is neither the rescue its authors claim nor the robbery its opponents describe.": a
 * verdict that sets aside both sides' readings (its subject, before the verb).
 */
export const NEITHER_NOR =
  /^((?:\p{Lu}|the\s|this\s|our\s)[^,;:]{2,80}?)\s(?:is|was|are|were)\sneither\s[^.;:]{1,160}?\snor\s/iu;
/** "It is a sensible, unheroic patch": what the subject is instead, after its readings are set aside. */
export const IT_IS = /^(?:it|they) (?:is|was|are|were) (?!not\b|neither\b|that\b)/i;
/** "But it should …", "Yet we must …": the writer's turn from a concession to what they ask for. */
const OWN_TURN = new RegExp(
  String.raw`^(?:but|yet|however),? (?:it|they|we|the [a-z]+) ${ASKING_MODAL}\b`,
  'i',
);

/** How much a unit's statement of the article's own thesis outweighs the salience of its other sentences. */
const THESIS_LEAD = 0.4;
const QUOTE_MARK = /["“]/;
/**
 * How much a point the writer numbers ("Third, the rules shape how we live") outweighs salience: the writer has
 * marked it as one of the reasons the argument lists.
 */
const LISTED_LEAD = 0.3;
/** "The second reason is land.", "Start with cost.": a short sign that names the next point without making it. */
const SIGNPOST =
  /^(?:(?:the|a|my|our) (?:first|second|third|fourth|fifth|next|last|final|other) (?:reason|problem|argument|objection|point|issue|lesson|worry|concern|flaw|risk) (?:is|was) (?:\p{L}+ ){0,2}\p{L}+|(?:(?:start|begin) with|take|consider) (?:\p{L}+ ){0,2}\p{L}+)[.:]?$/iu;

/**
 * The sentence that states a unit's point: salience plus evaluative or modal language ("unlikely", "lacks",
 * "rather than"), preferring paragraph openers; figures, quotations and sentences that refer back state evidence.
 */
export function leadSentence(unit: readonly AnalyzedSentence[]): AnalyzedSentence | undefined {
  const near = new Map(unit.map((s) => [s.ref, s]));
  // The point a writer numbers at the head of its paragraph, or the one right after a sign that names it. (A
  // numbered item inside a paragraph is one of a list the paragraph announces: "… relied on four findings.
  // First, …".)
  const listed = (s: AnalyzedSentence) =>
    (s.index === 1 && ORDINAL_OPENER.test(s.text) && !isPointSignpost(s.text.replace(ORDINAL_OPENER, ''))) ||
    isPointSignpost(sentenceBefore(s, near)?.text ?? '');
  const score = (s: AnalyzedSentence) =>
    s.salience +
    (listed(s) ? LISTED_LEAD : 0) +
    (CLAIM_CUE.test(s.text) ? 0.25 : 0) +
    (statesThesis(s, near) ? THESIS_LEAD : 0) +
    (LEAD_ROLES.has(s.role) ? 0.1 : 0) +
    (s.index === 1 ? 0.1 : 0) -
    (s.figures.length ? 0.2 : 0) -
    (QUOTE_MARK.test(s.text) ? 0.1 : 0) -
    (REFERS_BACK.test(s.text) ? 0.25 : 0);
  return [...unit].sort((a, b) => score(b) - score(a))[0];
}

/** How strongly a sentence's figures belong on a stat slide's title (lower is better). */
export function figureRank(analysis: Analysis, s: AnalyzedSentence): number {
  const ranks = s.figures.map((i) => analysis.figures[i]).map((f) => (f ? FIGURE_RANK[f.kind] : 9));
  return Math.min(9, ...ranks);
}

/**
 * The article's key figures, best first: in salient sentences, money and percentages before counts, each value
 * once; only precise figures with a measure of two words or more, or (`byClause`) with a clause or subject that
 * says what they measure.
 */
export function keyFigures(analysis: Analysis, max: number, byClause = true): Figure[] {
  const salience = new Map(analysis.sentences.map((s) => [s.ref, s.salience]));
  const seen = new Map<string, number>();
  for (const f of analysis.figures) seen.set(f.text.toLowerCase(), (seen.get(f.text.toLowerCase()) ?? 0) + 1);
  const firsts = new Set<string>();
  const text = new Map(analysis.sentences.map((s) => [s.ref, s.text]));
  const byRef = new Map(analysis.sentences.map((s) => [s.ref, s]));
  const nouns = new Map(
    analysis.sentences.map((s) => [
      s.ref,
      new Set(s.tokens.filter((t) => t.pos === 'NOUN' || t.pos === 'PROPN').map((t) => t.text.toLowerCase())),
    ]),
  );
  // A label says what it measures and ends on a noun ("nurses a year register" ends on a verb).
  const measured = analysis.figures.map((f) => {
    const label = statMeasure(f, text.get(f.ref) ?? '');
    // A figure whose clause or subject says what it measures needs no measure after it.
    const s = byRef.get(f.ref);
    if (byClause && s && statLabel(f, s) !== label) return true;
    const last = (label.split(WORD_SPLIT).pop() ?? '').replace(/[^\p{L}\p{N}'’-]/gu, '').toLowerCase();
    return saysWhatItMeasures(label) && !!nouns.get(f.ref)?.has(last.replace(/['’]s$/, ''));
  });
  // "millions of machines": a vague quantity is said in a sentence, never shown as a key figure.
  return analysis.figures
    .map((f, i) => ({ f, i }))
    .filter(({ f, i }) => measured[i] && !isVagueFigure(f))
    .filter(({ f }) => {
      // "roughly 11,000" and "11,000": one value, hedged or not, is one key figure.
      const key = f.text.toLowerCase().replace(FIGURE_HEDGE, '');
      if (f.kind === 'duration' || BARE_SMALL_NUMBER.test(f.text) || firsts.has(key)) return false;
      firsts.add(key);
      return true;
    })
    .map(({ f, i }) => ({
      f,
      i,
      score:
        (salience.get(f.ref) ?? 0) + 0.1 * (seen.get(f.text.toLowerCase()) ?? 1) - 0.05 * FIGURE_RANK[f.kind],
    }))
    .sort((a, b) => b.score - a.score || a.i - b.i)
    .slice(0, max)
    .sort((a, b) => a.i - b.i)
    .map(({ f }) => f);
}

/** Words that carry no measure of their own in a stat label. */
const LABEL_FUNCTION_WORD =
  /^(?:a|an|the|of|to|in|on|at|by|for|with|from|over|per|than|this|that|these|those|its|their|his|her|our|year|years|month|months|day|days|week|weeks|annum|cent|percent|against|compared|between|if|done|once|despite|while|some|groups?|previous|same|more|most|less|about|around|and|or|up|down)$/i;
/**
 * A label that opens on these says where the figure came from, when, or what it is compared with or spent on, not
 * what it measures ("12 per cent for similar patients", "80% amid a row").
 */
const NOT_A_MEASURE =
  /^(?:from|between|if|per|compared|against|over|since|until|by|than|this|last|next|a year|the year|for|with|within|towards?|amid|above|below|either|off|into|once)\b/i;
const DANGLING_LABEL_END =
  /\b(?:a|an|the|of|to|in|on|at|by|for|with|from|and|or|but|despite|once|that|which|who|as|than|its|their|his|her|if|when|while|after|before)$/i;

/**
 * True when a stat label says what the figure measures: two content words or more, not opening on a "from",
 * "between", "per" … and not ending on a function word ("of nurses", "per annum despite" and "a year" do not).
 */
export function saysWhatItMeasures(label: string): boolean {
  const words = label.split(WORD_SPLIT).filter(Boolean);
  const content = words.filter((w) => !LABEL_FUNCTION_WORD.test(w.replace(/[^\p{L}\p{N}%$€£'’-]/gu, '')));
  return content.length >= 2 && !NOT_A_MEASURE.test(label.trim()) && !DANGLING_LABEL_END.test(label.trim());
}

/** Past 2,000 words, one judgment slide per this many words (the total is still capped at 18 slides). */
const WORDS_PER_JUDGMENT = 350;
/** Up to 2,000 words, one judgment slide per this many words (the total is capped at 14 slides). */
const WORDS_PER_SHORT_JUDGMENT = 150;
/** Below this length an article argues two points at most; from it, three at least. */
const SHORT_ARTICLE_WORDS = 500;

/** How many judgment slides an article of this length gets (8–14 slides for 500–2,000 words, capped at 18). */
export function judgmentCount(
  wordCount: number,
  available: number,
  fixedSlides: number,
  wanted?: number,
): number {
  if (wanted !== undefined) return Math.max(0, Math.min(available, wanted - fixedSlides));
  const byLength =
    wordCount < SHORT_ARTICLE_WORDS
      ? 2
      : Math.max(
          3,
          Math.round(wordCount / (wordCount <= 2000 ? WORDS_PER_SHORT_JUDGMENT : WORDS_PER_JUDGMENT)),
        );
  const cap = (wordCount <= 2000 ? 14 : 18) - fixedSlides;
  return Math.max(1, Math.min(available, byLength, cap));
}
