/** The sources slide: the article cited in full, and the quotes the deck used. */
import type { AnalyzedSentence } from '../../analyze/types';
import { cleanHeadline, type PlanContext } from '../planContext';
import { inQuotes, TEMPLATES } from '../templates';
import { wordCount } from '../titles';
import type { DraftItem, PlannedSlide } from '../types';

/** The citation plus at most this many quotes. */
const MAX_ITEMS = 7;
/** Shorter quotations are terms in quotation marks ("corridor"), not passages worth citing. */
const MIN_QUOTE_WORDS = 4;

/** "what one respondent called", "as a colleague put it": someone unnamed, whose words a quotation gives. */
const PASSED_ON =
  /\b(?:one|a|an|another|some|many|several)\s+(?:[\p{L}-]+\s+){0,3}?(?:called|calls|described|describes|dubbed|termed|put it|said|says|told us|wrote|writes)\b[^"“]{0,20}$/iu;

/**
 * "¶8: "An hour is a long time …" — Delgado": a quotation with its speaker; undefined when the article's
 * sentence gives none we can name (a quotation cited without its speaker reads as the article's own words).
 */
function quoteItem(ctx: PlanContext, s: AnalyzedSentence | undefined, quote: string): string | undefined {
  // "… what one respondent called "the life admin …"": words the speaker passes on from someone unnamed.
  const before = s ? s.text.slice(0, Math.max(0, s.text.indexOf(quote) - 1)) : '';
  if (PASSED_ON.test(before)) return undefined;
  const speaker = s ? ctx.speaker(s) : undefined;
  return speaker ? `¶${s?.paragraph}: "${quote}" — ${speaker}` : undefined;
}

/** Cites the article, then the quotations in the sentences the slides rest on (`quoted`, refs in slide order). */
export function sourcesSlide(ctx: PlanContext, quoted: readonly string[]): PlannedSlide {
  const a = ctx.article;
  const interviewee = ctx.intervieweeName();
  const cite = [
    a.publisher,
    inQuotes(cleanHeadline(a.title)),
    interviewee && TEMPLATES.interviewWith(interviewee),
    a.author,
    a.date,
    a.url,
  ]
    .filter(Boolean)
    .join(', ');
  const items: DraftItem[] = [{ text: cite, refs: [] }];
  for (const ref of new Set(quoted)) {
    const s = ctx.byRef.get(ref);
    for (const q of s?.quotes ?? []) {
      const item = quoteItem(ctx, s, q);
      if (
        item &&
        items.length < MAX_ITEMS &&
        wordCount(q) >= MIN_QUOTE_WORDS &&
        !items.some((i) => i.text.includes(q))
      )
        items.push({ text: item, refs: [ref] });
    }
  }
  return {
    kind: 'sources',
    layout: 'sources',
    title: TEMPLATES.sourcesTitle,
    items,
    say: [TEMPLATES.say.sources],
    sources: [],
  };
}
