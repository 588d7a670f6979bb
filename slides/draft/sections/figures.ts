/** Stat slides: the article's key figures, each with what it measures and who says so. */
import type { AnalyzedSentence, Figure } from '../../analyze/types';
import { danglingEnd, pronounOpener } from '../../check/textRules';
import { hasFiniteVerb, wordsOf } from '../clauses';
import type { PlanContext } from '../planContext';
import { figureRank, keyFigures, saysWhatItMeasures, statLabel } from '../select';
import { TEMPLATES } from '../templates';
import { TITLE_WORDS } from '../planContext';
import { continuationOf, strandsComplement } from '../titleShape';
import { wordsOf as checkWords } from '../../check/words';
import type { PlannedSlide } from '../types';

/** Figures on one stat slide. */
export const MAX_FIGURES = 4;
/** Fewer figures than this make no stat slide. */
const MIN_FIGURES = 2;

/**
 * True when a stat label says what it measures on its own: it neither ends on a function word or a possessive
 * ("from Tavaria's"), nor opens on a pronoun ("of its nine patrol vessels"), nor opens a clause and stops before
 * its verb ("of what Hallam Vale").
 */
export function labelStandsAlone(ctx: PlanContext, ref: string, measure: string): boolean {
  return (
    danglingEnd(measure) === undefined &&
    pronounOpener(measure.replace(/^of\s+/i, ''), false) === undefined &&
    !clauseWithoutVerb(ctx, ref, measure)
  );
}

/** "of what Hallam Vale | would deliver": a label that opens a clause and stops before its verb. */
function clauseWithoutVerb(ctx: PlanContext, ref: string, measure: string): boolean {
  const clause = CLAUSE_IN_LABEL.exec(measure)?.[1];
  const s = ctx.byRef.get(ref);
  return clause !== undefined && s !== undefined && !hasFiniteVerb(wordsOf(clause), ctx.lex(s));
}
const CLAUSE_IN_LABEL = /\b(?:what|which|who|whom|whose|where|when)\s+(.+)$/i;

const relayedSpeakerOf = (ctx: PlanContext, ref: string) => {
  const s = ctx.byRef.get(ref);
  return s && ctx.relayedSpeaker(s);
};

/** What a stat item says beside its figure (its clause, its subject's level or change, or its measure). */
function labelOf(ctx: PlanContext, f: Figure): string {
  const s = ctx.byRef.get(f.ref);
  return s ? statLabel(f, s, (word) => namedMidSentence(ctx, word)) : '';
}

/** "Wages rose 14%": a word the article writes capitalised only where a sentence opens is no name. */
function namedMidSentence(ctx: PlanContext, word: string): boolean {
  if (!/^\p{Lu}/u.test(word)) return false;
  const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const mid = new RegExp(`\\S\\s+${escaped}\\b`, 'u');
  const lower = new RegExp(`\\b${escaped.toLowerCase()}\\b`, 'u');
  return (
    ctx.analysis.sentences.some((s) => mid.test(s.text)) &&
    !ctx.analysis.sentences.some((s) => lower.test(s.text))
  );
}

/** The key figures a stat slide can show: not already on a bullet, each with a label that stands alone. */
function showable(ctx: PlanContext, key: readonly Figure[]): Figure[] {
  // A figure whose sentence is already a bullet is shown there: its stat item would repeat the sentence.
  return (
    key
      .filter((f) => !ctx.used.has(f.ref))
      // "62% gap before the end | of August", "households between January | and April": a label that stops
      // before what completes it says something else; the figure's sentence says it whole elsewhere.
      .filter((f) => {
        const source = ctx.byRef.get(f.ref)?.text ?? '';
        const measure = labelOf(ctx, f);
        const label = `${f.text} ${measure}`;
        const next = continuationOf(label, source, false) ?? '';
        // "140 nautical miles from Tavaria's", "three of its nine patrol vessels": a label the briefing check
        // would flag for its dangling end or its pronoun says too little on its own.
        return (
          labelStandsAlone(ctx, f.ref, measure) &&
          !strandsComplement(label, source) &&
          !(/\bbetween\s+\S+$/i.test(label) && /^and$/i.test(next))
        );
      })
  );
}

/** Stat slides for the key figures, four to a slide, each titled with its top figure's sentence. */
export function figureSlides(ctx: PlanContext, maxSlides: number): PlannedSlide[] {
  // Figures that only their clause or subject explains fill a stat slide; the figures measured right after them
  // decide how many there are, so a slide of the weaker kind never takes an argument's place.
  const measured = showable(ctx, keyFigures(ctx.analysis, Number.MAX_SAFE_INTEGER, false)).length;
  const slideCount = Math.min(maxSlides, Math.floor((measured + MAX_FIGURES - MIN_FIGURES) / MAX_FIGURES));
  const figures = showable(ctx, keyFigures(ctx.analysis, Number.MAX_SAFE_INTEGER)).slice(
    0,
    MAX_FIGURES * slideCount,
  );
  const slides: PlannedSlide[] = [];
  for (let at = 0; at < figures.length && slides.length < slideCount; at += MAX_FIGURES) {
    const chunk = figures.slice(at, at + MAX_FIGURES);
    // One figure is no stat slide: its sentence argues on a judgment slide instead.
    if (chunk.length < MIN_FIGURES) break;
    const sentences = chunk.map((f) => ctx.byRef.get(f.ref)).filter((s): s is AnalyzedSentence => !!s);
    const items = chunk.map((f) => ({
      // "About 180 of our 950 dockers — Holt": an interviewee's figure is theirs, not the article's.
      text: `**${f.text}** ${labelOf(ctx, f)} — ${f.source ?? relayedSpeakerOf(ctx, f.ref) ?? TEMPLATES.theArticle}`,
      refs: [f.ref],
    }));
    for (const f of chunk) {
      ctx.used.add(f.ref);
      ctx.onStats.add(f.ref);
    }
    const unique = [...new Set(sentences)];
    const ranked = [...unique].sort((a, b) => figureRank(ctx.analysis, a) - figureRank(ctx.analysis, b));
    let title = ctx.pointTitle('figures', ranked, (s) => ctx.figureTexts(s).slice(0, 1));
    // No sentence states a point in a few words: a figure and what it measures say what the slide is about (not
    // the first, which the first item shows just below).
    const topics = chunk.slice(1).map((f) => {
      const source = ctx.byRef.get(f.ref)?.text ?? '';
      const measure = labelOf(ctx, f);
      return saysWhatItMeasures(measure) && !strandsComplement(`${f.text} ${measure}`, source)
        ? `${f.text} ${measure}`
        : '';
    });
    // Counted as the briefing check counts a title's words ("11,000" and "per cent" are two each).
    const fits = (t: string) => checkWords(`${TEMPLATES.labels.figures}: ${t}`).length <= TITLE_WORDS;
    const topic = topics.find((t) => t && fits(t)) ?? '';
    if (ctx.titleRef === undefined && topic) {
      ctx.unclaim(title);
      title = ctx.claim(`${TEMPLATES.labels.figures}: ${topic}`);
    }
    slides.push(ctx.slide('figures', 'stat', title, unique, items));
  }
  return slides;
}
