import { describe, expect, it } from 'vitest';
import { article, sentenceIn } from '../../../helpers/draftContext';
import { dropArticles } from '../../../../slides/draft/headline';
import { endsCleanly, isComplete, lexiconOf } from '../../../../slides/draft/clauses';
import { cutsMeaning, strandsComplement } from '../../../../slides/draft/titleShape';
import { compressionCandidates } from '../../../../slides/draft/compress';
import { fallbackTitle } from '../../../../slides/draft/titles';

describe('an article a short title must keep', () => {
  it('keeps "the opposite", "the kind …" and a noun in -ing after "have"', () => {
    expect(dropArticles('Ashcombe have done the opposite')).toBe('Ashcombe have done the opposite');
    expect(dropArticles('a free pass of the kind Ostvik introduced')).toBe(
      'a free pass of the kind Ostvik introduced',
    );
    expect(dropArticles('Transport planners have a saying')).toBe('Transport planners have a saying');
  });

  it('keeps the article that opens a clause after a noun ("the graphic the campaign cited")', () => {
    expect(dropArticles('The newspaper graphic the campaign cited compares two half-years')).toBe(
      'The newspaper graphic the campaign cited compares two half-years',
    );
  });

  it('still drops the articles a headline does without', () => {
    expect(dropArticles('The council has a plan for the harbour')).toBe('The council has plan for harbour');
    expect(dropArticles('The club sold the captain and the goalkeeper')).toBe(
      'The club sold captain and goalkeeper',
    );
  });
});

describe('a subject with an aside between commas', () => {
  it('keeps its verb in -s after the aside ("…, costs a fraction of …")', () => {
    const source = article(
      [
        'Free buses filled up in Lenholm, but the roads did not empty and the council now faces a bill it cannot meet.',
        'A means-tested free pass, of the kind Ostvik introduced in 2022, costs a fraction of universal free travel because most riders who can pay still do.',
      ],
      'Free buses filled up',
    );
    const { ctx, s } = sentenceIn(source, 'A means-tested');
    expect(ctx.bulletText(s)).toMatch(/costs a fraction/);
  });
});

describe('a rate and a clause that ends on its verb of being', () => {
  it('keeps the article of a rate ("2,300 trips a night")', () => {
    expect(dropArticles('Ridership averaged 2,300 trips a night')).toBe(
      'Ridership averaged 2,300 trips a night',
    );
  });

  it('reads "where the jobs are" as a whole clause, and "the jobs are" as a cut one', () => {
    const whole = 'Night buses fill up where the jobs are';
    expect(isComplete(whole, lexiconOf(whole)) && endsCleanly(whole)).toBe(true);
    const cut = 'The night buses that run to the jobs are';
    expect(isComplete(cut, lexiconOf(cut)) && endsCleanly(cut)).toBe(false);
  });
});

describe('a cut that loses what the sentence says', () => {
  it('keeps the figures a change runs between, and lets a date range go', () => {
    const change = 'The cut reduces the grant from $81 million to $66.4 million a year.';
    expect(cutsMeaning('The cut reduces the grant', change, lexiconOf(change))).toBe(true);
    const dates = 'The trial ran for twenty-six weeks, from 3 June to 29 November 2024.';
    expect(cutsMeaning('The trial ran for twenty-six weeks', dates, lexiconOf(dates))).toBe(false);
  });

  it('never ends on "the last places" whose clause says what they are', () => {
    expect(endsCleanly('Libraries are among the last places')).toBe(false);
    expect(endsCleanly('The next drought will look much like the last ones')).toBe(true);
  });

  it('titles a label with a subject that names someone, never "Some employers"', () => {
    const text = 'Some employers would pay for that training themselves';
    const title = fallbackTitle('What to watch', [{ text, lexicon: lexiconOf(text) }], new Set());
    expect(title).toBe('What to watch');
    // "The next one" stands for something named before it, and names no one either.
    const next = 'The next one will have to decide what to do with it';
    expect(fallbackTitle('What to watch', [{ text: next, lexicon: lexiconOf(next) }], new Set())).toBe(
      'What to watch',
    );
    const named = 'The Northern Ports Association wants the renewals delayed';
    expect(fallbackTitle('What to watch', [{ text: named, lexicon: lexiconOf(named) }], new Set())).toMatch(
      /^What to watch: .*Northern Ports Association/,
    );
  });
});

describe('an aside whose sentence goes on with a condition of it', () => {
  it('is never dropped leaving the condition on the main clause', () => {
    const source = article(
      [
        'Police-recorded knife offences in Halverton rose by 42% between 2020 and 2024, which is a real increase but not a tripling.',
        'In April 2022 Eastmere Constabulary adopted new national recording guidance, which requires officers to flag an offence as involving a knife whenever a victim says they saw a blade, even if it was never used.',
      ],
      'Has knife crime tripled?',
    );
    const { ctx, s } = sentenceIn(source, 'In April 2022');
    expect(ctx.bulletText(s)).not.toMatch(/guidance,? (?:even )?if it was never used/);
    for (const candidate of compressionCandidates(s.text))
      expect(candidate).not.toMatch(/guidance,? (?:even )?if it was never used/);
  });

  it('is never dropped leaving the contrast that finishes it ("…, not what they will gain")', () => {
    const source = article(
      [
        'The council consulted for ten weeks and 62% of respondents opposed the plan. Ondrake pressed ahead, arguing that people respond to consultations about what they will lose, not what they will gain.',
        'Her critics say she treated the consultation as a formality.',
      ],
      'The mayor who redrew the map',
    );
    const { ctx, s } = sentenceIn(source, 'Ondrake pressed');
    expect(ctx.bulletText(s)).not.toMatch(/pressed ahead,? not what/);
  });
});

describe('a cut before what completes a noun or a verb', () => {
  it('refuses "a change | in how …" and "push work | towards …"', () => {
    expect(
      strandsComplement(
        'Part of the rise reflects a change',
        'Part of the rise reflects a change in how the police record knife offences, not only a change in crime.',
      ),
    ).toBe(true);
    expect(
      strandsComplement(
        'It will either stall the programme or push work',
        'It will either stall the programme or push work towards the self-certification route.',
      ),
    ).toBe(true);
    expect(
      strandsComplement('The force changed its guidance', 'The force changed its guidance in April 2022.'),
    ).toBe(false);
  });
});
