import { describe, expect, it } from 'vitest';
import { article, sentenceIn } from '../../../helpers/draftContext';
import { analyzeArticle } from '../../../../slides/analyze/analyze';
import { draftDeck } from '../../../../slides/draft';
import { lexiconOf } from '../../../../slides/draft/clauses';
import { compressSentence, compressionCandidates } from '../../../../slides/draft/compress';
import { PlanContext } from '../../../../slides/draft/planContext';
import { dropAsides } from '../../../../slides/draft/headline';
import { parseDeck } from '../../../../slides/format/parse';
import { argumentUnits } from '../../../../slides/draft/select';
import { findFigures } from '../../../../slides/analyze/figures';
import { actorsSlide } from '../../../../slides/draft/sections/actors';
import { cutsMainVerb, cutsMeaning, wellShaped } from '../../../../slides/draft/titleShape';
import { importHtml } from '../../../../slides/import/html';
import { boilerplateKind, stripBoilerplate } from '../../../../slides/import/boilerplate';
import { importMarkdown } from '../../../../slides/import/markdown';
import { importText } from '../../../../slides/import/plainText';

/**
 * A bullet is the lightest compression of its sentence that makes a sound bullet; the cuts that would change what
 * a sentence says are refused; a speaker called by title is named; wire credits and legal small print never
 * reach a slide.
 */

describe('a subject with an aside keeps its verb', () => {
  const report =
    'A preliminary report by the Danish Maritime Accident Board, published on Monday, concludes that the vessel should probably never have been at sea, and that warnings about its condition were ignored by several authorities across at least three countries.';

  it('drops the participle aside, not the verb after it', () => {
    const bullet = compressSentence(report, { lexicon: lexiconOf(report) });
    expect(bullet).toContain('concludes that the vessel should probably never have been at sea');
    expect(bullet).not.toContain('published on Monday');
  });

  it('refuses a cut that keeps the subject and its aside but not the verb after the comma', () => {
    const cost =
      'Our costed package of reforms, set out in the next section, would cost about €430 million a year once fully implemented in 2028.';
    const lexicon = lexiconOf(cost);
    expect(cutsMainVerb('Our costed package of reforms, set out in the next section', cost, lexicon)).toBe(
      true,
    );
    expect(
      cutsMainVerb('Our costed package of reforms would cost about €430 million a year', cost, lexicon),
    ).toBe(false);
  });
});

describe('cuts that change what a sentence says', () => {
  it('refuses an adjective cut from the noun it shares with another', () => {
    const wards =
      'In 2027 and 2028, the staffing standard should be extended to all acute medical and surgical wards, the board said.';
    const lexicon = lexiconOf(wards);
    expect(cutsMeaning('The staffing standard should be extended to all acute medical', wards, lexicon)).toBe(
      true,
    );
  });

  it('refuses a finding cut before what was found', () => {
    const study =
      'A 2022 study found that in rural counties that lost their obstetric services, births outside a hospital rose by roughly 4 percent.';
    const lexicon = lexiconOf(study);
    expect(
      cutsMeaning(
        'A 2022 study found that in rural counties that lost their obstetric services',
        study,
        lexicon,
      ),
    ).toBe(true);
    const workers =
      'The study found that workers who handle pesticides were twice as likely to show kidney injury.';
    expect(
      cutsMeaning(
        'The study found that workers who handle pesticides were twice as likely to show kidney injury',
        workers,
        lexiconOf(workers),
      ),
    ).toBe(false);
  });

  it('refuses a cut before the word that limits the claim', () => {
    const alone = "Brennick's tram was not built on paperwork alone.";
    expect(cutsMeaning("Brennick's tram was not built on paperwork", alone, lexiconOf(alone))).toBe(true);
  });

  it('refuses a span cut before the direction that makes it the point', () => {
    const rosters =
      "Every public hospital should be required to publish nurses' rosters at least six weeks in advance and to compensate staff for late changes.";
    const lexicon = lexiconOf(rosters);
    expect(
      cutsMeaning(
        "Every public hospital should be required to publish nurses' rosters at least six weeks",
        rosters,
        lexicon,
      ),
    ).toBe(true);
  });
});

describe('the bullet a sentence makes', () => {
  it('gives back what an over-eager cut lost, when the longer bullet is still short and whole', () => {
    const source = article(
      [
        'Fuel imports fell.',
        'Opposition parties attacked the plan, arguing that tightening the budget while the economy is shrinking risks deepening the downturn.',
        'The plan passed.',
      ],
      'Budget',
    );
    const { ctx, s } = sentenceIn(source, 'Opposition parties');
    const bullet = ctx.bulletText(s);
    // Every candidate only removes words from the sentence: the bullet is one of them, whole and short.
    expect(compressionCandidates(s.text, { lexicon: ctx.lex(s) })).toContain(bullet);
    expect(bullet).toBe(
      'Opposition parties attacked the plan, arguing that tightening the budget while the economy is shrinking risks deepening the downturn',
    );
    expect(ctx.longBullet(s)).toBe(false);
  });

  it('keeps a figure and its subject when only a shorter cut is sound', () => {
    const source = article(
      [
        'Rates are high.',
        'The National Bank of Poland has kept its main interest rate at 5.75 percent since October, when it cut by 25 basis points.',
      ],
      'Rates',
    );
    const { ctx, s } = sentenceIn(source, 'The National Bank');
    expect(ctx.bulletText(s)).toBe(
      'The National Bank of Poland has kept its main interest rate at 5.75 percent since October',
    );
  });

  it('offers no candidate that is a prepositional fragment whose verbs are a relative clause’s', () => {
    const source = article(
      [
        'Nurses are leaving.',
        'The problem is that too many of them leave: for other professions, for other countries, or for part-time work that their hospitals cannot make compatible with family life.',
      ],
      'Nurses',
    );
    const { ctx, s } = sentenceIn(source, 'The problem is');
    expect(ctx.bulletText(s)).not.toMatch(/^For /);
  });
});

describe('a finding credited to its document', () => {
  const source = article(
    [
      'The tanker ran aground in March.',
      'The investigators\' report, released on April 8, makes uncomfortable reading. The report says that the vessel\'s tracking system had been switched off for a total of 41 days during 2023. The report says the design "met the standards of its time but not the evidence now available".',
    ],
    'Tanker report',
  );

  it('is shown, the document named as who says so', () => {
    const { ctx, s } = sentenceIn(source, 'The report says that');
    expect(ctx.bulletText(s)).toMatch(/^The report says that/);
    expect(ctx.longBullet(s)).toBe(false);
  });

  it('is not enough for a quotation, which needs a person', () => {
    const { ctx, s } = sentenceIn(source, 'The report says the design');
    expect(ctx.longBullet(s)).toBe(true);
  });
});

describe('a speaker called by title', () => {
  it('is the person the article names with that title', () => {
    const source = article(
      [
        'Writing for the majority, Chief Justice Arvid Kjeldsen began with the data itself.',
        'The court held that consent obtained this way was neither informed nor freely given. "Consent is a choice," the Chief Justice wrote, "not a toll booth."',
      ],
      'Court rules on location data',
    );
    const { ctx, s } = sentenceIn(source, '"Consent is a choice,"');
    expect(ctx.speaker(s)).toBe('Kjeldsen');
    const people = ctx.analysis.entities.filter((e) => e.kind === 'person').map((e) => e.name);
    expect(people).toContain('Arvid Kjeldsen');
    expect(people).not.toContain('Chief Justice');
  });

  it('reads a company named with a business word as an organisation', () => {
    const source = article(
      ['Brightline Telecom sold the data to brokers, and Brightline Telecom lost the case.'],
      'Court rules',
    );
    const kinds = analyzeArticle(source).entities.filter((e) => e.name === 'Brightline Telecom');
    expect(kinds.map((e) => e.kind)).toEqual(['organization']);
  });
});

describe('wire credits and legal small print', () => {
  it('are boilerplate', () => {
    expect(
      boilerplateKind(
        '(Reporting by Lotte Brink in Rotterdam; Additional reporting by Pieter Janssen; Editing by Tom Ashby)',
      ),
    ).toBe('agencyCredit');
    expect(boilerplateKind('((lotte.brink@wirenews.example; +31 10 555 0142))')).toBe('agencyCredit');
    expect(boilerplateKind('Our Standards: The Wire Trust Principles.')).toBe('agencyCredit');
    expect(boilerplateKind('Past performance is not a guide to future returns.')).toBe('legalNotice');
    // A body sentence that reports on a standards body is no credit.
    expect(
      boilerplateKind('Our standards are higher than the regulator demands, the chief executive said.'),
    ).toBe(undefined);
  });

  it('end the article at a disclosures heading', () => {
    const { kept } = stripBoilerplate([
      'Copper will be in deficit by 2026.',
      'We would use price weakness to build exposure.',
      'ANALYST CERTIFICATION AND IMPORTANT DISCLOSURES',
      'This report does not constitute an offer or solicitation to buy or sell any security.',
    ]);
    expect(kept).toEqual([
      'Copper will be in deficit by 2026.',
      'We would use price weakness to build exposure.',
    ]);
  });

  it('leave a wire story with its reporting intact', () => {
    const imported = importText(
      [
        'Dock strike enters 12th day',
        '',
        'ROTTERDAM, May 4 (Wire) - A strike by dockworkers entered its 12th day on Sunday with no sign of a settlement.',
        '',
        'About 4,200 workers walked out on April 23 after talks broke down over pay and automation.',
        '',
        '(Reporting by Lotte Brink in Rotterdam; Editing by Tom Ashby)',
        '',
        'Our Standards: The Wire Trust Principles.',
      ].join('\n'),
      { format: 'txt' },
    );
    const body = imported.paragraphs.join('\n');
    expect(body).toContain('About 4,200 workers walked out on April 23');
    expect(body).not.toMatch(/Reporting by|Our Standards/);
  });
});

describe('an italic byline under a Markdown headline', () => {
  it('is the byline, not the standfirst', () => {
    const imported = importMarkdown(
      [
        '# The Supreme Court just rewrote the rules on location data',
        '',
        '*By Annika Vesterholm, legal affairs correspondent · 14 March 2025*',
        '',
        'In a 5–2 decision handed down on Wednesday, the court ruled that operators may not sell location data.',
        '',
        'The judgment will force hundreds of companies to re-examine their business models.',
      ].join('\n'),
    );
    expect(imported.standfirst).toBeUndefined();
    expect(imported.author).toBe('Annika Vesterholm');
    expect(imported.paragraphs.join('\n')).not.toContain('legal affairs correspondent');
  });
});

describe('the bottom line of a headline', () => {
  it('reads a prefixed past form as the headline verb', () => {
    const source = article(
      [
        'In a 5–2 decision, the court ruled that operators may not sell location data without specific consent.',
        'Companies will have to rethink their business models.',
        'The case returns to the district court.',
      ],
      'The Supreme Court just rewrote the rules on location data. Here is what it means.',
    );
    expect(draftDeck(source).text).toMatch(
      /^## Bottom line: Supreme Court just rewrote rules on location data$/m,
    );
  });

  it('states the reason a headline gives after "and why"', () => {
    const source = {
      ...article(
        [
          'The tram did not succeed because the city dreamed bigger than others.',
          'A cross-party compact kept the budget safe through three changes of government.',
          'The city bought a catalogue tram rather than a bespoke one.',
        ],
        'The Boring Genius of the Brennick Tram',
      ),
      standfirst: 'How a mid-sized city got its trams back - and why the secret was paperwork, not vision',
    };
    expect(draftDeck(source).text).toMatch(/^## Bottom line: The secret was paperwork, not vision$/m);
  });
});

describe('what the notes say', () => {
  const source = article(
    [
      'Ridgeline will close the birthing unit on June 1, its executives said.',
      'A 2022 study by the Prairie Health Research Group found that in rural counties that lost their obstetric services, births outside a hospital rose by roughly 4 percent over the following five years and premature births rose as well.',
      '"People think of a maternity ward as a health service. Out here it is also an economic development service," said Dale Kessler, who farms 1,400 acres east of town.',
      'The board meets on April 17 to decide.',
    ],
    'Rural hospital to close birthing unit',
  );
  const notes = draftDeck(source)
    .text.split('\n')
    .filter((line) => !line.startsWith('¶'))
    .join('\n');

  it('never cut a sentence where the cut changes what it says', () => {
    expect(notes).not.toMatch(/obstetric services\.(?!")/);
    expect(notes).toContain('births outside a hospital rose by roughly 4 percent');
  });

  it('close the quotation a sentence opens', () => {
    for (const line of notes.split('\n').filter((l) => l.includes('maternity ward')))
      expect((line.match(/["“”]/g) ?? []).length % 2, line).toBe(0);
  });
});

describe("an essay's closing scene", () => {
  it('is not the bottom line: the concluding section is', () => {
    const source = article(
      [
        'Brennick rebuilt its tram network in the 2000s, and riders now take it for granted.',
        'The first attempt, launched in 1994, collapsed when its bespoke vehicle ran over budget.',
        'A cross-party compact in 2003 moved the tram out of day-to-day politics and protected its budget.',
        'The city then bought a catalogue tram rather than a bespoke one, and moved the pipes before laying track.',
        'The lesson',
        'What Brennick eventually found was something duller and rarer than vision: arrangements that let a long project outlive its founders.',
        'Back on Line 1, it is 6:40 a.m. and Sol Pereira\'s tram is crossing the river. "I suppose this is progress too," says Ada Linklater.',
      ],
      'The boring genius of the Brennick tram',
    );
    const bottom = draftDeck(source)
      .text.split('\n---\n')
      .find((slide) => slide.includes('## Bottom line'));
    expect(bottom).toBeDefined();
    const bullets = (bottom ?? '').split('\nNote:')[0] ?? '';
    // The title or a bullet states the concluding section's point.
    expect(bullets).toMatch(/outlive/);
    expect(bullets).not.toMatch(/6:40|Linklater/);
  });
});

describe('a wire story', () => {
  it("drops its dateline from the lede's bullet, and reads a past verb with an object as the lede's verb", () => {
    const lede =
      'ROTTERDAM, May 4 (Wire) - A strike by dockworkers entered its 12th day on Sunday, leaving an estimated 1.8 million tonnes of cargo stranded on quays and aboard ships and forcing carriers to reroute vessels to rival ports.';
    const lexicon = lexiconOf(lede);
    expect(compressSentence(lede, { lexicon })).toMatch(/^A strike by dockworkers entered its 12th day/);
    expect(cutsMainVerb('A strike by dockworkers entered its 12th day on Sunday', lede, lexicon)).toBe(false);
  });

  it('has its lede, not its closing background, on the bottom line', () => {
    const source = article(
      [
        'ROTTERDAM, May 4 (Wire) - A strike by dockworkers entered its 12th day on Sunday, leaving cargo stranded on quays.',
        'About 4,200 workers walked out on April 23 after talks broke down over pay and automation.',
        'Economists say the stoppage is beginning to weigh on the Dutch economy.',
        'The union has threatened to call on dockworkers in Amsterdam to hold solidarity stoppages.',
        'The last port-wide stoppage at Rotterdam, in 2008, lasted four days.',
      ],
      'Rotterdam dock strike enters 12th day as talks stall',
    );
    const bottom =
      draftDeck(source)
        .text.split('\n---\n')
        .find((slide) => slide.includes('## Bottom line')) ?? '';
    const bullets = bottom.split('\nNote:')[0] ?? '';
    expect(bullets).toContain('A strike by dockworkers entered its 12th day on Sunday');
    expect(bullets).not.toContain('lasted four days');
  });
});

describe('names with particles, and who acts', () => {
  const source = article(
    [
      'Infrastructure Minister Pieter van Dael said talks would resume on May 7.',
      '"The right to strike is a fundamental right," van Dael said in a televised interview. "But I will not stand by while the country\'s economic heart stops beating. Both sides need to understand that my patience is not unlimited."',
      'Nordvaart Container Lines said it had diverted 23 ships to Antwerp. Nordvaart Container Lines expects more diversions.',
      'Dutch flower exporters have so far been largely unaffected. Dutch ports lost 95 million euros a day, the Netherlands said.',
    ],
    'Dock strike',
  );

  it('keeps a surname particle in the name and the speaker label, outside the quotation marks', () => {
    const { ctx, s } = sentenceIn(source, '"But I will not');
    expect(ctx.speaker(s)).toBe('van Dael');
    expect(ctx.bulletText(s)).toBe(
      'van Dael: "But I will not stand by while the country\'s economic heart stops beating"',
    );
    const people = ctx.analysis.entities.filter((e) => e.kind === 'person').map((e) => e.name);
    expect(people).toContain('Pieter van Dael');
    expect(people).not.toContain('Nordvaart Container Lines');
  });

  it('refuses quoted words whose speaker cannot be named', () => {
    const anonymous = article(
      [
        'The minister spoke on Sunday.',
        'A spokesman gave no name. "But we will not stand by while the economy stops. Our patience is not unlimited."',
      ],
      'Strike',
    );
    const { ctx, s } = sentenceIn(anonymous, '"But we will not');
    expect(ctx.speaker(s)).toBeUndefined();
    expect(ctx.longBullet(s)).toBe(true);
  });

  it('does not make a country the actor of what its nationals do', () => {
    const strike = article(
      [
        'A strike by dockworkers at Rotterdam entered its 12th day on Sunday.',
        'Union chair Marijke Oosterhuis said members would stay out as long as it takes. Oosterhuis wants a 9% rise.',
        'Dutch flower exporters have so far been largely unaffected by the strike. The Netherlands is losing 95 million euros a day.',
        'Talks resume on May 7.',
      ],
      'Dock strike stalls Rotterdam',
    );
    const slide = actorsSlide(new PlanContext(strike, analyzeArticle(strike)));
    for (const item of slide?.items ?? [])
      expect(item.text).not.toMatch(/^\*\*Netherlands\*\* — flower exporters/);
  });
});

describe('a ruling drafted as a presenter would say it', () => {
  const ruling = article(
    [
      'In a 5–2 decision, the Supreme Court ruled that operators may not sell location data without specific consent.',
      'The court decided three questions, and the plaintiffs won on all three.',
      'First, location data that has been "pseudonymised" remains personal data under the Act if it can be linked back to an individual. Brightline had argued that because it removed names before passing data to brokers, the data was no longer personal.',
      'Second, consent hidden in general terms and conditions is not valid consent for selling location data.',
      'Third, customers whose data was shared unlawfully may claim compensation without having to prove financial loss.',
      'Writing for the majority, Chief Justice Arvid Kjeldsen began with the data itself. "Consent is a choice," the Chief Justice wrote, "not a toll booth." The majority also rejected the fallback argument.',
      'Data Protection Commissioner Henrik Aalto said the authority would act.',
    ],
    'Supreme Court rules on location data',
  );
  const text = draftDeck(ruling).text;

  it('puts the items of an enumeration in one argument unit', () => {
    const listed = article(
      [
        'The court ruled on Wednesday.',
        'The court decided three questions. The plaintiffs won on all three.',
        'First, pseudonymised location data remains personal data. Brightline had argued otherwise. The court disagreed.',
        'Second, consent hidden in general terms is not valid consent. A customer must be asked separately.',
        'Third, customers may claim compensation without proving financial loss. The court set a guideline figure.',
        'Companies will now have to rethink their business models. Several have already paused sales.',
        'The case returns to the district court.',
      ],
      'Ruling',
    );
    const units = argumentUnits(analyzeArticle(listed)).map((u) => u.sentences.map((x) => x.text).join(' '));
    const holding = units.find((u) => u.includes('First, pseudonymised'));
    expect(holding).toContain('Second, consent hidden');
    expect(holding).toContain('Third, customers may claim');
    expect(holding).not.toContain('Companies will now');
  });

  it('never titles a subject with a participle as if it were a clause', () => {
    const { ctx, s } = sentenceIn(ruling, 'Second, consent hidden');
    expect(cutsMainVerb('Consent hidden in general terms', s.text, ctx.lex(s))).toBe(true);
    expect(text).not.toMatch(/^## Consent hidden in general terms$/m);
  });

  it('refuses a reported clause cut inside its subordinate clause', () => {
    const { ctx, s } = sentenceIn(ruling, 'Brightline had argued');
    expect(cutsMeaning('Brightline argued because it removed names', s.text, ctx.lex(s))).toBe(true);
  });

  it('names the person a title stands for, keeps the quotation marks, and drops the title with the name', () => {
    expect(text).toContain('"Consent is a choice," Kjeldsen wrote, "not a toll booth"');
    expect(text).not.toMatch(/\bChief Kjeldsen\b|Data Protection Aalto/);
  });

  it('does not take "the majority" of a court for a figure', () => {
    const texts = (t: string) => findFigures(t, 'p1.s1').map((f) => f.text);
    expect(texts('The majority also rejected the fallback argument.')).toEqual([]);
    expect(texts('A majority of voters backed the plan.')).toEqual(['A majority']);
  });
});

describe('a stat item', () => {
  it('is not made of a label cut before what completes it', () => {
    const report = article(
      [
        'Drought has pushed food prices to record highs across the basin.',
        'Our research is based on interviews with more than 1,100 households between January and April.',
        'Donors should meet at least the 62% gap before the end of August.',
        'Maize prices rose 68% in a year, and sorghum prices rose 54%.',
        'Wages for casual farm labour fell by around 20% over the same period.',
        'About 2.3 million people are in crisis.',
      ],
      'Drought and food prices',
    );
    const items = draftDeck(report)
      .text.split('\n')
      .filter((line) => line.startsWith('- **'));
    for (const item of items) expect(item).not.toMatch(/between January —|before the end —/);
  });
});

describe("a slide's first bullet", () => {
  it('does not open on a pronoun when another bullet names its subject', () => {
    const strike = article(
      [
        'ROTTERDAM, May 4 (Wire) - A strike by dockworkers entered its 12th day on Sunday, leaving cargo stranded on quays.',
        'Economists say the stoppage is beginning to weigh on the Dutch economy. "This is not about a few euros more an hour," union chair Marijke Oosterhuis told reporters. Sanne Veldkamp, chief economist at Delfland Bank, estimated that the strike was costing the Netherlands about 95 million euros a day.',
        'The union has threatened to call on dockworkers in Amsterdam to hold solidarity stoppages.',
        'Talks resume on May 7.',
      ],
      'Rotterdam dock strike enters 12th day',
    );
    const { deck } = parseDeck(draftDeck(strike).text);
    for (const slide of deck.slides) {
      const first = slide.body.split('\n').find((line) => line.startsWith('- '));
      if (first) expect(first.slice(2), slide.body).not.toMatch(/^"?(?:This|These|It|They)\b/);
    }
  });
});

describe("an investigators' report", () => {
  const source = article(
    [
      'The tanker ran aground in March.',
      "The investigators' report, released on April 8, makes uncomfortable reading for regulators. It finds that the Kestrel Dawn had been inspected only once in the past four years, during a port call in Turkey in 2022, when inspectors recorded 17 deficiencies, including faults in its fire-fighting equipment and its emergency steering system.",
      "On March 8, Denmark's defence minister, Henrik Vestergaard, told parliament that the government would pursue every avenue.",
    ],
    'Tanker report',
  );

  it('is named for the finding an "It finds" sentence reports, and "once" counts, not conditions', () => {
    const { ctx, s } = sentenceIn(source, 'It finds');
    expect(ctx.bulletText(s)).toBe(
      // A ship's name is never cut to its last word, as a person's is.
      "The investigators' report finds that the Kestrel Dawn had been inspected only once in the past four years",
    );
    expect(ctx.longBullet(s)).toBe(false);
  });

  it('keeps the subject a name stands beside', () => {
    const text =
      "On March 8, Denmark's defence minister, Henrik Vestergaard, told parliament that the government would act";
    expect(dropAsides(text, lexiconOf(text))).toContain(
      "Denmark's defence minister, Henrik Vestergaard, told",
    );
  });
});

describe('more page furniture, and rows and titles that say one thing', () => {
  it('drops a follow-and-newsletter call, a live-update notice and a bio naming its beat', () => {
    expect(
      boilerplateKind(
        'Follow our economics coverage and get the Morning Markets newsletter: subscribe at the top of this page.',
      ),
    ).toBe('newsletter');
    expect(boilerplateKind('This story is being updated.')).toBe('liveUpdate');
    const imported = importText(
      [
        'Club bets its future on a new stadium',
        '',
        'By Callum Everard, Sport Business Correspondent',
        '',
        'Redmere will borrow 240 million pounds to build a 42,000-seat stadium, the club said on Monday.',
        '',
        'Fans have protested against the debt, which they say could sink the club if it is relegated.',
        '',
        'Callum Everard is Sport Business Correspondent. Email callum.everard@example.news',
      ].join('\n'),
      { format: 'txt' },
    );
    expect(imported.paragraphs.join('\n')).not.toContain('is Sport Business Correspondent');
  });

  it('takes the name from a byline of name, date and reading time', () => {
    const page =
      '<html><head><title>Fix the battery subsidy</title></head><body><article><h1>Fix the battery subsidy</h1><p class="byline">Dr Saskia Oberhauser · 11 February 2025 · 9 min read</p>' +
      '<p>Aldmark pays battery owners for megawatts installed, not for the hours when the grid needs them most, and that design wastes public money on the wrong projects.</p>'.repeat(
        3,
      ) +
      '</article></body></html>';
    expect(importHtml(page).author).toBe('Dr Saskia Oberhauser');
  });

  it('keeps a timeline row to the clause its date heads', () => {
    const trial = article(
      [
        'A malaria vaccine cut cases by 77% in a trial of 4,800 children.',
        'The trial began enrolling children in April 2022, and the last child completed 12 months of follow-up in September 2024.',
        'The team submitted its data to the regulator in January 2025.',
        'The regulator will decide in June 2025.',
      ],
      'Malaria vaccine cuts cases by 77%',
    );
    const rows = draftDeck(trial)
      .text.split('\n')
      .filter((line) => line.startsWith('- **April 2022**'));
    for (const row of rows) expect(row).not.toContain('September 2024');
  });

  it('never titles a slide with a noun and its relative clause', () => {
    const text = "The places where Caldbury's centre is struggling";
    expect(wellShaped(text, `${text} are not short of parking.`, lexiconOf(text))).toBe(false);
  });

  it('reads a company named with a life-sciences word as an organisation', () => {
    const source = article(
      ['Kivu Biologics said it would sell the vaccine at cost, and Kivu Biologics will build a plant.'],
      'Vaccine',
    );
    expect(analyzeArticle(source).entities.find((e) => e.name === 'Kivu Biologics')?.kind).toBe(
      'organization',
    );
  });
});

describe("a page's key-takeaways box", () => {
  it("is kept as the article's own summary, and states its bottom line", () => {
    const body =
      "<p>Aldmark set out three years ago to become one of Europe's leading markets for grid-scale battery storage, and by one measure it has succeeded.</p>" +
      '<p>The trouble lies in the unit of payment: a grant per megawatt rewards the cheapest megawatt, which is a short-duration battery that does little for the grid.</p>' +
      '<p>Meanwhile the grid operator curtailed 3.8 TWh of wind generation last year, most of it in the congested north-west, where few batteries have been built.</p>';
    const page =
      '<html><head><title>How to fix the battery subsidy</title></head><body><article><h1>How to fix the battery subsidy</h1>' +
      '<section class="key-takeaways"><h2>Key takeaways</h2><ul><li>The grant pays for megawatts installed rather than for energy delivered when the system needs it.</li><li>Seventy-one percent of subsidised capacity is in one-hour batteries.</li></ul></section>' +
      body +
      '</article></body></html>';
    const imported = importHtml(page);
    expect(imported.paragraphs).toContain(
      'Seventy-one percent of subsidised capacity is in one-hour batteries.',
    );
    const bottom =
      draftDeck(imported)
        .text.split('\n---\n')
        .find((slide) => slide.includes('## Bottom line')) ?? '';
    expect(bottom.split('\nNote:')[0]).toMatch(/megawatts installed|one-hour batteries/);
  });
});
