import { describe, expect, it } from 'vitest';
import { endsCleanly, lexiconOf } from '../../../../slides/draft/clauses';
import { compressSentence } from '../../../../slides/draft/compress';
import { headlineBase } from '../../../../slides/draft/headline';
import { isSignpost } from '../../../../slides/draft/structure';
import { leadingClause } from '../../../../slides/draft/titleShape';

const compress = (text: string) => compressSentence(text, { lexicon: lexiconOf(text), maxWords: 14 });

describe('cuts that would change what a sentence claims', () => {
  it('keeps a claim’s "but only if" condition, and a compound noun whole', () => {
    const text =
      'KCTA supports bus franchising in rural Aldermoor, but only if it comes with secure funding and a guaranteed level of service.';
    const bullet = compress(text);
    expect(bullet).toContain('but only if it comes with secure funding');
    expect(bullet).toContain('bus franchising');
    expect(leadingClause(text, text, lexiconOf(text), 10)).not.toBe(
      'KCTA supports bus franchising in rural Aldermoor',
    );
  });

  it('never cuts a correlative from its second half', () => {
    expect(endsCleanly('The Fair Peak tariff is neither fair')).toBe(false);
    expect(endsCleanly('Neither country can produce it alone')).toBe(true);
  });

  it('keeps the aside whose last name opens a series of names', () => {
    const text =
      'Rural districts have a vacancy rate of 9.6%, against 4.3% in the cities of Ostervik, Harlen and Brask';
    expect(headlineBase(text, lexiconOf(text), [])).not.toContain('9.6% Harlen');
  });
});

describe('a live page’s talk about its own coverage', () => {
  it('is a signpost, never a bullet', () => {
    for (const text of [
      'Good morning and welcome to our live coverage of the flooding in the Vell Valley.',
      'We will bring you updates throughout the day.',
      'As this live blog draws to a close for the night, it is worth setting out what today has shown.',
    ])
      expect(isSignpost({ text }), text).toBe(true);
    expect(isSignpost({ text: 'We will cut rates in August, not May.' })).toBe(false);
  });
});
