import type { Analysis, AnalyzedSentence, Figure } from '../analyze/types';

/** Paragraph openers that continue the previous paragraph's point ("This relationship …", "That includes …"). */
const CONTINUES_PREVIOUS = /^(?:this|that|these|those|it|such|even|so)\b/i;

/** A run of paragraphs that makes one point. */
export interface ArgumentUnit {
  sentences: AnalyzedSentence[];
  score: number;
}

/** Figure kinds in the order a key-figures slide prefers them. */
const FIGURE_RANK: Record<Figure['kind'], number> = {
  percent: 0,
  money: 1,
  fraction: 1,
  count: 2,
  duration: 3,
};
const LEAD_ROLES = new Set(['claim', 'reason', 'conclusion']);

/** Groups the middle paragraphs into argument units: a paragraph that opens by referring back joins the previous. */
export function argumentUnits(analysis: Analysis): ArgumentUnit[] {
  const body = analysis.paragraphs.slice(1, analysis.paragraphs.length > 2 ? -1 : undefined);
  const units: AnalyzedSentence[][] = [];
  for (const paragraph of body) {
    const first = paragraph.sentences[0];
    const prev = units[units.length - 1];
    const short = paragraph.sentences.length === 1 && (prev?.length ?? 9) < 6;
    if (prev && first && (CONTINUES_PREVIOUS.test(first.text) || short) && prev.length < 7)
      prev.push(...paragraph.sentences);
    else units.push([...paragraph.sentences]);
  }
  return units.map((sentences) => {
    const top = sentences.map((s) => s.salience).sort((a, b) => b - a);
    const score =
      ((top[0] ?? 0) + (top[1] ?? 0)) / 2 + (sentences.some((s) => LEAD_ROLES.has(s.role)) ? 0.1 : 0);
    return { sentences, score };
  });
}

/** The sentence that states a unit's point: the most salient claim, reason or conclusion, preferring openers. */
export function leadSentence(unit: readonly AnalyzedSentence[]): AnalyzedSentence | undefined {
  const score = (s: AnalyzedSentence) =>
    s.salience +
    (LEAD_ROLES.has(s.role) ? 0.2 : 0) +
    (s.index === 1 ? 0.15 : 0) -
    (s.role === 'counterpoint' ? 0.3 : 0);
  return [...unit].sort((a, b) => score(b) - score(a))[0];
}

/** The article's key figures, best first: percentages and money before counts, stated before derived. */
export function keyFigures(analysis: Analysis, max: number): Figure[] {
  return analysis.figures
    .filter((f) => f.kind !== 'duration' && f.measures.split(' ').length >= 1)
    .map((f, i) => ({ f, i }))
    .sort((a, b) => FIGURE_RANK[a.f.kind] - FIGURE_RANK[b.f.kind] || a.i - b.i)
    .slice(0, max)
    .sort((a, b) => a.i - b.i)
    .map(({ f }) => f);
}

/** How many judgment slides an article of this length gets (8–14 slides for 800–2,000 words, capped at 18). */
export function judgmentCount(
  wordCount: number,
  available: number,
  fixedSlides: number,
  wanted?: number,
): number {
  if (wanted !== undefined) return Math.max(0, Math.min(available, wanted - fixedSlides));
  const byLength =
    wordCount < 800
      ? 2
      : wordCount <= 2000
        ? Math.round(3 + (wordCount - 800) / 300)
        : 5 + Math.round((wordCount - 2000) / 1500);
  const cap = (wordCount <= 2000 ? 14 : 18) - fixedSlides;
  return Math.max(1, Math.min(available, byLength, cap));
}
