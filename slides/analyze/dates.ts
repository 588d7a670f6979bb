import type { DatedEvent } from './types';

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
const MONTH = String.raw`(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Mar\.|Apr\.|Jun\.|Jul\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)`;
/** "November 1", "Nov. 1, 2023", "1 November 2023", "November 2023", "in 2020", "since 2014". */
const DATE_PATTERNS: readonly RegExp[] = [
  new RegExp(String.raw`\b${MONTH}\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+(?:1[89]|20)\d\d)?\b`, 'g'),
  new RegExp(String.raw`\b\d{1,2}\s+${MONTH}(?:\s+(?:1[89]|20)\d\d)?\b`, 'g'),
  new RegExp(String.raw`\b(?:early |late |mid-)?${MONTH}\s+(?:of\s+)?(?:1[89]|20)\d\d\b`, 'g'),
  /\b(?:in|since|by|during|until|from|of|after|before|early|late|mid-)\s+((?:1[89]|20)\d\d)\b/gi,
  /^((?:1[89]|20)\d\d)\b/g,
];
const YEAR_IN = /(?:1[89]|20)\d\d/;
const DAY_IN = /\b(\d{1,2})(?:st|nd|rd|th)?\b/;

function monthIndex(text: string): number {
  const lower = text.toLowerCase();
  const i = MONTHS.findIndex((m) => lower.includes(m) || lower.includes(`${m.slice(0, 3)}.`));
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
