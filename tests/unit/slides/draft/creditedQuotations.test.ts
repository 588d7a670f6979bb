import { describe, expect, it } from 'vitest';
import { draftDeck } from '../../../../slides/draft';
import { article, bottomOf } from '../../../helpers/draftContext';

/**
 * A report sets its witnesses' words apart, each quotation with a credit line under it ("— Dr Ada Threlfall, Head
 * of Flood Forecasting"): the words are theirs wherever a slide carries them, and the credit line is never a title.
 * A conclusion announced before a colon ("Our conclusion is therefore the one with which we began: …") is said.
 */

const REPORT = [
  'On the night of 9 November the river broke its banks at two towns, and the national alert reached a minority of phones.',
  'The Rivers Agency issued its severe warning at 23:58, and the alert system did not send its message until 01:47.',
  '"Our warning went out on time. What happened after it left our building, we could not see."',
  '— Dr Ada Threlfall, Head of Flood Forecasting, Velmark Rivers Agency',
  'The duty officer who received the request was not authorised to send an alert and spent forty minutes trying to reach a director.',
  '"The process assumed we would have hours. On the night we had minutes."',
  '— Chief Constable Ivo Kittering, Varne Valley Police',
  'The minister defended the approval chain that the duty officer followed.',
  '"An alert that cries wolf once is an alert people ignore the second time."',
  '— Barnabas Ellory MA, Minister for Resilience',
  'Three mobile networks carry alerts under a voluntary agreement, with no legal duty and no penalty if they fail.',
  'Our conclusion is therefore the one with which we began: the alert failure was a failure of ownership.',
];

describe('quotations set apart with a credit line', () => {
  const { text } = draftDeck(article(REPORT, 'Silent phones: the alert failure in the Varne Valley floods'));

  it('credit each quotation to the person the line names, and never title a slide with the line', () => {
    expect(text).not.toMatch(/^## — /m);
    expect(text).toMatch(/Threlfall(?: put it)?[:,] "?Our warning went out on time/);
    expect(text).not.toMatch(/^- — Dr Ada Threlfall/m);
    expect(text).not.toMatch(/MA(?: put it)?[:,] "?An alert that cries wolf/);
    expect(text).toMatch(/Ellory(?: put it)?[:,] "?An alert that cries wolf/);
  });
});

describe('a conclusion announced before a colon', () => {
  it('is the bottom line, without its announcement', () => {
    const slide = bottomOf(article(REPORT, 'Silent phones: the alert failure in the Varne Valley floods'));
    const said = [slide.title, ...slide.items.map((item) => item.text)].join(' | ');
    expect(said).toMatch(/alert failure was a failure of ownership/i);
    expect(said).not.toMatch(/one with which we began/);
  });
});

describe("a review's verdict", () => {
  const REVIEW = [
    'Somewhere under the bus station a river is running in the dark, and almost nobody above it knows its name.',
    'The Fleetwater is the hero, or perhaps the ghost, of Augustin Vorrington’s Slow Water, a history of buried rivers.',
    'Vorrington shows how culverting began as public health, became a land deal, and ended as a habit.',
    'His remedy is daylighting: taking rivers out of their culverts and giving them room again.',
    'The book does not face the bill, which on his own figures runs to billions for the capital alone.',
    'Verdict',
    'In the end, Slow Water is a good book about a subject that deserved a great one.',
    'Recommended, with reservations.',
  ];

  it('is said from the section headed "Verdict", never by its rating line nor a sentence from before it', () => {
    const slide = bottomOf(article(REVIEW, 'Buried rivers and the case for digging them up'));
    const said = [slide.title, ...slide.items.map((item) => item.text)].join(' | ');
    expect(slide.title).not.toMatch(/Fleetwater/);
    expect(said).toMatch(/Slow Water is a good book about a subject that deserved a great one/);
    expect(said).not.toMatch(/\bRecommended\b/);
  });
});

describe('a conclusion that says what something was not', () => {
  it('keeps the next sentence, which says what it was, in the same bullet', () => {
    const slide = bottomOf(
      article(
        [
          'On the night of 9 November the river broke its banks at two towns, and the alert reached a minority of phones.',
          'Our central conclusion is that this was not, at root, a failure of technology. It was a failure of ownership. No single body was responsible for the alert from forecast to phone.',
          'The duty officer who received the request was not authorised to send an alert.',
          'Three mobile networks carry alerts under a voluntary agreement, with no penalty if they fail.',
        ],
        'Silent phones: the alert failure in the Varne Valley floods',
      ),
    );
    const item = slide.items.find((i) => /failure of technology/.test(i.text));
    expect(item?.text).toMatch(/failure of technology; it was a failure of ownership$/);
    expect(item?.refs).toEqual(['p2.s1', 'p2.s2']);
  });
});
