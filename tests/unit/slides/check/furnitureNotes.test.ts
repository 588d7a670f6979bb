import { describe, expect, it } from 'vitest';
import { applyFix } from '../../../../slides/check/index';
import { splitNotesLine } from '../../../../slides/check/notes';
import { codes, deck, findings } from './helpers';

describe('furniture', () => {
  it.each([
    ['a bio', 'Jane Roe is a senior fellow at the Centre for Policy'],
    ['a print line', 'A version of this article appears in print on March 12, Section B'],
    ['a newsletter call', 'Sign up for our free weekly newsletter'],
    ['a support appeal', 'Support independent journalism today'],
    ['a handle', 'Water breaks matter — Dr Lee (@drlee) March 3'],
    ['a post link', 'Stay safe pic.twitter.com/Qm81ZpXk2v'],
    ['an updated line', 'Updated March 4, 2024, 10:28am EST'],
    ['an ISO timestamp', 'Published 2018-09-25T21:28:31.000Z'],
    ['a letters call', 'Write to us at letters@example.org'],
  ])('finds %s on a content slide, with a fix dropping the item', (_, text) => {
    const [finding] = findings(deck(`## Heat and work\n\n- ${text}`), 'furniture');
    expect(finding?.element).toEqual({ kind: 'item', index: 0 });
    expect(finding?.fix).toEqual({ label: 'Drop it', kind: 'drop-item', index: 0 });
  });
  it('finds furniture in notes, and offers to drop the sentence', () => {
    const d = deck(
      '## Heat and work\n\n- Breaks cut kidney injury\n\nNote:\nBreaks help. Follow her on X: @dwhitcombe.',
    );
    const [finding] = findings(d, 'furniture');
    expect(finding?.element).toEqual({ kind: 'notes' });
    expect(finding?.fix).toEqual({ label: 'Drop sentence', kind: 'replace-notes', text: 'Breaks help.' });
  });
  it('passes ordinary text and an email-free @-less bullet, and allows the byline on the title slide', () => {
    expect(codes(deck('## Heat and work\n\n- Workers need water every 20 minutes, the study found'))).toEqual(
      [],
    );
    expect(
      codes(deck('title|# Heat and work\n\nJane Roe is a senior fellow at the Centre for Policy')),
    ).toEqual([]);
  });
});

describe('coaching-notes and repeated-notes', () => {
  it.each([
    'State the judgment, then the evidence the article gives for it.',
    'Introduce the article and its author.',
    'Walk through the figures one by one.',
    'Close with the outlook.',
    'Be fair to the other side.',
    'These figures carry the argument, so say who stands behind each.',
  ])('finds the instruction "%s"', (sentence) => {
    const d = deck(`## Oil binds them\n\n- Baku sells oil\n\nNote:\nBaku needs the money. ${sentence}`);
    const [finding] = findings(d, 'coaching-notes');
    expect(finding?.element).toEqual({ kind: 'notes' });
    expect(finding?.fix).toMatchObject({ kind: 'replace-notes', text: 'Baku needs the money.' });
  });
  it('passes talk, including a State Senator and a rhetorical "walk through"', () => {
    const notes =
      'State Senator Carla Whitfield said the payments are too low. Walk through almost any town and you see asphalt.';
    expect(codes(deck(`## Oil binds them\n\n- Baku sells oil\n\nNote:\n${notes}`))).toEqual([]);
  });
  it('finds a notes sentence said on an earlier slide, but not a short one or a repeated citation', () => {
    const notes = 'Baku will not follow Tehran on this. Yes.\n\nSources:\n¶2: "about 40 percent of its oil"';
    const d = deck(`## One point\n\n- A\n\nNote:\n${notes}`, `## Two points\n\n- B\n\nNote:\n${notes}`);
    const found = findings(d, 'repeated-notes');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ slide: 1, element: { kind: 'notes' } });
    expect(found[0]?.message).toContain('from slide 1');
  });
  it('applies a notes fix as the new notes', () => {
    const d = deck(
      '## Oil binds them\n\n- Baku sells oil\n\nNote:\nBaku needs the money. Close with the outlook.',
    );
    const [finding] = findings(d, 'coaching-notes');
    const slide = d.slides[0]!;
    expect(applyFix(slide, finding!.fix!)).toEqual({ body: slide.body, notes: 'Baku needs the money.' });
  });
});

describe('splitNotesLine', () => {
  it('splits sentences, not abbreviations, initials or decimals', () => {
    expect(splitNotesLine('Mr. Smith left the U.S. in 2020. It rose 4.5 percent. ¶2: "a quote"')).toEqual([
      'Mr. Smith left the U.S. in 2020.',
      'It rose 4.5 percent.',
      '¶2: "a quote"',
    ]);
    expect(splitNotesLine('"Stop," she said. Then she left!')).toEqual([
      '"Stop," she said.',
      'Then she left!',
    ]);
  });
});
