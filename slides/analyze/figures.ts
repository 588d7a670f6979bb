import { MONTHS } from '../months';
import type { Figure, FigureKind } from './types';

const HEDGE_WORDS = String.raw`about|almost|nearly|around|roughly|some|over|under|more than|less than|fewer than|up to|at least|at most|just under|just over|close to|well over|approximately|an estimated|only|a mere`;
const HEDGE = String.raw`(?:(?:${HEDGE_WORDS})\s+)?`;
/** The hedge a figure opens on ("roughly 11,000"): without it, the figure's value. */
export const FIGURE_HEDGE = new RegExp(String.raw`^(?:${HEDGE_WORDS})\s+`, 'i');
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
      String.raw`${HEDGE}${NUM}(?:${RANGE_TO})?\s*(?:percentage points?|percent|per cent|%)`,
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
const SMALL_NUMBER_WORD_COUNT = /\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) of$/i;
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
/** "according to a council survey of 1,400 households, …": a number's comma or point ends no phrase. */
const ACCORDING_TO = /\baccording to ((?:the )?(?:[^,.;]|[,.](?=\d))+?)(?:,(?!\d)|\.(?!\d)|;|$)/i;
/** " decline forecast by economists polled by the Ledger": who a figure's own phrase says put it forward. */
const FORECAST_BY =
  /^\s(?:[\p{L}-]+\s){0,3}?(?:forecast|predicted|expected|estimated|projected)\sby\s((?:the\s)?[^,.;:()]{3,60})/u;

/** "a council survey | of 1,400 households last autumn": the source, without the size of its sample. */
const SAMPLE_SIZE = /\s+of\s+(?:about\s+|some\s+|more than\s+)?\d[\d,.]*\s.*$/;
const SAID_BY =
  /\b((?:[A-Z][\w'’.-]*\s?){1,5}(?:(?:of|for) (?:the )?(?:[A-Z][\w'’.-]*\s?){1,4})?(?:\([A-Z]{2,6}\))?)\s(?:(?:has|have|had)\s)?(?:said|says|estimates?|estimated|reported|reports|found|finds|calculates?|calculated|warned|warns|claimed|claims)\b/;
const DATA_FROM =
  /\b(?:data|figures|estimates) (?:from|by) ((?:the )?(?:[A-Z][\w'’.-]*\s?){1,6}(?:\([A-Z]{2,6}\))?)/;
const POSSESSIVE_PRONOUN = /^(its|their)\s/i;

/** A determiner (and a year) right before capitalised words: they modify a noun, they are no speaker. */
const NOUN_PHRASE_BEFORE =
  /\b(?:(?:our|their|its|his|her|my|your)\s+(?:\d{4}\s+)?|(?:the|a|an|this)\s+\d{4}\s+)$/i;

const GROUP_NOUN =
  /^(?:Officials|Analysts|Experts|Economists|Researchers|Scientists|Critics|Police|Investigators|Doctors|Residents|Campaigners|Engineers|Traders|Executives|Managers|Staff|Authorities)$/;

/** Who the sentence says the figure comes from, if it attributes it. */

export function attributionOf(sentence: string): string | undefined {
  const said = SAID_BY.exec(sentence);
  // "our 2026 EBITA estimate": a noun with its determiner, not a source that estimates.
  const saidBy = said && !NOUN_PHRASE_BEFORE.test(sentence.slice(0, said.index)) ? said : null;
  const match = ACCORDING_TO.exec(sentence) ?? DATA_FROM.exec(sentence) ?? saidBy;
  const who = match?.[1]
    ?.trim()
    .replace(SAMPLE_SIZE, '')
    .replace(/^The\s/, 'the ')
    // "Officials said": a group at the start of the sentence is no name ("— officials").
    .replace(GROUP_NOUN, (g) => g.toLowerCase());
  // "She said", "Our estimate" name no one a stat item could credit.
  return who &&
    !/^(?:he|she|they|it|we|i|you|this|that|these|those|our|my|your|their|its|his|her)\b/i.test(who) &&
    // "An estimated 297,000 people": an article before "estimated" names no one.
    !/^(?:a|an|the)$/i.test(who)
    ? who
    : undefined;
}

/** Words that open a phrase of their own after a label's noun ("hours of home care a week | across the region"). */
const LABEL_PREPOSITION =
  /^(?:above|across|after|against|amid|among|around|at|before|below|beneath|despite|like|behind|beside|between|beyond|by|during|for|from|in|inside|into|near|off|on|onto|outside|over|since|through|throughout|towards?|under|until|up|upon|via|with|within|without)$/i;
/**
 * Determiners and subject pronouns that open a clause of their own right after a noun ("150 beds | the recovery
 * plan will add", "the deficit | we forecast").
 */
const CLAUSE_DETERMINER =
  /^(?:the|this|these|those|its|their|his|her|our|my|your|a|an|we|they|he|she|i|you)$/i;
/** "a week", "an hour": a rate's unit after a noun, which stays in the label. */
const RATE_UNIT =
  /^(?:year|month|week|day|hour|minute|second|head|person|household|night|shift|term|quarter)$/i;
/** Words after which a verb's form is a modifier, not the clause's verb ("tonnes of expected supply"). */
const BEFORE_MODIFIER =
  /^(?:of|the|a|an|and|or|per|its|their|his|her|our|more|most|less|fewer|newly|fully|\d.*)$/i;
/** "a century", "of an hour": the span a fraction before it is a part of; "past six": the hour of a clock time. */
const FRACTION_OF_TIME =
  /^\s+(?:of\s+)?(?:a|an)\s+(?:century|decade|generation|lifetime|year|month|week|day|hour|minute|second)\b|^\s+(?:past|to)\s+(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|midnight|noon|\d{1,2})\b/i;
/** Past tenses without "-ed", which follow a singular subject as well as a plural one ("staff took jobs"). */
export const IRREGULAR_PAST =
  /^(?:took|came|went|rose|fell|grew|made|gave|saw|got|won|lost|left|paid|spent|sold|bought|brought|kept|held|met|ran|began|became|stood|led|told|found|thought|said|sent|built|cut|set|put|hit|quit|shut)$/i;
/** Labels up to this length keep their prepositional phrase ("140 hectares with his brother"). */
const SHORT_LABEL_WORDS = 4;

/**
 * Where a label's noun phrase ends: before a finite verb right after a noun ("60 former staff | took jobs"), a
 * determiner that opens a clause of its own ("150 beds | the recovery plan will add"), or, in a long label, a
 * preposition after the noun ("hours of home care a week | across the region").
 */
function labelEnd(words: readonly string[], tags: ReadonlyMap<string, string>): number {
  const isVerb = (word: string | undefined) =>
    /^(?:VERB|AUX)$/.test(tags.get(word?.toLowerCase() ?? '') ?? '');
  // "18% came from shared state": the figure is the clause's subject, and no label follows it.
  if (
    isVerb(words[0]) &&
    (words.length === 1 || /^(?:from|to|in|on|at|by|with|for|over|as|up|down)$/i.test(words[1] ?? ''))
  )
    return 0;
  for (let i = 1; i < words.length; i++) {
    const word = words[i] ?? '';
    const previous = words[i - 1] ?? '';
    // A verb right after a noun opens the clause ("60 former staff | took jobs"); after an adjective it is a
    // modifier ("additional planned operations"); before the clause's own verb it is the noun's second half
    // ("2.7% of all pipeline runs | failed").
    const afterNoun = /^(?:NOUN|PROPN|NUM)$/.test(tags.get(previous.toLowerCase()) ?? '');
    const participle = /ing$/i.test(word); // "0.9 times trailing EBITDA"
    // "certified heat pump | installers": a plain verb form after a singular noun agrees with nothing; it is the
    // compound's second noun.
    const compound = !/(?:s|ed)$/i.test(word) && !/s$/i.test(previous) && !IRREGULAR_PAST.test(word);
    // "of its oil needs": a verb that ends the phrase may be the noun's second half, and nothing is cut after it.
    const last = i === words.length - 1;
    if (
      isVerb(word) &&
      afterNoun &&
      !participle &&
      !compound &&
      !last &&
      !BEFORE_MODIFIER.test(previous) &&
      !isVerb(words[i + 1])
    )
      return i;
    if (
      CLAUSE_DETERMINER.test(word) &&
      !LABEL_PREPOSITION.test(previous) &&
      !/^(?:of|per)$/i.test(previous)
    ) {
      if (/^an?$/i.test(word) && RATE_UNIT.test(words[i + 1] ?? '')) continue;
      return i;
    }
    if (words.length > SHORT_LABEL_WORDS && LABEL_PREPOSITION.test(word)) return i;
  }
  return words.length;
}

function measureAfter(
  rest: string,
  precedingName: string | undefined,
  plural: string | undefined,
  tags: ReadonlyMap<string, string>,
): string {
  const ofMatch = OF_PHRASE.exec(rest);
  let phrase = ofMatch ? rest.slice(ofMatch[0].length) : rest;
  const stop = MEASURE_STOP.exec(` ${phrase}`);
  if (stop) phrase = ` ${phrase}`.slice(0, stop.index).trim();
  else phrase = phrase.trim();
  const all = phrase.split(/\s+/).filter(Boolean);
  phrase = all.slice(0, labelEnd(all, tags)).join(' ');
  // "years of age-related memory | loss": a noun phrase that ends at the stop is kept whole when it fits.
  const lead = LEADING_NOUN_PHRASE.exec(phrase)?.[1] ?? phrase;
  const wholeOf = /^\S+\sof\s/.test(phrase) && phrase.split(/\s+/).length <= MAX_OF_PHRASE_WORDS;
  if (!ofMatch && !wholeOf && phrase.split(/\s+/).length > MAX_MEASURE_WORDS) phrase = lead;
  const words = phrase.split(/\s+/).filter(Boolean).slice(0, MAX_MEASURE_WORDS);
  while (words.length > 1 && DANGLING_MEASURE_END.test(words[words.length - 1] ?? '')) words.pop();
  // "for them.": the sentence's last stop is no part of the label.
  let measures = words.join(' ').replace(/[.,;:!?"”’)]+$/, '');
  if (precedingName && POSSESSIVE_PRONOUN.test(measures))
    measures = measures.replace(POSSESSIVE_PRONOUN, `${precedingName}'s `);
  else if (plural && /\btheir\s/.test(measures)) measures = measures.replace(/\btheir\s/, `${plural}' `);
  return measures;
}

/** A clause with a subject of its own between a name and a figure ("… warned that councils have lost …"). */
const OTHER_SUBJECT = /\bthat\s+(?:the\s+|many\s+|most\s+|some\s+)?(\p{Ll}+s)\b/u;
/** Words before a number that make it a rate's base or a label's number, not a figure. */
const NOT_A_FIGURE_BEFORE =
  /\b(?:per|every|each|out of|one in|(?:section|chapter|part|figure|table|chart|graph|exhibit|box|slide|annex|appendix|article|clause|paragraph|page|footnote|endnote|question|recommendation|line|route|number|platform|gate|exit|junction|ward|room|flight|bay|channel)s?(?:\s+\d+(?:,\s*\d+)*\s+(?:and|or|to))?|no\.)\s*$/i;

/**
 * Finds the figures in one sentence: percentages, money, fractions ("more than half"), durations and counts,
 * each with what it measures (the phrase after it) and who says so. `names` are the entity names the
 * sentence mentions in order, used to resolve "its" in "40 percent of its oil needs" to the nearest one before.
 */
export function findFigures(
  sentence: string,
  ref: string,
  names: readonly string[] = [],
  tags: ReadonlyMap<string, string> = new Map(),
): Figure[] {
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
      // ("until at least 30 June": so is one a qualifier opens.)
      if (kind === 'count' && /^(?:\D*\s)?\d{1,2}$/.test(text) && MONTH_AFTER.test(sentence.slice(end)))
        continue;
      // "the VM-200 meter", "an A-320": a model's code, not a count.
      if (kind === 'count' && /\p{L}[-‐]$/u.test(sentence.slice(0, start))) continue;
      if (kind === 'count' && SMALL_NUMBER_WORD_COUNT.test(text)) continue;
      // "2025/26", "2023-24": the second year of a financial year is no count.
      if (kind === 'count' && /(?:^|\D)\d{4}[/–-]$/.test(sentence.slice(0, start))) continue;
      // "at 1 a.m.", "by 6pm": a time of day is no count.
      if (kind === 'count' && /^\s*(?:a\.m\.?|p\.m\.?|am|pm)\b/i.test(sentence.slice(end))) continue;
      // "At 06:00 GMT", "from 10:00 on Friday": a clock's hour or minutes are no count either.
      if (
        kind === 'count' &&
        (/\d[:.]$/.test(sentence.slice(0, start)) || /^[:.]\d{2}\b/.test(sentence.slice(end)))
      )
        continue;
      // "7.4 nurses per 10,000 inhabitants", "Section 7 draws lessons": a rate's base or a section's number
      // measures nothing by itself.
      if (kind === 'count' && NOT_A_FIGURE_BEFORE.test(sentence.slice(0, start))) continue;
      // "two and a half times the 150 beds": a fraction in a multiple is no share of anything.
      if (
        kind === 'fraction' &&
        (/\band\s+a\s+$/i.test(sentence.slice(0, start)) || /^\s+times\b/i.test(sentence.slice(end)))
      )
        continue;
      // "For half a century", "a quarter of an hour": a fraction of a span of time says how long, and is no share.
      if (kind === 'fraction' && FRACTION_OF_TIME.test(sentence.slice(end))) continue;
      // "half-year results", "two-thirds-owned": a fraction joined to a noun by a hyphen is part of a word.
      if (/^[-‐]\p{L}/u.test(sentence.slice(end)) && /\p{L}$/u.test(text)) continue;
      taken.push([start, end]);
      const before = sentence.slice(0, start);
      // "The Association has warned that councils have lost a third of their staff": "their" is the councils'.
      const nearest = [...names].reverse().find((n) => before.includes(n));
      const between = nearest ? before.slice(before.lastIndexOf(nearest) + nearest.length) : '';
      const other = OTHER_SUBJECT.exec(between)?.[1];
      // "the Rural Gigabit Voucher has spent 23% of its budget": the owner with its article ("of the … Voucher's").
      const named =
        nearest && before.toLowerCase().includes(`the ${nearest.toLowerCase()}`) ? `the ${nearest}` : nearest;
      const precedingName = other ? undefined : named;
      const measures = measureAfter(sentence.slice(end), precedingName, other, tags);
      // "… the NSO said, worse than the 0.1% decline forecast by economists polled by the Ledger": a figure its
      // own phrase credits to someone else is theirs, not the sentence's speaker's.
      const own = FORECAST_BY.exec(sentence.slice(end))?.[1]?.trim();
      found.push({ start, figure: { text, kind, measures, source: own ?? source, ref } });
    }
  }
  return found.sort((a, b) => a.start - b.start).map((f) => f.figure);
}
