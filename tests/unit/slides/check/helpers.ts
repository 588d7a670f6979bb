import { parseDeck } from '../../../../slides/index';
import { checkDeck, type Finding, type SplitArticle } from '../../../../slides/check/index';

/** A deck from slide sources: each is `layout|body` or just a body (bullets). */
export function deck(...slides: string[]) {
  const text = slides
    .map((s) => {
      const [layout, body] =
        s.includes('|') && /^[a-z-]+\|/.test(s) ? s.split(/\|([\s\S]*)/) : ['bullets', s];
      return `<!-- .slide: data-layout="${layout}" -->\n${body}`;
    })
    .join('\n\n---\n\n');
  const { deck: parsed, errors } = parseDeck(text + '\n');
  if (errors.length) throw new Error(errors[0]?.message);
  return parsed;
}

/** An article from paragraphs of sentences. */
export function article(...paragraphs: string[][]): SplitArticle {
  return { title: 'A test article', paragraphs };
}

/** The codes of a deck's findings (optionally with an article). */
export function codes(d: ReturnType<typeof deck>, a?: SplitArticle): string[] {
  return checkDeck(d, { article: a }).map((f) => f.code);
}

/** The findings of one code. */
export function findings(d: ReturnType<typeof deck>, code: string, a?: SplitArticle): Finding[] {
  return checkDeck(d, { article: a }).filter((f) => f.code === code);
}
