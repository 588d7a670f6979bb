import type { Token } from './types';

const CONTENT_POS = new Set(['NOUN', 'PROPN', 'VERB', 'ADJ', 'NUM']);
const LIGHT_LEMMAS = new Set([
  'be',
  'have',
  'do',
  'say',
  'make',
  'get',
  'also',
  'even',
  'other',
  'such',
  'many',
]);

/** The content lemmas of a sentence (nouns, names, verbs, adjectives, numbers), light verbs dropped. */
export function contentLemmas(tokens: readonly Token[]): string[] {
  return tokens
    .filter((t) => CONTENT_POS.has(t.pos) && t.lemma.length > 1 && !LIGHT_LEMMAS.has(t.lemma))
    .map((t) => (t.lemma.endsWith("'s") ? t.lemma.slice(0, -2) : t.lemma));
}

/** Share of `a`'s distinct lemmas that are also in `b` (0..1). */
export function overlap(a: readonly string[], b: ReadonlySet<string>): number {
  const distinct = new Set(a);
  if (distinct.size === 0) return 0;
  let hits = 0;
  for (const lemma of distinct) if (b.has(lemma)) hits++;
  return hits / distinct.size;
}

/** Inputs to one sentence's salience. */
export interface SalienceInput {
  lemmas: string[];
  entityMentions: number[];
  paragraph: number;
  index: number;
  thesisOverlap: number;
}

/**
 * Salience per sentence (0..1): term weight of its content lemmas (frequent in this article, log-damped,
 * normalised by length), how often its entities recur, overlap with headline and standfirst, and position
 * (lead paragraph, first sentence of a paragraph, conclusion).
 */
export function salienceScores(inputs: readonly SalienceInput[], paragraphs: number): number[] {
  const df = new Map<string, number>();
  for (const input of inputs)
    for (const lemma of new Set(input.lemmas)) df.set(lemma, (df.get(lemma) ?? 0) + 1);
  const n = Math.max(inputs.length, 1);
  const raw = inputs.map((input) => {
    const distinct = new Set(input.lemmas);
    let terms = 0;
    for (const lemma of distinct) {
      const freq = df.get(lemma) ?? 1;
      terms += freq > 1 ? Math.log(1 + freq) * Math.log(1 + n / freq) : 0.2;
    }
    terms /= Math.sqrt(Math.max(distinct.size, 4));
    const entities = input.entityMentions.reduce((sum, m) => sum + Math.log(1 + m), 0) / 3;
    const position =
      (input.paragraph === 1 ? 0.6 : 0) +
      (input.index === 1 ? 0.4 : 0) +
      (input.paragraph === paragraphs ? 0.5 : 0);
    return terms + entities + position + 2 * input.thesisOverlap;
  });
  // A loop, not Math.max(...raw): a spread of millions of sentences overflows the stack.
  const max = raw.reduce((largest, r) => (r > largest ? r : largest), 1e-9);
  return raw.map((r) => r / max);
}
