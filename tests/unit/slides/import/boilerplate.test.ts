import { describe, expect, it } from 'vitest';
import { boilerplateKind, isNavigationLine } from '../../../../slides/import/boilerplate';

describe('boilerplateKind', () => {
  it.each([
    [
      "Sign up for Eurasianet's free weekly newsletter. Support Eurasianet: Help keep our journalism open to all.",
      'newsletter',
    ],
    ['Please support independent journalism: donate today.', 'donation'],
    ['Read more: How the corridor worked', 'readMore'],
    ['Related: Five things to know', 'related'],
    ['Share on Facebook', 'share'],
    ['Follow us on Twitter', 'follow'],
    ['We use cookies to improve your experience.', 'cookies'],
    ['© 2024 Example News', 'copyright'],
    ['Advertisement', 'advertisement'],
    ['Click here to subscribe to our podcast', 'clickHere'],
    ['Photo: Ilham Aliyev in Baku', 'photoCredit'],
    ['(Getty Images)', 'photoCredit'],
    ['Home | World | Politics | Opinion', 'navigation'],
    ['News • Sport • Weather', 'navigation'],
    ['Skip advertisement', 'advertisement'],
    ['Copy link', 'skipLink'],
    ['Continue reading', 'skipLink'],
    ['Reuse this content', 'skipLink'],
    ['Explore more on these topics', 'skipLink'],
    ['Enter your email address', 'skipLink'],
    ['Page 3 of 12', 'skipLink'],
    ['Credit: Lena Brask/Nordpress', 'photoCredit'],
    ['Photo caption: Patients wait at the clinic (Lena Brask / Nordpress)', 'photoCredit'],
    ['This story was produced in partnership with the Delta Health Project.', 'productionCredit'],
    ['Contact the author: mara@example.org', 'letters'],
    ['Listen to this article (12 min)   |   Share   |   Save   |   Comments (37)', 'share'],
  ])('drops %j as %s', (line, kind) => {
    expect(boilerplateKind(line)).toBe(kind);
  });

  it.each([
    'Share prices fell by a third after the announcement.',
    'Save the date: the council votes on 9 December | agenda to follow',
    'Support for the boycott grew among younger voters, polls show.',
    'Photographs of the meeting were never released, officials said.',
    'Credit: the bank lent 4.2 billion to small firms in 2025, a record.',
    'Page after page of the report lists clinics that closed.',
    'Perspectives | Why Azerbaijan won\u2019t follow Iran\u2019s calls to boycott Israel over Gaza',
    'Iran, in theory, might find more support for its position in Turkey, whose leader has denounced Israel.',
  ])('keeps body text %j', (line) => {
    expect(boilerplateKind(line)).toBeUndefined();
  });

  it('never drops long paragraphs, whatever they mention', () => {
    const long = `Sign up for the newsletter, officials said, ${'and the talks went on for hours '.repeat(12)}`;
    expect(boilerplateKind(long)).toBeUndefined();
    expect(isNavigationLine('A | B')).toBe(false);
  });
});
