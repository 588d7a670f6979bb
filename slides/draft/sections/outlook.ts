/** The outlook slide: what the article expects next, and what to watch. */
import type { AnalyzedSentence } from '../../analyze/types';
import { inReadingOrder, type PlanContext } from '../planContext';
import { lastParagraph } from '../select';
import type { PlannedSlide } from '../types';

/** What the article expects next: outlook sentences in its last part say so. */
const FORWARD_CUE =
  /\b(?:will|expects?|expected|expectations?|likely|future|next year|forecasts?|is set to|are set to|outlook)\b/i;
/** The outlook looks for forward-looking sentences past this share of the paragraphs. */
const LATE_SHARE = 2 / 3;
const FORWARD_BONUS = 0.2;
const MAX_OUTLOOK = 3;

/** Conclusions, last-paragraph and late forward-looking sentences not yet on a slide, the best three. */
export function outlookSlide(ctx: PlanContext): PlannedSlide | undefined {
  const { analysis } = ctx;
  const last = analysis.paragraphs[lastParagraph(analysis) - 1];
  const lateFrom = lastParagraph(analysis) * LATE_SHARE;
  const forward = (s: AnalyzedSentence) => s.paragraph >= lateFrom && FORWARD_CUE.test(s.text);
  const candidates = analysis.sentences.filter(
    (s) =>
      !ctx.used.has(s.ref) &&
      ((s.role === 'conclusion' && s.paragraph >= lateFrom) || s.paragraph === last?.number || forward(s)),
  );
  const pool = candidates.length ? candidates : (last?.sentences ?? []).filter((s) => !ctx.used.has(s.ref));
  const value = (s: AnalyzedSentence) => ctx.evidenceValue(s) + (forward(s) ? FORWARD_BONUS : 0);
  const picked = inReadingOrder([...pool].sort((a, b) => value(b) - value(a)).slice(0, MAX_OUTLOOK + 1));
  if (picked.length === 0) return undefined;
  const title = ctx.pointTitle('outlook', picked);
  const bullets = ctx.besideTitle(picked).slice(0, MAX_OUTLOOK);
  return ctx.slide(
    'outlook',
    'bullets',
    title,
    picked,
    bullets.map((s) => ctx.item(s)),
  );
}
