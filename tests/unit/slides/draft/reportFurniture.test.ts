import { describe, expect, it } from 'vitest';
import { article } from '../../../helpers/draftContext';
import { isComplete, lexiconOf } from '../../../../slides/draft/clauses';
import { headlineTight } from '../../../../slides/draft/headline';
import { isSignpost } from '../../../../slides/draft/structure';
import { draftDeck } from '../../../../slides/draft';

/**
 * A report talks about itself ("Section 3 examines why nurses leave", "A note on methodology appears at the end"):
 * that map of the document is no evidence, and never a bullet or a title. A timeline row is a whole event, never a
 * phrase whose only verb sits in a relative clause or is a participle. A part of a whole keeps its possessive.
 */

const REPORT = [
  'Morvania is losing nurses faster than it trains them, and the gap will widen unless pay and rosters change.',
  'The report is structured as follows. Section 2 sets out the scale of the shortage today and our projections to 2035. Section 3 examines why nurses leave, drawing on our survey. Sections 4 and 5 assess the two main sources of new nurses. A note on methodology appears at the end.',
  'In 2018 the gap was about 4,400 nurses, or 7% of the posts hospitals funded.',
  'Of the cohort that qualified in 2016, 46% had left public hospitals by 2023.',
  'The study draws on a survey of 3,215 nurses conducted for the Halden Institute between February and April 2024.',
  'In 2021 the ministry raised starting pay by 6%, but exits rose again in 2022.',
  'In March 2023 the largest union called its first national strike in a decade.',
  'Hospitals spent €612 million on agency nurses in 2023, three times what they spent in 2018.',
  'Retention, not recruitment, should be the aim of workforce policy, and the detailed results are set out in Table 1.',
];

describe("a report's map of itself", () => {
  it('reads section roadmaps and pointers as signposts, and a finding as none', () => {
    expect(isSignpost({ text: 'Section 3 examines why nurses leave, drawing on our survey.' })).toBe(true);
    expect(isSignpost({ text: 'Sections 4 and 5 assess the two main sources of new nurses.' })).toBe(true);
    expect(isSignpost({ text: 'The report is structured as follows.' })).toBe(true);
    expect(isSignpost({ text: 'A note on methodology appears at the end.' })).toBe(true);
    expect(isSignpost({ text: 'The results are set out in Table 1.' })).toBe(true);
    expect(isSignpost({ text: 'Section 7 of the act gives ministers the power to set pay.' })).toBe(false);
    expect(isSignpost({ text: 'Table 1 shows that exits rose by 30% in five years.' })).toBe(false);
  });

  it('puts no signpost on any slide', () => {
    const text = draftDeck(article(REPORT, 'Morvania must keep the nurses it has')).text;
    const shown = text.split('\n').filter((line) => /^(?:#|- )/.test(line));
    expect(shown.length).toBeGreaterThan(5);
    expect(shown.join('\n')).not.toMatch(
      /Section \d|Sections \d|note on methodology|structured as follows|Table 1/,
    );
  });
});

describe('a timeline row', () => {
  it('is no phrase whose verb is in a relative clause, or a participle', () => {
    const cohort = 'Of the cohort that qualified in 2016, 46% had left public hospitals by 2023.';
    expect(isComplete('Of the cohort that qualified in 2016', lexiconOf(cohort))).toBe(false);
    const closed = 'In 2016, the board closed the Vessen plant.';
    expect(isComplete('In 2016, the board closed the Vessen plant', lexiconOf(closed))).toBe(true);
    const survey = 'The study draws on a survey of 3,215 nurses conducted for the Halden Institute in 2024.';
    expect(
      isComplete('A survey of 3,215 nurses conducted for the Halden Institute in 2024', lexiconOf(survey)),
    ).toBe(false);
    const firm = 'The firm collapsed in 2016 after a decade of losses.';
    expect(isComplete('The firm collapsed in 2016', lexiconOf(firm))).toBe(true);
  });

  it('shows only whole events in a drafted report', () => {
    const text = draftDeck(article(REPORT, 'Morvania must keep the nurses it has')).text;
    const rows = text.split('\n').filter((line) => /^- \*\*/.test(line));
    expect(rows.length).toBeGreaterThan(1);
    expect(rows.join('\n')).not.toMatch(/Of the cohort that qualified|A survey of 3,215 nurses conducted/);
  });
});

describe('headline style', () => {
  it('keeps the possessive of a part of a whole ("much of its effect")', () => {
    const source =
      'The package will lose much of its effect, because the reasons nurses leave are interlinked.';
    expect(headlineTight('The package will lose much of its effect', lexiconOf(source))).toBe(
      'The package will lose much of its effect',
    );
    const other = 'The bank lost its licence in May.';
    expect(headlineTight('The bank lost its licence in May', lexiconOf(other))).toBe(
      'The bank lost licence in May',
    );
  });
});
