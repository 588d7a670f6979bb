/**
 * The article beside a deck: `name.deck.md` may have `name.article.txt` next to it, the article it was drafted
 * from. When it is there, opening the deck also brings the article for the source pane, split into the same
 * paragraphs and sentences that the deck's `data-src="pN.sM"` references count.
 */
import { readFile } from 'node:fs/promises';
import type { ArticleSource } from '../ipc/contract';
import { splitSentences } from '../../slides/analyze/sentences';
import { importText } from '../../slides/import/index';

const DECK_SUFFIX = /\.deck\.md$|\.md$/i;
/** Articles larger than this are not read for the source pane (the deck still opens). */
const MAX_ARTICLE_BYTES = 5 * 1024 * 1024;

/** Where the article of the deck at `deckPath` lives. */
export function articlePathFor(deckPath: string): string {
  return deckPath.replace(DECK_SUFFIX, '') + '.article.txt';
}

/** Splits an article's text the way drafting does: body paragraphs, then sentences. */
export function articleSource(text: string): ArticleSource {
  const article = importText(text, { format: 'txt' });
  return {
    title: article.title,
    paragraphs: article.paragraphs.map((paragraph) => splitSentences(paragraph)),
  };
}

/** The article beside a deck, or undefined when there is none (or it cannot be read: the deck opens anyway). */
export async function readArticleSidecar(deckPath: string): Promise<ArticleSource | undefined> {
  try {
    const bytes = await readFile(articlePathFor(deckPath));
    if (bytes.byteLength > MAX_ARTICLE_BYTES) return undefined;
    const source = articleSource(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
    return source.paragraphs.length > 0 ? source : undefined;
  } catch {
    return undefined;
  }
}
