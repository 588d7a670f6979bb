import { describe, expect, it } from 'vitest';
import { boilerplateKind } from '../../../../slides/import/boilerplate';
import { importText } from '../../../../slides/import';
import { draftDeck } from '../../../../slides/draft';
import { article } from '../../../helpers/draftContext';
import { furnitureKind } from '../../../../slides/check/furniture';

/**
 * An earnings-call transcript: its operator's lines, its safe-harbour notice and its publisher's small print are
 * furniture; each turn, headed "Name -- Role", is its speaker's words; "To sum up: …" states the conclusion. A
 * consultation's and a data story's own furniture: other formats, contact lines, a postal address, an interactive
 * graphic's placeholder, a changed name's note, a podcast promo.
 */

const CALL = [
  'Harrow Fittings (HRWF) Q2 2026 Earnings Call Transcript',
  'Logo of Tidewell Research: a gull over a harbour.',
  'HRWF earnings call for the period ending June 30, 2026.',
  'Date: Thursday, July 30, 2026, at 9:00 a.m. ET',
  'Transcript provided by Tidewell Research. Image source: Tidewell Research.',
  'Need a quote from a Tidewell analyst? Email press@tidewell.example',
  'Operator',
  'Good morning and welcome to the Harrow Fittings second-quarter call. At this time, all participants are in a listen-only mode. Please be advised that today’s conference is being recorded.',
  'Jonas Perl -- Head of Investor Relations',
  'Thank you, operator. Today’s discussion contains forward-looking statements within the meaning of the Private Securities Litigation Reform Act of 1995. These statements are subject to risks and uncertainties. With that, I will turn the call over to Agnes.',
  'Agnes Lidell -- Chief Executive Officer',
  'Thanks, Jonas. Our repair division grew 22% to $41.5 million, and it now earns more than our valve factories. We are no longer a company that sells valves once; we look after them for twenty years.',
  'Valve sales fell 9% to $118 million, and we will close the Dunmore line next spring. With that, I will hand over to Otto.',
  'Otto Brandt -- Chief Financial Officer',
  'Thank you, Agnes. Gross margin rose to 36.1% from 33.8%, because repair work carries twice the margin of new valves.',
  'Operator',
  'Our first question comes from Lena Varro with Keel Securities. Please go ahead.',
  'Lena Varro -- Keel Securities -- Analyst',
  'If valve sales keep falling, where do the repair customers come from?',
  'Agnes Lidell -- Chief Executive Officer',
  'From everyone else’s valves. A third of the repair contracts we signed this quarter were on valves we did not make.',
  'Agnes Lidell -- Chief Executive Officer',
  'To sum up: sales are down, but the business that matters is growing. We will give medium-term targets in November.',
  'Operator',
  'This concludes today’s conference call. You may now disconnect.',
  'Duration: 0 minutes',
  'This article is a transcript of this conference call produced for Tidewell Research. While we aim for accuracy, there may be errors.',
  'Tidewell Research has no position in any of the stocks mentioned.',
].join('\n\n');

describe('an earnings-call transcript', () => {
  const article = importText(CALL, { format: 'txt' });
  const body = article.paragraphs.join('\n');

  it('drops the operator, the safe harbour, the running order and the publisher’s small print', () => {
    for (const furniture of [
      'Logo of',
      'earnings call for the period',
      'Transcript provided',
      'Need a quote',
      'listen-only',
      'first question comes from',
      'forward-looking statements',
      'Duration:',
      'is a transcript of this conference call',
      'has no position',
    ])
      expect(body, furniture).not.toContain(furniture);
    expect(body).toContain('Our repair division grew 22% to $41.5 million');
  });

  it('reads its date line', () => {
    expect(article.date).toBe('Thursday, July 30, 2026');
  });

  it('credits each turn to its speaker, concludes on what "To sum up:" says, and shows no hand-over', () => {
    const { text } = draftDeck(article);
    expect(text).toMatch(/Lidell: sales are down, but the business that matters is growing/);
    expect(text).not.toMatch(/Chain|Harrow: /);
    expect(text).not.toMatch(/^- .*(?:hand over to|turn the call over)/m);
  });
});

describe('the furniture of a consultation and a data story', () => {
  it.each([
    [
      'This document is also available in large print, easy read and audio formats on request.',
      'otherFormats',
    ],
    ['Call 0300 555 0192 (Monday to Friday, 9am to 5pm) or email formats@housing.example.', 'contactLine'],
    ['Post: Lets Consultation, Housing Division, 4th Floor, Carrick House, 18 Mercer Street', 'contactLine'],
    ['Department for Housing, Carrick House, 18 Mercer Street, Port Aldery EM1 3RT', 'postalAddress'],
    ['Loading interactive content… If the map does not load, view it on our website.', 'interactive'],
    ["Rosa's name has been changed to protect her identity.", 'nameChanged'],
    [
      '🎧 Listen to our podcast: The Back Post — this week, whether any club can sell its way up.',
      'readMore',
    ],
    [
      'We may earn a commission when you buy through links on our site. Learn more about how we test.',
      'affiliate',
    ],
    ['Price at time of writing reflects the lowest price we found from major retailers.', 'affiliate'],
    [
      'This story was produced by the Local Democracy Reporting Service, a partnership that places reporters in newsrooms.',
      'productionCredit',
    ],
    ['The Hon. Teresa Marchetti MP Minister for Culture 1 Castle Terrace Dunmore DN1 2AB', 'postalAddress'],
  ])('"%s" is %s', (line, kind) => {
    expect(boilerplateKind(line)).toBe(kind);
  });

  it.each([
    'The council will call 600 landlords before the scheme opens.',
    'Rents rose fastest near Mercer Street, where 40 homes were converted to holiday lets.',
    'If the map of closures holds, a third of villages will lose their pharmacy by 2030.',
    'Her name has appeared on every ballot since 2009.',
    'We may earn more from exports than from the home market this year, the minister said.',
    'The store at 4 High Street will move to a new site near DN1 2AB.',
  ])('"%s" is the article', (line) => {
    expect(boilerplateKind(line)).toBeUndefined();
  });

  it('is furniture where a slide shows it', () => {
    expect(
      furnitureKind('Loading interactive content… If the map does not load, view it on our website.'),
    ).toMatch(/interactive/);
  });
});

describe('run-in headings', () => {
  const paragraphs = [
    'Growth. Using data from the booking platforms, we estimate that there were 21,400 short-term lets in 2024.',
    'Concentration. Growth has been heavily concentrated in coastal and rural areas.',
    'Hosts. Most hosts are small, and many let a room in their own home.',
    'Self-disconnection is common. 43% of households ran out of credit at least once.',
    'Good morning. I want to push on the core tension here.',
  ];
  const article = importText(['Short-term lets', ...paragraphs].join('\n\n'), { format: 'txt' });

  it('become headings where a document sets three or more paragraphs so', () => {
    expect(article.paragraphs.slice(0, 6)).toEqual([
      'Growth',
      'Using data from the booking platforms, we estimate that there were 21,400 short-term lets in 2024.',
      'Concentration',
      'Growth has been heavily concentrated in coastal and rural areas.',
      'Hosts',
      'Most hosts are small, and many let a room in their own home.',
    ]);
  });

  it('leave a claim with its verb, and a greeting, in their paragraphs', () => {
    expect(article.paragraphs).toContain(paragraphs[3]);
    expect(article.paragraphs).toContain(paragraphs[4]);
  });

  it('stay in their paragraphs when only one or two paragraphs open so', () => {
    const two = importText(['Short-term lets', ...paragraphs.slice(1, 3), paragraphs[3]].join('\n\n'), {
      format: 'txt',
    });
    expect(two.paragraphs).toContain(paragraphs[1]);
  });
});

describe('a consultation paper', () => {
  it('is no interview: "Option A:", "Annex A:" are no speaker, numbered questions no interviewer', async () => {
    const { turnsOf } = await import('../../../../slides/analyze/interview');
    const lettered = [
      'Option A: Do nothing',
      'Short-term letting would remain unregulated, and councils would have no data on it.',
      'Table A: Costs of each option',
      'Every short-term let would be registered, giving councils accurate data for the first time.',
      'Annex A: Full list of consultation questions',
      'Councils could license hosts and designate control zones where housing pressure is worst.',
    ];
    const numbered = [
      'Question 1: Do you agree that every short-term let should be registered?',
      'Registration would cost £95 a year and would open in April 2027.',
      'Question 2: Do you agree that councils should be able to license hosts?',
      'Licences would set limits on occupancy, noise and waste.',
      'Question 3: Do you agree with the proposed control zones?',
      'A zone would require planning permission for a new whole-home let.',
    ];
    expect(turnsOf(lettered).interview).toBeUndefined();
    expect(turnsOf(numbered).interview).toBeUndefined();
  });
});

describe('a podcast’s own business', () => {
  it('is never drafted: the sponsor read, the break and the sign-off', () => {
    const text = [
      'The four-day week trial in Halbury: what it showed',
      'HOST: Welcome back. Our guests disagree about whether the four-day week trial worked for the county.',
      'GUEST: It worked for offices. Output per hour rose by 9 per cent and sick days fell by a third over the trial.',
      'HOST: We are going to take a short break. This episode of The Ledger Line is supported by Fernwood Mutual. Book a free thirty-minute consultation at fernwood.example/ledger.',
      'GUEST: It did not work for the foundry. Our furnaces run around the clock, and a shorter week meant hiring nine more people.',
      'HOST: So the trial worked for offices, not for shift work. That is it for this episode. If you enjoyed it, subscribe wherever you get your podcasts, and leave us a rating.',
    ].join('\n\n');
    const { text: deck } = draftDeck(importText(text, { format: 'txt' }));
    for (const furniture of [
      'supported by Fernwood',
      'Book a free',
      'short break',
      'wherever you get',
      'leave us a rating',
    ])
      expect(deck, furniture).not.toContain(furniture);
  });
});

describe('an encyclopedia page', () => {
  const html = [
    '<html><head><title>Carrow Link - Openpedia</title></head><body><div id="content">',
    '<h1>Carrow Link</h1>',
    '<table class="infobox"><caption>Carrow Link</caption><tr><th>Length</th><td>14.6 km (9.1 mi)</td></tr><tr><th>Cost</th><td>€6.8 billion (2024 estimate)</td></tr></table>',
    '<p>The Carrow Link is a combined road and rail crossing under construction across the Carrow Strait. It is one of the most contested public works in the country.</p>',
    '<h2>History<span class="mw-editsection">[<a href="#">edit</a>]</span></h2>',
    '<p>A fixed crossing was first proposed in 1987, and parliament approved the link in June 2019 by 98 votes to 71.</p>',
    '<h2>Cost</h2>',
    '<p>The estimated cost has risen from €3.9 billion in 2019 to €6.8 billion in 2024, and the opening has slipped to 2031.</p>',
    '<h2>See also</h2><ul><li>List of bridges in Lennmark</li><li>Immersed tube tunnel</li></ul>',
    '<h2>References</h2><ol><li>^ Ministry of Transport (2016). Feasibility Study.</li></ol>',
    '<div id="catlinks">Categories: Bridges | Tunnels</div>',
    '</div></body></html>',
  ].join('');

  it('keeps the article and drops its infobox, edit links, see-also list, references and categories', async () => {
    const { importHtml } = await import('../../../../slides/import/html');
    const article = importHtml(html);
    const body = article.paragraphs.join('\n');
    expect(article.paragraphs).toContain('History');
    for (const furniture of ['14.6 km', '[edit]', 'List of bridges', 'Ministry of Transport', 'Categories'])
      expect(body, furniture).not.toContain(furniture);
    expect(body).toContain('The estimated cost has risen from €3.9 billion');
  });

  it('loses no word of "a combined road and rail crossing" when a bullet is cut', async () => {
    const { compressSentence } = await import('../../../../slides/draft/compress');
    const { lexiconOf } = await import('../../../../slides/draft/clauses');
    const text =
      'The Carrow Link is a combined road and rail crossing under construction across the Carrow Strait between Halvik and Osk Island.';
    expect(compressSentence(text, { lexicon: lexiconOf(text), maxWords: 12 })).toMatch(
      /road and rail crossing/,
    );
  });

  it('drops "[edit]" from a heading pasted as text', () => {
    const article = importText(
      [
        'Carrow Link',
        'History[edit]',
        'A fixed crossing was first proposed in 1987 by an engineer who wanted a road to the island.',
        'Cost[edit]',
        'The estimated cost has risen from €3.9 billion in 2019 to €6.8 billion in 2024.',
      ].join('\n\n'),
      { format: 'txt' },
    );
    expect(article.paragraphs).toContain('Cost');
    expect(article.paragraphs.join(' ')).not.toContain('[edit]');
  });
});

describe('a podcast’s conclusion and a letter’s ask', () => {
  const EPISODE = [
    'Four days, same pay: what the trial showed',
    'DANIEL FERRIS: Hello and welcome to The Ledger Line, the show that takes one economic argument apart.',
    'PRIYA VENKAT: For office work, a four-day week at the same pay held output steady and cut sick days by a third over the trial.',
    'HUGH CALDER: The trial tells you very little about work that must be staffed around the clock, like my foundry in Brennock.',
    'DANIEL FERRIS: So here’s where I land. The trial is good evidence that a four-day week works where the work can be reorganised, and weak evidence for shift work.',
    'SHOW NOTES',
    'Guests: Dr Priya Venkat, economist; Hugh Calder, managing director of Calder Precision Castings.',
  ].join('\n\n');

  it('concludes on what the host says after "here’s where I land", never on the greeting or the show notes', () => {
    const { text } = draftDeck(importText(EPISODE, { format: 'txt' }));
    const bottom = text.split('\n---\n')[2] ?? '';
    // (Its title states it, headline style: "Bottom line: Four-day week works where work can be reorganised".)
    expect(bottom).toMatch(/four-day week works where (?:the )?work can be reorganised/i);
    expect(bottom).not.toMatch(/welcome to/i);
    expect(text).not.toContain('Guests:');
  });

  it('reads "Rating: ★★★★" lines as fields, not an interviewee’s turns', async () => {
    const { turnsOf } = await import('../../../../slides/analyze/interview');
    const paragraphs = [
      'Our pick: Voltaro Trek 1200',
      'Rating: ★★★★½ (4.5/5)',
      'The Trek gave us 1,071 Wh of usable energy, 93 per cent of its rating, the best result in the group.',
      'Also great: Ampline Base 1000',
      'Rating: ★★★★☆ (4/5)',
      'If you only need backup for two or three power cuts a year, the Ampline is $200 cheaper than our pick.',
      'Skip: Kestrel PowerCube 1500',
      'Rating: ★★½☆☆ (2.5/5)',
      'On paper the PowerCube is the biggest station here, but it delivered only 79 per cent of its rated capacity.',
    ];
    expect(turnsOf(paragraphs).interview).toBeUndefined();
  });

  it('puts a letter’s ask first on its bottom line, as what it asks for', () => {
    const letter = article(
      [
        'Dear Minister,',
        'We are writing to ask you to reverse the 18 per cent cut to the Library Services Grant announced in the budget, and to stop the wave of closures it has set in motion.',
        'The cut reduces the grant by $14.6 million a year. Nineteen councils have named 47 branch libraries for closure.',
        'Libraries are among the last places where anyone can sit for free, and the closures fall hardest on the poorest towns.',
      ],
      'Open letter: 38 organisations urge the minister to halt the closure of 47 public libraries',
    );
    const { text } = draftDeck(letter);
    const bottom = text.split('\n---\n')[2] ?? '';
    expect(bottom).toMatch(/^- Reverse the 18 per cent cut to the Library Services Grant/m);
  });
});

describe('a review’s closing bio', () => {
  it('ends the article under its label and names the writer no byline did', () => {
    const article = importText(
      [
        'The best portable power stations',
        'We tested five power stations for six weeks, and the numbers on the boxes were wrong more often than not.',
        'The Voltaro Trek 1200 gave us 93 per cent of its rating, the best result in the group of five.',
        'Prices and availability are accurate as of the date of publication.',
        'About the author: Tomás Reyes has reviewed batteries, solar panels and generators for eight years.',
      ].join('\n\n'),
      { format: 'txt' },
    );
    expect(article.paragraphs.join(' ')).not.toMatch(/About the author|Prices and availability/);
    expect(article.author).toBe('Tomás Reyes');
  });
});

describe('a book review’s closing verdict', () => {
  const paragraphs = [
    'Rivers under the city',
    'By Ada Morrow',
    'The Fleetwater runs under four streets and a car park, and for most of the people above it, it does not exist.',
    'The book counts 212 kilometres of buried streams and argues, chapter by chapter, that cities should open them.',
    'Its policy chapters are thinner than its history, and its costings are a sketch rather than a plan.',
    'Slow Water is a good book about a subject that deserved a great one. Read it for the history; read the policy chapters as an opening.',
    'The Paved Commons is a fine and angry history of the motorway age, and a better guide to what went wrong.',
  ];

  it('keeps a verdict that names the book the way a bio names a writer, and what follows it', () => {
    const text = importText(paragraphs.join('\n\n'), { format: 'txt' }).paragraphs.join(' ');
    expect(text).toMatch(/^.*Slow Water is a good book about a subject that deserved a great one/);
    expect(text).toMatch(/The Paved Commons is a fine and angry history/);
  });

  it('still takes a closing line about the writer for her bio', () => {
    const article = importText(
      [...paragraphs, 'Ada Morrow is a historian and book critic for the Ebbridge Herald.'].join('\n\n'),
      { format: 'txt' },
    );
    expect(article.paragraphs.join(' ')).not.toMatch(/book critic/);
    expect(article.paragraphs.join(' ')).toMatch(/Slow Water is a good book/);
    // "teaches the history of …": a history she teaches, not a work the line judges.
    const teacher = importText(
      [...paragraphs, 'Ada Morrow teaches the history of cities at Ebbridge University.'].join('\n\n'),
      { format: 'txt' },
    );
    expect(teacher.paragraphs.join(' ')).not.toMatch(/teaches the history/);
  });
});
