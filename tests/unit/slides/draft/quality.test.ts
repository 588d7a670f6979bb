import { beforeAll, describe, expect, it } from 'vitest';
import { readArticleFile } from '../../../../electron/services/import';
import type { ImportedArticle } from '../../../../slides/import/types';
import { analyzeArticle } from '../../../../slides/analyze/analyze';
import { draftDeck } from '../../../../slides/draft';
import { cleanHeadline } from '../../../../slides/draft/plan';
import { parseDeck } from '../../../../slides/format/parse';
import type { Slide } from '../../../../slides/model';
import { listArticleFixtures } from '../../../../scripts/draftFixtures';

/**
 * Text quality of the drafts of every fixture article: bullets that end cleanly and stay short, titles that are
 * short, distinct points, stat items that read as figure-plus-measure, and figure attributions listed once, on
 * the slide that shows the figure.
 */

const COMMENT = /<!--[\s\S]*?-->/g;
const TITLE = /^#{1,2} (.+)$/m;
const DATA_SRC = /data-src="([^"]+)"/;
const BOLD = /\*\*([^*]+)\*\*/;
const STAT_ITEM = /^\*\*([^*]+)\*\*\s+(.*?)(?:\s+—\s+(.+))?$/;
const POSSESSIVE_END = /['’]s$/;
const DANGLING_LAST_WORD =
  /^(?:a|an|the|this|these|those|that|which|who|whose|of|to|in|on|at|by|for|with|from|into|onto|over|about|than|as|and|or|but|nor|if|because|while|although|its|their|his|her|our|my|your)$/i;
const OPENING_QUOTE_END = /(?:^|\s)["“]$/;
const VAGUE_QUANTITY =
  /^(?:some|many|several|a few|(?:tens of |hundreds of )?(?:dozens|hundreds|thousands|millions|billions|trillions)(?: of)?)\b/i;
const FIGURE_LINE = /^- (.+?)(?: \(.*\))?: (?:as stated in the article|according to .+)$/;
const WORD_SPLIT = /\s+/;
const MAX_TITLE_WORDS = 12;
const MAX_BULLET_WORDS = 22;
const SHARE_WITHIN_LIMIT = 0.85;

interface Drafted {
  name: string;
  article: ImportedArticle;
  slides: Slide[];
  /** Source sentence text by `pN.sM` ref. */
  sentences: Map<string, string>;
}

const drafted: Drafted[] = [];

beforeAll(async () => {
  for (const fixture of listArticleFixtures()) {
    const article = await readArticleFile(fixture.articlePath);
    const sentences = new Map(analyzeArticle(article).sentences.map((s) => [s.ref, s.text]));
    drafted.push({
      name: fixture.name,
      article,
      slides: parseDeck(draftDeck(article).text).deck.slides,
      sentences,
    });
  }
}, 60_000);

function titleOf(slide: Slide): string {
  return TITLE.exec(slide.body)?.[1]?.trim() ?? '';
}

function bulletsOf(slide: Slide): string[] {
  return slide.body
    .split('\n')
    .filter((l) => l.startsWith('- '))
    .map((l) => l.slice(2).replace(COMMENT, '').trim());
}

function words(text: string): number {
  return text.split(WORD_SPLIT).filter(Boolean).length;
}

function count(text: string, re: RegExp): number {
  return text.match(re)?.length ?? 0;
}

/** The last word of a text, without punctuation. */
function lastWord(text: string): string {
  return (text.split(WORD_SPLIT).pop() ?? '').replace(/[^\p{L}\p{N}'’%]+$/u, '');
}

/**
 * Why a bullet's ending dangles, or undefined when it ends cleanly. A bullet that ends as its source sentence
 * ends ("… willing to pay for.") is the writer's ending, not a cut; so is a quotation on the sources slide.
 */
function danglingReason(bullet: string, source: string): string | undefined {
  const plain = bullet.replace(/\*\*/g, '');
  const bare = lastWord(plain);
  const sourceEnding = !!source && lastWord(source) === bare && source.includes(plain.slice(-30));
  if (POSSESSIVE_END.test(bare) && !sourceEnding) return 'possessive';
  if (DANGLING_LAST_WORD.test(bare) && !sourceEnding) return `function word "${bare}"`;
  if (OPENING_QUOTE_END.test(plain)) return 'opening quote';
  if (count(plain, /["“”]/g) % 2 !== 0) return 'unbalanced quotes';
  if (count(plain, /\(/g) !== count(plain, /\)/g)) return 'unbalanced parentheses';
  return undefined;
}

describe('draft text quality over every fixture article', () => {
  it('drafts every fixture', () => {
    expect(drafted.length).toBeGreaterThanOrEqual(7);
  });

  it('never ends a bullet dangling (possessive, function word, open quote, unbalanced pairs)', () => {
    const bad = drafted.flatMap(({ name, slides, sentences }) =>
      slides.flatMap((slide) =>
        slide.body.split('\n').flatMap((line) => {
          if (!line.startsWith('- ')) return [];
          const b = line.slice(2).replace(COMMENT, '').trim();
          const ref = DATA_SRC.exec(line)?.[1]?.split(' ').pop() ?? '';
          const source = slide.layout === 'sources' ? b : (sentences.get(ref) ?? '');
          const why = danglingReason(b, source);
          return why ? [`${name}: ${why}: ${b}`] : [];
        }),
      ),
    );
    expect(bad).toEqual([]);
  });

  it(`keeps at least ${SHARE_WITHIN_LIMIT * 100}% of bullets within ${MAX_BULLET_WORDS} words`, () => {
    const lengths = drafted.flatMap(({ slides }) =>
      slides
        .filter((s) => s.layout !== 'title' && s.layout !== 'sources')
        .flatMap(bulletsOf)
        .map(words),
    );
    expect(lengths.length).toBeGreaterThan(100);
    const within = lengths.filter((n) => n <= MAX_BULLET_WORDS).length / lengths.length;
    expect(within).toBeGreaterThanOrEqual(SHARE_WITHIN_LIMIT);
  });

  it(`titles every slide after the first in at most ${MAX_TITLE_WORDS} words, each title once`, () => {
    for (const { name, slides } of drafted) {
      const titles = slides.slice(1).map(titleOf);
      for (const t of titles) expect(words(t), `${name}: "${t}"`).toBeLessThanOrEqual(MAX_TITLE_WORDS);
      const lower = titles.map((t) => t.toLowerCase());
      const repeated = lower.filter((t, i) => lower.indexOf(t) !== i);
      expect(repeated, `${name}: repeated titles`).toEqual([]);
    }
  });

  it('does not repeat the headline as the bottom-line title', () => {
    for (const { name, article, slides } of drafted) {
      const headline = cleanHeadline(article.title).toLowerCase();
      const second = titleOf(slides[1] as Slide).toLowerCase();
      expect(second, name).not.toBe(headline);
      expect(second, name).not.toBe(titleOf(slides[0] as Slide).toLowerCase());
    }
  });

  it('writes stat items as a precise figure, a measure of two words or more, and a real source', () => {
    let items = 0;
    for (const { name, article, slides } of drafted) {
      for (const slide of slides.filter((s) => s.layout === 'stat')) {
        for (const b of bulletsOf(slide)) {
          items++;
          const m = STAT_ITEM.exec(b);
          expect(m, `${name}: stat item "${b}"`).not.toBeNull();
          const [, figure = '', measure = '', source] = m ?? [];
          expect(words(measure), `${name}: measure of "${b}"`).toBeGreaterThanOrEqual(2);
          expect(VAGUE_QUANTITY.test(figure), `${name}: vague figure "${figure}"`).toBe(false);
          if (article.author) expect(source, `${name}: author as source`).not.toBe(article.author);
        }
      }
    }
    expect(items).toBeGreaterThan(5);
  });

  it('lists each figure attribution once, on the slide showing the figure, without the author appended', () => {
    for (const { name, article, slides } of drafted) {
      for (const slide of slides) {
        const at = slide.notes.indexOf('Figures:');
        if (at < 0) continue;
        const lines = slide.notes
          .slice(at)
          .split('\n')
          .filter((l) => l.startsWith('- '));
        const figures = lines.map((l) => FIGURE_LINE.exec(l)?.[1] ?? `unparsed: ${l}`);
        expect(new Set(figures).size, `${name}: repeated figure lines`).toBe(figures.length);
        const shown = bulletsOf(slide).join(' ').replace(/\*\*/g, '');
        for (const f of figures) expect(shown, `${name}: "${f}" not on "${titleOf(slide)}"`).toContain(f);
        if (article.author) expect(slide.notes).not.toContain(`as stated in the article, ${article.author}`);
      }
    }
  });

  it('bolds a figure in every stat item', () => {
    for (const { slides } of drafted)
      for (const slide of slides.filter((s) => s.layout === 'stat'))
        for (const b of bulletsOf(slide)) expect(b).toMatch(BOLD);
  });
});
