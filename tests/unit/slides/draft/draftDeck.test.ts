import { describe, expect, it } from 'vitest';
import { draftDeck, sourceTextOf, unsupportedTerms } from '../../../../slides/draft';
import { compressSentence, titleFromSentence } from '../../../../slides/draft/compress';
import { parseDeck } from '../../../../slides/format/parse';
import { importedSeed } from '../../../helpers/importedSeed';
import { loadSeedArticle, sentenceAt } from '../../../helpers/seedArticle';

const article = importedSeed();
const { text, report } = draftDeck(article);
const { deck, errors } = parseDeck(text);
const DATA_SRC = /data-src="([^"]+)"/;
const BULLET = /^\s*- /;

describe('draftDeck on the seed', () => {
  it('parses cleanly and has 8–14 slides with the briefing structure', () => {
    expect(errors).toEqual([]);
    expect(deck.slides.length).toBeGreaterThanOrEqual(8);
    expect(deck.slides.length).toBeLessThanOrEqual(14);
    expect(report.sections[0]).toBe('title');
    expect(report.sections).toEqual(
      expect.arrayContaining([
        'bottom-line',
        'figures',
        'judgment',
        'actors',
        'timeline',
        'outlook',
        'sources',
      ]),
    );
    expect(deck.meta.title).toBe("Why Azerbaijan won't follow Iran's calls to boycott Israel over Gaza");
    expect(deck.meta.theme).toBe('briefing');
  });

  it('gives every bullet a data-src that resolves to a sentence of the article', () => {
    const seed = loadSeedArticle();
    const bullets = deck.slides.flatMap((s) => s.body.split('\n').filter((l) => BULLET.test(l)));
    expect(bullets.length).toBeGreaterThan(15);
    for (const line of bullets.filter((l) => !l.includes('Eurasianet, "'))) {
      const refs = DATA_SRC.exec(line)?.[1]?.split(' ') ?? [];
      expect(refs.length, line).toBeGreaterThan(0);
      for (const ref of refs) expect(sentenceAt(seed, ref), ref).toBeDefined();
    }
  });

  it('writes notes on every slide, quoting sources with paragraph numbers', () => {
    for (const slide of deck.slides) expect(slide.notes.trim().length).toBeGreaterThan(20);
    const withSources = deck.slides.filter((s) => s.notes.includes('Sources:'));
    expect(withSources.length).toBeGreaterThan(6);
    expect(text).toContain('¶2: "According to the Stockholm International Peace Institute (SIPRI)');
  });

  it('adds no number or name absent from the article and leaks no newsletter line', () => {
    expect(report.unsupported).toEqual([]);
    expect(text).not.toMatch(/newsletter|Support Eurasianet/i);
    expect(unsupportedTerms('- Moscow sent 12 tanks', sourceTextOf(article))).toEqual(['12', 'Moscow']);
  });

  it('titles judgments in at most 12 words', () => {
    const judgments = deck.slides.filter((_, i) => report.sections[i] === 'judgment');
    expect(judgments.length).toBeGreaterThanOrEqual(3);
    for (const s of judgments) {
      const title = s.body.split('\n')[0]?.replace(/^## /, '') ?? '';
      expect(title.split(' ').length, title).toBeLessThanOrEqual(12);
    }
  });

  it('honours slides: N', () => {
    expect(draftDeck(article, { slides: 9 }).report.slideCount).toBe(9);
    expect(draftDeck(article, { slides: 5 }).report.slideCount).toBe(5);
  });
});

describe('compressSentence', () => {
  it('drops attributions and asides but keeps the figure', () => {
    const out = compressSentence(
      "According to the Stockholm International Peace Institute (SIPRI), Israel is now responsible for almost 70 percent of Azerbaijan's weapons.",
      { keep: ['almost 70 percent'] },
    );
    expect(out).toBe("Israel is now responsible for almost 70 percent of Azerbaijan's weapons");
    expect(compressSentence('Iran, in theory, might find more support in Turkey.')).toBe(
      'Iran might find more support in Turkey',
    );
  });
  it('only removes words', () => {
    const source =
      'Though many Azerbaijanis sympathize with the plight, the role of Israel, starting with arms, is widely appreciated.';
    const words = new Set(source.replace(/[.,]/g, '').split(' '));
    const out = compressSentence(source);
    expect(out.length).toBeLessThan(source.length);
    for (const w of out.replace(/[.,]/g, '').split(' '))
      expect(words.has(w) || words.has(w.toLowerCase()), w).toBe(true);
    expect(titleFromSentence(source).split(' ').length).toBeLessThanOrEqual(10);
  });
});
