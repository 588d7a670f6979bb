/**
 * The article beside a deck: `name.deck.md` may have `name.article.txt` next to it (the article as it was
 * supplied, as the bundled briefing ships), or `name.article.json` (the article as split when it was imported,
 * written when a draft is saved). Opening the deck brings the article for the source pane, split into the same
 * paragraphs and sentences that the deck's `data-src="pN.sM"` references count.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { saveFileAtomic } from './atomicFile';
import type { ArticleSource } from '../ipc/contract';
import { splitSentences, standfirstSentences } from '../../slides/analyze/sentences';
import { importText } from '../../slides/import/index';

const DECK_SUFFIX = /\.deck\.md$|\.md$/i;
/** Articles larger than this are not read for the source pane (the deck still opens). */
const MAX_ARTICLE_BYTES = 5 * 1024 * 1024;

/** Where the article of the deck at `deckPath` lives, as supplied text. */
export function articlePathFor(deckPath: string): string {
  return deckPath.replace(DECK_SUFFIX, '') + '.article.txt';
}

/** Where the article of the deck at `deckPath` lives, as split sentences. */
export function articleJsonPathFor(deckPath: string): string {
  return deckPath.replace(DECK_SUFFIX, '') + '.article.json';
}

/** A list of strings: a standfirst's sentences, or one paragraph's. */
export const isStringList = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((s) => typeof s === 'string');

/** Paragraphs split into sentences, as an `.article.json` holds them. */
export const isSentenceLists = (value: unknown): value is string[][] =>
  Array.isArray(value) && value.every(isStringList);

function isArticleSource(value: unknown): value is ArticleSource {
  const article = value as Partial<ArticleSource> | null;
  return (
    typeof article === 'object' &&
    article !== null &&
    typeof article.title === 'string' &&
    (article.standfirst === undefined || isStringList(article.standfirst)) &&
    (article.authorBio === undefined || typeof article.authorBio === 'string') &&
    isSentenceLists(article.paragraphs)
  );
}

/**
 * Keeps a deck's article beside it as `name.article.json`, unless the supplied article text is already there.
 * A failure here never fails the save of the deck itself; it only means the source pane will be empty next time.
 */
export async function writeArticleSidecar(deckPath: string, article: ArticleSource): Promise<boolean> {
  if (existsSync(articlePathFor(deckPath))) return false;
  try {
    await saveFileAtomic(articleJsonPathFor(deckPath), JSON.stringify(article) + '\n');
    return true;
  } catch {
    return false;
  }
}

/** Splits an article's text the way drafting does: body paragraphs, then sentences. */
export function articleSource(text: string): ArticleSource {
  const article = importText(text, { format: 'txt' });
  const standfirst = standfirstSentences(article.standfirst);
  return {
    title: article.title,
    ...(standfirst.length ? { standfirst } : {}),
    paragraphs: article.paragraphs.map((paragraph) => splitSentences(paragraph)),
    ...(article.authorBio ? { authorBio: article.authorBio } : {}),
  };
}

async function readSmallText(path: string): Promise<string | undefined> {
  try {
    const bytes = await readFile(path);
    if (bytes.byteLength > MAX_ARTICLE_BYTES) return undefined;
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/** The article beside a deck, or undefined when there is none (or it cannot be read: the deck opens anyway). */
export async function readArticleSidecar(deckPath: string): Promise<ArticleSource | undefined> {
  const text = await readSmallText(articlePathFor(deckPath));
  if (text !== undefined) {
    try {
      const source = articleSource(text);
      if (source.paragraphs.length > 0) return source;
    } catch {
      // Not an article we can read: try the split copy, else open the deck without its source.
    }
  }
  const json = await readSmallText(articleJsonPathFor(deckPath));
  if (json === undefined) return undefined;
  try {
    const parsed: unknown = JSON.parse(json);
    return isArticleSource(parsed) && parsed.paragraphs.length > 0 ? parsed : undefined;
  } catch {
    return undefined;
  }
}
