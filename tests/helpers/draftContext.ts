/** Small articles for the drafting tests, and the plan context over one. */
import { analyzeArticle } from '../../slides/analyze/analyze';
import { PlanContext } from '../../slides/draft/planContext';
import { bottomLine } from '../../slides/draft/sections/opening';
import type { ImportedArticle } from '../../slides/import/types';

/** An imported Markdown article of these paragraphs under this headline. */
export const article = (paragraphs: string[], title: string): ImportedArticle => ({
  title,
  paragraphs,
  format: 'md',
  warnings: [],
});

/** The plan context over an article, as drafting builds it. */
export const contextOf = (source: ImportedArticle) => new PlanContext(source, analyzeArticle(source));

/** A context over an article, and its sentence that starts with `start`. */
export function sentenceIn(source: ImportedArticle, start: string) {
  const ctx = contextOf(source);
  const s = ctx.analysis.sentences.find((x) => x.text.startsWith(start));
  if (!s) throw new Error(`no sentence starts with ${start}`);
  return { ctx, s };
}

/** The bottom-line slide drafted from an article. */
export const bottomOf = (source: ImportedArticle) => bottomLine(contextOf(source));
