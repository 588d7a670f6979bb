/** The opening slides: the title slide, the bottom line up front, and the context that set the question off. */
import type { AnalyzedSentence } from '../../analyze/types';
import { titleClause } from '../compress';
import { cleanHeadline, inReadingOrder, type PlanContext } from '../planContext';
import { headlineThesis, THESIS_WORDS, wordCount } from '../titles';
import { TEMPLATES } from '../templates';
import type { PlannedSlide } from '../types';

const TITLE_SLACK = 2;
const CONTEXT_BULLETS = 3;
const CONCLUDING_BULLETS = 2;

/** The title slide: headline, a subtitle naming the author and publication, and the article's metadata. */
export function titleSlide(ctx: PlanContext): PlannedSlide {
  const a = ctx.article;
  const subtitle = a.author
    ? TEMPLATES.subtitleWithAuthor(a.author, a.publisher)
    : TEMPLATES.subtitleNoAuthor(a.publisher);
  const meta = [a.publisher, a.author, a.date].filter((x): x is string => !!x);
  const say = [TEMPLATES.say.title, ...(a.standfirst ? [a.standfirst] : [])];
  return {
    kind: 'title',
    layout: 'title',
    title: ctx.claim(cleanHeadline(a.title) || TEMPLATES.labels.title),
    lines: [subtitle, meta.join(' · ')].filter(Boolean),
    items: [],
    say,
    sources: [],
  };
}

/**
 * The thesis in at most ten words: the headline as a statement ("Why X won't Y" gives "X won't Y"), else the
 * headline's main clause, else the point of the concluding sentences.
 */
function thesisTitle(ctx: PlanContext, picked: readonly AnalyzedSentence[]): string | undefined {
  const fromHeadline = headlineThesis(cleanHeadline(ctx.article.title), ctx.english);
  if (fromHeadline) return fromHeadline;
  for (const limit of [THESIS_WORDS, THESIS_WORDS - TITLE_SLACK]) {
    for (const s of picked) {
      const clause = titleClause(s.text, limit, [], ctx.lex(s));
      if (clause && wordCount(clause) <= THESIS_WORDS) return clause;
    }
  }
  const bullet = picked[0] ? ctx.compress(picked[0], { maxWords: THESIS_WORDS }) : '';
  return bullet && wordCount(bullet) <= THESIS_WORDS ? bullet : undefined;
}

/** The bottom line: the best concluding sentences and a restatement of the thesis from the body. */
export function bottomLine(ctx: PlanContext): PlannedSlide {
  const { thesis } = ctx.analysis;
  const conclusion = ctx.sentencesOf(thesis.conclusion);
  const concluding = [...conclusion]
    .sort((a, b) => ctx.evidenceValue(b) - ctx.evidenceValue(a))
    .slice(0, CONCLUDING_BULLETS);
  const restated = thesis.restatements
    .map((r) => ctx.byRef.get(r))
    .find((s) => s && s.paragraph !== 1 && !concluding.includes(s));
  const picked = inReadingOrder([...(restated ? [restated] : []), ...concluding]);
  const point = thesisTitle(ctx, picked);
  const label = TEMPLATES.labels['bottom-line'];
  const title = ctx.claim(point ? `${label}: ${point}` : label);
  return ctx.slide(
    'bottom-line',
    'bullets',
    title,
    picked,
    picked.map((s) => ctx.item(s)),
  );
}

/** What triggered the question: the opening paragraph's sentences not yet on a slide. */
export function contextSlide(ctx: PlanContext): PlannedSlide | undefined {
  const first = ctx.analysis.paragraphs[0]?.sentences.filter((s) => !ctx.used.has(s.ref)) ?? [];
  if (first.length === 0) return undefined;
  const picked = first.slice(0, CONTEXT_BULLETS);
  return ctx.slide(
    'context',
    'bullets',
    ctx.pointTitle('context', picked),
    picked,
    picked.map((s) => ctx.item(s)),
  );
}
