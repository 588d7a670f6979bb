/**
 * An interview's shape: answers marked with their speaker's label ("A: …", "Holt: …") and the questions between
 * them ("Q: …", or a line ending on a question mark just before an answer). Pure; shared by the analysis (which
 * reads an answer without its label) and the drafting (which names the interviewee and never shows a question).
 */
import { DELIVERY_LINE } from '../import/articleHead';
import { CALL_SPEAKER } from '../import/boilerplate';

/** What an interview's paragraphs are (indices into the article's paragraphs). */
export interface InterviewShape {
  /** The answers' label as written: "A", "Answer" or the interviewee's name ("Holt"). */
  label: string;
  answers: ReadonlySet<number>;
  questions: ReadonlySet<number>;
}

const QUESTION_LABEL = /^(?:Q|Question):\s/;
/** An unlabelled paragraph between two answers up to this long is the interviewer's prompt. */
const MAX_PROMPT_WORDS = 40;
/** An interviewee's turns run at least this many words on average. */
const MIN_ANSWER_WORDS = 15;
/** An article with this many answers under one label is an interview. */
const MIN_ANSWERS = 3;

/** The interview shape of an article's paragraphs, or undefined when it is not an interview. */
export function interviewShape(paragraphs: readonly string[]): InterviewShape | undefined {
  const counts = new Map<string, { turns: number; words: number }>();
  for (const p of paragraphs) {
    const turn = TURN_LABEL.exec(p)?.[1];
    const label = turn === undefined ? undefined : labelKey(turn);
    // "Option A: Do nothing", "Annex A: Full list …": a lettered item's label is no speaker.
    if (!label || QUESTION_LABEL.test(p) || (/\s/.test(turn ?? '') && label.length < 2)) continue;
    const seen = counts.get(label) ?? { turns: 0, words: 0 };
    counts.set(label, { turns: seen.turns + 1, words: seen.words + p.split(/\s+/).length });
  }
  // When both sides are labelled ("Pell: …", "Tallan: …"), the interviewee is the one who says more.
  // "Rating: ★★★★½ (4.5/5) · Price …": a field's label heads a line, not an answer; answers run longer.
  const [label, { turns } = { turns: 0 }] = [...counts]
    .filter(([, c]) => c.turns >= MIN_ANSWERS && c.words / c.turns >= MIN_ANSWER_WORDS)
    .sort((a, b) => b[1].words - a[1].words)[0] ?? [''];
  if (turns < MIN_ANSWERS) return transcriptShape(paragraphs) ?? unlabelledShape(paragraphs);
  const answers = new Set<number>();
  paragraphs.forEach((p, i) => labelOf(p, label) === label && answers.add(i));
  const questions = new Set<number>();
  paragraphs.forEach((p, i) => {
    // "Pell: The firefighters' union has raised concerns too.": the interviewer's turn, a question or not.
    const other = labelOf(p, label);
    const interviewer = other !== undefined && other !== label && answers.has(i + 1);
    // "The dockers did not see it that way.": a short unlabelled turn between two answers is the interviewer's
    // prompt, a question or not.
    const prompt =
      other === undefined &&
      answers.has(i - 1) &&
      answers.has(i + 1) &&
      p.split(/\s+/).length <= MAX_PROMPT_WORDS;
    if (QUESTION_LABEL.test(p) || interviewer || prompt || (/\?["”]?\s*$/.test(p) && answers.has(i + 1)))
      questions.add(i);
  });
  return { label, answers, questions };
}

/**
 * A label in capitals as a name is written ("PRIYA VENKAT" is "Priya Venkat", each part of "ANSAH-KIRKWOOD" or
 * "O'BRIEN" capitalised); other labels as they are.
 */
function asName(turn: string): string {
  return turn === turn.toUpperCase()
    ? turn.replace(/\p{Lu}+/gu, (w) => w.charAt(0) + w.slice(1).toLowerCase())
    : turn;
}

/** A turn's label of up to three names ("Ruth Tallan: …"), or undefined. */
export const TURN_LABEL = /^(\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*){0,2}):\s/u;

/**
 * The name a turn label goes by: its last word ("Ruth Tallan" is "Tallan"), in the case a name is written in
 * ("DR AMARA OKONJO" is "Okonjo", "HOST" is "Host", "EFUA ANSAH-KIRKWOOD" is "Ansah-Kirkwood").
 */
function labelKey(turn: string): string {
  const last = turn.split(/\s/).pop() ?? turn;
  return last.length > 1 ? asName(last) : last;
}

/** A paragraph's turn label, read as `label` when it goes by that name (see {@link labelKey}). */
function labelOf(paragraph: string, label: string): string | undefined {
  const turn = TURN_LABEL.exec(paragraph)?.[1];
  return turn !== undefined && labelKey(turn) === label ? label : turn;
}

/** "TRANSCRIPT (check against delivery)": a short line after which a speech's text follows. */
const TRANSCRIPT_MARK =
  /^\[?\s*(?:(?:full |edited )?transcript|check against delivery|the (?:speech|remarks|statement) in full|full text)\b/i;
const MAX_MARK_WORDS = 8;
/**
 * "Transcript of remarks delivered at the Corn Exchange, Brennport, on 9 October 2026.", "Delivered at the Drapers'
 * Hall, Varrowby, Thursday 26 February 2026", "As prepared for delivery": where and when a speech was given.
 */
const REMARKS_MARK =
  /^(?:(?:(?:full |edited )?transcript|text) of (?:the )?(?:(?:mayor|minister|president|governor|chair)['’]s )?(?:remarks|speech|address|statement|lecture|keynote)\b)/i;
const MAX_REMARKS_MARK_WORDS = 25;

/**
 * A speech or statement given as a transcript after a framing paragraph: every paragraph after the marker is the
 * speaker's (the label is anonymous, so the speaker is the person the article names most).
 */
function transcriptShape(paragraphs: readonly string[]): InterviewShape | undefined {
  const mark = paragraphs.findIndex(
    (p) =>
      (TRANSCRIPT_MARK.test(p) && p.split(/\s+/).length <= MAX_MARK_WORDS) ||
      ((REMARKS_MARK.test(p) || DELIVERY_LINE.test(p)) && p.split(/\s+/).length <= MAX_REMARKS_MARK_WORDS),
  );
  if (mark < 0 || paragraphs.length - mark - 1 < MIN_ANSWERS) return undefined;
  const answers = new Set(paragraphs.map((_, i) => i).filter((i) => i > mark));
  return { label: 'A', answers, questions: new Set([mark]) };
}

/** An answer's text without its label ("Holt: A port that …" → "A port that …", also "Ruth Holt: …"). */
export function withoutLabel(text: string, shape: InterviewShape): string {
  const turn = TURN_LABEL.exec(text);
  return turn && labelOf(text, shape.label) === shape.label ? text.slice(turn[0].length) : text;
}

/** True when the label names no one ("A", "Answer"): the interviewee is then the person named most. */
export function anonymousLabel(shape: InterviewShape): boolean {
  return /^(?:A|Answer)$/.test(shape.label);
}

/** An interviewer's words: a short paragraph asking something, or addressing the interviewee as "you". */
const ASKS = /\?["”]?\s*$/;
const ADDRESSES = /\byou(?:'ve|’ve|'re|’re|r|rs)?\b/i;
/** "Question 4:", "Q12.": a question numbered for respondents to answer in writing. */
const NUMBERED_QUESTION = /^(?:question|q)\s?\d+[.:)]/i;
/** A question is short; a paragraph longer than this is an answer. */
const MAX_QUESTION_WORDS = 30;
/** An interviewee's own voice: "I", "we", "my", "our". */
export const FIRST_PERSON = /\b(?:I|[Ww]e|[Mm]y|[Oo]ur|[Mm]e|[Uu]s)\b/;
/** The share of answers in the first person that makes a Q&A an interview when no question says "you". */
const MIN_FIRST_PERSON_SHARE = 0.5;
/** Standalone questions that make an article a Q&A even when none says "you". */
const MIN_PLAIN_QUESTIONS = 4;

/**
 * A Q&A whose answers carry no label, the web's usual form (a bold question, then the answer): at least
 * {@link MIN_ANSWERS} short question paragraphs each followed by an answer, one of them addressing the interviewee as
 * "you", or {@link MIN_PLAIN_QUESTIONS} of them (an essay's rhetorical questions sit inside its paragraphs). Once
 * it is a Q&A, a short paragraph between two answers is the interviewer's too ("Critics say you've declared half
 * the town worthless."). The label is anonymous: the interviewee is the person the article names most.
 */
function unlabelledShape(paragraphs: readonly string[]): InterviewShape | undefined {
  const words = (p: string) => p.split(/\s+/).filter(Boolean).length;
  const short = (p: string | undefined) => p !== undefined && words(p) <= MAX_QUESTION_WORDS;
  // "Question 4: Do you agree …?": a consultation numbers the questions it puts to its readers; no interviewer does.
  const asks = (p: string | undefined) => short(p) && ASKS.test(p ?? '') && !NUMBERED_QUESTION.test(p ?? '');
  const questions = new Set<number>();
  paragraphs.forEach((p, i) => {
    if (asks(p) && paragraphs[i + 1] !== undefined && !asks(paragraphs[i + 1])) questions.add(i);
  });
  const addressing = [...questions].some((i) => ADDRESSES.test(paragraphs[i] ?? ''));
  if (questions.size < (addressing ? MIN_ANSWERS : MIN_PLAIN_QUESTIONS)) return undefined;
  const first = Math.min(...questions);
  paragraphs.forEach((p, i) => {
    const between = i > first && !questions.has(i - 1) && paragraphs[i + 1] !== undefined;
    if (between && short(p) && !questions.has(i + 1)) questions.add(i);
  });
  // "Reached after the interview, Haagensen was unmoved. '…,' she said.": past the last question, the writer's
  // coda, in reported speech, ends the answers.
  const last = Math.max(...questions);
  const coda = paragraphs.findIndex((p, i) => i > last + 1 && WRITERS_CODA.test(p));
  const answers = new Set<number>();
  paragraphs.forEach((_, i) => i > first && !questions.has(i) && (coda < 0 || i < coda) && answers.add(i));
  // An explainer asks its own questions ("WHAT HAPPENED?", "Why does it matter?") and answers them in the
  // third person: without a "you" to the interviewee, the answers must speak in the first person.
  const firstPerson = [...answers].filter((i) => FIRST_PERSON.test(paragraphs[i] ?? '')).length;
  if (!addressing && firstPerson < answers.size * MIN_FIRST_PERSON_SHARE) return undefined;
  return { label: 'A', answers, questions };
}

/** The writer's voice after an interview: a view reported with its verb of saying, or the interview as past. */
const WRITERS_CODA =
  /\b(?:after|since) (?:the|our|this) (?:interview|conversation)\b|["”],?\s(?:he|she|they|\p{Lu}[\p{L}'’-]+) (?:said|says|added|told)\b/u;
/** A section author's name: two to four capitalised words, after an optional courtesy title. */
const AUTHOR_NAME = String.raw`(?:(?:Dr|Prof|Professor|Mr|Mrs|Ms|Sir|Dame)\.?\s)?(\p{Lu}[\p{L}'’.-]+(?:\s\p{Lu}[\p{L}'’.-]+){1,3})`;
/** "YES: Tamsin Oduya, transport economist", "The case against — Gareth Lindahl": a side's heading with its writer. */
const SIDE_HEADING = new RegExp(
  String.raw`^(?:YES|NO|Yes|No|FOR|AGAINST|For|Against|PRO|CON|Pro|Con|(?:THE CASE|The case) (?:FOR|AGAINST|for|against)|IN FAVOU?R|In favou?r)\s*[:—–-]\s*${AUTHOR_NAME}(?:,\s[^.!?]{1,90})?$`,
  'u',
);
/** "CONCLUSION By Hollis Maybrook", "By Gareth Lindahl, former finance director": a section's own byline. */
const SECTION_BYLINE = new RegExp(
  String.raw`^(?:\p{Lu}[\p{L}'’ -]{0,30}\s)?[Bb]y\s${AUTHOR_NAME}(?:,\s[^.!?]{1,90})?$`,
  'u',
);
/** A piece with at least this many sections each headed by its writer is several people's. */
const MIN_AUTHORED_SECTIONS = 2;

/** Whose words each paragraph is, by index; the paragraphs that only name their speaker; those opening on a label. */
export interface SpeakerSections {
  authors: ReadonlyMap<number, string>;
  headings: ReadonlySet<number>;
  /** Paragraphs whose first words are their speaker's label ("PRIYA VENKAT: …"), which is no part of the turn. */
  labelled?: ReadonlySet<number>;
  /** A panel host's prompts: short turns that end on a question ("Priya, set it up for us. What happened?"). */
  prompts?: ReadonlySet<number>;
}

/**
 * A debate or a collection of contributions: sections headed by the person who writes them ("YES: Tamsin Oduya,
 * transport economist", "NO: Gareth Lindahl, …", "CONCLUSION By Hollis Maybrook"). Returns, for each paragraph
 * under such a heading (up to the next), its writer's full name; the headings themselves are in `headings`.
 * Undefined unless there are two sections or more by at least two people.
 */
export function authoredSections(paragraphs: readonly string[]): SpeakerSections | undefined {
  // "Daniel Okafor -- President and Chief Executive Officer": a call transcript's turns are sections too.
  const heading = (p: string) =>
    (SIDE_HEADING.exec(p.trim()) ?? SECTION_BYLINE.exec(p.trim()) ?? CALL_SPEAKER.exec(p.trim()))?.[1];
  const headings = new Set<number>();
  const authors = new Map<number, string>();
  let current: string | undefined;
  paragraphs.forEach((p, i) => {
    const name = heading(p);
    if (name) {
      headings.add(i);
      current = name;
    } else if (current) authors.set(i, current);
  });
  const writers = new Set(authors.values());
  return headings.size >= MIN_AUTHORED_SECTIONS && writers.size >= 2 ? { authors, headings } : undefined;
}

/**
 * Whose turns an article's paragraphs are: a call transcript's or a debate's sections, each headed by its speaker
 * (questions between them are the speakers' own), else an interview's answers and questions, else neither.
 */
export function turnsOf(paragraphs: readonly string[]): Turns {
  // The analysis and the drafting both ask, of the same paragraphs: read them once.
  let turns = TURNS_READ.get(paragraphs);
  if (!turns) {
    const sections = authoredSections(paragraphs) ?? panelTurns(paragraphs);
    turns = sections ? { sections } : { interview: interviewShape(paragraphs) };
    TURNS_READ.set(paragraphs, turns);
  }
  return turns;
}
type Turns = { sections?: SpeakerSections; interview?: InterviewShape };
const TURNS_READ = new WeakMap<readonly string[], Turns>();

/** A panel has at least this many speakers who each take this many labelled turns. */
const MIN_PANEL_SPEAKERS = 3;

/**
 * A panel's, a podcast's or a hearing's transcript: {@link MIN_PANEL_SPEAKERS} speakers or more, each taking
 * {@link MIN_ANSWERS} turns or more under their label ("PRIYA VENKAT: …", "Hugh Calder: …"). Each labelled turn, and
 * each unlabelled paragraph after it, is its speaker's; the names are written as names ("Priya Venkat").
 * Undefined for fewer speakers: an interview's two sides are an interview.
 */
function panelTurns(paragraphs: readonly string[]): SpeakerSections | undefined {
  const turns = new Map<string, number>();
  const labels = paragraphs.map((p) => {
    const turn = TURN_LABEL.exec(p)?.[1];
    // "Option A: …", "HOST: …": a speaker is named, in two words or more.
    if (turn === undefined || !/\s/.test(turn) || QUESTION_LABEL.test(p)) return undefined;
    turns.set(labelKey(turn), (turns.get(labelKey(turn)) ?? 0) + 1);
    return turn;
  });
  const speakers = new Set([...turns].filter(([, n]) => n >= MIN_ANSWERS).map(([key]) => key));
  if (speakers.size < MIN_PANEL_SPEAKERS) return undefined;
  const authors = new Map<number, string>();
  const labelled = new Set<number>();
  let current: string | undefined;
  labels.forEach((turn, i) => {
    if (turn !== undefined) {
      current = speakers.has(labelKey(turn)) ? asName(turn) : undefined;
      if (current) labelled.add(i);
    }
    if (current) authors.set(i, current);
  });
  const prompts = new Set(
    [...labelled].filter((i) => {
      const turn = paragraphs[i] ?? '';
      return /\?["”’)]*\s*$/.test(turn) && turn.split(/\s+/).length <= MAX_PROMPT_WORDS;
    }),
  );
  return { authors, headings: new Set(), labelled, prompts };
}

/** A turn's text without its speaker's label, when its paragraph is a labelled turn of a panel. */
export function withoutSpeakerLabel(text: string): string {
  const turn = TURN_LABEL.exec(text);
  return turn ? text.slice(turn[0].length) : text;
}
