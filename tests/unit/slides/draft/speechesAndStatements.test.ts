import { describe, expect, it } from 'vitest';
import { assembleArticle } from '../../../../slides/import/assemble';
import { draftDeck } from '../../../../slides/draft';
import { sentenceCase } from '../../../../slides/draft/sections/opening';
import { isSignpost } from '../../../../slides/draft/structure';
import { namedSayer } from '../../../../slides/draft/planContext';
import { article } from '../../../helpers/draftContext';

/** A mayor's speech as a Word file gives it: its title known, the office's release lines under it. */
const TITLE = "Streets Before Sprawl: Mayor Odile Vantongeren's address to the Harwick Business Forum";
const SPEECH = [
  'OFFICE OF THE MAYOR OF HARWICK · PRESS OFFICE',
  'EMBARGOED UNTIL 18:30, THURSDAY 12 MARCH 2026 · CHECK AGAINST DELIVERY',
  'Transcript of remarks delivered at the Guildhall, Harwick, on 12 March 2026.',
  'Thank you. Thank you very much. Please, sit down, you are very kind.',
  'Good evening, everyone. Thank you to Councillor Amos Reyne for that introduction.',
  'Tonight I am announcing that Harwick will not build the northern bypass. We will put the money into repairing the roads and bridges we already have.',
  'First, the cost. When the bypass was approved in 2020 it was budgeted at £310 million. The latest estimate is £560 million, and building has not started.',
  'Second, our own roads are failing. A third of the borough’s bridges are rated poor, and pothole claims have doubled in four years.',
  'Let me be honest about the risks, because you deserve that. Some journeys will stay slow, and we will lose about £9 million already spent on design.',
  'Some of my opponents say this is an attack on growth. It is not. A business cannot grow on a road that is closed for repairs.',
  'Thank you. Thank you all very much. Good night.',
];

const speech = () =>
  assembleArticle(SPEECH, 'docx', { title: TITLE }, { guessTitle: false, guessStandfirst: true });

describe('a speech under its known title', () => {
  it('reads the office, the embargo date and keeps the transcript line that marks what follows as the speech', () => {
    const source = speech();
    expect(source.publisher).toBe('Office of the Mayor of Harwick');
    expect(source.date).toMatch(/12 March 2026/);
    expect(source.paragraphs[0]).toMatch(/^Transcript of remarks delivered/);
  });

  it('credits the speech to the speaker its headline names, and never drafts the courtesies', () => {
    const { text } = draftDeck(speech());
    expect(text).toMatch(/Vantongeren: /);
    expect(text).not.toMatch(/\bGuildhall: |As Guildhall put it/);
    expect(text).not.toMatch(
      /Please, sit down|Thank you to Councillor|Good night|Let me be honest about the risks/,
    );
  });

  it('titles the bottom line with what the speaker announces, says it in its notes, and nowhere else', () => {
    const { text } = draftDeck(speech());
    const slides = text.split('\n---\n');
    const bottom = slides.find((slide) => slide.includes('## Bottom line')) ?? '';
    expect(bottom).toMatch(/^## Bottom line: Harwick will not build the northern bypass$/m);
    expect(bottom.split('\nNote:\n')[1]).toMatch(/Harwick will not build the northern bypass/);
    for (const slide of slides.filter((s) => !s.includes('## Bottom line')))
      expect(slide.split('\nNote:\n')[0]).not.toMatch(/I am announcing/);
  });
});

describe('a speaker’s own signposts', () => {
  it('are never a bullet', () => {
    for (const text of [
      'So here is what we will do instead.',
      'Think about what that means.',
      'Let me be honest about the risks, because you deserve that.',
      'Thank you to the Civic Forum for having me.',
      'I want to say a special thank you to the volunteers who knocked on doors.',
      'Thank you, chair, and thank you to the Kessmark Chamber for inviting me back.',
      'I want to thank the businesses and households of Kestrania, who carried much of the cost of that tightening.',
      "Good evening, it's just after half past five, you're listening to The Evening Edition, I'm Amara Quillen.",
      'DEV HOLLINGDRAKE: Welcome back.',
    ])
      expect(isSignpost({ text }), text).toBe(true);
    for (const text of [
      'Let me be honest: the bypass would have been full within five years.',
      'Thanks to the new gauge, both sides now read the same numbers.',
    ])
      expect(isSignpost({ text }), text).toBe(false);
  });
});

describe('a headline in title case', () => {
  it('keeps a name after an office, and lowers an office that names no one', () => {
    expect(sentenceCase("Streets Before Sprawl: Mayor Odile Vantongeren's Address To The Forum", '')).toBe(
      "Streets before sprawl: Mayor Odile Vantongeren's address to the forum",
    );
    expect(sentenceCase('Why The Mayor Backed The Plan In The End', '')).toBe(
      'Why the mayor backed the plan in the end',
    );
  });

  it('keeps the last part of a place after a comma, as the name before it is kept', () => {
    const body =
      'Three weeks after the Lenavi River burst its banks, the floods in Sumbara District have changed.';
    expect(sentenceCase('Lenavi River Floods, Sumbara District, Tavoria', body)).toBe(
      'Lenavi River floods, Sumbara District, Tavoria',
    );
    expect(sentenceCase('Floods Hit The North, Rents Rise', 'Rents rose in the north.')).toBe(
      'Floods hit the north, rents rise',
    );
  });
});

describe('a release headline that joins two actions', () => {
  it('titles the bottom line with the first, its long name by its head', () => {
    const { text } = draftDeck(
      article(
        [
          'The Board decided to lower the policy rate by 25 basis points, to 3.75 percent, the first cut since 2023.',
          'Inflation has eased but remains above the Board’s 2 percent objective, and services prices rose 4.2 percent.',
          'The Board does not see a need for further adjustment in the near term and will assess incoming data.',
          'One member voted against the action, preferring to hold the rate at 4.00 percent.',
        ],
        'Monetary Policy Board lowers policy rate to 3.75 percent, signals pause as services inflation stays high',
      ),
    );
    expect(text).toMatch(/^## Bottom line: Board lowers policy rate to 3\.75 percent$/m);
  });
});

describe('a statement under its author’s heading', () => {
  it('is that person’s words, on its bullets and in its notes', () => {
    const { text } = draftDeck(
      article(
        [
          'The Board decided to lower the policy rate by 25 basis points, to 3.75 percent, the first cut since 2023.',
          'Inflation has eased but remains above the Board’s 2 percent objective, and services prices rose 4.2 percent.',
          'Statement from Board Member Teodora Vasquez-Hale on her dissent',
          'I dissented because I believe it is premature to ease policy while inflation in services remains more than twice our objective. I would have preferred to wait for clearer evidence that services inflation is on a sustained downward path.',
        ],
        'Board lowers policy rate to 3.75 percent',
      ),
    );
    expect(text).toMatch(/Vasquez-Hale/);
    for (const line of text
      .split('\n')
      .filter((l) => /I would have preferred|I dissented|premature to ease/.test(l)))
      expect(line).toMatch(/Vasquez-Hale/);
  });
});

describe('a quotation whose sayer is a pronoun', () => {
  it('names the speaker at the verb of saying', () => {
    expect(
      namedSayer(
        '"Margit did not win the argument by being cleverer than us," he said in 2014',
        'Aalto-Brandt',
      ),
    ).toBe('"Margit did not win the argument by being cleverer than us," Aalto-Brandt said in 2014');
    expect(namedSayer('The rule fired in 2009', 'Aalto-Brandt')).toBe('The rule fired in 2009');
  });
});
