/** The timeline slide: the article's dated events, in order. */
import { escapeRegExp } from '../../regexp';
import type { AnalyzedSentence } from '../../analyze/types';
import { eventDateOf, findDates, isDateOnly, sortKeyOf } from '../../analyze/dates';
import { misdating } from '../../check/dates';
import { hasFiniteVerb, isComplete, posOf, wordsOf, type Lexicon } from '../clauses';
import { EVIDENCE_BASE, headlineBase, UNRESOLVED_OPENER } from '../headline';
import {
  inReadingOrder,
  MAX_BULLET_WORDS,
  namedSayer,
  participlesOnly,
  TITLE_WORDS,
  type PlanContext,
} from '../planContext';
import { TEMPLATES } from '../templates';
import { announcesQuotation, badOpening } from '../titleShape';
import { wordCount } from '../titles';
import { insideQuotes } from '../compressRules';
import { isHeadingParagraph } from '../structure';
import type { PlannedSlide } from '../types';
import { MONTHS } from '../../months';

import { wordsOf as checkWords } from '../../check/words';

const MAX_EVENTS = 6;
const EVENT_WORDS = 12;
/** The latest event's words in a timeline title, at most (the span takes the rest of its twelve). */
const TIMELINE_POINT_WORDS = 8;
/** A shorter point says too little: the title is then the label and the span. */
const MIN_TIMELINE_POINT_WORDS = 4;
const SAME_EVENT_SHARE = 0.7;
/** A row may not end on a verb once its date is taken out. */
const VERB_END = new Set(['VERB', 'AUX']);
/** A row whose first verb is one of these advises or forecasts: no event happened. */
const MODAL = /^(?:should|would|could|might|may|must|ought)$/;
/** A row whose only verbs are these describes a state. */
const STATE_VERB = /^(?:is|are|remains|remain|seems|seem)$/;
/** "is due to meet", "is set to vote": a state verb that schedules an event. */
const SCHEDULED = /\b(?:is|are)\s+(?:due|set|scheduled|expected|slated|poised)\s+to\b/i;
/** "in 2022 and 2023": the date is one end of a span, not the date of one event. */
const SPAN_AFTER = /^\s*(?:and|to|or|through|until|[–-])\s*(?:\p{L}+\s)?(?:1[89]|20)\d\d\b/u;

/** A year in a date's text. */
const YEAR_IN = /(?:1[89]|20)\d\d/;

/** The sort key of the article's own date, when it gives one with its year. */
function publishedKey(date: string | undefined): number | undefined {
  const when = date ? eventDateOf(date) : undefined;
  return when && YEAR_IN.test(when) ? sortKeyOf(when, 0) : undefined;
}

/** A pattern for the event's date at the start of its bullet ("On November 1, …"), which the row already shows. */
function leadingDate(when: string): RegExp {
  // "October 2020. The action group seeks …", "1931 – A colonial-era agreement …": a chronology's date stands
  // before its entry with a stop, a colon or a dash.
  return new RegExp(
    `^(?:(?:on|in|by|since|during)\\s+(?:the\\s+(?:morning|afternoon|evening|night)\\s+of\\s+)?)?${escapeRegExp(when)}(?:[,.:]|\\s[–—-])?\\s*`,
    'i',
  );
}

/**
 * The entries a chronology dates by a heading of its own ("14 March 2023", then the entry's paragraph): each
 * entry's first sentence, with the heading's words as its date and the heading's ref.
 */
function headingDates(ctx: PlanContext): Map<string, { when: string; ref: string }> {
  const out = new Map<string, { when: string; ref: string }>();
  const { paragraphs } = ctx.analysis;
  paragraphs.forEach((p, i) => {
    const heading = isHeadingParagraph(p) ? p.sentences[0] : undefined;
    const next = paragraphs[i + 1];
    const entry = next && !isHeadingParagraph(next) ? next.sentences[0] : undefined;
    if (!heading || !entry) return;
    // ("2024: the gap narrows, the trust goes" is a section's heading, not an entry's date.)
    const text = heading.text.trim().replace(/[.:]$/, '');
    // "On 2 February": the date, without the word that introduced it.
    if (isDateOnly(text)) out.set(entry.ref, { when: text.replace(/^(?:on|in)\s+/i, ''), ref: heading.ref });
  });
  return out;
}

/** Key dates: up to six events, each as the date its sentence gives the event and what happened, in order. */
export function timelineSlide(ctx: PlanContext): PlannedSlide | undefined {
  const headed = headingDates(ctx);
  const dated = ctx.analysis.sentences
    // A sentence that only titles a slide may still be a dated row; one shown as a bullet may not.
    .filter((s) => !ctx.bulleted.has(s.ref) && !ctx.silent.has(s.ref))
    // "The paper draws on the Ministry's voucher data to June 2024": where the evidence came from, no event.
    .filter((s) => !EVIDENCE_BASE.test(s.text))
    // "The declaration he signed … reads in full:": a sentence that introduces a quotation reports no event.
    .filter((s) => !/:\s*$/.test(s.text.trim()))
    .map((s) => {
      const own = eventDateOf(s.text);
      // "14 March 2023" over "Velsport Tramways … offers its 1,140 drivers a 3% pay rise": the heading dates it.
      const heading = own ? undefined : headed.get(s.ref);
      return { s, when: own ?? heading?.when, heading: heading?.ref };
    })
    .filter((e): e is { s: AnalyzedSentence; when: string; heading: string | undefined } => !!e.when)
    // '"We planned for the region we were in 2015, not …," she said': a date inside a quotation dates no event.
    .filter((e) => e.heading !== undefined || !insideQuotes(e.s.text, e.s.text.indexOf(e.when)));
  const years = dated.map((e) => Number(YEAR_IN.exec(e.when)?.[0] ?? 0)).filter((y) => y > 0);
  // "26 February" in an article of 3 March 2025: a date without its year is in the article's own year, shown
  // and sorted so; without an article date, in the latest year the events give.
  const year = YEAR_IN.exec(ctx.article.date ?? '')?.[0];
  const latest = year ? Number(year) : years.length ? Math.max(...years.slice(0, 10_000)) : 0;
  const published = publishedKey(ctx.article.date);
  const rows = dated
    // "The plan estimates … an opening in 2025", in an article of June 2024: a date after the article's own is
    // a plan or a forecast, unless the row schedules it ("is due to report in 2025").
    .filter((e) => !(published && sortKeyOf(e.when, latest) > published && !SCHEDULED.test(e.s.text)))
    .map((e) => ({ ...e, text: e.heading ? headedEventText(ctx, e.s) : eventText(ctx, e.s, e.when) }))
    .filter((e): e is typeof e & { text: string } => !!e.text)
    .sort((a, b) => b.s.salience - a.s.salience)
    .filter((e, i, all) => !all.slice(0, i).some((o) => sameEvent(o.text, e.text)))
    .slice(0, MAX_EVENTS)
    .sort((a, b) => sortKeyOf(a.when, latest) - sortKeyOf(b.when, latest) || a.s.paragraph - b.s.paragraph);
  if (rows.length < 2) return undefined;
  for (const row of rows) {
    ctx.used.add(row.s.ref);
    ctx.bulleted.add(row.s.ref);
  }
  const shown = (when: string) =>
    year && !/\d{4}/.test(when) ? `${when}${/\d$/.test(when) ? ',' : ''} ${year}` : when;
  // A heading's date is its entry's: the row rests on both.
  const items = rows.map((row) => ({
    text: `**${shown(row.when)}** — ${row.text}`,
    refs: row.heading ? [row.heading, row.s.ref] : [row.s.ref],
  }));
  const sentences = rows.map((row) => row.s);
  const first = shown(rows[0]?.when ?? '');
  const last = shown(rows[rows.length - 1]?.when ?? '');
  const span = first !== last ? `${first} to ${last}` : first;
  const room = TITLE_WORDS - wordCount(span);
  // The title's point is not the first row's event, which the row shows just below it.
  const bySalience = sentences.slice(1).sort((a, b) => b.salience - a.salience);
  // "2024: The 14 divers landed 96 tonnes | in 2024": the span the title opens on is not said twice.
  const spanSaid = new RegExp(`,?\\s(?:in|during|by|since)\\s${escapeRegExp(span)}$`);
  const point =
    ctx.english && room >= MIN_TIMELINE_POINT_WORDS
      ? bySalience
          .map((s) =>
            ctx.headlineTitle(s, Math.min(TIMELINE_POINT_WORDS, room), [], true)?.replace(spanSaid, ''),
          )
          // "2022 to 2026: Aldous: the bill passed …": a speaker's label after the span's is one label too many.
          .find((t) => t !== undefined && !/^[^:]{1,40}:\s/.test(t))
      : undefined;
  // Counted as the briefing check counts a title's words ("2,400" is two).
  const fits = point !== undefined && checkWords(`${span}: ${point}`).length <= TITLE_WORDS;
  const title = ctx.claim(fits ? `${span}: ${point}` : `${TEMPLATES.labels.timeline}, ${span}`);
  return ctx.slide('timeline', 'timeline', title, inReadingOrder(sentences), items);
}

/**
 * What happened, as a timeline row says it next to its date: the sentence compressed with its date kept (a date
 * that compression drops belonged to a clause the row would not show), then without the date; undefined when the
 * date cannot be kept or the row would open on a pronoun it cannot resolve.
 */
function eventText(ctx: PlanContext, s: AnalyzedSentence, when: string): string | undefined {
  // "The vacancy rate was 19.4 percent this year, against 8.1 percent in 2019", "declined to $412 billion from a
  // peak of $598 billion in 2022": the year dates the baseline a figure is compared with, not the event.
  if (baselineDate(s.text, when)) return undefined;
  const kept = ctx.compress(s, { maxWords: EVENT_WORDS, keep: [when] });
  if (!kept.includes(when) || SPAN_AFTER.test(kept.slice(kept.indexOf(when) + when.length))) return undefined;
  const escaped = escapeRegExp(when);
  const shaped = headlineBase(ctx.resolveOpener(kept, s), ctx.lex(s), ctx.surnamed).replace(
    leadingDate(when),
    '',
  );
  // "Inchmorran's creamery, opened in 1931, sent …", "the budget, due on 20 May, is …": a participle left alone
  // between commas goes with its date.
  const dateless = shaped.replace(new RegExp(`,?\\s(?:on|in|during)\\s+${escaped}\\b`, 'i'), '');
  const undated = (
    dateless === shaped ? dateless : dateless.replace(/,\s(?:\p{L}+(?:ed|en)|due|set),(?=\s)/u, '')
  ).trim();
  // "the deal for Riverside Park signed | in October 2026": the date completes the verb it follows.
  const last = wordsOf(undated).pop() ?? '';
  const whole = VERB_END.has(posOf(last, ctx.lex(s))) ? shaped.trim() : undated;
  // "The trial began enrolling children, and the last child completed follow-up in September 2024": a second
  // date belongs to a second event; the row keeps the clause its own date heads.
  const text = secondDate(whole, when) ? firstClause(whole, when) : whole;
  // The row's date is read with it: together they stay within a bullet's words.
  const room = MAX_BULLET_WORDS - wordCount(when) - 1;
  if (!text || UNRESOLVED_OPENER.test(text) || wordCount(text) > room) return undefined;
  // "Was sold to Vereda CF for £38 million": a row whose subject went with an aside names no one.
  // (An auxiliary only: a tagger may read a noun as a verb, "salvage teams began …".)
  if (posOf(wordsOf(text)[0] ?? '', ctx.lex(s)) === 'AUX') return undefined;
  // 'Her "trigger rule", written into law as the Act of 1994': its subject and an aside, the verb cut away.
  if (participlesOnly(text, ctx.lex(s))) return undefined;
  if (!reportsEvent(text, ctx.lex(s)) || misdating(when, text, [s.text])) return undefined;
  // "The declaration he signed … reads in full": a row that stops where what it says begins.
  if (announcesQuotation(text, s.text)) return undefined;
  // '"Margit did not win the argument …," he said in 2014': the row names who said it.
  const said = namedSayer(text, ctx.speaker(s));
  return `${said.charAt(0).toUpperCase()}${said.slice(1)}`;
}

/**
 * What happened, as a row says it beside the date its heading gives ("Federation members vote 87% in favour of
 * strike action"): the sentence compressed, its opener resolved; undefined when it reports no event, dates another,
 * or runs long.
 */
function headedEventText(ctx: PlanContext, s: AnalyzedSentence): string | undefined {
  const lexicon = ctx.lex(s);
  const text = headlineBase(
    ctx.resolveOpener(ctx.compress(s, { maxWords: EVENT_WORDS }), s),
    lexicon,
    ctx.surnamed,
  );
  if (!text || UNRESOLVED_OPENER.test(text) || wordCount(text) > MAX_BULLET_WORDS - 3) return undefined;
  if (posOf(wordsOf(text)[0] ?? '', lexicon) === 'AUX' || participlesOnly(text, lexicon)) return undefined;
  // "In November the company raises its offer to 5%": a date of its own is another event's.
  if (findDates(text).length > 0 || !reportsEvent(text, lexicon) || announcesQuotation(text, s.text))
    return undefined;
  const said = namedSayer(text, ctx.speaker(s));
  return `${said.charAt(0).toUpperCase()}${said.slice(1)}`;
}

/** True when `when` dates what a figure is compared with ("against 8.1 percent in 2019", "up from … in 2021"). */
function baselineDate(text: string, when: string): boolean {
  const base = new RegExp(
    String.raw`\b(?:against|compared (?:with|to)|versus|vs\.?|(?:up |down )?from(?=\s(?:a (?:peak|high|low|record)|about|around|roughly|nearly|[$£€]|\d)))\s((?:[^;.]|\.(?=\d)){0,40}?)\b(?:in|during)\s+${escapeRegExp(when)}\b`,
    'i',
  ).exec(text);
  // ("from 400 in 2018 to 530 in 2023": 2023 is where the change ended.)
  return !!base && !/\sto\s/i.test(base[1] ?? '');
}

/** A month and year, or a year, in a text other than those of the row's date. */
const DATE_IN_TEXT = new RegExp(String.raw`\b(?:(?:${MONTHS.join('|')})\s+)?(?:19|20)\d{2}\b`, 'g');

export function secondDate(text: string, when: string): boolean {
  // "… sent detailed questions and a summary of the findings on 17 February": a day and month count too.
  const dates = [...[...text.matchAll(DATE_IN_TEXT)].map((m) => m[0]), ...findDates(text)];
  return dates.some((d) => !when.includes(d) && !d.includes(when));
}

/** The clause before a coordinated one that carries another date; undefined when the row has no such split. */
function firstClause(text: string, when: string): string | undefined {
  const parts = text.split(/,\s+(?:and|but|while)\s+/);
  const first = parts[0] ?? '';
  return parts.length > 1 && !secondDate(first, when) ? first : undefined;
}

/**
 * True when a row says something happened: a whole clause ("The bank's projections, published alongside the
 * decision" is none), not advice or a forecast ("the bank should cut …") nor a state ("Every month is …").
 */
function reportsEvent(text: string, lexicon: Lexicon): boolean {
  // "Faced with rising wage": a participle's phrase, or a subordinate clause, tells no event on its own.
  if (!isComplete(text, lexicon) || badOpening(text, lexicon)) return false;
  const words = wordsOf(text);
  const finite = words.filter((w) => hasFiniteVerb([w], lexicon)).map((w) => w.toLowerCase());
  const first = finite[0] ?? '';
  const scheduled = SCHEDULED.test(text);
  return !MODAL.test(first) && (scheduled || !finite.every((w) => STATE_VERB.test(w)));
}

/** Two rows that say nearly the same thing (most of the shorter one's words are in the other). */
function sameEvent(a: string, b: string): boolean {
  const words = (t: string) => new Set(t.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
  const [x, y] = [words(a), words(b)];
  const [small, large] = x.size <= y.size ? [x, y] : [y, x];
  let shared = 0;
  for (const w of small) if (large.has(w)) shared++;
  return small.size > 0 && shared / small.size >= SAME_EVENT_SHARE;
}
