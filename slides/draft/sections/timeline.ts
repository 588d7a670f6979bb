/** The timeline slide: the article's dated events, in order. */
import type { AnalyzedSentence } from '../../analyze/types';
import { eventPhrase } from '../eventPhrase';
import type { PlanContext } from '../planContext';
import { MAX_TITLE_WORDS, wordCount } from '../titles';
import type { PlannedSlide } from '../types';

const MAX_EVENTS = 6;
const EVENT_WORDS = 12;
/** The latest event's words in a timeline title, at most (the span takes the rest of its twelve). */
const TIMELINE_POINT_WORDS = 8;
const REGEX_SPECIAL = /[.*+?^${}()|[\]\\]/g;

/** A pattern for the event's date at the start of its bullet ("On November 1, …"), which the row already shows. */
function leadingDate(when: string): RegExp {
  return new RegExp(`^(?:(?:on|in|by|since|during)\\s+)?${when.replace(REGEX_SPECIAL, '\\$&')},?\\s*`, 'i');
}

/** Key dates: up to six events, each as its date and what happened. */
export function timelineSlide(ctx: PlanContext): PlannedSlide | undefined {
  const seen = new Set<string>();
  const events = ctx.analysis.events
    .filter((ev) => !ctx.used.has(ev.ref) && !seen.has(ev.ref) && seen.add(ev.ref))
    .slice(0, MAX_EVENTS);
  if (events.length < 2) return undefined;
  const sentences: AnalyzedSentence[] = [];
  const items = events.map((ev) => {
    const s = ctx.byRef.get(ev.ref);
    if (s) sentences.push(s);
    ctx.used.add(ev.ref);
    const text = (s ? ctx.compress(s, { maxWords: EVENT_WORDS }) : '').replace(leadingDate(ev.when), '');
    return { text: `**${ev.when}** — ${text.charAt(0).toUpperCase()}${text.slice(1)}`, refs: [ev.ref] };
  });
  const first = events[0];
  const last = events[events.length - 1];
  const lastSentence = last ? ctx.byRef.get(last.ref) : undefined;
  const span = first && last && first.when !== last.when ? `From ${first.when} to ${last.when}` : '';
  const room = Math.min(TIMELINE_POINT_WORDS, MAX_TITLE_WORDS - wordCount(span));
  // The latest event that can be said in the room left; an earlier one when the latest cannot.
  const latestFirst = ctx.english ? [...new Set(sentences)].reverse() : [];
  const said = (s: AnalyzedSentence) =>
    eventPhrase(s.text, ctx.lex(s), room) ??
    eventPhrase(ctx.compress(s, { maxWords: room }), ctx.lex(s), room, s.text);
  const point = latestFirst.map(said).find(Boolean);
  const title =
    span && point && wordCount(`${span}: ${point}`) <= MAX_TITLE_WORDS
      ? ctx.claim(`${span}: ${point}`)
      : ctx.pointTitle('timeline', [lastSentence, ...[...sentences].reverse()]);
  return ctx.slide('timeline', 'timeline', title, [...new Set(sentences)], items);
}
