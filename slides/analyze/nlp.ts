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

/** Tokenises `text` with parts of speech and lemmas, plus wink's numeric/date entities. */
export function tokenize(text: string): TokenizedText {
  const nlp = getNlp();
  const its = nlp.its;
  const doc = nlp.readDoc(text);
  const values = doc.tokens().out();
  const pos = doc.tokens().out(its.pos) as string[];
  // wink's typings declare `lemma` with a third argument that `out` does not accept; it works at run time.
  const lemmas = doc.tokens().out(its.lemma as unknown as typeof its.pos) as string[];
  const spaces = doc.tokens().out(its.precedingSpaces) as string[];
  const tokens = values.map((value, i) => ({
    text: value,
    pos: pos[i] ?? 'X',
    lemma: (lemmas[i] ?? value).toLowerCase(),
    spaceBefore: (spaces[i] ?? '').length > 0,
  }));
  const entities = (doc.entities().out(its.detail) as unknown as WinkEntity[]).map((e) => ({
    value: e.value,
    type: e.type,
  }));
  return { tokens, entities };
}
