import { describe, expect, it } from 'vitest';
import { findMatches, occurrences, replaceIn } from '../../../../renderer/src/editor/findReplace';
import { makeModel } from './editorFixture';

describe('find', () => {
  it('finds every non-overlapping occurrence', () => {
    expect(occurrences('aaaa', 'aa')).toEqual([0, 2]);
    expect(occurrences('Oil oil OIL', 'oil')).toEqual([0, 4, 8]);
    expect(occurrences('Oil oil OIL', 'oil', { matchCase: true })).toEqual([4]);
    expect(occurrences('anything', '')).toEqual([]);
  });

  it('treats the query as plain text, not a pattern', () => {
    expect(occurrences('a.b axb', 'a.b')).toEqual([0]);
    expect(replaceIn('cost $1 (est.)', '$1 (est.)', '$2')).toBe('cost $2');
  });

  it('lists matches in titles, bullets and notes in reading order', () => {
    const matches = findMatches(makeModel().state.deck, 'oil');
    expect(matches.map((match) => [match.slideId, match.field])).toEqual([
      ['s2', { kind: 'title' }],
      ['s2', { kind: 'item', index: 0 }],
      ['s2', { kind: 'notes' }],
      ['s3', { kind: 'item', index: 0 }],
    ]);
    expect(matches[0]).toMatchObject({ start: 0, end: 3, slideIndex: 1 });
  });

  it('does not match inside attributes', () => {
    expect(findMatches(makeModel().state.deck, 'data-src')).toEqual([]);
  });
});
