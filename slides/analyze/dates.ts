import type { DatedEvent } from './types';
import { MONTHS, MONTHS_LOWER } from '../months';

const MONTH = String.raw`(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Mar\.|Apr\.|Jun\.|Jul\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)`;
/** "November 1", "Nov. 1, 2023", "1 November 2023", "November 2023", "in 2020", "since 2014". */
const DATE_PATTERNS: readonly RegExp[] = [
  // "11–12 March 2025": two days of one month, a span dated by its first.
  new RegExp(String.raw`\b\d{1,2}\s?[–-]\s?\d{1,2}\s+${MONTH}(?:\s+(?:1[89]|20)\d\d)?\b`, 'g'),
  new RegExp(String.raw`\b${MONTH}\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+(?:1[89]|20)\d\d)?\b`, 'g'),
  new RegExp(String.raw`\b\d{1,2}\s+${MONTH}(?:\s+(?:1[89]|20)\d\d)?\b`, 'g'),
  new RegExp(String.raw`\b(?:early |late |mid-)?${MONTH}\s+(?:of\s+)?(?:1[89]|20)\d\d\b`, 'g'),
  // "In 2023/24", "in 1994–97": a year that opens a span is no one date.
  /\b(?:in|since|by|during|until|from|of|after|before|early|late|mid-)\s+((?:1[89]|20)\d\d)\b(?![/–-]\d)/gi,
  /^((?:1[89]|20)\d\d)\b(?![/–-]\d)/g,
];
const YEAR_IN = /(?:1[89]|20)\d\d/;
const DAY_IN = /\b(\d{1,2})(?:st|nd|rd|th)?\b/;

function monthIndex(text: string): number {
  const lower = text.toLowerCase();
  const i = MONTHS_LOWER.findIndex((m) => lower.includes(m) || lower.includes(`${m.slice(0, 3)}.`));
  return i + 1;
}

/** Sort key for a date as written; month/day without a year take `defaultYear`. */
export function sortKeyOf(when: string, defaultYear: number): number {
  const year = Number(YEAR_IN.exec(when)?.[0] ?? defaultYear);
  const month = monthIndex(when);
  const withoutYear = when.replace(YEAR_IN, '');
  const day = month > 0 ? Number(DAY_IN.exec(withoutYear)?.[1] ?? 0) : 0;
  return year * 10000 + month * 100 + day;
}

/** The dates written in one sentence, each as written ("November 1", "2020"), in order of appearance. */
export function findDates(sentence: string): string[] {
  const spans: { start: number; end: number; text: string }[] = [];
  for (const re of DATE_PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(sentence); m; m = re.exec(sentence)) {
      const text = m[1] ?? m[0];
      const start = m.index + m[0].indexOf(text);
      const end = start + text.length;
      if (spans.some((s) => start < s.end && end > s.start)) continue;
      spans.push({ start, end, text: text.trim() });
    }
  }
  return spans.sort((a, b) => a.start - b.start).map((s) => s.text);
}

/** Dated events: one per sentence with a date (its first), ordered by date; undated months take the latest year. */
export function datedEvents(sentences: readonly { ref: string; text: string }[]): DatedEvent[] {
  const found = sentences.flatMap((s) => {
    const when = findDates(s.text)[0];
    return when ? [{ when, ref: s.ref }] : [];
  });
  const years = found.map((f) => Number(YEAR_IN.exec(f.when)?.[0] ?? 0)).filter((y) => y > 0);
  const latest = years.length ? Math.max(...years) : 0;
  return found
    .map((f) => ({ ...f, sortKey: sortKeyOf(f.when, latest) }))
    .sort((a, b) => a.sortKey - b.sortKey);
}

/** Words before a date that make it a starting point, a comparison or a deadline, not the date of the event. */
const NOT_EVENT_BEFORE =
  /\b(?:since|than|until|till|from|by|before|compared (?:with|to)|as of|through|up to|ahead of|below|above)\b(?:\s+\S+){0,4}?\s+(?:in\s+|of\s+)?(?:early |late |mid-)?$/i;
/** A target date inside another event's sentence ("a plan with an opening date in 2025", "a 2030 goal"), or the
 * end of a reporting period ("the accounts for the year to 30 June 2026"). */
const PLANNED_BEFORE =
  /\b(?:(?:date|deadline|target|goal)\s+(?:in|for|of|by|on)?|(?:year|period|months|quarter|season)\s+(?:to|ending|ended))\s*(?:early |late |mid-)?$/i;
/** A date inside a relative or subordinate clause describes something else in the sentence. */
const SUBORDINATE_BEFORE =
  /(?:,\s*(?:which|who|whose|where|following|after|while|as|when)\b|\b(?:which|who|whose)\s)[^;:]*$/i;
/** A year used as an adjective ("the 2025 budget", "its 2020 target"): not an event's date. */
const ADJECTIVAL_AFTER = /^\s*(?:['’]s\s+)?[a-z][a-z-]*(?:\s|[,.;:]|$)/;
/** After a date, a turn to the present in the same sentence: the date is one side of a comparison with now. */
const THEN_AND_NOW =
  /^[^.;:]*?\b(?:and|but|while|whereas)\b[^.;:]*\b(?:today|now|currently|at present|these days|nowadays)\b/i;
const JOINING_AFTER =
  /^\s*(?:[,.;:)]|$|and\b|or\b|when\b|as\b|after\b|before\b|to\b|in\b|on\b|at\b|with\b|the\b|a\b|an\b|by\b|for\b|his\b|her\b|its\b|their\b|that\b|amid\b|during\b|over\b|under\b|against\b|from\b)/i;

/**
 * The date of the event a sentence reports: the first date written in its main clause that is not a starting
 * point ("since 2019"), a comparison ("than in 2019"), a deadline ("by 2030"), an adjective ("the 2025 budget") or
 * part of a relative or subordinate clause about something else ("…, which followed its invasion in 2022").
 * Undefined when the sentence dates no event of its own.
 */
export function eventDateOf(sentence: string): string | undefined {
  for (const when of findDates(sentence)) {
    const at = sentence.indexOf(when);
    if (at < 0) continue;
    const before = sentence.slice(0, at);
    const after = sentence.slice(at + when.length);
    if (NOT_EVENT_BEFORE.test(before) || SUBORDINATE_BEFORE.test(before) || PLANNED_BEFORE.test(before))
      continue;
    if (ADJECTIVAL_AFTER.test(after) && !JOINING_AFTER.test(after)) continue;
    // "The district ran 41 rural routes in 2019 and runs 27 today": then against now, no event of that year.
    if (THEN_AND_NOW.test(after)) continue;
    return when;
  }
  return undefined;
}

/** "Late", "September to", "On": the words a date written alone may hold beside its date. */
const DATE_ONLY_WORDS = new RegExp(
  String.raw`^(?:(?:early|mid|late|on|in|from|to|and|until|by|the|end|of|spring|summer|autumn|fall|winter|\d{1,2}|${MONTHS.join('|')})\b[\s,–-]*)*$`,
  'i',
);

/**
 * True when a line is a date and nothing else: "14 March 2023", "September to December 2023", "Late 2024", "18 to 27
 * September 2025".
 */
export function isDateOnly(text: string): boolean {
  // ("Summer 2024": a season's year is a date too.)
  const date = findDates(text)[0] ?? /\b(?:1[89]|20)\d\d\b/.exec(text)?.[0];
  return date !== undefined && DATE_ONLY_WORDS.test(text.replace(date, ' ').trim());
}
