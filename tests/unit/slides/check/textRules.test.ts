import { describe, expect, it } from 'vitest';
import { checkDeck } from '../../../../slides/check/index';
import { codes, deck, findings } from './helpers';
import { danglingEnd, missingSpeaker, pronounOpener } from '../../../../slides/check/textRules';

describe('dangling-end', () => {
  it('finds a title ending on a function word or a dangling possessive', () => {
    expect(codes(deck('## Discussions will be tainted by'))).toContain('dangling-end');
    expect(codes(deck("## Talks will be tainted by African states'"))).toContain('dangling-end');
    expect(codes(deck("## The deal rests on Iran's"))).toContain('dangling-end');
    expect(codes(deck('## Growth slowed despite'))).toContain('dangling-end');
  });
  it('passes complete titles, including ones ending on a particle or a quoted possessive', () => {
    expect(codes(deck('## Khamenei urged Muslim states to cut Israel off'))).toEqual([]);
    expect(codes(deck('## Baku will not answer the call'))).toEqual([]);
    expect(codes(deck('## Operations were postponed at least once'))).toEqual([]);
    expect(codes(deck('## Councils with engineers spent less, not more'))).toEqual([]);
    expect(codes(deck('## Nobody expected it to end like this'))).toEqual([]);
  });
  it('finds stat, timeline and actor labels that stop mid-phrase, and offers to trim a title', () => {
    expect(
      codes(deck('stat|## Ferries\n\n- **4.5 megawatts** drawn by each ferry once the batteries')),
    ).toContain('dangling-end');
    expect(codes(deck('timeline|## Dates\n\n- **2020** — The war ended with'))).toContain('dangling-end');
    expect(codes(deck('actors|## Who\n\n- **Iran** — wants a boycott of'))).toContain('dangling-end');
    expect(
      codes(deck('stat|## Ferries\n\n- **4.5 megawatts** drawn by each large ferry at the quay')),
    ).toEqual([]);
    const [finding] = findings(deck('## Prices rose sharply in the north and'), 'dangling-end');
    expect(finding?.fix).toEqual({
      label: 'Drop "and"',
      kind: 'replace-text',
      target: 'title',
      text: 'Prices rose sharply in the north',
    });
  });
});

describe('unresolved-pronoun', () => {
  it('finds a title opening on a pronoun or a demonstrative, also after a colon', () => {
    expect(codes(deck('## It lamented the early withdrawal'))).toContain('unresolved-pronoun');
    expect(codes(deck('## What set it off: These calls'))).toContain('unresolved-pronoun');
    expect(codes(deck('## These tensions frame relations'))).toContain('unresolved-pronoun');
  });
  it('finds a first bullet opening on a demonstrative, and a pronoun when the title names no one', () => {
    expect(codes(deck('## Oil binds the two states\n\n- These calls reflect ambition'))).toContain(
      'unresolved-pronoun',
    );
    expect(codes(deck('## The call went unheeded\n\n- He asked for a boycott'))).toContain(
      'unresolved-pronoun',
    );
  });
  it('lets a title that names someone resolve a first bullet, and ignores later bullets', () => {
    expect(codes(deck('## Khamenei urged a boycott\n\n- He asked all Muslim nations to act'))).toEqual([]);
    expect(
      codes(deck('## Oil binds the two states\n\n- Baku sells oil\n- They agreed on a corridor')),
    ).toEqual([]);
  });
  it('finds every timeline item opening on a pronoun, but not "this year"', () => {
    expect(
      codes(deck('timeline|## Dates\n\n- **2020** — Iran objected\n- **2021** — It lamented the exit')),
    ).toContain('unresolved-pronoun');
    expect(codes(deck('stat|## Pay\n\n- **10%** this year for nurses in public hospitals'))).toEqual([]);
  });
});

describe('long-title and long-bullet', () => {
  it('finds a title over 10 words and passes one of 10', () => {
    expect(codes(deck('## One two three four five six seven eight nine ten eleven'))).toEqual(['long-title']);
    expect(codes(deck('## One two three four five six seven eight nine ten'))).toEqual([]);
  });
  it('finds a bullet over 20 words and passes one of 20; the sources slide may cite at length', () => {
    const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');
    expect(codes(deck(`## Title here\n\n- ${words(21)}`))).toEqual(['long-bullet']);
    expect(codes(deck(`## Title here\n\n- ${words(20)}`))).toEqual([]);
    expect(codes(deck(`sources|## Sources\n\n- ${words(30)}`))).toEqual([]);
  });
});

describe('duplicate-bullet and title-repeat', () => {
  it('finds equal and nearly equal bullets, with a fix dropping the later one', () => {
    const found = findings(
      deck('## Oil binds them\n\n- Baku sells oil to Israel\n- Arms flow back\n- Baku sells oil to Israel.'),
      'duplicate-bullet',
    );
    expect(found).toHaveLength(1);
    expect(found[0]?.element).toEqual({ kind: 'item', index: 2 });
    expect(found[0]?.fix).toEqual({ label: 'Drop duplicate', kind: 'drop-item', index: 2 });
    expect(
      codes(
        deck(
          '## Oil binds them\n\n- Azerbaijan sells Israel most of its oil\n- Azerbaijan sells most of its oil to Israel',
        ),
      ),
    ).toContain('duplicate-bullet');
  });
  it('passes different bullets', () => {
    expect(
      codes(deck('## Oil binds them\n\n- Baku sells oil to Israel\n- Israel sells arms to Baku in return')),
    ).toEqual([]);
  });
  it('finds a first bullet repeating the title, and not one that goes on to say more', () => {
    expect(
      codes(deck('## Inflation fell to 4.2% in February\n\n- Inflation fell to 4.2% in February')),
    ).toEqual(['title-repeat']);
    expect(
      codes(deck('## Inflation is easing\n\n- Prices rose 4.2% in February, the slowest since 2021')),
    ).toEqual([]);
  });
});

describe('unattributed-quote', () => {
  it('finds a quotation of 4+ words with no speaker on the slide', () => {
    expect(
      codes(deck('## The outlook\n\n- the charging schedules "were public all along, for anyone"')),
    ).toContain('unattributed-quote');
  });
  it('passes a quotation whose speaker is in the item or the title, and short quotes', () => {
    expect(codes(deck('## The outlook\n\n- Frankel: "the schedules were public all along"'))).toEqual([]);
    expect(codes(deck('## Frankel doubts the plan\n\n- the plan is "a costly way to stand still"'))).toEqual(
      [],
    );
    expect(codes(deck('## The outlook\n\n- the deal eased worries only "for now"'))).toEqual([]);
  });
  it('finds "she said" with no name, and an opinion by a subject that names no one', () => {
    expect(codes(deck('## The outlook\n\n- Harvests will depend on people, she said'))).toContain(
      'unattributed-quote',
    );
    expect(codes(deck('## The outlook\n\n- Some say the guarantee delays job losses'))).toContain(
      'unattributed-quote',
    );
  });
  it('passes opinions by a group the item names by what they are ("critics", "kidney specialists"), not "many"', () => {
    expect(codes(deck('## The outlook\n\n- Kidney specialists say the findings matter more widely'))).toEqual(
      [],
    );
    expect(
      codes(deck('## The outlook\n\n- Occupational health officials say enforcement is patchy')),
    ).toEqual([]);
    expect(codes(deck('## The outlook\n\n- Critics say the guarantee delays job losses'))).toEqual([]);
    expect(codes(deck('## The outlook\n\n- Many argue the guarantee delays job losses'))).toContain(
      'unattributed-quote',
    );
  });
  it('passes opinions with a named speaker', () => {
    expect(codes(deck('## The outlook\n\n- Hikmet Hajiyev says the route has lost its appeal'))).toEqual([]);
    expect(codes(deck('## The outlook\n\n- Harvests will depend on people, Anand said'))).toEqual([]);
    expect(codes(deck('## The outlook\n\n- Israel supplies 70% of the arms, according to SIPRI'))).toEqual(
      [],
    );
  });
  it('offers "Name the speaker" when the source sentence names who said it', () => {
    const d = deck(
      '## The outlook\n\n- Harvests will depend on people, she said <!-- .element: data-src="p1.s1" -->',
    );
    const [finding] = checkDeck(d, {
      article: {
        paragraphs: [['"Until then the harvest will depend on people," said Priya Anand, a grower.']],
      },
    });
    expect(finding?.fix).toEqual({
      label: 'Name the speaker',
      kind: 'replace-text',
      target: 'item',
      index: 0,
      text: 'Harvests will depend on people, Priya Anand said',
    });
  });
});

describe('vague-stat-label', () => {
  it('finds labels with fewer than two content words', () => {
    expect(codes(deck('stat|## Growth\n\n- **3%** per annum'))).toContain('vague-stat-label');
    expect(codes(deck('stat|## Growth\n\n- **3%** of GDP — the IMF'))).toContain('vague-stat-label');
  });
  it('passes labels that say what is measured', () => {
    expect(
      codes(deck('stat|## Growth\n\n- **3%** yearly growth of Polish wages — the statistics office')),
    ).toEqual([]);
  });
});

describe('the Shorten fix', () => {
  it('cuts a long bullet at a clause boundary, keeping a complete phrase', () => {
    const words =
      'The unit delivered 212 babies last year, down from 340 a decade ago, which the owner says no longer covers its costs';
    const [finding] = findings(deck(`## Births fell\n\n- ${words}`), 'long-bullet');
    expect(finding?.fix).toEqual({
      label: 'Shorten',
      kind: 'replace-text',
      target: 'item',
      index: 0,
      text: 'The unit delivered 212 babies last year, down from 340 a decade ago',
    });
  });
  it('cuts a long title, and offers nothing when no cut leaves a complete phrase', () => {
    const [title] = findings(
      deck('## Ferries draw power at night, when the grid has spare capacity and prices are low'),
      'long-title',
    );
    expect(title?.fix).toMatchObject({
      kind: 'replace-text',
      target: 'title',
      text: 'Ferries draw power at night',
    });
    const [none] = findings(
      deck('## One two three four five six seven eight nine ten eleven twelve'),
      'long-title',
    );
    expect(none?.fix).toBeUndefined();
  });
});

describe('quotes checked against the article', () => {
  const source = {
    paragraphs: [
      [
        'State Senator Carla Whitfield, a Republican whose district includes the county, said payments are too low.',
        '"This is not a Ridgeline problem, it is a payment problem," she said.',
        '"We will not cut rates while wages run at double digits," said Marek Ostrowski.',
      ],
    ],
  };
  it('finds a quotation restated without its speaker, and names the speaker from the paragraph', () => {
    const d = deck(
      '## Money is the problem\n\n- This is not a Ridgeline problem, it is a payment problem <!-- .element: data-src="p1.s2" -->\n- Rates will hold while wages run at double digits, Zielinski said <!-- .element: data-src="p1.s3" -->',
    );
    const found = checkDeck(d, { article: source }).filter((f) => f.code === 'unattributed-quote');
    expect(found.map((f) => f.element.index)).toEqual([0, 1]);
    expect(found[0]?.fix).toMatchObject({
      label: 'Name the speaker',
      text: 'Carla Whitfield: This is not a Ridgeline problem, it is a payment problem',
    });
    expect(found[1]?.message).toContain('Marek Ostrowski');
  });
  it('passes a quotation whose speaker is named on the item or in the title', () => {
    const d = deck(
      '## Ostrowski holds rates\n\n- "We will not cut rates while wages run at double digits" <!-- .element: data-src="p1.s3" -->\n- Whitfield: "it is a payment problem" and not a Ridgeline one <!-- .element: data-src="p1.s2" -->',
    );
    expect(checkDeck(d, { article: source })).toEqual([]);
  });
});

describe('"claims" as a noun', () => {
  it('is no opinion without a speaker', () => {
    expect(missingSpeaker("Next year's pay claims are opening bids", undefined)).toBeUndefined();
    expect(missingSpeaker('The plan claims to cut costs by half', undefined)).toBeDefined();
    // After a preposition, or joined to another noun by "and".
    expect(missingSpeaker('131 was paid out in claims and costs', undefined)).toBeUndefined();
  });
});

describe('sayings that carry no opinion', () => {
  it('reads a refused saying and a comparison with what is commonly said as no one’s opinion', () => {
    expect(missingSpeaker('The governor declined to say whether rates peaked', undefined)).toBeUndefined();
    expect(missingSpeaker('The evidence is more mixed than often claimed', undefined)).toBeUndefined();
    expect(missingSpeaker('Rates have peaked, it is widely claimed', undefined)).toBeDefined();
    expect(missingSpeaker('The plan claims to cut costs by half', undefined)).toBeDefined();
  });
});

describe('a title that ends on a verb of being', () => {
  it('is whole when its clause ends there ("as it is", "where the jobs are"), cut when its subject does', () => {
    expect(danglingEnd('The council says the market cannot go on as it is')).toBeUndefined();
    expect(danglingEnd('Night buses fill up where the jobs are')).toBeUndefined();
    expect(danglingEnd('The night buses that run to the jobs are')).toBe('are');
  });
});

describe('a pronoun after a linking adverb', () => {
  it('is still the opener: "Today it has 487", "Since then, they …"', () => {
    expect(pronounOpener('Today it has 487, or about 20%', false)).toBe('it');
    expect(pronounOpener('Since then, they have met twice', false)).toBe('they');
    expect(pronounOpener('Today the province has 487 pharmacies', false)).toBeUndefined();
    expect(pronounOpener('Today they look like a model of reconciliation', true)).toBeUndefined();
  });

  it('so is a pronoun after an opening conjunction: "But its own data show …"', () => {
    expect(pronounOpener('But its own data show it cannot finish the job', false)).toBe('its');
    expect(pronounOpener('But the scheme’s own data show it cannot finish the job', false)).toBeUndefined();
  });
});
