import { describe, expect, it } from 'vitest';
import { importText } from '../../../../slides/import/plainText';
import { importHtml } from '../../../../slides/import/html';
import { boilerplateKind } from '../../../../slides/import/boilerplate';
import { importMarkdown } from '../../../../slides/import/markdown';

const LETTER_BODY = [
  'We are writing to you as 412 hospital doctors who work in emergency departments across Vessland, and we cover every major acute hospital.',
  'In the week of 13 January alone, 2,310 patients waited more than 24 hours in an emergency department.',
  'We ask you to open 1,800 permanent acute beds over three years, and to publish corridor-care figures every week.',
];

describe('an open letter pasted as text', () => {
  it('takes the line above its To and From fields as the title, and who sends it as the publisher', () => {
    const letter = importText(
      [
        'OPEN LETTER: Corridor care is no longer an emergency measure. It is the system.',
        'To: Dr Halvard Osk, Minister for Health and Social Care',
        'From: Hospital Doctors for Safe Care',
        'Date: 3 February 2025',
        ...LETTER_BODY,
        '... and 407 further signatories (full list attached as Annex A)',
      ].join('\n\n'),
      { format: 'txt' },
    );
    expect(letter.title).toBe(
      'OPEN LETTER: Corridor care is no longer an emergency measure. It is the system.',
    );
    expect(letter.publisher).toBe('Hospital Doctors for Safe Care');
    expect(letter.date).toBe('3 February 2025');
    expect(letter.paragraphs).toEqual(LETTER_BODY);
  });
});

describe("a radio programme's transcript", () => {
  it("takes the segment for the title, the programme's name for the publisher and the broadcast's date", () => {
    const turns = [
      'DEV HOLLINGDRAKE: I walked down Old Quay on Saturday and counted fourteen key safes before I gave up.',
      'MAREN DRURY: Holiday lets are visible, so they are an easy headline, but they are not why rents rose.',
      'TOMAS PENHALLOW-AMES: Around 3,400 whole homes are let to visitors, and that is homes taken from residents.',
    ];
    const show = importText(
      [
        'THE EVENING EDITION - RADIO LARKSPUR 2',
        'Programme transcript: Tuesday 13 May 2025, 17:32-17:44',
        'Segment: "Holiday lets: ban or bust?"',
        ...turns,
      ].join('\n\n'),
      { format: 'txt' },
    );
    expect(show.title).toBe('Holiday lets: ban or bust?');
    expect(show.publisher).toBe('The Evening Edition - Radio Larkspur 2');
    expect(show.date).toBe('Tuesday 13 May 2025');
    expect(show.paragraphs).toEqual(turns);
  });

  it('reads notes on the document as furniture', () => {
    for (const line of [
      'Radio Larkspur 2 transcripts are provided for personal reference only.',
      'Figures may not sum because of rounding.',
    ])
      expect(boilerplateKind(line), line).toBeDefined();
  });
});

describe('a link to a footnote by its number', () => {
  it('is a marker, never glued to the sentence as a figure', () => {
    const page = importHtml(
      '<html><body><article><h1>Why power stays dear</h1><p>The average household paid 38 cents per kilowatt-hour, including taxes.<a class="footnote-anchor" href="#footnote-1">1</a> That is 45% more than our neighbours pay, and the gap has widened every year since 2021.</p><p>The grid earns 7.1% a year on its assets, set when the state could borrow at under 1%, and the price control runs to 2026.<a href="#fn-2">[2]</a> Consumers will pay that return for decades.</p></article></body></html>',
    );
    expect(page.paragraphs[0]).toMatch(/including taxes\. That is 45%/);
    expect(page.paragraphs[1]).toMatch(/runs to 2026\. Consumers/);
  });
});

describe('a Markdown explainer with a TL;DR box and footnotes', () => {
  const md = importMarkdown(
    [
      '# Why is childcare so expensive in Brenmark?',
      '> **TL;DR**',
      '>',
      '> - A full-time nursery place costs an average of €1,150 a month, about 31% of a couple’s net income.[^1]',
      '> - The main reason is not profiteering: the free hours are paid below what they cost to deliver.',
      '## How expensive is childcare in Brenmark?',
      'Very expensive, by any comparison: a full-time place costs twice the share of income it does in comparable countries.[^2]',
      '[^1]: Lanyard Institute analysis of the Brenmark Childcare Price Survey 2025.',
      '[^2]: Early Years Workforce Census 2024, Ministry of Education.',
    ].join('\n\n'),
  );

  it('keeps the TL;DR label with its points, and leaves out the footnotes and their markers', () => {
    expect(md.standfirst).toBeUndefined();
    expect(md.paragraphs[0]).toBe('TL;DR');
    expect(md.paragraphs.join(' ')).not.toMatch(/\[\^|Lanyard Institute analysis|Workforce Census/);
    expect(md.paragraphs[1]).toMatch(/net income\.$/);
    expect(md.warnings).toContain('left out 2 footnotes');
  });
});
