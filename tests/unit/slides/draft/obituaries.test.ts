import { describe, expect, it } from 'vitest';
import { article, bottomOf, contextOf, sentenceIn } from '../../../helpers/draftContext';
import { importText } from '../../../../slides/import/plainText';
import { compressionCandidates } from '../../../../slides/draft/compress';
import { cutsMeaning } from '../../../../slides/draft/titleShape';
import { lexiconOf } from '../../../../slides/draft/clauses';

/**
 * An obituary that appraises a life: its headline is "X obituary" over a long dek, it closes on the family and a
 * line of dates, and its verdict comes after a question that asks for it.
 */
const BODY = [
  'Ottoline Kessardy, who has died aged 84, is remembered in Sarvonia as the woman who saved the currency. That is true, and it is the least interesting thing about her.',
  'In October 1992 she abolished the old lir and introduced a currency board. Parliament passed the law by four votes. Inflation fell to 28% in 1994 and into single digits by 1996.',
  'The cost was heavy. Unemployment peaked at 19% in 1994, and pensions lost about a third of their real value. Kessardy never fully accepted this, but in her 2011 memoir, The Stairs Down, she came closer than ever before.',
  'Ilka Sorrentin, who became governor in 2019, said: "Every governor since has worked in a house she built. We argue about the furniture."',
  'How, then, should her legacy be judged? The currency board was a blunt instrument, used at a moment when nothing finer was available. Her lasting achievement was the independent central bank she built after it.',
  'Kessardy married the architect Benedek Lorant in 1966; he died in 2012. She is survived by their two daughters.',
  'Ottoline Margit Kessardy, economist and politician, born 3 May 1940; died 21 January 2025',
];

describe('an obituary pasted as text', () => {
  const imported = importText(
    [
      'THE OSTREVNA SENTINEL',
      'Ottoline Kessardy obituary',
      "Finance minister who broke Sarvonia's hyperinflation, and spent the rest of her life arguing that breaking it had been the easy part",
      'By Casimir Oddley',
      ...BODY,
    ].join('\n\n'),
    { format: 'txt' },
  );

  it('takes "X obituary" for the headline and the long line under it for the dek, and keeps the line of dates', () => {
    expect(imported.title).toBe('Ottoline Kessardy obituary');
    expect(imported.standfirst).toMatch(/^Finance minister who broke/);
    expect(imported.paragraphs.at(-1)).toBe(BODY.at(-1));
  });

  it('reads the surname as the person the piece opened on, not a name of its own', () => {
    const people = contextOf(imported)
      .analysis.entities.filter((e) => e.name.endsWith('Kessardy'))
      .map((e) => e.kind);
    expect(people.length).toBeGreaterThan(0);
    expect(people.every((kind) => kind === 'person')).toBe(true);
  });

  it("states the verdict the question asks for, never a source's quoted words or the family note", () => {
    const slide = bottomOf(imported);
    expect(slide.title).toMatch(/blunt instrument|central bank/);
    const said = [slide.title, ...slide.items.map((i) => i.text)].join(' ');
    expect(said).not.toMatch(/furniture|survived by|How, then/);
  });
});

describe('cuts an obituary showed', () => {
  it('keeps "remembered … as" whole, and never stops after "but" before its verb', () => {
    const source = article(BODY, 'Ottoline Kessardy obituary');
    const remembered = sentenceIn(source, 'Ottoline Kessardy, who');
    const lexicon = lexiconOf(remembered.s.text);
    expect(cutsMeaning('Kessardy is remembered in Sarvonia', remembered.s.text, lexicon)).toBe(true);
    const memoir = sentenceIn(source, 'Kessardy never fully');
    expect(
      cutsMeaning(
        'Kessardy never fully accepted this, but in her 2011 memoir',
        memoir.s.text,
        lexiconOf(memoir.s.text),
      ),
    ).toBe(true);
  });

  it('keeps a series whose first item follows an aside ("selected to include urban, suburban and rural …")', () => {
    for (const candidate of compressionCandidates(
      'We invited 54 state secondary schools in three regions, selected to include urban, suburban and rural schools with start times of 08:30 or earlier.',
    ))
      expect(candidate).not.toMatch(/regions suburban/);
  });
});

describe('a quotation after a paragraph that named someone beside "her"', () => {
  it('goes to the woman the piece is about, never to "her deputy"', () => {
    const source = article(
      [
        'Ottoline Kessardy, who has died aged 84, is remembered in Sarvonia as the woman who saved the currency.',
        'The inflation she inherited was already severe. Milan Hoszu, her deputy at the finance ministry, recalled the mood in the cabinet room: "People were paid in the morning and spent it by lunch."',
        'In October 1992 she abolished the old lir. Parliament passed the law by four votes. In her speech to the chamber she said: "Inflation is a tax that nobody voted for, and the poor pay it first."',
      ],
      'Ottoline Kessardy obituary',
    );
    const { ctx, s } = sentenceIn(source, 'In her speech');
    expect(ctx.speaker(s)).toBe('Kessardy');
  });
});
