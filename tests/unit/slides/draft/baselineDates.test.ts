import { describe, expect, it } from 'vitest';
import { draftDeck } from '../../../../slides/draft';
import type { ImportedArticle } from '../../../../slides/import/types';

/**
 * A year that dates the baseline a figure is compared with ("against 8.1 percent in 2019", "from a peak of $598
 * billion in 2022") is not the date of what the sentence reports: no timeline row is put under it. The year a
 * change ran to ("from 400 in 2018 to 530 in 2023") and an event's own year still date their rows.
 */

const story = (sentences: string[]): ImportedArticle => ({
  title: 'The harbour district changes',
  date: '12 November 2025',
  format: 'md',
  warnings: [],
  paragraphs: [
    'The harbour district is changing faster than its critics admit, and the council should plan for homes.',
    ...sentences,
    ...Array.from(
      { length: 6 },
      (_, i) =>
        `Residents of block ${i + 1} describe a quieter street, more children and fewer delivery vans than a year before the change.`,
    ),
    'The council votes on the plan in December.',
  ],
});

const timelineOf = (text: string) =>
  text
    .split(/\n---\n/)
    .find((slide) => slide.includes('data-layout="timeline"'))
    ?.split('\n')
    .filter((line) => line.startsWith('- **')) ?? [];

describe('a year that dates what a figure is compared with', () => {
  it('puts no row under it', () => {
    const text = draftDeck(
      story([
        'The office vacancy rate was 19.4 percent in the third quarter of this year, against 8.1 percent in 2019.',
        'The port authority sold the old grain silo to a housing trust in March 2021.',
        'The district balance sheet declined to $412 million from a peak of $598 million in 2022.',
        'The trust opened its first 120 flats in the silo in June 2024.',
      ]),
    ).text;
    const rows = timelineOf(text);
    expect(rows.some((row) => row.startsWith('- **March 2021**'))).toBe(true);
    expect(rows.some((row) => row.startsWith('- **June 2024**'))).toBe(true);
    expect(rows.join('\n')).not.toMatch(/\*\*2019\*\*|\*\*2022\*\*/);
  });
});
