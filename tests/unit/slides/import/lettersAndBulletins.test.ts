import { describe, expect, it } from 'vitest';
import { importMarkdown } from '../../../../slides/import/markdown';
import { importText } from '../../../../slides/import/plainText';
import { boilerplateKind } from '../../../../slides/import/boilerplate';
import { furnitureKind } from '../../../../slides/check/furniture';

/**
 * The small print of a newsletter post, an open letter, a statistical bulletin and a debate page: a credit line of
 * the newsletter, its writer and the date; thanks for reading drafts and "any mistakes are mine"; a letter's
 * "cc:" list and where it was published; a bulletin's release schedule; who introduced a debate; a writer's book.
 */

const BODY = [
  'On 4 March 2025 the government paused procurement for the Kelby fibre contract, worth £142 million, to bring gigabit broadband to 33,000 homes.',
  'The reason given was a review of the role of satellite broadband, which can connect a remote farm within weeks rather than years.',
  'A shared satellite cell slows as more homes join it, and the only way to add capacity is to launch more satellites.',
];

describe("a newsletter post's head and foot", () => {
  const post = [
    '# Satellites are a bridge, not a destination',
    '',
    '*Packet Loss · Ottoline Verrier · 9 July 2025 · 11 min read*',
    '',
    ...BODY.flatMap((p) => [p, '']),
    '*Thanks to Imre Dalgaard and Sefa Quinlan for reading drafts of this post. Any mistakes are mine.*',
  ].join('\n');

  it('reads the credit line as the writer and the date, naming the writer, not the newsletter', () => {
    const imported = importMarkdown(post);
    expect(imported.author).toBe('Ottoline Verrier');
    expect(imported.date).toBe('9 July 2025');
    expect(imported.standfirst).toBeUndefined();
  });

  it('drops the thanks for reading drafts and keeps every paragraph', () => {
    expect(importMarkdown(post).paragraphs).toEqual(BODY);
  });
});

describe("an open letter's furniture", () => {
  it('drops the copy list and where it was published, and dates the letter by it', () => {
    const letter = [
      'Open letter to the Minister for Transport on the Kelby ferry',
      '',
      'Published on the Association’s website and Facebook page, 21 October 2025',
      '',
      'cc: Ronan Ashdown, Chief Executive, Kelby Ferries',
      '',
      ...BODY.flatMap((p) => [p, '']),
    ].join('\n');
    const imported = importText(letter, { format: 'txt' });
    expect(imported.date).toBe('21 October 2025');
    expect(imported.paragraphs).toEqual(BODY);
  });
});

describe("a bulletin's and a debate page's small print", () => {
  it.each([
    ['Next release: 12 August 2025.', 'releaseSchedule'],
    ['Release times are 09:00 local time.', 'releaseSchedule'],
    [
      'Labour market statistics are published monthly in accordance with the Code of Practice for Official Statistics.',
      'releaseSchedule',
    ],
    ['Introduced by Rhiannon Feldt, Comment Editor', 'presenterCredit'],
    ['Any mistakes are mine.', 'disclaimer'],
  ])('drops %j as %s', (line, kind) => {
    expect(boilerplateKind(line)).toBe(kind);
  });

  it.each([
    'Thanks to the new rules, waits fell by a third.',
    'Introduced by the government in 2019, the levy raised 2 billion.',
    'Published in the journal Nature in 2024, the study found that waits fell.',
  ])('keeps body text %j', (line) => {
    expect(boilerplateKind(line)).toBeUndefined();
  });

  it("finds a writer's forthcoming book on a slide to be a bio", () => {
    expect(furnitureKind('Her book on power markets, Keeping the Lights On, is published next spring.')).toBe(
      'an author bio',
    );
  });
});

describe("an open letter's signers", () => {
  it('drops the signers listed in one block under the sign-off', () => {
    const letter = [
      'Open letter to the Minister for Transport on the Kelby ferry',
      '',
      ...BODY.flatMap((p) => [p, '']),
      'Yours sincerely,',
      '',
      [
        'Morven Tallach, Chair, Kelby Island Residents’ Association',
        'Angus Strathearn, Secretary, Kelby Island Residents’ Association',
        'Dr Isla Rennick, General Practitioner, Kelby Medical Practice',
        'Fraser Dunmore, Manager, Kelby Seafoods',
      ].join('\n'),
    ].join('\n');
    const imported = importText(letter, { format: 'txt' });
    expect(imported.paragraphs.join('\n')).not.toMatch(/Tallach|Strathearn|Rennick|Dunmore/);
    expect(imported.paragraphs.slice(0, BODY.length)).toEqual(BODY);
  });
});
