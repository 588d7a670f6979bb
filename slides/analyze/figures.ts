import { MONTHS } from '../months';
import type { Figure, FigureKind } from './types';

const HEDGE = String.raw`(?:(?:about|almost|nearly|around|roughly|some|over|under|more than|less than|fewer than|up to|at least|at most|just under|just over|close to|well over|approximately|an estimated|only|a mere)\s+)?`;
/** "1,200", "2.5", and the continental forms "48 000" (spaced thousands) and "2,1" (decimal comma). */
const NUM = String.raw`(?:\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?!\d)|\d+,\d{1,2}(?!\d)|\d+(?:,\d{3})*(?:\.\d+)?)`;
const SCALE = String.raw`(?:\s*(?:millions?|billions?|trillion|thousand|hundred|milliards?|bn|mn|m|k)\b)?`;
const NUMBER_WORD = String.raw`(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|hundreds|thousands|millions|billions|trillions|tens of thousands|hundreds of thousands)`;

/** "€1.45-1.55 billion", "11.5-12.0 percent": the other end of a range written with a dash. */
const RANGE_TO = String.raw`[-–]${NUM}`;

/** Ordered: the first pattern to match a span wins it. */
const FIGURE_PATTERNS: readonly { kind: FigureKind; re: RegExp }[] = [
  {
    kind: 'percent',
    re: new RegExp(
      String.raw`${HEDGE}${NUM}(?:${RANGE_TO})?\s*(?:percent|per cent|%|percentage points?)`,
      'gi',
    ),
  },
  {
    kind: 'money',
    re: new RegExp(
      String.raw`${HEDGE}(?:[$€£¥]\s?${NUM}(?:${RANGE_TO})?${SCALE}|${NUM}${SCALE}\s+(?:dollars|euros|pounds|yuan|rubles|roubles|manat|rials|lira)\b|(?:millions|billions|trillions|hundreds of millions|tens of billions) of (?:dollars|euros|pounds)(?: worth)?)`,
      'gi',
    ),
  },
  {
    kind: 'fraction',
    re: new RegExp(
      String.raw`${HEDGE}\b(?:half|a third|one[- ]third|two[- ]thirds|a quarter|one[- ]quarter|three[- ]quarters|a fifth|one[- ]fifth|(?:the|a) majority(?= of\b)|one in (?:${NUM}|two|three|four|five|ten))\b`,
      'gi',
    ),
  },
  { kind: 'duration', re: new RegExp(String.raw`\b${NUM}-(?:day|week|month|year|hour)\b`, 'gi') },
  {
    kind: 'count',
    re: new RegExp(String.raw`${HEDGE}(?:\b${NUM}${SCALE}|\b${NUMBER_WORD}\s+of)(?=\s+[a-zA-Z])`, 'gi'),
  },
];

const YEAR = /^(?:1[89]|20)\d\d$/;
const MONTH_BEFORE =
  /(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Mar\.|Apr\.|Jun\.|Jul\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)\s*$/;
/** "9 June 2024": a day before its month is part of a date, not a count. */
const MONTH_AFTER = new RegExp(String.raw`^(?:st|nd|rd|th)?\s+(?:${MONTHS.join('|')})\b`);
const SMALL_NUMBER_WORD_COUNT = /^(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) of$/i;
const MEASURE_STOP =
  /,(?!\d{3}\b)|[;:()!?"“”]|\.(?=\s|$)|\s(?:that|which|who|because|while|during|since|as|than|but|and|to|in|on|at|by|is|are|was|were|has|have|had|will|would)\s/;
const OF_PHRASE = /^\s*(?:of|worth of)\s+/i;
const LEADING_NOUN_PHRASE =
  /^\s*((?:(?:[\w'’.%€$£-]|,(?=\d{3}))+\s+){0,3}(?:[\w'’%€$£-]|,(?=\d{3}))+(?:\.\d+%?)?)/;
const MAX_MEASURE_WORDS = 7;
/** "years of age-related memory loss": a unit and what it is of, kept whole up to this length. */
const MAX_OF_PHRASE_WORDS = 6;
/** A measure cut at its word limit may not end on these ("the pace of an"). */
const DANGLING_MEASURE_END =
  /^(?:a|an|the|of|to|in|on|at|by|for|with|from|and|or|its|their|his|her|our|this|that)$/i;
const ACCORDING_TO = /\baccording to ((?:the )?[^,.;]+?)(?:,|\.|;|$)/i;
const SAID_BY =
  /\b((?:[A-Z][\w'’.-]*\s?){1,5}(?:\([A-Z]{2,6}\))?)\s(?:(?:has|have|had)\s)?(?:said|says|estimates?|estimated|reported|reports|found|finds|calculates?|calculated|warned|warns|claimed|claims)\b/;
const DATA_FROM =
  /\b(?:data|figures|estimates) (?:from|by) ((?:the )?(?:[A-Z][\w'’.-]*\s?){1,6}(?:\([A-Z]{2,6}\))?)/;
const POSSESSIVE_PRONOUN = /^(its|their)\s/i;

/** A determiner (and a year) right before capitalised words: they modify a noun, they are no speaker. */
const NOUN_PHRASE_BEFORE =
  /\b(?:(?:our|their|its|his|her|my|your)\s+(?:\d{4}\s+)?|(?:the|a|an|this)\s+\d{4}\s+)$/i;

/** Who the sentence says the figure comes from, if it attributes it. */

export function attributionOf(sentence: string): string | undefined {
  const said = SAID_BY.exec(sentence);
  // "our 2026 EBITA estimate": a noun with its determiner, not a source that estimates.
  const saidBy = said && !NOUN_PHRASE_BEFORE.test(sentence.slice(0, said.index)) ? said : null;
  const match = ACCORDING_TO.exec(sentence) ?? DATA_FROM.exec(sentence) ?? saidBy;
  const who = match?.[1]?.trim().replace(/^The\s/, 'the ');
  // "She said", "Our estimate" name no one a stat item could credit.
  return who &&
    !/^(?:he|she|they|it|we|i|you|this|that|these|those|our|my|your|their|its|his|her)\b/i.test(who)
    ? who
    : undefined;
}

function measureAfter(rest: string, precedingName: string | undefined, plural?: string): string {
  const ofMatch = OF_PHRASE.exec(rest);
  let phrase = ofMatch ? rest.slice(ofMatch[0].length) : rest;
  const stop = MEASURE_STOP.exec(` ${phrase}`);
  if (stop) phrase = ` ${phrase}`.slice(0, stop.index).trim();
  else phrase = phrase.trim();
  // "years of age-related memory | loss": a noun phrase that ends at the stop is kept whole when it fits.
  const lead = LEADING_NOUN_PHRASE.exec(phrase)?.[1] ?? phrase;
  const wholeOf = /^\S+\sof\s/.test(phrase) && phrase.split(/\s+/).length <= MAX_OF_PHRASE_WORDS;
  if (!ofMatch && !wholeOf) phrase = lead;
  const words = phrase.split(/\s+/).filter(Boolean).slice(0, MAX_MEASURE_WORDS);
  while (words.length > 1 && DANGLING_MEASURE_END.test(words[words.length - 1] ?? '')) words.pop();
  let measures = words.join(' ');
  if (precedingName && POSSESSIVE_PRONOUN.test(measures))
    measures = measures.replace(POSSESSIVE_PRONOUN, `${precedingName}'s `);
  else if (plural && /\btheir\s/.test(measures)) measures = measures.replace(/\btheir\s/, `${plural}' `);
  return measures;
}

/** A clause with a subject of its own between a name and a figure ("… warned that councils have lost …"). */
const OTHER_SUBJECT = /\bthat\s+(?:the\s+|many\s+|most\s+|some\s+)?(\p{Ll}+s)\b/u;
/** Words before a number that make it a rate's base or a label's number, not a figure. */
const NOT_A_FIGURE_BEFORE =
  /\b(?:per|every|each|out of|one in|(?:section|chapter|part|figure|table|annex|appendix|article|clause|paragraph|page)s?(?:\s+\d+(?:,\s*\d+)*\s+(?:and|or|to))?|no\.)\s*$/i;

/**
 * Finds the figures in one sentence: percentages, money, fractions ("more than half"), durations and counts,
 * each with what it measures (the phrase after it) and who says so. `names` are the entity names the
 * sentence mentions in order, used to resolve "its" in "40 percent of its oil needs" to the nearest one before.
 */
export function findFigures(sentence: string, ref: string, names: readonly string[] = []): Figure[] {
  const taken: [number, number][] = [];
  const found: { start: number; figure: Figure }[] = [];
  const source = attributionOf(sentence);
  for (const { kind, re } of FIGURE_PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(sentence); m; m = re.exec(sentence)) {
      const start = m.index;
      const end = start + m[0].length;
      const text = m[0].trim();
      if (taken.some(([a, b]) => start < b && end > a)) continue;
      if (kind === 'count' && (YEAR.test(text) || MONTH_BEFORE.test(sentence.slice(0, start)))) continue;
      if (kind === 'count' && /^\d{1,2}$/.test(text) && MONTH_AFTER.test(sentence.slice(end))) continue;
      // "the VM-200 meter", "an A-320": a model's code, not a count.
      if (kind === 'count' && /\p{L}[-‐]$/u.test(sentence.slice(0, start))) continue;
      if (kind === 'count' && SMALL_NUMBER_WORD_COUNT.test(text)) continue;
      // "7.4 nurses per 10,000 inhabitants", "Section 7 draws lessons": a rate's base or a section's number
      // measures nothing by itself.
      if (kind === 'count' && NOT_A_FIGURE_BEFORE.test(sentence.slice(0, start))) continue;
      // "half-year results", "two-thirds-owned": a fraction joined to a noun by a hyphen is part of a word.
      if (/^[-‐]\p{L}/u.test(sentence.slice(end)) && /\p{L}$/u.test(text)) continue;
      taken.push([start, end]);
      const before = sentence.slice(0, start);
      // "The Association has warned that councils have lost a third of their staff": "their" is the councils'.
      const nearest = [...names].reverse().find((n) => before.includes(n));
      const between = nearest ? before.slice(before.lastIndexOf(nearest) + nearest.length) : '';
      const other = OTHER_SUBJECT.exec(between)?.[1];
      const precedingName = other ? undefined : nearest;
      const measures = measureAfter(sentence.slice(end), precedingName, other);
      found.push({ start, figure: { text, kind, measures, source, ref } });
    }
  }
  return found.sort((a, b) => a.start - b.start).map((f) => f.figure);
}
