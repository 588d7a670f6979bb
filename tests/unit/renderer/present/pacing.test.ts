import { describe, expect, it } from 'vitest';
import {
  countWords,
  describePacing,
  estimateSeconds,
  formatDuration,
  MIN_SLIDE_SECONDS,
  pacingPlan,
  pacingStatus,
} from '../../../../renderer/src/present/pacing';

const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');

describe('pacing estimate', () => {
  it('counts spoken words, not source references or comments', () => {
    expect(countWords('The 40% figure comes from SOCAR (p3.s2). <!-- .element: x -->')).toBe(6);
    expect(countWords('')).toBe(0);
  });

  it('estimates at 130 words a minute, rounded to 5 s, with a floor', () => {
    expect(estimateSeconds(words(130))).toBe(60);
    expect(estimateSeconds(words(152))).toBe(70);
    expect(estimateSeconds('')).toBe(MIN_SLIDE_SECONDS);
  });

  it('plans cumulative starts and tells ahead, on pace and behind', () => {
    const plan = pacingPlan([words(130), words(65), '']);
    expect(plan.estimates).toEqual([60, 30, 15]);
    expect(plan.starts).toEqual([0, 60, 90]);
    expect(plan.total).toBe(105);
    expect(pacingStatus(plan, 1, 45)).toEqual({ kind: 'ahead', seconds: 15 });
    expect(pacingStatus(plan, 1, 75)).toEqual({ kind: 'on-pace', seconds: 0 });
    expect(pacingStatus(plan, 1, 100)).toEqual({ kind: 'behind', seconds: 10 });
    expect(describePacing(pacingStatus(plan, 0, 130))).toBe('behind by 1:10');
    expect(describePacing(pacingStatus(plan, 0, 10))).toBe('on pace');
  });

  it('formats durations', () => {
    expect(formatDuration(0)).toBe('0:00');
    expect(formatDuration(70)).toBe('1:10');
    expect(formatDuration(3725)).toBe('1:02:05');
    expect(formatDuration(-4)).toBe('0:00');
  });
});
