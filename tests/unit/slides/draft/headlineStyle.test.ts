import { describe, expect, it } from 'vitest';
import { endsCleanly, lexiconOf } from '../../../../slides/draft/clauses';
import { dropArticles, simplePast, statesPoint, withoutCopula } from '../../../../slides/draft/headline';
import { leadingClause } from '../../../../slides/draft/titleShape';
import { article, sentenceIn } from '../../../helpers/draftContext';

const past = (text: string) => simplePast(text, lexiconOf(text), true);
const states = (text: string) => statesPoint(text, lexiconOf(text));

describe('headline style for titles that would copy their sentence', () => {
  it('writes the simple past of an irregular perfect, only for the title’s own first verb', () => {
    expect(past('Two government decisions have driven much of the rise')).toBe(
      'Two government decisions drove much of the rise',
    );
    expect(past('Ship replacement has become a series of one-off purchases')).toBe(
      'Ship replacement became a series of one-off purchases',
    );
    // A perfect after the main verb belongs to a clause of its own: its tense says what came first.
    const relative = 'Brannvik was the most consequential banker Kestland has produced';
    expect(past(relative)).toBe(relative);
    const until = 'Officials will not lift the notice until the water has passed 14 days of clear samples';
    expect(simplePast(until, lexiconOf(until))).toBe(until);
  });

  it('keeps the article a negated copula’s noun needs, and a fixed expression whole', () => {
    expect(dropArticles('The crisis was not a bolt from the blue')).toBe(
      'The crisis was not a bolt from the blue',
    );
    const text = 'The crisis was not a bolt from the blue: the warning signs were on paper for years';
    const cut = leadingClause(text, text, lexiconOf(text), 6);
    expect(cut).not.toBe('The crisis was not a bolt');
  });

  it('finds no point in a noun with only its relative clause, an event noun that points back, or "went further"', () => {
    expect(states('A company that has lifted its operating margin by three points')).toBe(false);
    expect(states('The Federation of Velland Employers went further')).toBe(false);
    expect(states('The fall was steeper than most forecasters expected')).toBe(false);
    expect(states('Firms that export grew faster than the rest')).toBe(true);
    expect(states('The fall in rents was steeper than expected')).toBe(true);
    // "The result is a region | where thousands …": the noun says nothing without its cut clause.
    expect(endsCleanly('The result is a region')).toBe(false);
    expect(endsCleanly('The result is a shortage of nurses')).toBe(true);
  });

  it('drops a copied title’s leading article, but not where the article belongs to the phrase', () => {
    const source = article(
      [
        'The Morvanian government has promised nurses a pay rise of 4% next year. The package will lose much of its effect. The rest will work in areas that are not automated.',
      ],
      'Nurses and pay',
    );
    const { ctx, s } = sentenceIn(source, 'The package');
    expect(ctx.headlineTitle(s, 10)).toBe('Package will lose much of its effect');
    const rest = sentenceIn(source, 'The rest');
    expect(rest.ctx.headlineTitle(rest.s, 10, [], true) ?? '').not.toMatch(/^Rest\b/);
  });
});

describe('a copied title without its copula', () => {
  const bare = (text: string) => withoutCopula(text, lexiconOf(text));

  it('links its subject to a state as a headline does ("pumps out of action", "report not due")', () => {
    expect(bare('Two of its four pumps were out of action')).toBe('Two of its four pumps out of action');
    expect(bare("Strand's final report is not due until spring 2027")).toBe(
      "Strand's final report not due until spring 2027",
    );
    expect(bare('Fourteen of the sites were designated bathing waters')).toBe(
      'Fourteen of the sites designated bathing waters',
    );
  });

  it('keeps it before a noun phrase, a denied reason, and inside quoted words', () => {
    expect(bare('The new stadium is a bet on promotion')).toBe('The new stadium is a bet on promotion');
    expect(bare("Brannock's buses are not failing because people dislike buses")).toBe(
      "Brannock's buses are not failing because people dislike buses",
    );
    expect(bare('Haigh: "The budget is set every year"')).toBe('Haigh: "The budget is set every year"');
  });
});
