/** The argument: one slide per key judgment with its evidence, and the counterpoints that cut the other way. */
import { pickSentences, pickUnits } from '../coverage';
import { inReadingOrder, MAX_BULLET_WORDS, type PlanContext } from '../planContext';
import { argumentUnits, lastParagraph, leadSentence, type ArgumentUnit } from '../select';
import type { AnalyzedSentence } from '../../analyze/types';
import { wordCount } from '../titles';
import type { PlannedSlide } from '../types';

const MAX_BULLETS = 4;
/** A judgment's bullets stop at this many words in all (title aside), so the slide reads at a glance. */
export const MAX_EVIDENCE_WORDS = 52;
const MAX_COUNTERPOINTS = 3;
/** Contrast cues that do not by themselves mark the other side of the argument. */
const WEAK_CONTRAST = new Set(['but', ', but']);
/** Units picked beyond twice the slides wanted, to stand in for units with no evidence of their own. */
const SPARE_UNITS = 4;

/** One slide per chosen argument unit, titled with its judgment, its best evidence as bullets. */
export function judgmentSlides(ctx: PlanContext, count: number): PlannedSlide[] {
  // A stat item shows a number, not the argument around it: its unit still has that argument to make.
  const argued = new Set([...ctx.used].filter((ref) => !ctx.onStats.has(ref)));
  // Units in the order picked, best first: one without evidence of its own makes no slide, and the next one
  // takes its place; the slides are then put in reading order.
  const all = argumentUnits(ctx.analysis);
  const units = pickUnits(all, Math.min(all.length, count * 2 + SPARE_UNITS), argued, ctx.analysis, true);
  const slides: { at: number; slide: PlannedSlide }[] = [];
  for (const unit of units) {
    if (slides.length >= count) break;
    const slide = judgmentSlide(ctx, unit);
    if (slide) slides.push({ at: all.indexOf(unit), slide });
  }
  return slides.sort((a, b) => a.at - b.at).map((s) => s.slide);
}

/** One judgment slide: the unit's point as its title, its best evidence as bullets; undefined without evidence. */
function judgmentSlide(ctx: PlanContext, unit: ArgumentUnit): PlannedSlide | undefined {
  const free = unit.sentences.filter((s) => !ctx.used.has(s.ref));
  const lead = leadSentence(free);
  if (!lead) return undefined;
  const rest = free.filter((s) => s !== lead && s.role !== 'counterpoint');
  const ranked = [...rest].sort((a, b) => ctx.evidenceValue(b) - ctx.evidenceValue(a));
  // The title states the judgment; the bullets are the evidence for it, not the judgment again.
  const title = ctx.sectionTitle(unit.heading) ?? ctx.pointTitle('judgment', [lead, ...ranked]);
  const stated = ctx.titleRef;
  const candidates = [lead, ...ranked].filter((s) => s.ref !== stated);
  const short = candidates.filter((s) => !ctx.longBullet(s));
  // Evidence that stays long even compressed is said in the notes instead.
  // What the title's own sentence adds after a colon is its first evidence.
  const titled = stated === undefined ? undefined : ctx.byRef.get(stated);
  const elaboration = titled && ctx.elaboration(titled, title);
  const room = MAX_EVIDENCE_WORDS - (elaboration ? wordCount(elaboration.text) : 0);
  const evidence = withinWords(ctx, short, room).slice(0, MAX_BULLETS - (elaboration ? 1 : 0));
  // A judgment with no evidence of its own is no slide: its sentences stay free for another. One none of whose
  // sentences states its point in a few words is titled by its section's heading ("Where the fall came from"),
  // when it has one: its evidence reaches the slides rather than only the notes.
  const label = stated === undefined ? ctx.headingLabel(unit.heading) : undefined;
  if ((evidence.length === 0 && !elaboration) || (stated === undefined && label === undefined)) {
    ctx.withdrawTitle(title);
    return undefined;
  }
  if (label !== undefined) ctx.unclaim(title);
  const bullets = inReadingOrder(evidence);
  // The notes say the judgment, its evidence and the rest of its paragraphs: the nuance the bullets cut.
  const said = inReadingOrder(unit.sentences);
  return ctx.slide('judgment', 'bullets', label ?? title, said, [
    ...(elaboration ? [elaboration] : []),
    ...bullets.map((s) => ctx.item(s)),
  ]);
}

/** What cuts the other way: counterpoint sentences before the last paragraph that bring new material. */
export function counterpointsSlide(ctx: PlanContext): PlannedSlide | undefined {
  const { analysis } = ctx;
  // "But" or ", but" alone often carries the article's own argument on ("But specialists say the findings
  // matter more widely"): the other side is what a concession or a named objection marks.
  const last = lastParagraph(analysis);
  const candidates = analysis.sentences.filter(
    (s) =>
      s.role === 'counterpoint' &&
      s.cues.some((c) => !WEAK_CONTRAST.has(c)) &&
      !ctx.used.has(s.ref) &&
      s.paragraph < last,
  );
  const picked = pickSentences(candidates, MAX_COUNTERPOINTS + 1, ctx.used, analysis);
  if (picked.length === 0) return undefined;
  const title = ctx.pointTitle('counterpoints', picked);
  const bullets = ctx.besideTitle(picked).slice(0, MAX_COUNTERPOINTS);
  return ctx.slide(
    'counterpoints',
    'bullets',
    title,
    picked,
    // The concession is the point of a counterpoint, unless keeping it makes the bullet too long to read.
    bullets.map((s) =>
      wordCount(ctx.bulletText(s, { keepConcession: true })) <= MAX_BULLET_WORDS
        ? ctx.item(s, { keepConcession: true })
        : ctx.item(s),
    ),
  );
}

/** The first sentences (at least one) whose bullets stay within `max` words together. */
export function withinWords(
  ctx: PlanContext,
  sentences: readonly AnalyzedSentence[],
  max: number,
): AnalyzedSentence[] {
  const out: AnalyzedSentence[] = [];
  let words = 0;
  for (const s of sentences) {
    const n = wordCount(ctx.bulletText(s));
    if (out.length > 0 && words + n > max) continue;
    out.push(s);
    words += n;
  }
  return out;
}
