import { describe, expect, it } from 'vitest';
import { draftDeck } from '../../../../slides/draft';
import { importText } from '../../../../slides/import';
import { turnsOf } from '../../../../slides/analyze/interview';
import { analyzeArticle } from '../../../../slides/analyze';
import { isSignpost } from '../../../../slides/draft/structure';
import { runOn } from '../../../../slides/draft/speakers';
import { article, sentenceIn } from '../../../helpers/draftContext';

/** A radio panel of three, in the shape a show's transcript takes: names in capitals, one turn per paragraph. */
const PANEL = `HARBOUR HOURS — a Westcombe Radio podcast
Episode 48: Night buses for all? What the Marrow pilot really found
Released 9 June 2026 · Runtime 38:10

TRANSCRIPT
This transcript was produced with a mix of software and human editing and may contain errors.

ROSA MBEKI: Hello and welcome to Harbour Hours. I'm Rosa Mbeki. Last winter the city of Marrow ran buses through the night on six routes for a year, and next month the council decides whether to keep them. I have two guests who read that year very differently. Tomas Ilic runs the transport planning team at Marrow council. And Greta Fenn runs Fenn Precision Mouldings, a depot on the ring road, and chairs the local employers' forum. Her firm asked for the pilot and then stopped paying towards it.

TOMAS ILIC: Thanks, Rosa. Happy to be here.

GRETA FENN: Good to be here.

ROSA MBEKI: Tomas, set it up for us. What did the pilot do?

TOMAS ILIC: Six routes ran every thirty minutes between midnight and five in the morning for twelve months. Ridership averaged 2,300 trips a night by the end, against a forecast of 1,500. Most riders were shift workers going to or from a job, and two in five said they had no other way to make the trip.

ROSA MBEKI: Greta, why did your firm stop paying?

GRETA FENN: Because the cost per trip never came down the way we were told it would. Each trip still cost the council about 9 pounds in subsidy in the last quarter. Five of the six routes are carrying warehouse and hospital staff, and that is the point, but the sixth runs almost empty through the old town after two in the morning.

TOMAS ILIC: That is fair about the sixth route, and the report says so. Cut it and the cost per trip falls by about a third.

GRETA FENN: Then cut it before you ask employers for money again. I would back five routes with a fair share from the firms that use them.

ROSA MBEKI: Let me pull this together. The Marrow pilot is good evidence that night buses fill up where the jobs are, and weak evidence for routes that serve nobody's shift. If the council keeps them, it should drop the empty route and ask the big employers to share the cost. Tomas Ilic, Greta Fenn, thank you both.

TOMAS ILIC: Thank you.

GRETA FENN: Thanks, Rosa.
`;

describe('a panel of three speakers', () => {
  it('credits each turn to its speaker, by name, and reads it without the label', () => {
    const source = importText(PANEL, { format: 'txt' });
    const { sections, interview } = turnsOf(source.paragraphs);
    expect(interview).toBeUndefined();
    const speakers = new Set(sections?.authors.values());
    expect([...speakers].sort()).toEqual(['Greta Fenn', 'Rosa Mbeki', 'Tomas Ilic']);
    const analysis = analyzeArticle(source);
    expect(analysis.sentences.some((s) => /^(?:GRETA FENN|TOMAS ILIC|ROSA MBEKI):/.test(s.text))).toBe(false);
  });

  it('never drafts a host prompt, a welcome or a thank-you, and never writes a name in capitals', () => {
    const { text } = draftDeck(importText(PANEL, { format: 'txt' }));
    expect(text).not.toMatch(/\b(?:GRETA|TOMAS|ROSA|FENN|ILIC|MBEKI)\b/);
    expect(text).not.toMatch(
      /set it up for us|why did your firm stop paying|Happy to be here|Good to be here/i,
    );
    expect(text).not.toMatch(/thank you both/i);
    // Each guest's own words carry their name.
    expect(text).toMatch(/Fenn[^\n]*(?:cost per trip|fair share)|(?:cost per trip|fair share)[^\n]*Fenn/);
  });

  it('takes the title from the episode line and the date from its release line', () => {
    const source = importText(PANEL, { format: 'txt' });
    expect(source.title).toBe('Night buses for all? What the Marrow pilot really found');
    expect(source.date).toBe('9 June 2026');
    expect(source.paragraphs.join('\n')).not.toMatch(/may contain errors/);
  });

  it('states the finding the host calls good evidence as the bottom line, not the headline\'s "what X found"', () => {
    const { text } = draftDeck(importText(PANEL, { format: 'txt' }));
    const bottom = /^## Bottom line: (.+)$/m.exec(text)?.[1] ?? '';
    expect(bottom).not.toMatch(/really found/i);
    expect(bottom).toMatch(/night buses fill up where (?:the )?jobs are/i);
  });

  it('reads "Her firm" as the woman the paragraph names, not the firm named after her', () => {
    const source = importText(PANEL, { format: 'txt' });
    const { ctx, s } = sentenceIn(source, 'Her firm asked');
    expect(ctx.bulletText(s)).toMatch(/^(?:Mbeki: )?Fenn's firm asked/);
  });
});

describe("a guest's pleasantries", () => {
  it('are signposts, while a sentence that opens on "Thanks to" is not', () => {
    for (const text of [
      'Thanks, Rosa.',
      'Happy to be here.',
      'Welcome, Priya.',
      'Hugh, welcome.',
      'Tomas Ilic, Greta Fenn, thank you both.',
    ])
      expect(isSignpost({ text })).toBe(true);
    for (const text of ['Thanks to the subsidy, fares fell.', 'Welcome news came for riders in March.'])
      expect(isSignpost({ text })).toBe(false);
  });
});

describe('a sentence run on after "As Fenn put it,"', () => {
  it('takes a small letter on a common word, and keeps a name, "I" and an acronym', () => {
    expect(runOn('Five of the six routes carry staff.')).toBe('five of the six routes carry staff.');
    expect(runOn('Last year the council paid.')).toBe('last year the council paid.');
    expect(runOn('Marrow paid for it.')).toBe('Marrow paid for it.');
    expect(runOn('I would back five routes.')).toBe('I would back five routes.');
    expect(runOn('NHS staff ride it.')).toBe('NHS staff ride it.');
  });
});

describe('an article with two labelled sides', () => {
  it('stays an interview', () => {
    const paragraphs = [
      'Pell: What changed at the port?',
      'Tallan: We rebuilt the crane software first, because it was older than some of our apprentices and it failed weekly.',
      'Pell: And the dockers?',
      'Tallan: They were sceptical at first, and they had every right to be after what the last owner promised them.',
      'Pell: What comes next?',
      'Tallan: A second berth, and a training school that the union will help us run from next spring onwards.',
    ];
    expect(turnsOf(article(paragraphs, 'Tallan on the port').paragraphs).interview?.label).toBe('Tallan');
  });
});
