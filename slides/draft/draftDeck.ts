import type { ImportedArticle } from '../import/types';
import type { Deck } from '../model';
import { analyzeArticle } from '../analyze/analyze';
import { unsupportedTerms } from './faithfulness';
import { BriefingPlanner } from './plan';
import { renderDeck } from './render';
import { humanDate } from './templates';
import type { DraftOptions, DraftReport } from './types';

const MIN_SLIDES = 3;
const MAX_SLIDES = 30;

/** The whole text a draft may draw on: headline, standfirst, metadata and body. */
export function sourceTextOf(article: ImportedArticle): string {
  return [
    article.title,
    article.standfirst,
    article.author,
    article.publisher,
    article.date,
    article.url,
    ...article.paragraphs,
  ]
    .filter(Boolean)
    .join('\n');
}

/** The result of drafting: `.deck.md` text, the parsed deck when a parser is supplied, and a report. */
export interface DraftResult {
  text: string;
  deck?: Deck;
  report: DraftReport;
}

/**
 * Drafts a briefing deck from an imported article: title, bottom line, context, key figures, one slide per
 * judgment, counterpoints, actors, timeline, outlook and sources; every bullet carries `data-src` refs and every
 * slide has notes. `parse` (e.g. the format's parseDeck) is optional so this module stays free of it.
 */
export function draftDeck(
  article: ImportedArticle,
  opts: DraftOptions = {},
  parse?: (text: string) => { deck: Deck },
): DraftResult {
  const t0 = performance.now();
  // Dates are written as people write them ("25 September 2018", not an ISO timestamp).
  article = { ...article, date: humanDate(article.date) };
  const analysis = analyzeArticle(article);
  const t1 = performance.now();
  const wanted =
    opts.slides === undefined
      ? undefined
      : Math.max(MIN_SLIDES, Math.min(MAX_SLIDES, Math.round(opts.slides)));
  const planner = new BriefingPlanner(article, analysis);
  const slides = planner.plan(wanted);
  const text = renderDeck(slides, analysis, article, (ref) => planner.unnamedSpeaker(ref));
  const t2 = performance.now();
  const report: DraftReport = {
    slideCount: slides.length,
    wordCount: analysis.wordCount,
    sentenceCount: analysis.sentences.length,
    sections: slides.map((s) => s.kind),
    unsupported: unsupportedTerms(text, sourceTextOf(article)),
    ms: { analyze: t1 - t0, write: t2 - t1 },
  };
  return { text, deck: parse?.(text).deck, report };
}
