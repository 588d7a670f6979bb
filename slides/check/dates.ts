/**
 * Timeline dates: a timeline item's bold date must be a date its source sentence gives for the event the item
 * reports — present in the sentence, not a year that only qualifies a noun ("the 2025 budget", "since 2019"),
 * and, for an item resting on one sentence, in the same clause as the item's figures and words (not a year another
 * clause of the sentence carries). An item resting on several sentences may take its date from one of them.
 */
import { findNumbers } from '../eval/keypoints';
import { MONTH_NAMES, contentWords, normalWords } from './words';

const YEAR = /^(1[5-9]\d\d|20\d\d)s?$/;
const DAY = /^\d{1,2}(?:st|nd|rd|th)?$/;
const NOUN_DETERMINERS = new Set([
  'the',
  'a',
  'an',
  'its',
  'their',
  'his',
  'her',
  'this',
  'that',
  'our',
  'whose',
  'next',
  'last',
]);
const NOT_EVENT_BEFORE = new Set(['since', 'fiscal']);
const CLAUSE_BREAK =
  /,\s|[;:()—–]|\.\s|\s(?:which|while|whereas|but|although|though|who|when)\s|\s(?:and|but)\s(?=\p{Ll}+ed\b)/iu;
/** Words that date a clause on their own: a clause carrying one reports a time of its own. */
const TIME_MARKER =
  /\b(?:now|currently|today|this year|last year|next year|this month|last month|(?:a|one|two|three|four|five|\d+) (?:decade|year|month|week)s? ago|(?:1[5-9]|20)\d\d|january|february|march|april|june|july|august|september|october|november|december)\b/i;
const MONTH_KEY: Record<string, string> = {
  jan: 'january',
  feb: 'february',
  mar: 'march',
  apr: 'april',
  jun: 'june',
  jul: 'july',
  aug: 'august',
  sep: 'september',
  sept: 'september',
  oct: 'october',
  nov: 'november',
  dec: 'december',
};

const monthKey = (word: string) => MONTH_KEY[word] ?? word;

/** The date parts of a label: years, month names (full form) and day numbers. Empty when it states no date. */
export function dateParts(label: string): { years: string[]; months: string[]; days: string[] } {
  const words = normalWords(label);
  const years = words.filter((w) => YEAR.test(w));
  const months = words.filter((w) => MONTH_NAMES.has(w) && (w !== 'may' || words.length <= 3)).map(monthKey);
  // "11–12 March 2025": the first day of a span is a day of the month too.
  const days = words.filter(
    (w, i) =>
      DAY.test(w) &&
      (MONTH_NAMES.has(words[i - 1] ?? '') ||
        MONTH_NAMES.has(words[i + 1] ?? '') ||
        (DAY.test(words[i + 1] ?? '') && MONTH_NAMES.has(words[i + 2] ?? ''))),
  );
  return { years, months, days: days.map((d) => String(parseInt(d, 10))) };
}

/** Whether the label states any date at all ("Date not given" does not). */
export function statesDate(label: string): boolean {
  const parts = dateParts(label);
  return parts.years.length + parts.months.length > 0;
}

/** A clause this short ("In 2023,", "On November 1,") introduces the clause after it. */
const INTRO_WORDS = 4;

/**
 * Splits a sentence into clauses (rough: punctuation and subordinating words). A short phrase that dates
 * ("On November 1,") or opens the sentence joins the clause after it; any other short phrase ("to £1.9
 * billion") joins the clause before it.
 */
function clauses(sentence: string): string[] {
  const pieces = sentence.split(CLAUSE_BREAK).filter((c) => c && c.trim().length > 0);
  const out: string[] = [];
  let carry = '';
  pieces.forEach((piece, i) => {
    const short = normalWords(piece).length <= INTRO_WORDS;
    const last = out.length - 1;
    if (short && !carry && last >= 0 && !TIME_MARKER.test(piece)) out[last] = `${out[last]} ${piece}`;
    else if (short && i < pieces.length - 1) carry = carry ? `${carry} ${piece}` : piece;
    else {
      out.push(carry ? `${carry} ${piece}` : piece);
      carry = '';
    }
  });
  if (carry) out.push(carry);
  return out;
}

function occursAsEventDate(clauseWords: string[], parts: ReturnType<typeof dateParts>): boolean {
  const has = (w: string) => clauseWords.some((c) => monthKey(c) === w || c === w);
  if (!parts.months.every(has) || !parts.days.every(has)) return false;
  // "On 26 February, …" under "26 February 2025": the day and month say the date; its year is the timeline's.
  if (parts.days.length > 0 && !yearBeside(clauseWords, parts)) return true;
  return parts.years.every((year) =>
    clauseWords.some((w, i) => {
      if (w !== year) return false;
      const before = clauseWords[i - 1] ?? '';
      const after = clauseWords[i + 1] ?? '';
      if (NOT_EVENT_BEFORE.has(before)) return false;
      // "the 2025 budget": a year between a determiner and a noun names the thing, not when the event happened.
      if (NOUN_DETERMINERS.has(before) && /^\p{L}{3,}$/u.test(after) && !MONTH_NAMES.has(after)) return false;
      return true;
    }),
  );
}

const stemOf = (w: string) => w.slice(0, 5);

/** True when a year stands right after the clause's day or month ("16 September 2025", "September 16, 2025"). */
function yearBeside(clauseWords: string[], parts: ReturnType<typeof dateParts>): boolean {
  return clauseWords.some(
    (w, i) =>
      (parts.days.includes(w) || parts.months.includes(monthKey(w))) &&
      clauseWords.slice(i + 1, i + 3).some((next) => YEAR.test(next)),
  );
}

/**
 * Why a timeline item's date is not the date of the event its sentence reports, or undefined when it is.
 * @param label the item's date label (its bold lead)
 * @param eventText the item's text after the label
 * @param sentences the item's source sentences
 */
export function misdating(
  label: string,
  eventText: string,
  sentences: readonly string[],
): string | undefined {
  const parts = dateParts(label);
  if (parts.years.length + parts.months.length === 0 || sentences.length === 0) return undefined;
  const itemNumbers = findNumbers(eventText).filter((n) => !YEAR.test(n));
  const itemStems = new Set(contentWords(normalWords(eventText)).map(stemOf));
  let present = false;
  for (const sentence of sentences) {
    const words = normalWords(sentence);
    if (!occursAsEventDate(words, parts)) {
      if (parts.years.every((y) => words.includes(y))) present = true;
      continue;
    }
    present = true;
    // An item built from several sentences may take its date from one and its event from another.
    if (sentences.length > 1) return undefined;
    const list = clauses(sentence);
    const dated = list.filter((c) => occursAsEventDate(normalWords(c), parts));
    if (dated.length === 0 || list.length === 1) return undefined;
    const datedText = dated.join(' ');
    const datedNumbers = new Set(findNumbers(datedText));
    // The item's figures come from another clause that carries a time of its own ("…, is now 4%").
    const elsewhere = itemNumbers.filter((n) => !datedNumbers.has(n));
    // (An item that carries that clause's own time with the figure, "€214 million in 2018", dates it itself.)
    const itemLower = eventText.toLowerCase();
    const timedElsewhere = list.some((c) => {
      const marker = TIME_MARKER.exec(c)?.[0].toLowerCase();
      return (
        !dated.includes(c) &&
        marker !== undefined &&
        !itemLower.includes(marker) &&
        findNumbers(c).some((n) => elsewhere.includes(n))
      );
    });
    if (timedElsewhere) continue;
    const datedStems = new Set(normalWords(datedText).map(stemOf));
    if (itemStems.size === 0 || [...itemStems].some((s) => datedStems.has(s))) return undefined;
  }
  return present
    ? `its source sentence gives "${label}" for something else, not for this event`
    : `"${label}" is not a date its source sentence gives`;
}
