import { describe, expect, it } from 'vitest';
import { DeckMetaSchema, parseDeck, restoreMeta } from '../../../../slides/index';
import { fixtureDeck } from '../../../helpers/makeDeck';

describe('restoreMeta', () => {
  it('fills defaults for missing front matter', () => {
    expect(restoreMeta(undefined)).toEqual({
      meta: { version: 1, title: '', theme: 'briefing', aspect: '16:9', extra: {} },
      errors: [],
    });
  });

  it('migrates version 0: ratio → aspect and reveal theme names', () => {
    for (const [legacy, theme] of [
      ['white', 'briefing'],
      ['black', 'night'],
      ['serif', 'paper'],
    ] as const) {
      const { meta, errors } = restoreMeta({ title: 'T', ratio: '4:3', theme: legacy });
      expect(errors).toEqual([]);
      expect(meta).toMatchObject({ version: 1, title: 'T', aspect: '4:3', theme });
      expect(meta.extra).toEqual({});
    }
  });

  it('does not apply version-0 migrations to version 1 files', () => {
    const { meta, errors } = restoreMeta({ version: 1, theme: 'white', ratio: '4:3' });
    expect(meta.theme).toBe('briefing');
    expect(meta.aspect).toBe('16:9');
    expect(meta.extra).toEqual({ ratio: '4:3' });
    expect(errors.map((e) => e.message)).toEqual([
      'Unknown theme "white"; use one of briefing, night, paper. Using briefing.',
    ]);
  });

  it('keeps unknown keys, turns numbers into text and locates errors', () => {
    const { meta, errors } = restoreMeta(
      { version: 1, title: 2024, date: 2023, aspect: 3, tags: ['a'] },
      (path) => ({ line: path.length * 10, column: 2 }),
    );
    expect(meta).toMatchObject({ title: '2024', date: '2023', aspect: '16:9', extra: { tags: ['a'] } });
    expect(errors).toEqual([
      { line: 10, column: 2, message: 'Unknown aspect 3; use "16:9" or "4:3". Using 16:9.' },
    ]);
  });

  it('warns about newer versions and treats invalid versions as 0', () => {
    expect(restoreMeta({ version: 7 }).errors[0]?.message).toContain('newer Briefdeck');
    const invalid = restoreMeta({ version: 'one', theme: 'black' });
    expect(invalid.meta.theme).toBe('night');
    expect(invalid.errors[0]?.message).toContain('whole number');
  });

  it('produces metadata that satisfies the DeckMeta schema', () => {
    const { deck } = parseDeck(fixtureDeck('unknown-keys.deck.md'));
    expect(DeckMetaSchema.safeParse(deck.meta).success).toBe(true);
    expect(deck.meta).toMatchObject({ version: 1, title: 'Legacy deck', aspect: '4:3', theme: 'briefing' });
    expect(deck.meta.extra).toEqual({ customer: 'ACME', tags: ['energy', 'caucasus'] });
  });
});
