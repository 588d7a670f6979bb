/** The actors slide: who wants what, each actor with the sentence that states its position. */
import type { AnalyzedSentence, Entity } from '../../analyze/types';
import { MAX_BULLET_WORDS, pairQuotes, POINTING_OBJECT, type PlanContext } from '../planContext';
import { wordCount } from '../titles';
import { introducedQuote, shortName } from '../speakers';
import { TEMPLATES } from '../templates';
import type { PlannedSlide } from '../types';

const MAX_ACTORS = 6;
/** Names in the actors slide's title; more would run past ten words. */
const MAX_TITLE_NAMES = 3;
const MAX_POSITION_CANDIDATES = 12;
const POSITION_WORDS = 12;

/** A nationality adjective before a lower-case noun ("Dutch flower exporters", "Chinese demand"). */
const DEMONYM_MODIFIER = /^\p{Lu}\p{Ll}+(?:ish|ese|ian|an|ch|i)\s\p{Ll}/u;

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
    .map((s) => ({ s, text: positionText(ctx, s, entity) }))
    .filter(({ text }) => names.some((n) => text.startsWith(`${n} `) || text.startsWith(`${n}'s `)))
    // "Delgado and her colleagues have proposed …": a shared subject is no one actor's position.
    .filter(({ text }) => !names.some((n) => JOINT_SUBJECT.test(text.slice(n.length))))
    // "Dutch flower exporters have …": a demonym modifies the sentence's subject; it is not the country acting.
    .filter(({ text }) => entity.kind !== 'place' || !DEMONYM_MODIFIER.test(text))
    // "Asante said he would welcome it": a position whose object points back says nothing on its own row.
    .filter(({ text }) => !POINTING_OBJECT.test(text))
    .filter(({ text }) => wordCount(text) <= MAX_BULLET_WORDS);
  const best = leads.sort((a, b) => b.s.salience - a.s.salience)[0];
  if (!best) return undefined;
  return { text: best.text, sentence: best.s };
}

/**
 * A sentence's bullet for an actor's row: 'Liam Carver … put it more sharply at the time: "Robots do not buy
 * houses in Saltmarsh."' is the quotation the actor gives, not the words that announce it.
 */
function positionText(ctx: PlanContext, s: AnalyzedSentence, entity: Entity): string {
  const quote = introducedQuote(s.text);
  const speaker = ctx.speaker(s);
  if (quote && speaker && entity.name.split(/\s+/).pop() === speaker.split(/\s+/).pop())
    return `${entity.name} "${quote}"`;
  return pairQuotes(ctx.compress(s, { maxWords: POSITION_WORDS }));
}

/** ", and her colleagues", " and the union": another subject joined to the actor's name. */
const JOINT_SUBJECT = /^\s(?:and|&|or|with)\s/i;

const ADDING_ADVERB = /^(?:also|too|likewise|similarly|further|additionally)\s+/i;

/** "Azerbaijan sees little need …" beside **Azerbaijan** reads "sees little need …"; a possessive stays. */
function withoutSubject(text: string, names: readonly string[]): string {
  const name = names.find((n) => text.startsWith(`${n} `));
  if (!name) return text;
  // "Achebe-Kerr also worries about genetics": with the name gone, "also" points back to nothing on the row.
  const rest = text.slice(name.length + 1).replace(ADDING_ADVERB, '');
  return /^(?:is|are|was|were|has|have|had|will|would|can|could|should|may|might|must|does|did|do)\b/.test(
    rest,
  )
    ? text
    : rest;
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
    text: `**${shortName(e, ctx.articleText)}** — ${withoutSubject(pos.text, [e.name, ...e.aliases])}`,
    refs: [pos.sentence.ref],
  }));
  const sentences = rows.map((r) => r.pos.sentence);
  // Each row states a position; the title names the players rather than repeat one row.
  const names = rows.map(({ e }) => shortName(e, ctx.articleText)).slice(0, MAX_TITLE_NAMES);
  const cast =
    names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}` : names[0];
  const title = ctx.claim(`${TEMPLATES.labels.actors}: ${cast}`);
  return ctx.slide('actors', 'actors', title, sentences, items);
}
