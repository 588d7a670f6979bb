import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseDeck } from '../../../../slides/index';
import { checkDeck } from '../../../../slides/check/index';
import { importText } from '../../../../slides/import/index';

const read = (name: string) =>
  readFileSync(fileURLToPath(new URL(`../../../../slides/decks/${name}`, import.meta.url)), 'utf8');

describe('the bundled briefing', () => {
  const { deck } = parseDeck(read('azerbaijan-boycott.deck.md'));
  const article = importText(read('azerbaijan-boycott.article.txt'), { format: 'txt' });

  it('passes the check with its article, with no finding', () => {
    expect(checkDeck(deck, { article })).toEqual([]);
  });

  it('passes the check without its article', () => {
    expect(checkDeck(deck)).toEqual([]);
  });

  it('is checked against its article: a changed number is caught', () => {
    const edited = {
      slides: deck.slides.map((s, i) =>
        i === 3 ? { ...s, body: s.body.replace('About 40%', 'About 45%') } : s,
      ),
    };
    const found = checkDeck(edited, { article });
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      code: 'unsupported-number',
      slide: 3,
      element: { kind: 'item', index: 0 },
    });
  });
});
