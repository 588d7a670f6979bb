import { describe, expect, it } from 'vitest';
import {
  findMatches,
  occurrences,
  quotedSpans,
  replaceIn,
  replaceInField,
} from '../../../../renderer/src/editor/findReplace';
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

describe('quotations of the source', () => {
  const article = { title: 'A title', paragraphs: [['Tehran lacks the leverage to coerce Baku.']] };

  it('protects quotations in notes Sources blocks, on Sources slides and repeating the article', () => {
    const notes = 'Say "Tehran is loud" here.\n\nSources:\n¶6: "Tehran is loud"';
    expect(quotedSpans(notes, { notes: true, sourcesSlide: false })).toEqual([[41, 57]]);
    expect(quotedSpans('¶2 "Tehran is loud"', { notes: false, sourcesSlide: true })).toEqual([[3, 19]]);
    expect(
      quotedSpans('He says “Tehran lacks the … to coerce Baku”', {
        notes: false,
        sourcesSlide: false,
        article,
      }),
    ).toEqual([[8, 43]]);
    expect(
      quotedSpans('He says "Tehran lacks power"', { notes: false, sourcesSlide: false, article }),
    ).toEqual([]);
  });

  it('replaces outside protected quotations only, unless asked', () => {
    const notes = 'Tehran waits.\n\nSources:\n¶6: "Tehran is loud"';
    const context = { notes: true, sourcesSlide: false };
    expect(replaceInField(notes, context, 'Tehran', 'Teheran')).toBe(
      'Teheran waits.\n\nSources:\n¶6: "Tehran is loud"',
    );
    expect(replaceInField(notes, context, 'Tehran', 'Teheran', { includeQuotes: true })).not.toContain(
      'Tehran',
    );
  });
});
