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
  'Three mobile networks carry alerts under a voluntary agreement, with no legal duty and no penalty if they fail.',
  'Our conclusion is therefore the one with which we began: the alert failure was a failure of ownership.',
];

describe('quotations set apart with a credit line', () => {
  const { text } = draftDeck(article(REPORT, 'Silent phones: the alert failure in the Varne Valley floods'));

  it('credit each quotation to the person the line names, and never title a slide with the line', () => {
    expect(text).not.toMatch(/^## — /m);
    expect(text).toMatch(/Threlfall(?: put it)?[:,] "?Our warning went out on time/);
    expect(text).not.toMatch(/^- — Dr Ada Threlfall/m);
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
