import { beforeAll, describe, expect, it } from 'vitest';
import { readArticleFile } from '../../../../electron/services/import';
import { draftDeck } from '../../../../slides/draft';
import { parseDeck } from '../../../../slides/format/parse';
import type { Slide } from '../../../../slides/model';
import { listArticleFixtures } from '../../../../scripts/draftFixtures';

/** Over every fixture article: a source sentence is a bullet on at most one slide (the sources slide excepted). */

const DATA_SRC = /data-src="([^"]+)"/;
const drafted: { name: string; slides: Slide[] }[] = [];

beforeAll(async () => {
  for (const fixture of listArticleFixtures()) {
    const article = await readArticleFile(fixture.articlePath);
    for (const slides of [undefined, 9])
      drafted.push({
        name: `${fixture.name}${slides ? ` (${slides} slides)` : ''}`,
        slides: parseDeck(draftDeck(article, { slides }).text).deck.slides,
      });
  }
}, 60_000);

/** The title a slide's body gives. */
function titleOf(slide: Slide): string {
  return /^#+\s+(.*)$/m.exec(slide.body)?.[1]?.trim() ?? '';
}

/**
 * The refs each bullet of a slide rests on; a bullet that states another slide's title is that slide's claim
 * restated (the bottom line's main claims), and rests on that slide.
 */
function bulletRefs(slide: Slide, titles: ReadonlySet<string>): string[] {
  return slide.body
    .split('\n')
    .filter((l) => l.startsWith('- '))
    .filter(
      (l) =>
        !titles.has(
          l
            .slice(2)
            .replace(/<!--[\s\S]*?-->/g, '')
            .trim(),
        ),
    )
    .flatMap((l) => DATA_SRC.exec(l)?.[1]?.split(' ') ?? []);
}

describe('one slide per source sentence', () => {
  it('drafts every fixture', () => {
    expect(drafted.length).toBeGreaterThanOrEqual(14);
  });

  it('never shows the same source sentence as a bullet on two slides', () => {
    const repeats = drafted.flatMap(({ name, slides }) => {
      const firstSlide = new Map<string, number>();
      const titles = new Set(slides.map(titleOf));
      return slides.flatMap((slide, at) => {
        if (slide.layout === 'sources') return [];
        return [...new Set(bulletRefs(slide, titles))].flatMap((ref) => {
          const earlier = firstSlide.get(ref);
          if (earlier === undefined) {
            firstSlide.set(ref, at);
            return [];
          }
          return [`${name}: ${ref} on slides ${earlier + 1} and ${at + 1}`];
        });
      });
    });
    expect(repeats).toEqual([]);
  });
});
