/**
 * Test builders for decks: `deckText` writes `.deck.md` text from a small spec (so tests can state inputs
 * compactly), `parsedDeck` parses it and fails loudly on errors, `fixtureDecks` lists the fixture files.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseDeck } from '../../slides/index';
import type { Deck } from '../../slides/index';

/** One slide of a `deckText` spec. */
export interface SlideSpec {
  layout?: string;
  body?: string;
  notes?: string;
}

/** What `deckText` builds: optional YAML front matter lines, slides, line ending and BOM. */
export interface DeckSpec {
  frontMatter?: string;
  slides: SlideSpec[];
  eol?: '\n' | '\r\n';
  bom?: boolean;
}

/** Writes `.deck.md` text from a spec, following FORMAT.md. */
export function deckText(spec: DeckSpec): string {
  const slides = spec.slides.map((slide) => {
    const parts: string[] = [];
    if (slide.layout) parts.push(`<!-- .slide: data-layout="${slide.layout}" -->`);
    if (slide.body) parts.push(slide.body);
    let text = parts.join('\n');
    if (slide.notes) text += `\n\nNote:\n${slide.notes}`;
    return text;
  });
  const head = spec.frontMatter === undefined ? '' : `---\n${spec.frontMatter}\n---\n\n`;
  const text = `${head}${slides.join('\n\n---\n\n')}\n`;
  const eol = spec.eol ?? '\n';
  return `${spec.bom ? '\uFEFF' : ''}${eol === '\n' ? text : text.replace(/\n/g, eol)}`;
}

/** Parses deck text and throws when it has errors (for tests whose input must be valid). */
export function parsedDeck(text: string): Deck {
  const { deck, errors } = parseDeck(text);
  if (errors.length > 0) throw new Error(`Unexpected deck errors: ${JSON.stringify(errors)}`);
  return deck;
}

/** The folder of fixture decks. */
export const FIXTURE_DECKS = join(import.meta.dirname, '..', 'fixtures', 'decks');

/** Every fixture deck: its file name and exact text. */
export function fixtureDecks(): { name: string; text: string }[] {
  return readdirSync(FIXTURE_DECKS)
    .filter((name) => name.endsWith('.deck.md'))
    .sort()
    .map((name) => ({ name, text: readFileSync(join(FIXTURE_DECKS, name), 'utf8') }));
}

/** The text of one fixture deck. */
export function fixtureDeck(name: string): string {
  return readFileSync(join(FIXTURE_DECKS, name), 'utf8');
}
