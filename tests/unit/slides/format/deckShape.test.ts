import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { notADeckReason } from '../../../../slides/format/deckShape';
import { stringifyDeck } from '../../../../slides/format/stringify';
import { makeDeck, makeSlide } from '../../../../slides/index';

const DECKS = join(import.meta.dirname, '../../../../slides/decks');
const ARTICLE = `# Why the corridor deal matters

Ministers agreed on Monday to reopen the border crossing by spring, ending a two-year closure.

Trade between the two countries fell by a third while the crossing was closed.

---

*This article first appeared in the Corridor Review.*
`;

describe('notADeckReason', () => {
  it('accepts every bundled deck and a deck Briefdeck writes', () => {
    for (const name of readdirSync(DECKS).filter((file) => file.endsWith('.deck.md'))) {
      expect(notADeckReason(readFileSync(join(DECKS, name), 'utf8')), name).toBeNull();
    }
    const written = stringifyDeck(
      makeDeck({ title: 'T' }, [makeSlide({ layout: 'title', title: 'T', notes: '' })]),
    );
    expect(notADeckReason(written)).toBeNull();
  });

  it('accepts decks without front matter that have slide structure', () => {
    expect(notADeckReason('# One\n\n- a\n\n---\n\n## Two\n\n- b\n')).toBeNull();
    expect(notADeckReason('<!-- .slide: data-layout="stat" -->\n## 40%\n')).toBeNull();
    expect(notADeckReason('## Only slide\n\n- a point\n\nNote:\nWhat to say.\n')).toBeNull();
  });

  it('says why an ordinary Markdown article, a blog post or an empty file is not a deck', () => {
    expect(notADeckReason(ARTICLE)).toBe('has no deck front matter and no slides');
    expect(notADeckReason(`---\ntitle: A post\nlayout: post\n---\n\n${ARTICLE}`)).toBe(
      'has front matter, but not a deck’s, and no slides',
    );
    expect(notADeckReason('')).toBe('has no deck front matter and no slides');
    expect(notADeckReason('Just a paragraph of notes.\n')).not.toBeNull();
  });
});
