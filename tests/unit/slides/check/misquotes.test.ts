import { describe, expect, it } from 'vitest';
import { article, codes, deck, findings } from './helpers';
import { draftDeck } from '../../../../slides/draft';
import { splitArticle } from '../../../../slides/check/source';
import { parseDeck } from '../../../../slides/index';
import { article as importedArticle } from '../../../helpers/draftContext';

/**
 * Words a slide puts in quotation marks are the speaker's own, word for word: the check finds a quotation the
 * article does not contain as written, and drafting never cuts inside one.
 */

const src = article(
  [
    '"Part of what we see now is simply repair," Rudnicka said.',
    'She expects wage growth to slow next year.',
  ],
  [
    'Shona McRae opened a café in the old booking hall in 2014.',
    '"We lost about two-thirds of our trade overnight," she said. "Walkers, day-trippers, people waiting for the train."',
  ],
);

describe('misquote', () => {
  it('finds quoted words the article does not say as written, in a title, an item or the notes', () => {
    expect(
      findings(deck('## Wages\n\n- Rudnicka: "Part of what we see is repair"'), 'misquote', src),
    ).toHaveLength(1);
    expect(codes(deck('## Rudnicka: "Part of what we see is repair"'), src)).toContain('misquote');
    expect(
      codes(
        deck('## Wages\n\n- Pay rose\n\nNote:\nAs McRae put it, "Walkers, people waiting for the train."'),
        src,
      ),
    ).toContain('misquote');
  });

  it('passes a quotation word for word, whatever its case, closing punctuation or ellipsis', () => {
    for (const quoted of [
      '- Rudnicka: "Part of what we see now is simply repair"',
      '- Rudnicka: “part of what we see now is simply repair.”',
      '- Rudnicka: "Part of what we see … is simply repair"',
      '- McRae: "Walkers, day-trippers, people waiting for the train"',
    ])
      expect(codes(deck(`## Wages\n\n${quoted}`), src), quoted).not.toContain('misquote');
  });

  it('reads a cited passage whole, its own quotation marks inside it, and needs the article', () => {
    const cited = deck(
      '## Trade\n\n- Trade fell\n\nNote:\nTrade fell.\n\nSources:\n¶2: "We lost about two-thirds of our trade overnight," she said. — McRae',
    );
    expect(codes(cited, src)).not.toContain('misquote');
    expect(codes(deck('## Wages\n\n- Rudnicka: "Part of what we see is repair"'))).not.toContain('misquote');
  });

  it('reads single marks inside a cited passage as its quotation marks, and still finds changed words', () => {
    const cited = (passage: string) =>
      deck(`## Trade\n\n- Trade fell\n\nNote:\nTrade fell.\n\nSources:\n¶2: ${passage} — McRae`);
    expect(codes(cited('"‘We lost about two-thirds of our trade overnight,’ she said."'), src)).not.toContain(
      'misquote',
    );
    expect(codes(cited('"‘We lost two-thirds of our trade overnight,’ she said."'), src)).toContain(
      'misquote',
    );
  });
});

describe('drafting a quotation', () => {
  const source = importedArticle(
    [
      'Wages in Poland rose 12.4 percent in the year to March, the fastest pace in two decades.',
      '"Part of what we see now is simply repair," said Anna Rudnicka, an economist at the Warsaw institute. "Workers lost ground in 2022 and are taking it back."',
      'Shona McRae opened a café in the old booking hall at Ashby Mill station in 2014, two years before the landslip.',
      '"We lost about two-thirds of our trade overnight," she said. "Walkers, day-trippers, people waiting for the train. We survived on the locals and a lot of stubbornness."',
      '"The case for easing has become overwhelming," said Rui Mendonça, a former deputy governor of the Reserve Bank.',
    ],
    'Poland’s wage boom tests the central bank',
  );

  it('cites a sentence holding a quotation in one pair of marks, the quotation in single ones, as the check reads it', () => {
    const drafted = draftDeck(source);
    const text = drafted.text.replace(/<!--[\s\S]*?-->/g, '');
    expect(text).not.toMatch(/""|”"|"”/);
    expect(text).toMatch(/¶\d+: "‘Part of what we see now is simply repair,’ said Anna Rudnicka/);
    expect(text).toMatch(
      /¶\d+: "We lost about two-thirds|¶\d+: "‘We lost about two-thirds of our trade overnight,’ she said\." — McRae/,
    );
    expect(codes(parseDeck(drafted.text).deck, splitArticle(source))).not.toContain('misquote');
  });

  it('never cuts words from inside the marks', () => {
    const text = draftDeck(source).text.replace(/<!--[\s\S]*?-->/g, '');
    expect(text).not.toMatch(/Part of what we see is/);
    expect(text).not.toMatch(/Walkers people/);
    expect(text).not.toMatch(/easing became overwhelming/);
  });
});

describe('a headline that is a quotation', () => {
  it('is cited on the Sources slide in its own marks, not in two pairs', () => {
    const source = importedArticle(
      [
        'Helene Strand runs the port of Saltmere, which lost its biggest shipping line last year.',
        '"We will never be the biggest port," Strand said. "We can be the one that matters for energy."',
      ],
      '"We will never be the biggest port. We can be the one that matters for energy"',
    );
    const text = draftDeck(source).text;
    expect(text).not.toMatch(/""/);
    expect(text).toMatch(/"We will never be the biggest port\. We can be the one that matters for energy"/);
  });
});
