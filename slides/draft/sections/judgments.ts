/** The argument: one slide per key judgment with its evidence, and the counterpoints that cut the other way. */
import { pickSentences, pickUnits } from '../coverage';
import { inReadingOrder, type PlanContext } from '../planContext';
import { argumentUnits, leadSentence } from '../select';
import type { PlannedSlide } from '../types';

const MAX_BULLETS = 4;
/** A judgment keeps its long evidence unless this many shorter sentences support it. */
const MIN_EVIDENCE = 2;
const MAX_COUNTERPOINTS = 3;

/** One slide per chosen argument unit, titled with its judgment, its best evidence as bullets. */
export function judgmentSlides(ctx: PlanContext, count: number): PlannedSlide[] {
  // A stat item shows a number, not the argument around it: its unit still has that argument to make.
  const argued = new Set([...ctx.used].filter((ref) => !ctx.onStats.has(ref)));
  const units = pickUnits(argumentUnits(ctx.analysis), count, argued, ctx.analysis);
  return units.flatMap((unit) => {
    const free = unit.sentences.filter((s) => !ctx.used.has(s.ref));
    const lead = leadSentence(free);
    if (!lead) return [];
    const rest = free.filter((s) => s !== lead && s.role !== 'counterpoint');
    const ranked = [...rest].sort((a, b) => ctx.evidenceValue(b) - ctx.evidenceValue(a));
    const short = ranked.filter((s) => !ctx.longBullet(s));
    const evidence = (short.length >= MIN_EVIDENCE ? short : ranked).slice(0, MAX_BULLETS - 1);
    const picked = inReadingOrder([lead, ...evidence]);
    const title = ctx.pointTitle('judgment', [lead, ...evidence]);
    return ctx.slide(
      'judgment',
      'bullets',
      title,
      picked,
      picked.map((s) => ctx.item(s)),
    );
  });
}

/** What cuts the other way: counterpoint sentences before the last paragraph that bring new material. */
export function counterpointsSlide(ctx: PlanContext): PlannedSlide | undefined {
  const { analysis } = ctx;
  const candidates = analysis.sentences.filter(
    (s) => s.role === 'counterpoint' && !ctx.used.has(s.ref) && s.paragraph < analysis.paragraphs.length,
  );
  const picked = pickSentences(candidates, MAX_COUNTERPOINTS, ctx.used, analysis);
  if (picked.length === 0) return undefined;
  const title = ctx.pointTitle('counterpoints', picked);
  return ctx.slide(
    'counterpoints',
    'bullets',
    title,
    picked,
    picked.map((s) => ctx.item(s, { keepConcession: true })),
  );
}
