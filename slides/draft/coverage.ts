/**
 * Coverage-aware choices: which argument units become judgment slides (each should bring material no slide has
 * yet), and where the figures no slide carries are quoted so that every number of the article reaches the deck.
 */
import { isHeadingParagraph, isTableText } from './structure';
import { contentLemmas } from '../analyze/salience';
import type { Analysis, AnalyzedSentence } from '../analyze/types';
import type { ArgumentUnit } from './select';
import type { PlannedSlide } from './types';

/** Weight of novelty against a unit's own score (maximal marginal relevance). */
const NOVELTY_WEIGHT = 0.4;
/** Bonus per figure a unit carries that no slide shows yet (capped), so figure-rich paragraphs get a slide. */
const NEW_FIGURE_BONUS = 0.08;
const MAX_FIGURE_BONUS = 0.24;
/** Slides whose notes may carry the article's remaining figures. */
const FIGURE_HOSTS = new Set<PlannedSlide['kind']>([
  'judgment',
  'figures',
  'context',
  'counterpoints',
  'outlook',
  'bottom-line',
]);
const DIGIT = /\d/;
/** A year alone ("in 2023") is a date, not a figure to carry. */
const ONLY_YEARS = /^(?:[^\d]*\b(?:1[89]|20)\d\d\b)+[^\d]*$/;

/** The distinct content lemmas of some sentences. */
export function lemmaSet(sentences: readonly AnalyzedSentence[]): Set<string> {
  const set = new Set<string>();
  for (const s of sentences) for (const lemma of contentLemmas(s.tokens)) set.add(lemma);
  return set;
}

function novelty(lemmas: ReadonlySet<string>, covered: ReadonlySet<string>): number {
  if (lemmas.size === 0) return 0;
  let fresh = 0;
  for (const lemma of lemmas) if (!covered.has(lemma)) fresh++;
  return fresh / lemmas.size;
}

/** True when a sentence states a number worth carrying: a figure the analysis found, or digits beyond a year. */
export function carriesFigure(s: AnalyzedSentence, analysis: Analysis): boolean {
  if (s.figures.some((i) => analysis.figures[i]?.kind !== 'duration')) return true;
  return DIGIT.test(s.text) && !ONLY_YEARS.test(s.text);
}

/**
 * Picks `count` argument units by maximal marginal relevance: each pick maximises its score plus a bonus for
 * figures not yet on a slide, minus how much of its vocabulary the slides already cover. Returns them in
 * reading order, or in the order picked (best first) with `inPickOrder`.
 */
export function pickUnits(
  units: readonly ArgumentUnit[],
  count: number,
  usedRefs: ReadonlySet<string>,
  analysis: Analysis,
  inPickOrder = false,
): ArgumentUnit[] {
  const covered = lemmaSet(analysis.sentences.filter((s) => usedRefs.has(s.ref)));
  const pool = units.map((unit, i) => ({ unit, i, lemmas: lemmaSet(unit.sentences) }));
  const picked: typeof pool = [];
  while (picked.length < count && pool.length > 0) {
    let best = 0;
    let bestValue = -Infinity;
    pool.forEach(({ unit, lemmas }, at) => {
      const newFigures = unit.sentences.filter(
        (s) => !usedRefs.has(s.ref) && carriesFigure(s, analysis),
      ).length;
      const value =
        unit.score +
        Math.min(MAX_FIGURE_BONUS, NEW_FIGURE_BONUS * newFigures) -
        NOVELTY_WEIGHT * (1 - novelty(lemmas, covered));
      if (value > bestValue) [best, bestValue] = [at, value];
    });
    const [chosen] = pool.splice(best, 1);
    if (!chosen) break;
    picked.push(chosen);
    for (const lemma of chosen.lemmas) covered.add(lemma);
  }
  return (inPickOrder ? picked : picked.sort((a, b) => a.i - b.i)).map((p) => p.unit);
}

/**
 * Quotes every sentence that carries a figure and is on no slide in the notes of the slide nearest to it in the
 * article (by paragraph), so the notes give each remaining figure with its attribution. Mutates `slides`.
 */
export function carryRemainingFigures(slides: PlannedSlide[], analysis: Analysis): void {
  const quoted = new Set(slides.flatMap((s) => s.sources));
  const paragraphOf = new Map(analysis.sentences.map((s) => [s.ref, s.paragraph]));
  const hosts = slides
    .filter((s) => FIGURE_HOSTS.has(s.kind) && s.sources.length > 0)
    .map((slide) => ({ slide, paragraphs: slide.sources.map((r) => paragraphOf.get(r) ?? 0) }));
  if (hosts.length === 0) return;
  for (const s of analysis.sentences) {
    if (quoted.has(s.ref) || !carriesFigure(s, analysis)) continue;
    // "2. It spreads before anyone knows": a numbered subheading's number is no figure.
    const paragraph = analysis.paragraphs[s.paragraph - 1];
    if (paragraph && isHeadingParagraph(paragraph)) continue;
    // A table's row as a PDF gives it is no sentence to say; the table's figures are the article's to show.
    if (isTableText(s)) continue;
    let nearest = hosts[0];
    let distance = Infinity;
    for (const host of hosts) {
      const d = Math.min(...host.paragraphs.map((p) => Math.abs(p - s.paragraph)));
      if (d < distance || (d === distance && host.slide.kind === 'judgment')) [nearest, distance] = [host, d];
    }
    nearest?.slide.sources.push(s.ref);
    quoted.add(s.ref);
  }
}

/**
 * Picks `count` sentences by maximal marginal relevance: salience minus how much of each one's vocabulary the
 * slides (and the sentences already picked) cover, so a slide of counterpoints or outlook brings new material.
 * Returns them in reading order.
 */
export function pickSentences(
  candidates: readonly AnalyzedSentence[],
  count: number,
  usedRefs: ReadonlySet<string>,
  analysis: Analysis,
): AnalyzedSentence[] {
  const covered = lemmaSet(analysis.sentences.filter((s) => usedRefs.has(s.ref)));
  const pool = candidates.map((s) => ({ s, lemmas: lemmaSet([s]) }));
  const picked: AnalyzedSentence[] = [];
  while (picked.length < count && pool.length > 0) {
    let best = 0;
    let bestValue = -Infinity;
    pool.forEach(({ s, lemmas }, at) => {
      const value = s.salience - NOVELTY_WEIGHT * (1 - novelty(lemmas, covered));
      if (value > bestValue) [best, bestValue] = [at, value];
    });
    const [chosen] = pool.splice(best, 1);
    if (!chosen) break;
    picked.push(chosen.s);
    for (const lemma of chosen.lemmas) covered.add(lemma);
  }
  return picked.sort((a, b) => a.paragraph - b.paragraph || a.index - b.index);
}

/** How many of the nearest slides are tried for a paragraph's sentence before it is left out. */
const NEAREST_HOSTS = 4;
/** Slides whose notes may carry a paragraph no slide says anything of. */
const POINT_HOSTS = new Set<PlannedSlide['kind']>([
  'judgment',
  'context',
  'counterpoints',
  'outlook',
  'figures',
]);

/**
 * Every paragraph reaches the notes: for each paragraph none of whose sentences any slide says, its most salient
 * sentence is said in the notes of the slide nearest to it in the article that has room. Mutates `slides`.
 */
export function carryRemainingPoints(
  slides: PlannedSlide[],
  analysis: Analysis,
  sayAlso: (slide: PlannedSlide, sentences: readonly AnalyzedSentence[]) => number,
  said: ReadonlySet<string>,
): void {
  const paragraphOf = new Map(analysis.sentences.map((s) => [s.ref, s.paragraph]));
  const hosts = slides
    .filter((s) => POINT_HOSTS.has(s.kind) && s.sources.length > 0)
    .map((slide) => ({ slide, paragraphs: slide.sources.map((r) => paragraphOf.get(r) ?? 0) }));
  for (const paragraph of analysis.paragraphs) {
    const unsaid = paragraph.sentences.filter((s) => !said.has(s.ref));
    // A paragraph the notes say half of or more is covered; otherwise its best unsaid sentence is said too.
    if (unsaid.length === 0 || unsaid.length * 2 <= paragraph.sentences.length) continue;
    const best = [...unsaid].sort((a, b) => b.salience - a.salience)[0];
    if (!best) continue;
    const distance = (host: (typeof hosts)[number]) =>
      Math.min(...host.paragraphs.map((p) => Math.abs(p - paragraph.number)));
    const nearest = [...hosts].sort((a, b) => distance(a) - distance(b));
    for (const host of nearest.slice(0, NEAREST_HOSTS)) if (sayAlso(host.slide, [best])) break;
  }
}
