import { describe, expect, it } from 'vitest';
import { boilerplateKind } from '../../../../slides/import/boilerplate';
import { importText } from '../../../../slides/import';
import { parseKeyPoints, scoreDraft } from '../../../../slides/eval/keypoints';

/**
 * A public audit report's cover and numbering, a wire story as a terminal shows it, a newsroom's notes on a copy,
 * and a chronology whose first entry is dated by a heading: what is furniture goes, and what is the article stays.
 */

const body = (n: number) =>
  Array.from(
    { length: n },
    (_, i) =>
      `Paragraph ${i + 1} of the body says something about the bridge programme and its cost. It goes on to a second sentence with more detail.`,
  );

const paragraphs = (text: string) => importText(text, { format: 'txt' }).paragraphs;

describe("a public audit report's cover and numbering", () => {
  const report = [
    'The Harbour Bridges Programme: progress review',
    'Presented to Parliament pursuant to Section 4(1) of the Public Audit Act 2011',
    'Report 7/2026',
    'Ilse Marrow, Comptroller General, Tesk Audit Office, 2 March 2026',
    'Key facts 3',
    'Summary 4',
    'Part One: The programme 6',
    'Part Two: Cost and delay 9',
    'The Tesk Audit Office scrutinises public spending for Parliament and is independent of government. Our work helps Parliament hold government to account. For further information about this report please contact the Enquiries Unit.',
    'Summary',
    '1 In 2020 the Department launched the programme to repair or replace 140 harbour bridges by 2030, at a budget of £1.2bn.',
    '2 This report examines whether the programme is on track and whether it chose the bridges in worst repair.',
    'Key findings',
    '3 The programme is behind schedule. By the end of 2025 the Department had finished 38 bridges against 61 planned.',
    '4 Costs have risen by a fifth. The Department now expects the programme to cost £1.45bn.',
    'Recommendations',
    '5 The Department should:',
    'a publish, by June 2026, a revised plan that sets out how many bridges it will finish and when;',
    'b survey every bridge on the list again before it lets the next contracts;',
    'c report progress against the plan to Parliament every year.',
    ...body(14),
  ].join('\n\n');
  const imported = importText(report, { format: 'txt' });

  it('drops how the report was laid, its number, its signature, its contents list and its publisher note', () => {
    const kept = imported.paragraphs.join('\n');
    for (const furniture of [
      'Presented to Parliament',
      'Report 7/2026',
      'Ilse Marrow, Comptroller General',
      'Key facts 3',
      'Part Two: Cost and delay 9',
      'independent of government',
      'Enquiries Unit',
    ])
      expect(kept).not.toContain(furniture);
    expect(imported.standfirst ?? '').not.toMatch(/Report 7/);
  });

  it("drops a research centre's cover note on its funding and reuse", () => {
    const cover = [
      'Lead pipes: seven years on',
      'The Fenmark Water Observatory is an independent research centre hosted by the Fenmark Universities Consortium. It receives no funding from Fenmark Water or the Provincial Government. This report may be reproduced for non-commercial purposes with attribution.',
      'Executive summary',
      ...body(12),
    ].join('\n\n');
    const kept = paragraphs(cover).join('\n');
    expect(kept).not.toMatch(/receives no funding|may be reproduced|independent research centre/);
    expect(kept).toContain('Paragraph 1 of the body');
    // Inside the body, a sentence about who funds what is the article's own.
    const reported = paragraphs(
      [
        'Lead pipes: seven years on',
        ...body(6),
        'The utility receives no funding from the province for the household side of the pipe. Owners must pay for it themselves, and most do not.',
        ...body(6),
      ].join('\n\n'),
    ).join('\n');
    expect(reported).toContain('The utility receives no funding from the province');
  });

  it('drops the numbers and letters of paragraphs numbered in order, and keeps their words', () => {
    expect(imported.paragraphs).toContain(
      'The programme is behind schedule. By the end of 2025 the Department had finished 38 bridges against 61 planned.',
    );
    expect(imported.paragraphs).toContain('The Department should:');
    expect(imported.paragraphs).toContain(
      'survey every bridge on the list again before it lets the next contracts;',
    );
  });

  it('keeps a number that opens one paragraph, out of any run', () => {
    const text = [
      'Storm closes the harbour',
      '3 Britons were among the crew rescued from the trawler on Sunday night, the coastguard said in a statement.',
      ...body(6),
    ].join('\n\n');
    expect(paragraphs(text)[0]).toMatch(/^3 Britons were among the crew/);
  });
});

describe('a wire story as a terminal shows it', () => {
  const story = [
    'Tidewire | Markets | Commodities',
    '14-Feb-2026 09:05 GMT   [TW-METALS] [TIN] [KESTRIA]   Share  Save  Print',
    '',
    'UPDATE 1-Tin hits two-year high as Kestrian mines flood; traders see tight market into summer',
    '',
    'By Oona Valcourt',
    '',
    '  * Benchmark tin up 9% on the week',
    "  * Two of Kestria's three largest mines shut by floods",
    '  * Traders see prices easing only in the third quarter',
    '',
    '(Adds trader comment, inventory figures)',
    '',
    ...body(8),
  ].join('\n');
  const imported = importText(story, { format: 'txt' });

  it('drops the terminal line and the update note, and dates the story from the terminal stamp', () => {
    expect(imported.title).toMatch(/^Tin hits two-year high/);
    expect(imported.date).toBe('14 February 2026');
    const kept = imported.paragraphs.join('\n');
    expect(kept).not.toContain('[TW-METALS]');
    expect(kept).not.toContain('Adds trader comment');
    expect(boilerplateKind('(Adds trader comment, inventory figures)')).toBe('wireUpdate');
  });

  it('keeps each typed summary item a paragraph of its own', () => {
    expect(imported.paragraphs.slice(0, 3)).toEqual([
      'Benchmark tin up 9% on the week',
      "Two of Kestria's three largest mines shut by floods",
      'Traders see prices easing only in the third quarter',
    ]);
  });
});

describe("a newsroom's notes on a copy", () => {
  it('are furniture', () => {
    expect(
      boilerplateKind('SLUG: harbour-bridges-feature | 1,200 words | Status: subbed, ready for page'),
    ).toBe('newsroomNote');
    expect(
      boilerplateKind('PICTURE DESK: main image the Tesk bridge at dawn (photographer: Ana Ruiz).'),
    ).toBe('newsroomNote');
    // A sentence on the status of a programme is no newsroom note.
    expect(
      boilerplateKind('Status of the programme: eleven bridges are still closed to lorries.'),
    ).toBeUndefined();
  });
});

describe("a chronology's first entry", () => {
  it('keeps the date heading that follows the opening paragraphs', () => {
    const text = [
      'How the harbour bridges dispute unfolded',
      'By Oona Valcourt · 2 March 2026',
      'When the first bridge closed in the spring of 2023, most people in the town assumed it would reopen within weeks. It did not, and the argument over who should pay for the repairs has run for three years since then.',
      'That, in hindsight, is the story of the dispute: never money alone, always who decides which bridge comes first and who answers for the ones that wait.',
      '14 March 2023',
      'The council closes the Quay Street bridge to all traffic after an inspection finds cracks in two of its piers.',
      'June 2023',
      'The Department agrees to pay for a temporary crossing, and the council starts the search for a contractor.',
      ...body(4),
    ].join('\n\n');
    const imported = importText(text, { format: 'txt' });
    expect(imported.date).toBe('2 March 2026');
    expect(imported.paragraphs).toContain('14 March 2023');
  });
});

describe('the eval', () => {
  it('does not count a cited web address as page furniture', () => {
    const keyPoints = parseKeyPoints({
      title: 'Bridges',
      kind: 'chronology',
      points: [{ id: 'closed', description: 'bridge closed', match: [['bridge']], where: 'either' }],
      figures: [],
      speakers: [],
      events: [],
      boilerplate: ['Bridge dispute timeline'],
    });
    const score = scoreDraft(
      {
        slidesText: ['Sources: "How it unfolded", https://news.example/transport/bridge-dispute-timeline'],
        notesText: [''],
        articleText: 'Home News Transport Bridge dispute timeline. The bridge closed.',
      },
      keyPoints,
    );
    expect(score.boilerplateLeaks).toEqual([]);
    const leaked = scoreDraft(
      { slidesText: ['Bridge dispute timeline'], notesText: [''], articleText: 'Bridge dispute timeline.' },
      keyPoints,
    );
    expect(leaked.boilerplateLeaks).toEqual(['Bridge dispute timeline']);
  });
});
