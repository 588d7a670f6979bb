import { describe, expect, it } from 'vitest';
import { checkDeck } from '../../../../slides/check/index';
import { importText } from '../../../../slides/import/index';
import { article, codes, deck, findings } from './helpers';

const src = article(
  [
    'Iran’s foreign minister met with his Turkish counterpart in Ankara on the same day to press for an oil embargo.',
    'Inflation fell to 4.2 percent in February, from 5.5 percent in January.',
  ],
  [
    'Unemployment, which peaked at 9 percent in 2020, now stands at 4 percent.',
    'The 2025 budget estimates spending of 4 billion euros on defence.',
    'Since 2019, the agency has inspected 120 ships.',
    'In 2023, Azerbaijan retook the enclave itself.',
    'Two days after the grounding, on March 5, a small leak was detected from a ballast tank.',
    'In 2023, spending on agency nurses reached 612 million euros, compared with 214 million in 2018.',
  ],
);

describe('copied-title', () => {
  it('finds a title copying 8+ consecutive words of any article sentence', () => {
    const d = deck('## Iran’s foreign minister met with his Turkish counterpart in Ankara');
    expect(codes(d, src)).toContain('copied-title');
  });
  it('passes a title sharing 7 words, and needs the article', () => {
    expect(codes(deck('## Foreign minister met with his Turkish counterpart, then left'), src)).not.toContain(
      'copied-title',
    );
    expect(
      codes(deck('## Iran’s foreign minister met with his Turkish counterpart in Ankara')),
    ).not.toContain('copied-title');
  });
  it('passes a quotation titled in its marks with its speaker, and still finds a copy outside the marks', () => {
    expect(
      codes(deck('## Araghchi: “met with his Turkish counterpart in Ankara on the same day”'), src),
    ).not.toContain('copied-title');
    expect(
      codes(
        deck('## Araghchi: foreign minister met with his Turkish counterpart in Ankara on the same day'),
        src,
      ),
    ).toContain('copied-title');
  });
  it('accepts an imported article (paragraphs of text) as well as a split one', () => {
    const imported = importText(
      'Headline\n\nIran’s foreign minister met with his Turkish counterpart in Ankara today.',
      {
        format: 'txt',
      },
    );
    const d = deck('## Iran’s foreign minister met with his Turkish counterpart in Ankara');
    expect(checkDeck(d, { article: imported }).map((f) => f.code)).toContain('copied-title');
  });
});

describe('unsupported-number', () => {
  it('finds numbers on the slide and in the notes that the article lacks', () => {
    const d = deck(
      '## Inflation eased\n\n- Inflation fell to 4.3% in February\n\nNote:\nIt was 6 percent a year ago.',
    );
    const found = findings(d, 'unsupported-number', src);
    expect(found.map((f) => f.element)).toEqual([{ kind: 'item', index: 0 }, { kind: 'notes' }]);
    expect(found[0]?.message).toBe('4.3 in item 1 is not in the article');
  });
  it("counts the deck's front-matter source (the article's date) as the article", () => {
    const d = deck('## Inflation eased\n\n- Published 12 March 2024');
    expect(codes(d, src)).toEqual(['unsupported-number']);
    const dated = { ...d, meta: { ...d.meta, source: { date: '12 March 2024' } } };
    expect(checkDeck(dated, { article: src })).toEqual([]);
  });
  it('passes numbers the article has, however they are written', () => {
    const d = deck(
      '## Inflation eased\n\n- Inflation fell to 4.2% in February, from 5.50%\n\nNote:\nSee ¶2 and ¶ 14.',
    );
    expect(codes(d, src)).toEqual([]);
  });
});

describe('misdated-event', () => {
  const item = (label: string, text: string, ref: string) =>
    deck(`timeline|## Dates\n\n- **${label}** — ${text} <!-- .element: data-src="${ref}" -->`);
  it('finds a figure placed under a year another clause carries', () => {
    expect(codes(item('2020', 'Unemployment stands at 4 percent', 'p2.s1'), src)).toEqual(['misdated-event']);
  });
  it('finds a year that only qualifies a noun, or follows "since"', () => {
    expect(codes(item('2025', 'Spending of 4 billion euros on defence', 'p2.s2'), src)).toEqual([
      'misdated-event',
    ]);
    expect(codes(item('2019', 'The agency has inspected 120 ships', 'p2.s3'), src)).toEqual([
      'misdated-event',
    ]);
  });
  it('finds a date its sentence does not give', () => {
    const [finding] = findings(item('2022', 'Azerbaijan retook the enclave', 'p2.s4'), 'misdated-event', src);
    expect(finding?.message).toContain('is not a date its source sentence gives');
  });
  it('passes the date of the event, also when it opens or sits inside the sentence', () => {
    expect(codes(item('2020', 'Unemployment peaked at 9 percent', 'p2.s1'), src)).toEqual([]);
    expect(codes(item('2023', 'Azerbaijan retook the enclave', 'p2.s4'), src)).toEqual([]);
    expect(codes(item('March 5', 'A leak was detected from a ballast tank', 'p2.s5'), src)).toEqual([]);
    expect(
      codes(
        item('2023', 'Agency spending reached 612 million euros, against 214 million in 2018', 'p2.s6'),
        src,
      ),
    ).toEqual([]);
    expect(codes(item('2023', 'Agency spending was 214 million euros', 'p2.s6'), src)).toEqual([
      'misdated-event',
    ]);
  });
  it('skips labels stating no date, and checks nothing without the article', () => {
    expect(codes(item('Date not given', 'Azerbaijan retook the enclave', 'p2.s4'), src)).toEqual([]);
    expect(codes(item('2025', 'Spending of 4 billion euros on defence', 'p2.s2'))).toEqual([]);
  });
});

describe('who says a quotation after "she said"', () => {
  it('is the person the sentence before is about, not a source an earlier sentence credits', () => {
    const feature = article([
      'About 60 former staff took jobs in Bellmont, according to Tri-County, but many others have not.',
      'Ms Pettibone, the nurse, now commutes over the pass four days a week.',
      '"I leave at five in the morning," she said.',
    ]);
    const named = deck(
      '## Nurses commute\n\n- "I leave at five in the morning," Pettibone said <!-- .element: data-src="p1.s3" -->',
    );
    expect(findings(named, 'unattributed-quote', feature)).toEqual([]);
    const unnamed = deck(
      '## Nurses commute\n\n- "I leave at five in the morning," a nurse said <!-- .element: data-src="p1.s3" -->',
    );
    expect(findings(unnamed, 'unattributed-quote', feature)[0]?.message).toContain('Pettibone');
  });
});

describe('who says a quotation the article credits to a title', () => {
  it('is the person the article names with that title', () => {
    const ruling = article([
      'Writing for the majority, Chief Justice Arvid Kjeldsen began with the data itself.',
      '"Consent is a choice," the Chief Justice wrote, "not a toll booth."',
    ]);
    const named = deck(
      '## Consent\n\n- "Consent is a choice," Kjeldsen wrote, "not a toll booth" <!-- .element: data-src="p1.s2" -->',
    );
    expect(findings(named, 'unattributed-quote', ruling)).toEqual([]);
    const unnamed = deck(
      '## Consent\n\n- "Consent is a choice, not a toll booth" <!-- .element: data-src="p1.s2" -->',
    );
    expect(findings(unnamed, 'unattributed-quote', ruling)[0]?.message).toContain('Kjeldsen');
  });
});

describe('a pronoun after a colon', () => {
  it('points into the clause before the colon, but not past a short label', () => {
    const clause = deck(
      '## The dam is a matter of national development\n\n- Aldorian officials stress that hydropower does not consume water: it flows through the turbines',
    );
    expect(codes(clause)).not.toContain('unresolved-pronoun');
    expect(codes(deck('## The port needs money\n\n- Holt: it is a matter of money'))).toContain(
      'unresolved-pronoun',
    );
  });
});

describe('who says a quotation the article credits to a role and the name beside it', () => {
  it('is the person named beside the role', () => {
    const brief = article([
      'The province’s own insurance regulator accepts the limits of what it can order.',
      '"We cannot order companies to write policies they believe will lose money," the Insurance Commissioner, Lidia Farrant, said in April.',
    ]);
    const named = deck(
      '## The regulator\n\n- Farrant: "We cannot order companies to write policies they believe will lose money" <!-- .element: data-src="p1.s2" -->',
    );
    expect(findings(named, 'unattributed-quote', brief)).toEqual([]);
    const unnamed = deck(
      '## The regulator\n\n- "We cannot order companies to write policies they believe will lose money" <!-- .element: data-src="p1.s2" -->',
    );
    expect(findings(unnamed, 'unattributed-quote', brief)).toHaveLength(1);
  });

  it('takes the name after a pointing description ("Our GP, Dr Kirsty Ballard, …") for the speaker', () => {
    const letter = article([
      'Islanders missed 37 hospital appointments on the mainland in 2025.',
      'Our GP, Dr Kirsty Ballard, another signatory, has twice had to send a patient off the island by lifeboat.',
      '"I should not have to rely on volunteer lifeboat crews," she says.',
    ]);
    const named = deck(
      '## Appointments missed\n\n- "I should not have to rely on volunteer lifeboat crews," Ballard says <!-- .element: data-src="p1.s3" -->',
    );
    expect(findings(named, 'unattributed-quote', letter)).toEqual([]);
  });
});
