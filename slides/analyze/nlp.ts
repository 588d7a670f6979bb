import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { Token } from './types';

type WinkInstance = ReturnType<typeof winkNLP>;

let instance: WinkInstance | undefined;

/** The wink-nlp instance, loaded once on first use (the model is bundled: nothing is downloaded). */
export function getNlp(): WinkInstance {
  instance ??= winkNLP(model);
  return instance;
}

/** A date, number or quantity entity as wink's model types it (DATE, CARDINAL, PERCENT, MONEY, DURATION, …). */
export interface WinkEntity {
  value: string;
  type: string;
}

/** Tokens and wink's entities for one piece of text. */
export interface TokenizedText {
  tokens: Token[];
  entities: WinkEntity[];
}

type WinkDoc = ReturnType<WinkInstance['readDoc']>;

/** A token with the character offset where it starts in the text that was read. */
interface PlacedToken extends Token {
  start: number;
}

function tokensOf(doc: WinkDoc, its: WinkInstance['its']): PlacedToken[] {
  const values = doc.tokens().out();
  const pos = doc.tokens().out(its.pos) as string[];
  // wink's typings declare `lemma` with a third argument that `out` does not accept; it works at run time.
  const lemmas = doc.tokens().out(its.lemma as unknown as typeof its.pos) as string[];
  const spaces = doc.tokens().out(its.precedingSpaces) as string[];
  let at = 0;
  return values.map((value, i) => {
    const space = spaces[i] ?? '';
    at += space.length;
    const start = at;
    at += value.length;
    return {
      text: value,
      pos: pos[i] ?? 'X',
      lemma: (lemmas[i] ?? value).toLowerCase(),
      spaceBefore: space.length > 0,
      start,
    };
  });
}

function unplaced({ text, pos, lemma, spaceBefore }: PlacedToken): Token {
  return { text, pos, lemma, spaceBefore };
}

/**
 * Tokenises the sentences of one paragraph with a single read of the model: the sentences are joined by one
 * space (as sbd returns them from whitespace-normalised text), read once, and each token goes to the sentence
 * its offset falls in. A sentence whose tokens straddle a boundary is read on its own, so results never depend
 * on the join.
 */
export function tokenizeSentences(sentences: readonly string[]): Token[][] {
  if (sentences.length <= 1) return sentences.map((s) => tokenize(s).tokens);
  const nlp = getNlp();
  const placed = tokensOf(nlp.readDoc(sentences.join(' ')), nlp.its);
  const out: Token[][] = [];
  let start = 0;
  let next = 0;
  for (const sentence of sentences) {
    const end = start + sentence.length;
    const mine: PlacedToken[] = [];
    while (next < placed.length && (placed[next]?.start ?? end) < end) {
      const token = placed[next++];
      if (token) mine.push(token);
    }
    const first = mine[0];
    const last = mine[mine.length - 1];
    const clean = !!first && !!last && first.start >= start && last.start + last.text.length <= end;
    out.push(
      clean
        ? mine.map((t, i) => ({ ...unplaced(t), spaceBefore: i > 0 && t.spaceBefore }))
        : tokenize(sentence).tokens,
    );
    start = end + 1;
  }
  return out;
}

/** Tokenises `text` with parts of speech and lemmas, plus wink's numeric/date entities. */
export function tokenize(text: string): TokenizedText {
  const nlp = getNlp();
  const its = nlp.its;
  const doc = nlp.readDoc(text);
  const tokens = tokensOf(doc, its).map(unplaced);
  const entities = (doc.entities().out(its.detail) as unknown as WinkEntity[]).map((e) => ({
    value: e.value,
    type: e.type,
  }));
  return { tokens, entities };
}
