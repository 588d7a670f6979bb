import { describe, expect, it } from 'vitest';
import { importText } from '../../../../slides/import';
import { assembleArticle } from '../../../../slides/import/assemble';
import { boilerplateKind } from '../../../../slides/import/boilerplate';
import { splitHeadline, withoutPost } from '../../../../slides/import/articleHead';
import { attributionOf } from '../../../../slides/analyze/figures';
import { draftDeck } from '../../../../slides/draft';
import { article } from '../../../helpers/draftContext';

/**
 * A live page: its "as it happened" label, its byline with the page's time stamp beside the names, its closed
 * banner and script notice, and an entry under its own byline ("Our political editor, X, writes:") whose words are
 * that writer's. A group's full name credits its estimate.
 */

describe("a live page's head and small print", () => {
  it('reads "as it happened" as no site, and a byline without its time stamp', () => {
    expect(splitHeadline('Rail strike live: trains halted as drivers walk out – as it happened')).toEqual({
      title: 'Rail strike live: trains halted as drivers walk out',
    });
    expect(withoutPost('Rosa Pelly (now) and Eskil Gallacher (earlier) Tue 11 Nov 2025 18.52 GMT')).toBe(
      'Rosa Pelly and Eskil Gallacher',
    );
  });

  it('drops the closed banner and the script notice', () => {
    expect(boilerplateKind('Live – this blog is now closed')).toBe('liveUpdate');
    expect(boilerplateKind('Please turn on JavaScript to use this feature')).toBe('interactive');
  });

  it("credits an estimate to a group's whole name", () => {
    expect(
      attributionOf('The Estrovian Chamber of Commerce estimates the strike is costing €140m a day.'),
    ).toBe('the Estrovian Chamber of Commerce');
  });
});

describe('an entry under its own byline', () => {
  const PAGE = [
    '18:40 GMT',
    'Union announces two more strike dates',
    'The union has announced two further 24-hour strikes unless the government agrees to pause the bill.',
    '16:05 GMT',
    'Analysis: what the strike means for the automation plan',
    'Our political editor, Ilona Valdebrand, writes:',
    'The government has framed today as a test of nerve, and it probably will not blink this week.',
    'The likeliest outcome is neither a climbdown nor a clean win but a delay to the automation timetable.',
    'The strike has not killed automation in the country. It has very probably slowed it down.',
    '14:32 GMT',
    'Minister speaks',
    'The transport minister said the bill would go ahead and that the automatic trains would still have staff on board.',
  ];

  it("is that writer's, up to the next time stamp, and its byline is never a bullet", () => {
    const { text } = draftDeck(article(PAGE, 'Rail strike live: trains halted as drivers walk out'));
    expect(text).toMatch(
      /Valdebrand(?: put it)?[:,] (?:the |The )?(?:government has framed|strike has not killed|likeliest outcome)/,
    );
    expect(text).not.toMatch(/^- .*writes\b/m);
    expect(text).not.toMatch(/Valdebrand(?: put it)?[:,] (?:the |The )?transport minister/);
  });

  it('never titles the bottom line with the question an entry takes up', () => {
    const { text } = draftDeck(article(PAGE, 'Rail strike live: trains halted as drivers walk out'));
    expect(text).not.toMatch(/^## Bottom line: What the strike means/m);
  });
});

describe('a whole page', () => {
  it('keeps the names and drops the stamp when the byline runs into it', () => {
    const page = assembleArticle(
      [
        'Rail strike live: trains halted as drivers walk out – as it happened',
        'Rosa Pelly (now) and Eskil Gallacher (earlier) Tue 11 Nov 2025 18.52 GMT',
        ...Array.from(
          { length: 6 },
          (_, i) => `Entry ${i + 1}: the strike went on through the day in the capital and beyond.`,
        ),
      ],
      'html',
      {},
      { guessTitle: true, guessStandfirst: true },
    );
    expect(page.author ?? '').not.toMatch(/Nov|GMT/);
    expect(
      importText('Live – this blog is now closed\n\nThe strike went on.', { format: 'txt' }).paragraphs,
    ).toEqual(['The strike went on.']);
  });
});
