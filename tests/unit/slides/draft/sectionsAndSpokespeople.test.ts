import { describe, expect, it } from 'vitest';
import { article, bottomOf, contextOf, sentenceIn } from '../../../helpers/draftContext';
import { cutsMeaning } from '../../../../slides/draft/titleShape';
import { lexiconOf } from '../../../../slides/draft/clauses';
import { compressSentence } from '../../../../slides/draft/compress';
import { introducedQuote } from '../../../../slides/draft/speakers';
import { outlookSlide } from '../../../../slides/draft/sections/outlook';
import { findFigures } from '../../../../slides/analyze/figures';
import { dropAsides } from '../../../../slides/draft/headline';

describe('a title cut inside a compound', () => {
  it('is refused where a suspended hyphen waits for its noun ("16- and 17-year-olds")', () => {
    const source =
      "The pilot's exit survey found that 16- and 17-year-olds were just as likely as older voters to say they had compared candidates' positions before voting.";
    expect(cutsMeaning("The pilot's exit survey found 16", source, lexiconOf(source))).toBe(true);
  });
});

describe("a section's heading as its slide's title", () => {
  const source = article(
    [
      'Where the fall came from',
      'In April 2025 the department ordered every health board to check whether the patients on its list still needed treatment.',
      'Is the 40,000 figure right?',
      'On the face of it the official series shows 612,400 people waiting at the end of January 2025 and 572,200 a year later.',
      '"They are not mature enough"',
      'This is the objection heard most often, usually from people who have not looked at the pilot towns.',
    ],
    'Hospital waiting lists: the minister’s claim checked',
  );
  const heading = (text: string) => {
    const ctx = contextOf(source);
    const s = ctx.analysis.sentences.find((x) => x.text.startsWith(text));
    return { ctx, s };
  };

  it('takes a question heading, once', () => {
    const { ctx, s } = heading('Is the 40,000');
    expect(ctx.headingLabel(s)).toBe('Is the 40,000 figure right?');
    expect(ctx.headingLabel(s)).toBeUndefined();
  });

  it('refuses a heading the briefing check reads as cut off, and a quotation with no speaker', () => {
    const where = heading('Where the fall');
    expect(where.ctx.headingLabel(where.s)).toBeUndefined();
    const quoted = heading('"They are not');
    expect(quoted.ctx.headingLabel(quoted.s)).toBeUndefined();
  });
});

describe('who speaks, and in whose words', () => {
  it('names the spokesperson by the name the sentence gives, quotation and all', () => {
    const source = article(
      [
        'The conservation group Friends of the Strait argued that dredging would smother the eelgrass meadows.',
        'Its spokesperson, Lene Varga, called the mitigation package "a sticking plaster on an open wound".',
      ],
      'The Carrow Link',
    );
    const { ctx, s } = sentenceIn(source, 'Its spokesperson');
    expect(ctx.bulletText(s)).toBe(
      'Lene Varga called the mitigation package "a sticking plaster on an open wound"',
    );
  });

  it("gives an organisation or a person's spokesperson the words a spokesperson says for them", () => {
    const source = article(
      [
        'The developer says the new quarter will revive the town centre.',
        'A spokesperson for Harlow & Pine said the Kelsall Quarter would "bring hundreds of new residents into the heart of the town".',
        'A spokesperson for Mr Okonkwo-Reyes said the minister "was quoting official statistics accurately".',
      ],
      'The market moves',
    );
    const firm = sentenceIn(source, 'A spokesperson for Harlow');
    expect(firm.ctx.speaker(firm.s)).toBe('Harlow & Pine');
    const office = sentenceIn(source, 'A spokesperson for Mr');
    expect(office.ctx.speaker(office.s)).toBe("Okonkwo-Reyes's spokesperson");
  });

  it('reads a quotation a colon introduces that runs on into the next sentence', () => {
    expect(
      introducedQuote(
        'Its chief executive, Denise Harlow, told officials: "Visitors do not sleep in policy papers.',
      ),
    ).toBe('Visitors do not sleep in policy papers');
  });
});

describe('a leading clause that holds a series', () => {
  it("is dropped whole, not at the series' first comma", () => {
    expect(
      compressSentence(
        'When Ashcombe moved its library into a shared building with a health clinic, a jobs advice desk and council services in 2021, visits rose by 35 per cent in the first two years and the council saved money on running two buildings.',
        { maxWords: 12 },
      ),
    ).toMatch(/^Visits rose by 35 per cent/);
  });

  it('is never said alone in the notes', () => {
    const source = article(
      [
        'Three governments bet on home-grown battery cells, and the bet is not paying off.',
        'When the prime ministers of Sweden, Norway and Finland signed the Lulea Compact in March 2022, they promised that by the end of the decade one in three electric cars sold in Europe would run on cells made between the Baltic and the Arctic Circle.',
      ],
      'The Nordic battery bet',
    );
    const { ctx, s } = sentenceIn(source, 'When the prime ministers');
    expect(ctx.spoken(s, 20)).not.toMatch(/March 2022\.$/);
  });
});

describe('what to watch', () => {
  it('says what comes next from the end of the article, not a verdict from its opening', () => {
    const source = article(
      [
        'The council wants to move the market to a new covered site by April, and the traders are split.',
        'In short, the move is the right one for the town.',
        'The market has lost a third of its stalls since 2015, and footfall has fallen every year.',
        'The new site at Canal Basin has a roof, parking and a bus stop at its gate.',
        'Traders will be offered pitches at half the current rent for the first two years.',
        'Some traders say their older customers will not make the walk.',
        'The council has promised a free shuttle bus on market days for the first year.',
        'The cabinet will vote on the final plan next month, and the move will begin in April.',
        "Whether the shoppers follow will decide the market's future.",
      ],
      'The market moves',
    );
    const slide = outlookSlide(contextOf(source));
    expect(slide?.sources).toContain('p8.s1');
    expect(slide?.sources).not.toContain('p2.s1');
  });
});

describe('the bottom line', () => {
  it('states what a "why" headline asks about', () => {
    const source = {
      ...article(
        [
          'A failed transformer at the Kells Road substation started the cascade shortly after 4pm on Tuesday.',
          'The network had only three substations feeding the city, so the loss of one overloaded the other two.',
          'A 2019 review recommended a fourth connection, but only a quarter of the upgrade has been built.',
          'The operator says it prioritised other parts of the network, and the regulator has ordered an inquiry.',
        ],
        'Why Port Mellan went dark for 19 hours, and could it happen again?',
      ),
    };
    expect(bottomOf(source).title).toBe('Bottom line: Port Mellan went dark for 19 hours');
  });

  it('never takes a closing quotation for the point of a feature', () => {
    const source = article(
      [
        'On Sunday morning a two-carriage train pulled out of Holloway Junction towards Marlstone for the first time in nine years and nine months.',
        'The campaigners are not disbanding. Back on Track Tallow now wants a half-hourly service and a new station at the Kestle University campus, which it argues could add 200,000 journeys a year.',
        'Ada Oduya, who campaigned for the line, has heard promises before. But on Sunday afternoon she finally rode the train, sitting by the window as it crossed the new viaduct above the ruined cutting.',
        '"It\'s a lovely bridge," she said. "I just wish it hadn\'t taken my granddaughter\'s whole life to build it."',
      ],
      'Nine years, two landslips and £214 million: the long road back for the Tallow Valley line',
    );
    expect(bottomOf(source).title).not.toMatch(/lovely bridge/);
  });

  it('reads "My argument, which took me two years to reach, is this:" as the thesis', () => {
    const source = article(
      [
        'The repair café opens every Saturday in the parish hall, and the queue starts before nine.',
        'Its volunteers have looked at 6,240 items and fixed 3,870 of them since 2014.',
        'The council measures its success by the tonnes it recycles, and its rate has risen every year.',
        'My argument, which took me two years of Saturdays to reach, is this: we should judge goods by how long they last.',
        'On my last visit a couple brought in a drill, and the battery was a standard size.',
      ],
      "The Mender's Ledger",
    );
    const slide = bottomOf(source);
    expect(JSON.stringify(slide)).toMatch(/judge goods by how long they last/i);
  });
});

describe('a title that points back', () => {
  it('is refused with its object a pronoun before a second verb ("abandon it and carry …")', () => {
    const source = article(
      [
        'The line closed in 2016 when a landslip buried the cutting south of Ashby Mill.',
        'The alternative was to abandon it and carry the line over the unstable ground on a new 340-metre viaduct.',
      ],
      'The long road back for the Tallow Valley line',
    );
    const { ctx, s } = sentenceIn(source, 'The alternative');
    expect(ctx.pointTitle('judgment', [s])).not.toMatch(/\bit and\b/);
  });
});

describe('a relative aside inside a quotation', () => {
  it('is never dropped past the closing quotation mark and the speaker after it', () => {
    const cut = compressSentence(
      '"Our protection systems did exactly what they are designed to do, which is to protect the equipment so we can bring it back," Mellan Grid\'s chief executive, Darius Okonjo, said at a press conference on Wednesday morning.',
      { maxWords: 16 },
    );
    expect(cut).not.toMatch(/designed to do said/);
  });
});

describe("a person's name in a title", () => {
  it('is the surname, as headlines name people, whichever rule shaped the title', () => {
    const source = article(
      [
        'Daniel Okonkwo-Reyes says waiting lists fell by 40,000 in a year, and the arithmetic is right.',
        "During a televised debate on Channel 9's Sunday Forum on 4 March 2026, Health Minister Daniel Okonkwo-Reyes was challenged about hospital performance ahead of the May elections.",
      ],
      'Did Westmarch cut hospital waiting lists by 40,000?',
    );
    const { ctx, s } = sentenceIn(source, 'During a televised');
    const title = ctx.pointTitle('judgment', [s]);
    expect(title).toMatch(/Okonkwo-Reyes/);
    expect(title).not.toMatch(/Daniel/);
  });
});

describe("a recommendation's title", () => {
  const source = article(
    [
      'The buyback pays for water rights that were never used, and leaves the pumping unchanged.',
      'First, the state should publish the list of rights with no recorded use in the past five years.',
      'Second, build a standing leasing market on the Dunmore model, open to every metered user, with the state as a buyer of last resort in dry years.',
      'Where a holder can show a genuine plan to use the water within three years, the right should be kept; where they cannot, it should lapse.',
    ],
    'Sorrel Basin buyback will buy paper, not water',
  );

  it('leaves out the ordinal that placed it in a list', () => {
    const { ctx, s } = sentenceIn(source, 'Second, build');
    expect(ctx.pointTitle('judgment', [s])).toMatch(/^Build a standing leasing market/);
  });

  it('is never the subordinate clause alone ("Where holder can show genuine plan to use water")', () => {
    const { ctx, s } = sentenceIn(source, 'Where a holder');
    expect(ctx.pointTitle('judgment', [s])).not.toMatch(/^Where\b/);
  });
});

describe("a cut before a list's last item", () => {
  it('is refused after a colon, and between clauses a bare comma joins', () => {
    const theory =
      'The theory is simple: fewer rights, less pumping and diverting, more water left in the river.';
    expect(cutsMeaning('The theory is simple: fewer rights', theory, lexiconOf(theory))).toBe(true);
    const stalled =
      'Vasquez is 67, nobody has offered to buy the business, and the numbers, he says, stopped adding up years ago.';
    expect(
      cutsMeaning('Vasquez is 67, nobody has offered to buy the business', stalled, lexiconOf(stalled)),
    ).toBe(true);
  });
});

describe("a figure's source", () => {
  it('is whoever its own phrase says put it forward, not the speaker of the sentence', () => {
    const figures = findFigures(
      'Gross domestic product fell 0.4% in the third quarter, the National Statistics Office (NSO) said, worse than the 0.1% decline forecast by economists polled by the Ledger.',
      'p2.s1',
    );
    expect(figures.find((f) => f.text === '0.1%')?.source).toBe('economists polled by the Ledger');
    expect(figures.find((f) => f.text === '0.4%')?.source).toMatch(/National Statistics Office/);
  });
});

describe('a title that quotes', () => {
  it('names its speaker first ("Mendonça: "…"")', () => {
    const source = article(
      [
        'Attention turns to the central bank, whose policymakers split at their October meeting.',
        '"The case for easing has become overwhelming," said Ana Mendonça, chief economist at Banco do Sul.',
      ],
      'Tavora slips into recession',
    );
    const { ctx, s } = sentenceIn(source, '"The case');
    expect(ctx.pointTitle('judgment', [s])).toMatch(/^Mendonça: "/);
  });
});

describe('a sequence of steps', () => {
  it('keeps its "then …" steps between commas: they are no asides', () => {
    const text = 'A flag turns on for internal staff, then 1 percent of traffic, then 10, then everyone';
    expect(dropAsides(text, lexiconOf(text))).toContain('then 1 percent of traffic');
  });
});
