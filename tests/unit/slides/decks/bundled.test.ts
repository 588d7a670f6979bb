import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseDeck, stringifyDeck } from '../../../../slides/index';
import { loadSeedArticle, sentenceAt } from '../../../helpers/seedArticle';

const DECK_PATH = fileURLToPath(
  new URL('../../../../slides/decks/azerbaijan-boycott.deck.md', import.meta.url),
);
const SOURCED_LAYOUTS = new Set(['bullets', 'stat', 'timeline', 'actors', 'two-column']);
/** Longest run of words a line may share with the article outside quotation marks. */
const MAX_SHARED_WORDS = 11;
const MAX_TITLE_WORDS = 10;
const MAX_BULLET_WORDS = 14;

const LIST_ITEM = /^\s*(?:[-*+]|\d+[.)])\s+(.*)$/;
const HEADING = /^#{1,6}\s+(.*)$/;
const ELEMENT_SRC = /<!--\s*\.element:[^>]*?data-src="([^"]*)"[^>]*-->/;
const ALL_SRC = /data-src="([^"]*)"/g;
const HTML_COMMENT = /<!--[\s\S]*?-->/g;
const PARAGRAPH_MARK = /¶\s*\d+/g;
const DIGITS = /\d+/g;
const QUOTED = /["“]([^"“”\n]+)["”]/g;
const QUOTE_MARK = /["“”]/;
const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;
const MARKDOWN_DECORATION = /\*\*|__|`/g;
const SITE_FOOTER = /newsletter|support eurasianet|sign up/i;

const deckText = readFileSync(DECK_PATH, 'utf8');
const article = loadSeedArticle();
const { deck, errors } = parseDeck(deckText);
/** Everything a reader of the deck sees: slide bodies and notes, without reveal's attribute comments. */
const visibleText = deck.slides.map((s) => `${s.body}\n${s.notes}`.replace(HTML_COMMENT, '')).join('\n');

function words(text: string): string[] {
  return (text.toLowerCase().match(WORD) ?? []).map((w) => w.replace('’', "'"));
}

function listItems(body: string): { text: string; refs: string[] }[] {
  return body.split('\n').flatMap((line) => {
    const item = LIST_ITEM.exec(line);
    if (!item) return [];
    const src = ELEMENT_SRC.exec(line);
    return [{ text: (item[1] ?? '').replace(HTML_COMMENT, '').trim(), refs: src?.[1]?.split(/\s+/) ?? [] }];
  });
}

function ngrams(tokens: string[], n: number): string[] {
  const grams: string[] = [];
  for (let i = 0; i + n <= tokens.length; i++) grams.push(tokens.slice(i, i + n).join(' '));
  return grams;
}

describe('bundled briefing: azerbaijan-boycott.deck.md', () => {
  it('parses without errors into a 10–14 slide briefing that opens on a title slide', () => {
    expect(errors).toEqual([]);
    expect(deck.slides.length).toBeGreaterThanOrEqual(10);
    expect(deck.slides.length).toBeLessThanOrEqual(14);
    expect(deck.slides[0]?.layout).toBe('title');
    expect(deck.slides.at(-1)?.layout).toBe('sources');
    for (const layout of ['stat', 'actors', 'timeline']) {
      expect(deck.slides.map((s) => s.layout)).toContain(layout);
    }
  });

  it('writes back byte for byte when saved unchanged', () => {
    expect(stringifyDeck(deck)).toBe(deckText);
  });

  it('describes the seed article in its front matter, inventing no date or link', () => {
    expect(deck.meta.version).toBe(1);
    expect(deck.meta.theme).toBe('briefing');
    expect(deck.meta.source?.publisher).toBe('Eurasianet');
    expect(deck.meta.source?.author).toBe('Eldar Mamedov');
    expect(article.headline.endsWith(deck.meta.source?.title ?? '<none>')).toBe(true);
    expect(deck.meta.source?.url).toBeUndefined();
    expect(deck.meta.source?.date).toBeUndefined();
    expect(deck.meta.date).toBeUndefined();
  });

  it('has speaker notes on every slide, with the source quotes under a Sources: line', () => {
    deck.slides.forEach((slide, i) => {
      expect(slide.notes.trim(), `slide ${i + 1}`).not.toBe('');
      expect(slide.notes, `slide ${i + 1}`).toMatch(/^Sources:$/m);
    });
  });

  it('gives every bullet on content slides a source reference', () => {
    const items = deck.slides.filter((s) => SOURCED_LAYOUTS.has(s.layout)).flatMap((s) => listItems(s.body));
    expect(items.length).toBeGreaterThan(30);
    for (const item of items) expect(item.refs, item.text).not.toEqual([]);
  });

  it('points every data-src reference at an existing sentence of the article', () => {
    const refs = [...deckText.matchAll(ALL_SRC)].flatMap((m) => (m[1] ?? '').split(/\s+/));
    expect(refs.length).toBeGreaterThan(30);
    for (const ref of refs) expect(sentenceAt(article, ref), ref).toBeDefined();
  });

  it('keeps each number on a bullet in the sentences that bullet cites', () => {
    for (const slide of deck.slides) {
      for (const item of listItems(slide.body)) {
        const cited = item.refs.map((ref) => sentenceAt(article, ref) ?? '').join(' ');
        const citedNumbers = new Set(cited.match(DIGITS));
        for (const n of item.text.replace(PARAGRAPH_MARK, '').match(DIGITS) ?? []) {
          expect(citedNumbers.has(n), `${n} in "${item.text}"`).toBe(true);
        }
      }
    }
  });

  it('uses no number that the article does not contain', () => {
    const articleNumbers = new Set(article.text.match(DIGITS));
    const meta = [deck.meta.title, deck.meta.subtitle, deck.meta.source?.title].join('\n');
    const numbers = `${visibleText}\n${meta}`.replace(PARAGRAPH_MARK, '').match(DIGITS) ?? [];
    expect(numbers.length).toBeGreaterThan(5);
    for (const n of numbers) expect(articleNumbers.has(n), n).toBe(true);
  });

  it('quotes the article verbatim whenever it uses quotation marks', () => {
    const quotes = [...visibleText.matchAll(QUOTED)].map((m) => m[1] ?? '');
    expect(quotes.length).toBeGreaterThan(20);
    for (const quote of quotes) expect(article.text, quote).toContain(quote);
  });

  it('is in its own words: no line shares 12 consecutive words with the article outside quotes', () => {
    const articleGrams = new Set(ngrams(words(article.text), MAX_SHARED_WORDS + 1));
    const lines = deckText.replace(HTML_COMMENT, '').split('\n');
    for (const line of lines) {
      const unquoted = line.split(QUOTE_MARK).filter((_, i) => i % 2 === 0);
      for (const part of unquoted) {
        for (const gram of ngrams(words(part), MAX_SHARED_WORDS + 1)) {
          expect(articleGrams.has(gram), `"${gram}" in: ${line}`).toBe(false);
        }
      }
    }
  });

  it('states points in short titles and short bullets', () => {
    for (const line of visibleText.split('\n')) {
      const heading = HEADING.exec(line);
      if (heading) expect(words(heading[1] ?? '').length, line).toBeLessThanOrEqual(MAX_TITLE_WORDS);
    }
    for (const slide of deck.slides.filter((s) => SOURCED_LAYOUTS.has(s.layout))) {
      for (const item of listItems(slide.body)) {
        const text = item.text.replace(MARKDOWN_DECORATION, '');
        expect(words(text).length, text).toBeLessThanOrEqual(MAX_BULLET_WORDS);
      }
    }
  });

  it("leaves out the site's newsletter and support lines", () => {
    expect(deckText).not.toMatch(SITE_FOOTER);
  });
});
