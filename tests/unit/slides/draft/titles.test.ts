import { describe, expect, it } from 'vitest';
import { compressSentence } from '../../../../slides/draft/compress';
import { lexiconOf } from '../../../../slides/draft/clauses';
import { fallbackTitle, subjectPhrase, uniqueTitle } from '../../../../slides/draft/titles';

describe('fallback titles', () => {
  it('takes the subject noun phrase, not an adjunct', () => {
    const text = 'The general government deficit reached 5.6% of GDP in 2023';
    expect(subjectPhrase(text, lexiconOf(text), 10)).toBe('The general government deficit');
    const adjunct = 'Under the convention it has only limited rights';
    expect(subjectPhrase(adjunct, lexiconOf(adjunct), 10)).toBeUndefined();
    // A time or a turn before the subject is no subject.
    for (const text of ['Last autumn I stopped defending it.', 'Now the council must decide what to cut.'])
      expect(subjectPhrase(text, lexiconOf(text), 10), text).toBeUndefined();
  });

  it('labels the subject, then the names, and never repeats a taken title', () => {
    const text = 'Nations like Azerbaijan are not likely to go beyond criticism';
    const source = { text, lexicon: lexiconOf(text) };
    expect(fallbackTitle('What to watch', [source], new Set())).toBe(
      'What to watch: Nations like Azerbaijan',
    );
    const taken = new Set(['what to watch: nations like azerbaijan']);
    expect(fallbackTitle('What to watch', [source], taken, ['Iran', 'Israel'])).toBe(
      'What to watch: Iran and Israel',
    );
    expect(uniqueTitle('Key dates', new Set(['key dates']))).toBe('Key dates (continued)');
  });

  it('never labels a negated quantity, or a head only its cut clause says anything of', () => {
    const text = 'Not one of the people who paid that increase had any say in electing the council';
    const source = { text, lexicon: lexiconOf(text) };
    expect(fallbackTitle('What set it off', [source], new Set(), ['Harbour Road'])).toBe(
      'What set it off: Harbour Road',
    );
  });
});

describe('compressSentence endings', () => {
  it('never stops on a possessive or inside a "that" clause without its verb', () => {
    const growing =
      "Iran can thus accept the reality of Azerbaijan's growing power in the Caucasus with a face-saving claim that its repeated warnings about any changes in regional borders have yielded the desired effect.";
    expect(compressSentence(growing)).not.toMatch(/['’]s$|warnings$/);
    const said =
      'President Aliyev\'s aide Hikmet Hajiyev has said that the "corridor" through Armenia "has lost its attractiveness" to Azerbaijan due to the existence of the Iranian alternative.';
    expect(compressSentence(said)).toContain('has lost its attractiveness');
  });

  it('keeps a figure in an adjunct when dropping the reduced relative before it', () => {
    const s =
      "This relationship serves both Azerbaijan's and Israel's strategic objectives: Israeli weapons enabled Baku to recover its occupied territories surrounding the Nagorno-Karabakh region during the 44-day war in 2020.";
    const bullet = compressSentence(s, { keep: ['44-day'] });
    expect(bullet).toContain('44-day war');
    expect(bullet).not.toContain('surrounding');
  });

  it('drops a leading "On the same day that …," clause and an expletive "It is unlikely" survives', () => {
    const sameDay =
      "On the same day that Ayatollah Khamenei issued his call for an embargo against Israel, Iran's foreign minister met his Turkish counterpart in Ankara.";
    expect(compressSentence(sameDay)).toMatch(/^Iran's foreign minister met/);
    const unlikely =
      'It is therefore unlikely that Tehran would be willing to jeopardize these gains by antagonizing Baku over Gaza - an issue of high importance for Iran, but extraneous to its relations with Azerbaijan.';
    expect(compressSentence(unlikely)).toBe(
      'It is unlikely that Tehran would be willing to jeopardize these gains by antagonizing Baku over Gaza',
    );
  });

  it('does not split off a "but" half that has no subject', () => {
    const s =
      "The machines work well on modern orchards planted in narrow, flat rows, where fruit hangs on the outside of the canopy, but struggle with older, bushier trees, which still make up more than half of the valley's orchards.";
    expect(compressSentence(s)).not.toMatch(/^Struggle/);
  });
});
