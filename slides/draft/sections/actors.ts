/** The actors slide: who wants what, each actor with the sentence that states its position. */
import type { AnalyzedSentence, Entity } from '../../analyze/types';
import type { PlanContext } from '../planContext';
import type { PlannedSlide } from '../types';

const MAX_ACTORS = 6;
const MAX_POSITION_CANDIDATES = 12;
const POSITION_WORDS = 12;

/** What an actor wants, as a bullet, and the sentence that says so. */
interface Position {
  text: string;
  sentence: AnalyzedSentence;
}

/** An actor's position: the most salient sentence whose bullet opens with its name. */
function positionOf(
  ctx: PlanContext,
  entity: Entity,
): { text: string; sentence: AnalyzedSentence } | undefined {
  const names = [entity.name, ...entity.aliases];
  const leads = ctx
    .sentencesOf(entity.mentions)
    .filter((s) => !ctx.used.has(s.ref))
    .sort((a, b) => b.salience - a.salience)
    .slice(0, MAX_POSITION_CANDIDATES)
    .map((s) => ({ s, text: ctx.compress(s, { maxWords: POSITION_WORDS }) }))
    .filter(({ text }) => names.some((n) => text.startsWith(`${n} `) || text.startsWith(`${n}'s `)));
  const best = leads.sort((a, b) => b.s.salience - a.s.salience)[0];
  if (!best) return undefined;
  return { text: best.text, sentence: best.s };
}

/** Who wants what: the people, countries and organisations that drive the argument, with their positions. */
export function actorsSlide(ctx: PlanContext): PlannedSlide | undefined {
  const rows: { e: Entity; pos: Position }[] = [];
  for (const e of ctx.analysis.entities) {
    if (rows.length >= MAX_ACTORS || (e.mentions.length < 2 && e.kind !== 'person')) continue;
    const pos = positionOf(ctx, e);
    if (!pos) continue;
    rows.push({ e, pos });
    ctx.used.add(pos.sentence.ref);
  }
  if (rows.length < 2) return undefined;
  const items = rows.map(({ e, pos }) => ({
    text: `**${e.name}** — ${pos.text}`,
    refs: [pos.sentence.ref],
  }));
  const sentences = rows.map((r) => r.pos.sentence);
  const headline = ctx.article.title;
  const thesisActor = rows.find(({ e }) => [e.name, ...e.aliases].some((n) => headline.includes(n)));
  const title = ctx.pointTitle('actors', [thesisActor?.pos.sentence, ...sentences]);
  return ctx.slide('actors', 'actors', title, sentences, items);
}
