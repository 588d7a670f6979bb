import { describe, expect, it } from 'vitest';
import { article, contextOf, sentenceIn } from '../../../helpers/draftContext';
import { isComplete, lexiconOf } from '../../../../slides/draft/clauses';
import { timelineSlide } from '../../../../slides/draft/sections/timeline';

/**
 * What a policy brief's draft may not show: a leading "Rather than …" phrase cut from the clause it sets off,
 * and where the evidence came from ("The paper draws on the Ministry's data to June 2024") as a dated event or a
 * bullet.
 */

const BRIEF = article(
  [
    'The Rural Gigabit Voucher was launched in April 2020 with a budget of 600 million euros.',
    'Rather than choose a network builder for each area, the state would give households a voucher and let operators compete to win them.',
    'By March 2022 the scheme had connected 20,000 premises, most of them within a kilometre of existing fibre.',
    'The paper draws on the Ministry of Digital Affairs’ monthly voucher data to June 2024 and on interviews with officials in six counties.',
    'In November 2023 a mid-term review acknowledged the shortfall but blamed the pandemic.',
  ],
  'Connecting the last tenth',
);

describe('a leading "Rather than …" phrase', () => {
  it('is no clause without the main clause after it', () => {
    const cut = 'Rather than choose a network builder for each area';
    expect(isComplete(cut, lexiconOf(cut))).toBe(false);
    const whole = 'Rather than choose a builder, the state would give households a voucher';
    expect(isComplete(whole, lexiconOf(whole))).toBe(true);
  });
});

describe('a short opening phrase without its comma', () => {
  it('still opens a whole clause ("In a recession speed matters more than size"), but not a subordinate one, nor two in a row', () => {
    for (const whole of [
      'In a recession speed matters more than size',
      'In 2020 the agency moved the route south',
    ])
      expect(isComplete(whole, lexiconOf(whole))).toBe(true);
    for (const cut of [
      'In the town where prices rose',
      'Before the heat settles over the valley',
      'If ministers win exemptions, as they have in each of the past three reviews',
    ])
      expect(isComplete(cut, lexiconOf(cut))).toBe(false);
  });
});

describe('where the evidence came from', () => {
  it('is neither a dated event nor a bullet', () => {
    const rows = timelineSlide(contextOf(BRIEF))?.items.map((item) => item.text) ?? [];
    expect(rows.join('\n')).not.toMatch(/draws on/);
    const { ctx, s } = sentenceIn(BRIEF, 'The paper draws on');
    expect(ctx.longBullet(s)).toBe(true);
  });
});

describe('a quotation said in the notes', () => {
  it('is said word for word, never cut inside its marks', () => {
    const essay = article(
      [
        'Marta Voss has mapped the old fountains of Salvetra, most of which are dry.',
        'Of the 214 stairways, she counts 87 with a landing wide enough to have been a gathering place. "If you walk around Salvetra looking for public space, you will find three piazzas, all in the lower town, all full of restaurant tables," she said.',
      ],
      'The stairs of Salvetra',
    );
    const { ctx, s } = sentenceIn(essay, '"If you walk');
    expect(ctx.spoken(s, 12)).toContain('Salvetra looking for public space, you will find three piazzas');
  });
});
