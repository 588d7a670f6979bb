/**
 * Pacing: how long each slide should take, estimated from its speaker notes (spoken at about 130 words a
 * minute), and whether the presenter is ahead of or behind the cumulative plan.
 */

/** Spoken words per minute used for the estimate. */
export const WORDS_PER_MINUTE = 130;
/** Shortest time planned for a slide, even one with no notes (seconds). */
export const MIN_SLIDE_SECONDS = 15;

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu;
/** Markdown markup and reveal comments that are not spoken. */
const NOT_SPOKEN = /<!--[\s\S]*?-->|\(p\d+(?:\.s\d+)?(?:[,;]\s*p?\d+(?:\.s\d+)?)*\)/g;

/** Number of spoken words in notes. */
export function countWords(notes: string): number {
  return notes.replace(NOT_SPOKEN, ' ').match(WORD)?.length ?? 0;
}

/** Estimated seconds to speak a slide's notes (at least {@link MIN_SLIDE_SECONDS}), rounded to 5 s. */
export function estimateSeconds(notes: string): number {
  const seconds = (countWords(notes) / WORDS_PER_MINUTE) * 60;
  return Math.max(MIN_SLIDE_SECONDS, Math.round(seconds / 5) * 5);
}

/** Per-slide estimates and when each slide should start, in seconds from the beginning. */
export interface PacingPlan {
  estimates: number[];
  starts: number[];
  total: number;
}

/** The plan for a deck, from each slide's notes. */
export function pacingPlan(notes: readonly string[]): PacingPlan {
  const estimates = notes.map(estimateSeconds);
  const starts: number[] = [];
  let total = 0;
  for (const estimate of estimates) {
    starts.push(total);
    total += estimate;
  }
  return { estimates, starts, total };
}

/** Where the presenter stands against the plan on a slide. */
export interface PacingStatus {
  kind: 'ahead' | 'on-pace' | 'behind';
  /** How far ahead or behind, in whole seconds (0 when on pace). */
  seconds: number;
}

/**
 * Ahead when the slide is reached before its planned start; behind when time has run past its planned end;
 * otherwise on pace.
 */
export function pacingStatus(plan: PacingPlan, index: number, elapsedSeconds: number): PacingStatus {
  const start = plan.starts[index] ?? plan.total;
  const end = start + (plan.estimates[index] ?? 0);
  if (elapsedSeconds < start) return { kind: 'ahead', seconds: Math.round(start - elapsedSeconds) };
  if (elapsedSeconds > end) return { kind: 'behind', seconds: Math.round(elapsedSeconds - end) };
  return { kind: 'on-pace', seconds: 0 };
}

/** `m:ss`, or `h:mm:ss` from an hour on. Negative values are shown as zero. */
export function formatDuration(totalSeconds: number): string {
  const seconds = Math.max(0, Math.floor(totalSeconds));
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = String(seconds % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}

/** A one-line description of a status, e.g. "behind by 0:40". */
export function describePacing(status: PacingStatus): string {
  if (status.kind === 'on-pace') return 'on pace';
  return `${status.kind} by ${formatDuration(status.seconds)}`;
}
