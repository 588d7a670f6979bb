import { describe, expect, it } from 'vitest';
import { assembleArticle } from '../../../../slides/import/assemble';
import { boilerplateKind } from '../../../../slides/import/boilerplate';
import { importMarkdown } from '../../../../slides/import/markdown';
import { importPdf } from '../../../../slides/import/pdf';
import { importText } from '../../../../slides/import/plainText';
import { buildTextPdf } from '../../../helpers/pdf';

/**
 * What stands above and around an article's body on its cover is never its headline or its text: a release's
 * embargo lines, an analyst note's firm masthead, a submission's letterhead and cover fields, a numbered
 * document's paragraph numbers, a newsletter's paid-subscription prompts. A PDF's list items stay items, and a
 * compound broken at a line's end is one word again.
 */

const BODY = [
  'When a village pharmacy closes, patients who depend on it are substantially less likely to keep taking their blood pressure medication, according to the study.',
  'The study followed 23,800 patients on long-term blood pressure treatment who lived near one of 146 rural pharmacies that closed between 2016 and 2023.',
  'The researchers recommend a minimum access standard for community pharmacies across the province.',
];

describe('a press release under embargo', () => {
  it('takes each release line out, the embargo’s date as the article’s, and the heading as the title', () => {
    const source = [
      '**EMBARGOED UNTIL 00:01 BST, WEDNESDAY 4 JUNE 2025**',
      '*For immediate release after embargo*',
      '# Rural pharmacy closures linked to a sharp fall in medication use',
      ...BODY,
    ].join('\n\n');
    const article = importMarkdown(source);
    expect(article.title).toBe('Rural pharmacy closures linked to a sharp fall in medication use');
    expect(article.date).toBe('Wednesday 4 June 2025');
    expect(article.paragraphs).toEqual(BODY);
  });
});

describe('an analyst note as a PDF', () => {
  it('reads the firm’s shouted masthead as the publisher and the large line below it as the title', async () => {
    const lines = [
      { text: 'BRIGHTWATER CAPITAL RESEARCH', size: 16, y: 790 },
      { text: 'Macro Strategy | Veloria | Rates and FX | 22 April 2025', size: 9, y: 772 },
      { text: 'Bank of Veloria: the market is pricing a May cut', size: 20, y: 740 },
      {
        text: 'Markets price a 70% probability that the Bank of Veloria cuts its policy rate in May.',
        size: 10,
        y: 700,
      },
      {
        text: 'We think the first cut comes in August, not May, because services inflation is stuck.',
        size: 10,
        y: 688,
      },
      { text: 'Unemployment is only marginally above its post-', size: 10, y: 660 },
      { text: 'pandemic low, and wage growth is running at 6.2% year on year.', size: 10, y: 648 },
    ];
    const article = await importPdf(await buildTextPdf(lines));
    expect(article.title).toBe('Bank of Veloria: the market is pricing a May cut');
    expect(article.publisher).toBe('Brightwater Capital Research');
    expect(article.date).toBe('22 April 2025');
    expect(article.paragraphs?.join(' ')).toContain('its post-pandemic low, and wage growth');
  });

  it('keeps each bulleted takeaway a paragraph of its own, its wrapped line joined to it', async () => {
    const item = (y: number, first: string, second: string) => [
      { text: '•', size: 14, y, x: 50 },
      { text: first, size: 10, y, x: 66 },
      { text: second, size: 10, y: y - 12, x: 66 },
    ];
    const lines = [
      { text: 'Bank of Veloria: the market is pricing a May cut', size: 20, y: 780 },
      { text: 'Key takeaways', size: 10, y: 740 },
      ...item(
        720,
        'Markets price a 70% probability that the Bank cuts its policy rate at its meeting on 8 May',
        '2025. We think the first cut comes in August, not May.',
      ),
      ...item(
        690,
        'Headline inflation has fallen to 3.1%, but services inflation is stuck at 5.4%. The Bank has',
        'told us, repeatedly, that services is the number it is watching.',
      ),
    ];
    const article = await importPdf(await buildTextPdf(lines));
    expect(article.paragraphs).toEqual([
      'Key takeaways',
      'Markets price a 70% probability that the Bank cuts its policy rate at its meeting on 8 May 2025. We think the first cut comes in August, not May.',
      'Headline inflation has fallen to 3.1%, but services inflation is stuck at 5.4%. The Bank has told us, repeatedly, that services is the number it is watching.',
    ]);
  });
});

describe('a consultation response', () => {
  const TITLE = 'Rural buses need funding, not just a new owner';
  const blocks = [
    'Kestrel Community Transport Association',
    'Unit 4, Tannery Yard, Kessock KS3 9QT | Registered charity no. 1187 4420 | www.kcta.example',
    TITLE,
    'Consultation: Better Buses for Rural Aldermoor (Department for Regional Mobility)',
    'Submitted by: Kestrel Community Transport Association (KCTA)',
    'Date of submission: 4 April 2025',
    'Contact for this response: Policy Team, policy@kcta.example',
    'This response may be published in full. KCTA is content for its name to be attributed.',
    '1. Introduction',
    '1.1 The Kestrel Community Transport Association welcomes the opportunity to respond to the consultation.',
    '2.3 Our survey of 1,120 passengers found that 41% had turned down a job or a college place for lack of a bus.',
    '3.2 million journeys a year are made on rural routes.',
  ];

  it('reads its letterhead and cover fields as metadata, and its paragraphs without their numbers', () => {
    const article = assembleArticle(
      blocks,
      'docx',
      { title: TITLE },
      { guessTitle: false, guessStandfirst: false },
    );
    expect(article.publisher).toBe('Kestrel Community Transport Association');
    expect(article.date).toBe('4 April 2025');
    expect(article.paragraphs).toEqual([
      '1. Introduction',
      'The Kestrel Community Transport Association welcomes the opportunity to respond to the consultation.',
      'Our survey of 1,120 passengers found that 41% had turned down a job or a college place for lack of a bus.',
      // A figure that opens a sentence is no paragraph number.
      '3.2 million journeys a year are made on rural routes.',
    ]);
  });
});

describe('a paragraph that opens on a label', () => {
  it('stays body text under a known title', () => {
    const paragraph =
      'Status: the bill has stalled in committee because the coalition cannot agree how to pay for the rural routes it promised, and ministers now expect a vote only after the summer recess.';
    const article = assembleArticle(
      ['Rural buses need funding', paragraph, ...BODY],
      'docx',
      { title: 'Rural buses need funding' },
      { guessTitle: false, guessStandfirst: false },
    );
    expect(article.paragraphs?.[0]).toBe(paragraph);
  });
});

describe('a newsletter’s paid-subscription prompts', () => {
  it('are furniture', () => {
    for (const line of [
      'Keep reading with a 7-day free trial',
      'Upgrade to paid',
      'Already a paid subscriber? Sign in',
      'Substack is the home for great culture',
    ])
      expect(boilerplateKind(line), line).toBeDefined();
    expect(
      boilerplateKind('The tariff is the home of a great many complaints from renters.'),
    ).toBeUndefined();
  });
});

describe('a newsletter pasted as text', () => {
  it('drops its typed footnotes, their marks, its postscript and the platform’s links', () => {
    const body = [
      'The Commission’s own impact assessment sorts households into groups by how flexible their demand is.[2] The results are striking.',
      'A fixed daily charge, by definition, does not vary with when or how much you use, so it cannot shift demand away from the peak.',
      'The Commission has said it will review Fair Peak after its first winter, in the spring of 2026.',
    ];
    const text = [
      'The "Fair Peak" tariff is neither fair nor about the peak',
      ...body,
      'P.S. Several of you asked whether switching supplier gets you out of Fair Peak. It doesn’t.',
      'Next week, for paid subscribers: the tariff modelling spreadsheet, line by line.',
      '[1] The standing charge covers the fixed costs of connecting your home.',
      '[2] Halvorsen Utilities Commission, "Fair Peak: Distributional Impact Assessment", November 2024.',
      'Privacy ∙ Terms ∙ Collection notice',
      'Start Writing',
      'Get the app',
    ].join('\n\n');
    const article = importText(text, { format: 'txt' });
    expect(article.paragraphs).toEqual([body[0]!.replace('[2]', ''), body[1], body[2]]);
  });
});
