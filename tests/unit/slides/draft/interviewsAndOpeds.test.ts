import { describe, expect, it } from 'vitest';
import { article, bottomOf, contextOf } from '../../../helpers/draftContext';
import { analyzeArticle } from '../../../../slides/analyze/analyze';
import { interviewShape } from '../../../../slides/analyze/interview';
import { draftDeck } from '../../../../slides/draft';
import { parseDeck } from '../../../../slides/format/parse';
import type { ImportedArticle } from '../../../../slides/import/types';

/**
 * A question-and-answer interview whose answers carry no label: the interviewee is the person its introduction
 * names, not a group whose name ends on the country's ("Clear Tariffs Ostravia"); the writer's closing paragraph,
 * after the last answer, is the writer's; the interview's editing note is no content; and a headline that quotes
 * her in single marks is never reworded. Then an op-ed: its headline's recommendation titles the bottom line
 * without the option it rejects, "What I have learned … is that …" states its thesis, and a slide about a case
 * is titled by what the case showed, not by the sentence that names it.
 */

const Q_AND_A: ImportedArticle = {
  title: "'The waiting list is a raffle with a queue': Ostravia's water regulator on new connections",
  standfirst:
    'The head of the Ostravian Water Authority explains why she is ending first-come, first-served.',
  format: 'md',
  warnings: [],
  paragraphs: [
    'Marta Kellenbrook-Dey, director of the Ostravian Water Authority, believes the country cannot house its growing towns unless it ends the rule that connects new estates in the order they applied. Tomas Fairhurst spoke to her in Velden on 12 March. The conversation has been edited for length and clarity.',
    'How long is the list today?',
    'It holds 2,300 applications, covering about 410,000 planned homes. Our network could connect perhaps a quarter of them in the next ten years. A list that rewards whoever applied first is not a list, it is a raffle with a queue.',
    'How much of it is real?',
    'Less than anyone would like. Our review in January went through every application, and 40 percent of the estates had no planning consent at all. Under the current rules a place on the list costs 500 crowns, and people trade those places.',
    'What changes in September?',
    'From September an estate must show planning consent within a year or lose its place. We will assess applications twice a year, and the ones that are ready will connect first.',
    'Consumer groups say households will pay for the new mains. Clear Tariffs Ostravia wants builders to pay more. Why not?',
    'Builders will pay more than they do now: the new deposit is real money. But the trunk mains serve everyone, and I would rather explain 12 crowns a year on a bill than explain why towns cannot grow.',
    'Reached after the interview, Ines Moravec of Clear Tariffs Ostravia was unconvinced. "Households are being asked to pay for a list the builders created," she said. Clear Tariffs Ostravia will ask the authority to cap the household share at half when charges are reviewed in 2026.',
  ],
};

describe('an interview with unlabelled answers', () => {
  it("names the interviewee its introduction names, never the group with the country's name", () => {
    const deck = draftDeck(Q_AND_A).text;
    expect(deck).toMatch(/Kellenbrook-Dey: /);
    expect(deck).not.toMatch(/^- Ostravia: /m);
    expect(deck).not.toMatch(/Kellenbrook-Dey: Clear Tariffs/);
  });

  it("reads a group named for its country as a group, not a person's surname", () => {
    const kinds = new Map(analyzeArticle(Q_AND_A).entities.map((e) => [e.name, e.kind]));
    expect(kinds.get('Clear Tariffs Ostravia')).not.toBe('person');
  });

  it("ends the answers where the writer's closing paragraph reports a view with its verb of saying", () => {
    const shape = interviewShape(Q_AND_A.paragraphs);
    expect(shape?.answers.has(8)).toBe(true);
    expect(shape?.answers.has(9)).toBe(false);
  });

  it("keeps the interview's setting ('… spoke to her in Velden on 12 March') off the slides", () => {
    const ctx = contextOf(Q_AND_A);
    const setting = ctx.analysis.sentences.find((s) => s.text.startsWith('Tomas Fairhurst spoke to her'));
    expect(setting && ctx.silent.has(setting.ref)).toBe(true);
  });

  it("titles its bottom line from neither a piece of the headline's quotation nor a cut that leaves 'it' pointing nowhere", () => {
    const title = bottomOf({
      ...Q_AND_A,
      standfirst:
        'The head of the Ostravian Water Authority explains why she is ending first-come, first-served, and why households will pay for it.',
    }).title;
    expect(title).not.toMatch(/pay for it$/);
    expect(title).not.toMatch(/waiting list is a raffle/i);
  });

  it('drops the editing note and never rewords the quotation its headline gives', () => {
    const deck = draftDeck(Q_AND_A).text;
    expect(deck).not.toMatch(/edited for length/);
    expect(deck).not.toMatch(/raffle with queue/);
  });
});

const OPED = article(
  [
    'I have spent twelve years counting passengers at tram stops and bus shelters in Harwick, and one pattern has never changed.',
    'The council votes on 3 June on how to connect the Millbeck estate, home to 19,000 people, to the city centre. There are two options: a 5.1km extension of tram Line 1 at a cost of £298 million, or a rapid bus route for £96 million.',
    'The case for the bus has been made well. "We can have buses running in two years for a third of the price," said Councillor Ruth Amadi, who chairs the transport committee.',
    'The first experiment was Line 4. In 2015 it replaced bus route 22 along almost the same corridor. Weekday ridership on the corridor rose from 7,200 to 12,900 within two years, an increase of 79%. Most of the new riders had never used the bus.',
    'The second experiment was the Fastway, a bus upgrade on Orchard Road that opened in 2018 with bus lanes and new shelters. Ridership rose 9% in the first year, then fell back when the lanes were cut to peak hours in 2021.',
    'What I have learned from twelve years with a clipboard is that transport investment is a signal as much as a service. A tram tells 19,000 people that the city has decided they are worth a permanent connection.',
    'On 3 June the council should vote for the Line 1 extension and stop treating the cheapest option as the prudent one.',
  ],
  'Harwick should build the tram to Millbeck, not settle for a bus promise',
);

describe('an op-ed', () => {
  it("titles its bottom line with the headline's recommendation, without the option it rejects", () => {
    expect(bottomOf(OPED).title).toBe('Bottom line: Harwick should build the tram to Millbeck');
  });

  it('reads "What I have learned … is that …" as its stated thesis, said without the lead-in', () => {
    const said = bottomOf(OPED).items.map((item) => item.text);
    expect(said).toContain('Transport investment is a signal as much as a service');
  });

  it('titles a case by what it showed, not by the sentence that names it', () => {
    const { deck } = parseDeck(draftDeck(OPED).text);
    const titles = deck.slides.map((slide) => /^## (.*)$/m.exec(slide.body)?.[1]);
    expect(titles).not.toContain('The first experiment was Line 4');
    expect(titles).toContain('Weekday ridership on the corridor rose 79% within two years');
  });

  it('keeps "rests on gas, not goodwill" whole: a contrast of things is the point', () => {
    const headline = article(OPED.paragraphs, 'Why the Harwick–Millbeck deal rests on gas, not goodwill');
    expect(bottomOf(headline).title).not.toBe('Bottom line: Harwick–Millbeck deal rests on gas');
  });
});

describe('a standfirst that concedes before it turns', () => {
  it('gives no bottom-line bullet from the concession', () => {
    const conceding = {
      ...OPED,
      title: 'The tram is the bargain',
      standfirst: 'A rapid bus is cheaper on paper. Twelve years of counting passengers say otherwise.',
    };
    const said = bottomOf(conceding).items.map((item) => item.text);
    expect(said).not.toContain('A rapid bus is cheaper on paper');
  });
});

describe('a debate whose importer took one side’s writer for the author', () => {
  it("still credits that side's claims to its writer", () => {
    const debate: ImportedArticle = {
      title: 'Should Harrowby run until 2035?',
      author: 'Tobias Quarrie',
      format: 'md',
      warnings: [],
      paragraphs: [
        'The case for',
        'By Ilse Varnholt',
        'The most reliable low-carbon power station we have is already built and already connected to the grid. Closing it in 2027 would add about 4.2 million tonnes of carbon dioxide a year to power-sector emissions.',
        'The guaranteed price of £61 per megawatt hour is cheaper than electricity from a new gas plant, at about £85.',
        'The case against',
        'By Tobias Quarrie',
        'The problem is the graphite. At the last inspection engineers counted 412 cracks in the core of reactor 2, up from 260 in 2021.',
        'The offshore wind auction held in August 2025 cleared at £58 per megawatt hour, below the price the station wants.',
      ],
    };
    const deck = draftDeck(debate).text;
    expect(deck).toMatch(/^## Quarrie: the problem is the graphite$/m);
    expect(deck).not.toMatch(/^## The problem is the graphite$/m);
  });
});
