import { describe, expect, it } from 'vitest';
import { article, bottomOf, contextOf, sentenceIn } from '../../../helpers/draftContext';
import { isComplete, lexiconOf } from '../../../../slides/draft/clauses';
import { headlineBase } from '../../../../slides/draft/headline';
import { cutsMeaning, leadingClause, wellShaped } from '../../../../slides/draft/titleShape';
import { fallbackTitle } from '../../../../slides/draft/titles';
import { misdating } from '../../../../slides/check/dates';
import { compressionCandidates } from '../../../../slides/draft/compress';
import { timelineSlide } from '../../../../slides/draft/sections/timeline';
import { statesThesis } from '../../../../slides/draft/select';
import { bottomLine, titleSlide } from '../../../../slides/draft/sections/opening';
import { unshouted } from '../../../../slides/draft/titles';

/**
 * The bottom line's title is the article's point in a few words: the turn of a two-sentence headline, the first
 * of its joined clauses, never a question, a participle's phrase or the label of a Q&A.
 */

const BODY = [
  'Bramport introduced a £2 flat fare on every bus route in January 2023, at a cost of £19 million a year to the council.',
  'Journeys rose by 23 per cent on the routes that run every ten minutes, but barely moved on routes that run once an hour.',
  'Eastbridge borrowed £210 million against the club to pay for the new ground, and the loan falls due in 2030.',
  'The council says the cap has helped families; passengers on the hourly routes say a cheap ticket for a bus that never arrives is no help.',
  'Port Calder can cover roughly one more bad year this way, not two, and the sums do not add up for long.',
];

function titles(headline: string, paragraphs: string[] = BODY) {
  const source = article(paragraphs, headline);
  const ctx = contextOf(source);
  return { title: titleSlide(ctx).title, bottom: bottomLine(ctx).title };
}

describe('the bottom line from the headline', () => {
  it("states a two-sentence headline's turn, with what it turns from when both fit", () => {
    expect(titles('The £2 fare cap was a nice idea. Now spend the money on buses that turn up').bottom).toBe(
      'Bottom line: Spend the money on buses that turn up',
    );
    expect(titles('The Supreme Court has made riders employees. Expect fewer riders').bottom).toBe(
      'Bottom line: Supreme Court made riders employees: expect fewer riders',
    );
  });

  it('takes the first of two joined clauses, with the owner by the short name the article uses', () => {
    expect(
      titles(
        "Eastbridge Athletic's new stadium is a bet on promotion, and the club, not the owner, is holding the risk",
      ).bottom,
    ).toBe("Bottom line: Eastbridge's new stadium is a bet on promotion");
  });

  it('states a contrast of two readings that opens the headline', () => {
    expect(
      titles(
        "Lusmark election: a rural revolt, not a swing to the right, hands newcomer the kingmaker's role",
      ).bottom,
    ).toBe('Bottom line: Rural revolt, not a swing to the right');
  });

  it("states the why of a profile's headline ('… fire chief on why prevention has to come first')", () => {
    expect(
      titles(
        '"We keep buying bigger engines for a fight we are losing": Varrow\'s departing fire chief on why prevention has to come first',
      ).bottom,
    ).toBe('Bottom line: Prevention has to come first');
  });

  it("drops the owner the deck is about from a headline's long subject ('Norvane's courier pay floor')", () => {
    expect(
      titles("Paying for the wait: why Norvane's courier pay floor should count engaged time, not drops")
        .bottom,
    ).toBe('Bottom line: Pay floor should count engaged time, not drops');
  });

  it('states two judgments set side by side before the colon ("Right direction, wrong budget")', () => {
    expect(titles('Right direction, wrong budget: our review of "Homes for Every Generation"').bottom).toBe(
      'Bottom line: Right direction, wrong budget',
    );
  });

  it('never states a question, a participle phrase or a Q&A label as the point', () => {
    for (const headline of [
      'Bred to survive the heat: can tougher buses save the routes?',
      "Norrvik's bus fare cap: your questions answered",
      'Delayed buses in the Bramport region',
    ]) {
      const { bottom } = titles(headline);
      expect(bottom, headline).not.toMatch(/\?$|Bred to survive|questions answered|Delayed buses/);
    }
  });
});

describe('headlines set in capitals', () => {
  it('are shown in sentence case, with the names the body writes', () => {
    const body = [
      ...BODY,
      'The NHS trust and Port Calder City Council agreed the plan; THE CONCLUSION is below.',
    ];
    expect(
      unshouted("PORT CALDER BUDGET: WHY THE SUMS DON'T ADD UP FOR LONG AT THE NHS", body.join(' ')),
    ).toBe("Port Calder budget: why the sums don't add up for long at the NHS");
    expect(titles('PORT CALDER BUDGET 2025/26: WHERE YOUR MONEY GOES', body).title).toBe(
      'Port Calder budget 2025/26: where your money goes',
    );
    expect(unshouted('Port Calder Budget', body.join(' '))).toBe('Port Calder Budget');
  });
});

describe('clauses that end well', () => {
  it("ends on a phrasal verb's particle and on an idiom", () => {
    for (const text of ['Spend the money on buses that turn up', "The sums don't add up for long"])
      expect(isComplete(text, lexiconOf(text)), text).toBe(true);
    const cut = 'Spend the money on buses that go to';
    expect(isComplete(cut, lexiconOf(cut))).toBe(false);
  });
});

describe('cuts that keep what the clause says', () => {
  it('turns "It is possible that X will Y" into "X may Y", not "Possible that …"', () => {
    const text = 'It is possible that platforms will try to redesign their contracts';
    expect(headlineBase(text, lexiconOf(text), [])).toBe('Platforms may try to redesign their contracts');
  });

  it('does not cut a verb from the value it puts on its object', () => {
    const text = "The Aldmark Riders' Union estimates the average claim at about €3,800.";
    expect(leadingClause(text, text, lexiconOf(text), 8) ?? '').not.toMatch(/claim$/);
  });
});

describe('label titles', () => {
  it('do not name a subject that only points back', () => {
    const text = 'This plan will take two years to show results.';
    const title = fallbackTitle('What to watch', [{ text, lexicon: lexiconOf(text) }], new Set());
    expect(title).toBe('What to watch');
  });
});

describe('fragments that are no point', () => {
  it('does not drop a clause that ends before an appositive as if it were an adjunct', () => {
    const text =
      "Within a year the pandemic had emptied Millbrook Road, the club's home since 1912, and in May 2021 Eastbridge were relegated from the top division after four seasons.";
    for (const candidate of compressionCandidates(text, { lexicon: lexiconOf(text) }))
      expect(candidate).not.toMatch(/^The club's home/i);
  });

  it('reads a subordinate clause after a conjunction as incomplete', () => {
    const text = 'And because the loan is secured against the club';
    expect(isComplete(text, lexiconOf(text))).toBe(false);
  });

  it('puts no participle phrase on the timeline', () => {
    const { ctx } = sentenceIn(
      article(
        [
          'Bramport capped every bus fare at £2 in January 2023, and journeys rose by a fifth in the first year.',
          'In January 2024, faced with rising wage and fuel costs, the operators cut frequencies on 14 routes, most of them from every 10 minutes to every 20.',
          'In March 2024 the council asked the operators to restore the old timetables, and they refused.',
          'In September 2024 the council voted to keep the cap for another year.',
        ],
        'The fare cap was a nice idea',
      ),
      'In January 2024',
    );
    const timeline = timelineSlide(ctx);
    for (const item of timeline?.items ?? []) expect(item.text).not.toMatch(/— Faced with/);
    expect(timeline?.items.length ?? 0).toBeGreaterThan(1);
  });
});

describe('comparisons and series', () => {
  it('does not cut a comparison before what it compares', () => {
    const text = 'The corals we bred were half again as likely to survive the heatwave.';
    expect(leadingClause(text, text, lexiconOf(text), 8) ?? '').not.toMatch(/half$/);
  });

  it('reads a subordinate clause followed by a verb with no subject as incomplete', () => {
    const text = 'Unless Keluan restores the runoff controls it cut, protects more of the reef';
    expect(isComplete(text, lexiconOf(text))).toBe(false);
  });
});

describe('series', () => {
  it("does not cut a series before its last item's head word", () => {
    const text =
      'The 2025/26 budget is balanced, lawful and in places sensible: the rising cost of care is real.';
    expect(leadingClause(text, text, lexiconOf(text), 9) ?? '').not.toMatch(/in places$/);
  });
});

describe('timeline dates', () => {
  it("shows a date without its year in the article's own year, and the check accepts it", () => {
    const source = {
      ...article(
        [
          'Feldt started riding for Parcelo in April 2019 and brought her claim in March 2022.',
          'The Supreme Court heard the appeal in October 2024, and ruled for Feldt on 18 February 2025.',
          'On 26 February, Parcelo said that it would review its operating model in Aldmark.',
          'Zoomcart announced on 28 February that it was pausing new rider sign-ups.',
        ],
        'Riders are employees now',
      ),
      date: '3 March 2025',
    };
    const { ctx } = sentenceIn(source, 'On 26 February');
    const rows = timelineSlide(ctx)?.items.map((i) => i.text) ?? [];
    expect(rows.some((r) => r.startsWith('**26 February 2025** —'))).toBe(true);
    expect(
      misdating('26 February 2025', 'Parcelo said that it would review its operating model', [
        'On 26 February, Parcelo said that it would review its operating model in Aldmark.',
      ]),
    ).toBeUndefined();
    expect(
      misdating('26 February 2024', 'Parcelo said it would review its model', [
        'On 26 February 2025, Parcelo said it would review its model.',
      ]),
    ).toBeDefined();
  });
});

describe('counts without their noun', () => {
  it('are no title shape', () => {
    for (const title of ['A three-bedroom house needs two', 'Tavaria could expect to keep one'])
      expect(wellShaped(title, `${title}.`, lexiconOf(`${title}.`)), title).toBe(false);
    const whole = 'A three-bedroom house needs two spaces';
    expect(wellShaped(whole, `${whole}.`, lexiconOf(`${whole}.`))).toBe(true);
  });
});

describe('a contrast that is the point', () => {
  const text =
    'Our short answer: the grant deals with the cost of buying a heat pump, but not with the cost of running one.';

  it('is not cut off at ", but not …"', () => {
    expect(cutsMeaning('The grant deals with the cost of buying a heat pump', text, lexiconOf(text))).toBe(
      true,
    );
  });

  it("loses the cue that announces it, not the point ('Our short answer:')", () => {
    const { ctx, s } = sentenceIn(article([text, ...BODY], 'Heat pump grants'), 'Our short answer');
    expect(ctx.bulletText(s)).toMatch(/^The grant deals with/);
  });
});

describe('rows and titles that stop where the point begins', () => {
  it('puts no row on the timeline that only announces a quotation', () => {
    const { ctx } = sentenceIn(
      article(
        [
          'The council published the tender on 14 July 2022, and bids closed on 11 August 2022.',
          'The declaration Pryce-Wallace signed on 1 August 2022, a copy of which the Ledger has obtained, reads in full: "No conflicts to declare in relation to any bidder."',
          'The cabinet approved the award to Tallis on 19 September 2022.',
          'The matter was referred to Kerrow Police in October 2024.',
        ],
        'The meter contract',
      ),
      'The declaration',
    );
    for (const item of timelineSlide(ctx)?.items ?? []) expect(item.text).not.toMatch(/reads in full$/);
  });

  it('does not cut a verb from where it puts its object', () => {
    const text = 'Westmoor Water puts about 730 million litres of treated water into its network every day.';
    expect(leadingClause(text, text, lexiconOf(text), 10) ?? '').not.toMatch(/treated water$/);
  });
});

describe('what completes a clause', () => {
  const cut = (text: string, words: number) => leadingClause(text, text, lexiconOf(text), words) ?? '';

  it('keeps a particle, the second end of a range and what "worth" is worth', () => {
    expect(
      cut('Surplus capacity does what it always does: it pushes prices down for everyone.', 8),
    ).not.toMatch(/prices$/);
    expect(cut('Median pipeline time fell from 31 minutes to 12 minutes over the year.', 6)).not.toMatch(
      /31 minutes$/,
    );
    const worth = 'Tuition fees are only worth paying if the course leads to a job.';
    expect(isComplete('Tuition fees are only worth', lexiconOf(worth))).toBe(false);
  });

  it('cuts after a place that is no range ("far from cane fields")', () => {
    const text = 'The same pattern is emerging far from cane fields, and doctors are worried about it.';
    expect(cut(text, 10)).toBe('The same pattern is emerging far from cane fields');
  });
});

describe('label titles within the check', () => {
  it('name no subject that would take the title past ten words', () => {
    const text = 'Doctors in the sugar-cane regions of Central America first noticed the pattern.';
    const title = fallbackTitle('What set it off', [{ text, lexicon: lexiconOf(text) }], new Set());
    expect(title.split(/[\s-]+/).length).toBeLessThanOrEqual(10);
  });
});

describe('what a sentence only announces', () => {
  const wire = article(
    [
      "VELSBURG, 3 March (Northline) - Lusmark's centre-right Civic Union won the most seats in Sunday's parliamentary election, but the result is better read as a revolt by rural and small-town voters against the cost of driving than as a national turn to the right, analysts said on Monday.",
      'Prime Minister Mattias Vireo conceded shortly after midnight. Addressing supporters in Velsburg, he said: "We asked people in the countryside to carry too much of the cost of the transition, and we did not listen when they told us. That is on me."',
      'For the other parties, the lesson is already being drawn. Every party will be working out how to price carbon without pricing out the countryside.',
    ],
    'Lusmark votes',
  );

  it('is no cut of the reading it announces ("the result is better read | as a revolt …")', () => {
    const text = wire.paragraphs[0] ?? '';
    expect(cutsMeaning('the result is better read', text, lexiconOf(text))).toBe(true);
  });

  it('makes no bullet of the words that announce a quotation: the quotation is the bullet, to its first clause', () => {
    const { ctx, s } = sentenceIn(wire, 'Addressing supporters');
    expect(ctx.bulletText(s)).toBe(
      'Vireo: "We asked people in the countryside to carry too much of the cost of the transition"',
    );
  });

  it('takes "the lesson is already being drawn" for no statement of the thesis', () => {
    const { ctx, s } = sentenceIn(wire, 'For the other parties');
    expect(statesThesis(s, ctx.byRef)).toBe(false);
  });
});

describe('a signpost to the thesis', () => {
  it('reads "So here, at the end, is my argument" as announcing the next sentence', () => {
    const source = article(
      [
        'My grandfather planted the first apple trees on our land in 1958, above a river that never once ran dry.',
        'So here, at the end, is my argument, and I have tried to earn it. The Tarrow does not have a storage problem. It has a promises problem.',
      ],
      'AN OPEN LETTER TO THE MEMBERS OF THE TARROW BASIN WATER BOARD',
    );
    const { ctx, s } = sentenceIn(source, 'The Tarrow does not');
    expect(statesThesis(s, ctx.byRef)).toBe(true);
  });
});

describe('how a denied act is done', () => {
  const quote = 'We cannot staff a unit safely when it delivers fewer than one baby a day';
  it('is not cut off ("cannot staff a unit | safely"), and ends a title before a subordinate clause', () => {
    expect(cutsMeaning('We cannot staff a unit', quote, lexiconOf(quote))).toBe(true);
    expect(leadingClause(quote, quote, lexiconOf(quote), 9)).toBe('We cannot staff a unit safely');
  });

  it('reads a quotation closed by its verb and speaker as a whole clause', () => {
    const text = '"An hour is a long time when a baby is coming early," warned Delgado';
    expect(isComplete(text, lexiconOf(text))).toBe(true);
    const says = 'The display says "Due"';
    expect(isComplete(says, lexiconOf(says))).toBe(false);
  });
});

describe('a writer who says what they conclude', () => {
  it('reads "my conclusion is simple:" as stating the thesis', () => {
    const source = article(
      [
        'I have spent three weeks talking to farmers and millers, and my conclusion is simple: the ban will barely move the price of bread at home.',
        'Millers in Selmar cannot stop baking for six months.',
      ],
      'THE GRANARY LETTER',
    );
    const { ctx, s } = sentenceIn(source, 'I have spent three weeks');
    expect(statesThesis(s, ctx.byRef)).toBe(true);
  });

  it('states on the bottom line what follows the colon, not the sentence that announces it', () => {
    const paragraphs = [
      'A longer issue than usual this week, because there is really only one story.',
      'I have spent three weeks talking to farmers and millers, and my conclusion is simple: the ban will barely move the price of bread at home, and it will take a large bite out of farm incomes.',
      'Millers in Selmar cannot stop baking for six months, so they will buy what grain there is.',
      'Last week the same grade was trading at $214 a tonne in the port.',
    ];
    const source = article(paragraphs, 'THE GRANARY LETTER');
    const slide = bottomLine(contextOf(source));
    expect(slide.title).toBe('Bottom line: Ban will barely move price of bread');
    // The title states the conclusion: no bullet says it again, nor the sentence that announced it.
    const items = slide.items.map((i) => i.text).join(' | ');
    expect(items).not.toMatch(/ban will barely move|I have spent three weeks/i);
  });
});

describe('a headline that only names its topic', () => {
  const bottomTitle = (headline: string, paragraphs: string[], standfirst?: string) => {
    const source = article(paragraphs, headline);
    if (standfirst) source.standfirst = standfirst;
    return bottomOf(source).title;
  };

  it('never titles the bottom line: a place named part by part, nouns after a colon, a guide "explained"', () => {
    const body = [
      'Three weeks after the Lenavi River burst its banks, the emergency in Sumbara District has changed character.',
      'Our assessment is that the district faces a serious risk of a cholera outbreak before the rains in mid-March.',
      'Latrines in the Mareth Junction sites serve 71 people each, against a standard of 20.',
      'The council promised franchising would restore services, and delivery has lagged behind the promises.',
    ];
    for (const headline of [
      'Lenavi River Floods, Sumbara District, Tavoria',
      'Rural bus franchising: promises and delivery',
      'Working Household Credit: the 13-week earnings run-on explained',
    ])
      expect(bottomTitle(headline, body), headline).not.toContain(headline.split(/[:,]/)[0]);
  });

  it('still titles it when it states a point', () => {
    expect(
      bottomTitle('Cities should charge drivers by the kilometre', [
        'Fuel duty is disappearing as cars go electric, and the roads still need paying for.',
        'A charge by the kilometre would raise the same money and could vary with congestion.',
      ]),
    ).toMatch(/Cities should charge drivers by the kilometre/);
  });
});

describe('a conclusion that holds its condition', () => {
  it('is never titled without it ("Without …, we conclude that …")', () => {
    const text =
      'Without a multi-year, ring-fenced funding settlement, we conclude that the Act will widen the gap between urban and rural services rather than close it.';
    const { ctx, s } = sentenceIn(
      article(
        ['The Act gave councils the power to franchise rural buses in 2024.', text],
        'Rural bus franchising',
      ),
      'Without a multi-year',
    );
    expect(ctx.headlineTitle(s, 10, [], true) ?? '').not.toMatch(/^The Act will widen/);
  });

  it('"The argument of this piece is that …" announces the thesis, whole to its understood verb', () => {
    const source = article(
      [
        'Castlebrook conceded 31 goals from high turnovers this season, against 14 last season.',
        "The argument of this piece is that Castlebrook's press failed because of a structural gap that opened when the club sold its fastest centre-back and kept playing as if it had not.",
        'The front five are pressing as hard as they did last season.',
      ],
      "Why Castlebrook's press collapsed – and why it wasn't the legs",
    );
    source.standfirst =
      "The numbers say Castlebrook Athletic's players are running as much as ever. The problem is where they are running from.";
    const bottom = bottomOf(source);
    expect(bottom.items.map((i) => i.text).join('\n')).toMatch(
      /^Castlebrook's press failed because of a structural gap/m,
    );
    // "… players are running" without "as much as ever" says the opposite of the standfirst.
    expect(bottom.title).not.toMatch(/are running$/);
    expect(
      isComplete('The press failed as if it had not.', lexiconOf('The press failed as if it had not.')),
    ).toBe(true);
    expect(isComplete('Ministers have not', lexiconOf('Ministers have not been told.'))).toBe(false);
  });
});

describe('a thesis the writer announces as arguing the opposite', () => {
  it('reaches the bottom line without the frame it opens on, and no cut keeps the frame alone', () => {
    const thesis =
      'Judged by what happened to the people who worked the quays over the following decade, the strike of 1924 was not a defeat at all.';
    const source = article(
      [
        'For most of the last century the Grellmouth dock strike has been told as a tragedy. The standard account treats it as the last gasp of the militant waterfront. I want to argue the opposite. ' +
          thesis +
          ' It was the opening move of a campaign that the dockers won by 1931.',
        'The strike began on 4 March 1924, when the Harbour Board cut the day rate to nine shillings and sixpence.',
        'On 2 February 1931 the Harbour Board adopted the Dock Labour Registration Scheme.',
        'The men who walked back through the gates in May 1924 did so on nine shillings and sixpence.',
      ],
      'The long victory: rethinking the Grellmouth dock strike of 1924',
    );
    expect(bottomOf(source).items[0]?.text).toBe('The strike of 1924 was not a defeat at all');
    expect(compressionCandidates(thesis, { lexicon: lexiconOf(thesis), maxWords: 14 })).not.toContain(
      'Judged by what happened to the people who worked the quays',
    );
  });
});
