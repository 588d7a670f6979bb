/**
 * Speaker-notes rules: notes are talk the presenter can give, so instructions to the presenter ("State the
 * judgment, then …", "Walk through …") are findings, and so is a sentence said on more than one slide.
 */
import { normalWords } from './words';

/** Sentences opening on an instruction to the presenter. */
const COACHING_OPENER =
  /^(?:state (?:the|that|what|why|how|our|your|a|an|its|their|this|these)|introduce|walk (?:through (?:the|each|these|this|how|why|what|them)|the audience)|close (?:with|on|by)|be (?:fair|clear|careful|honest) (?:to|about|with)|start (?:with|by|on)|begin (?:with|by)|open (?:with|by|on)|end (?:with|by|on)|finish (?:with|by)|run through|go through|explain|mention|emphasi[sz]e|stress (?:that|the)|point out|remind (?:the )?(?:audience|listeners|them)|tell (?:the audience|listeners|them)|say (?:who|that|what|why|how)|summari[sz]e|present (?:the|this)|cover (?:the|this)|highlight|turn to|move (?:on )?to|pause|ask (?:the audience|listeners)|make (?:sure|clear|the point)|frame (?:the|this)|set out|flag|acknowledge|use this slide|spend)\b/i;
/** Instructions inside a sentence: "…, so say who stands behind each", "…, then the evidence". */
const COACHING_INSIDE =
  /[,;:]\s*(?:so |and |then )?(?:say|state|explain|mention|stress|note|point out|tell the audience|walk through|emphasi[sz]e)\s+(?:who|what|why|how|that|the|it|each)\b|\bthen the evidence\b/i;
/** A notes sentence with fewer words than this is too short to count as repeated. */
const MIN_REPEAT_WORDS = 5;
const SOURCES_LINE = /^sources?:/i;

/** A sentence end: . ! or ? (and any closing quote or bracket), then space and a capital, digit or quote. */
const SENTENCE_END = /([.!?]["”’)\]]*)\s+(?=["“‘(]?[\p{Lu}\d¶])/gu;
/** Words after which a full stop is an abbreviation's, not a sentence end. */
const ABBREVIATION =
  /(?:^|[\s(])(?:mr|mrs|ms|dr|prof|st|gen|col|gov|sen|rep|rev|jr|sr|no|vs|etc|inc|ltd|co|corp|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|[a-z]|(?:[a-z]\.)+[a-z])\.$/i;

/**
 * Splits a line of notes into sentences. A light splitter (notes are the presenter's own prose), fast enough to
 * re-read every slide's notes as the user types.
 */
export function splitNotesLine(line: string): string[] {
  const out: string[] = [];
  let start = 0;
  for (const match of line.matchAll(SENTENCE_END)) {
    const end = (match.index ?? 0) + (match[1] ?? '').length;
    if (ABBREVIATION.test(line.slice(start, end))) continue;
    out.push(line.slice(start, end).trim());
    start = (match.index ?? 0) + match[0].length;
  }
  const rest = line.slice(start).trim();
  if (rest) out.push(rest);
  return out.filter(Boolean);
}

/** One sentence of a slide's notes. */
export interface NotesSentence {
  text: string;
  /** Normalised words joined by spaces: the form repeats are found in. */
  key: string;
}

/**
 * The sentences of a slide's notes, line by line. With `talkOnly`, the notes' `Sources:` block (the quoted
 * passages the slide rests on, from a `Sources:` line to the end) is left out: it cites, it is not talk.
 */
export function notesSentences(notes: string, talkOnly = false): NotesSentence[] {
  const lines = notes.split('\n');
  const sourcesAt = lines.findIndex((line) => SOURCES_LINE.test(line.trim()));
  return (talkOnly && sourcesAt >= 0 ? lines.slice(0, sourcesAt) : lines)
    .filter((line) => line.trim() && !SOURCES_LINE.test(line.trim()))
    .flatMap((line) => splitNotesLine(line))
    .map((text) => ({ text, key: normalWords(text).join(' ') }));
}

/** Whether a notes sentence instructs the presenter instead of being something to say. */
export function isCoaching(sentence: string): boolean {
  const text = sentence.trim().replace(/^["“]/, '');
  return COACHING_OPENER.test(text) || COACHING_INSIDE.test(text);
}

/** Whether a sentence is long enough for a repeat of it to matter. */
export function countsForRepeat(sentence: NotesSentence): boolean {
  return sentence.key.split(' ').length >= MIN_REPEAT_WORDS;
}

/** The notes with one sentence taken out (and the space after it), for the "drop sentence" fix. */
export function withoutSentence(notes: string, sentence: string): string {
  const at = notes.indexOf(sentence);
  if (at < 0) return notes;
  let end = at + sentence.length;
  while (notes[end] === ' ') end++;
  let start = at;
  if (end >= notes.length || notes[end] === '\n') while (start > 0 && notes[start - 1] === ' ') start--;
  return (notes.slice(0, start) + notes.slice(end)).replace(/^\n+/, '');
}
