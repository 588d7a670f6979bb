/**
 * Typed "go to slide" input: G (or a digit) opens it, digits build the number, Enter jumps, Escape or any other
 * key cancels, Backspace deletes a digit. A pure reducer, so the overlay and the tests share it.
 */

/** The overlay's state: `null` when closed, else the digits typed so far. */
export type JumpState = string | null;

/** What a key did to the jump input. */
export interface JumpStep {
  state: JumpState;
  /** True when the key was used by the jump input (do not treat it as navigation). */
  consumed: boolean;
  /** A 1-based slide number to go to, when Enter committed one. */
  go?: number;
}

const DIGIT = /^[0-9]$/;
const MAX_DIGITS = 4;

/** Feeds one `KeyboardEvent.key` to the jump input. */
export function jumpKey(state: JumpState, key: string): JumpStep {
  if (state === null) {
    if (key === 'g' || key === 'G') return { state: '', consumed: true };
    if (DIGIT.test(key)) return { state: key, consumed: true };
    return { state: null, consumed: false };
  }
  if (DIGIT.test(key)) return { state: (state + key).slice(0, MAX_DIGITS), consumed: true };
  if (key === 'Backspace') return { state: state.slice(0, -1), consumed: true };
  if (key === 'Enter') {
    const number = state === '' ? undefined : Number.parseInt(state, 10);
    return number === undefined
      ? { state: null, consumed: true }
      : { state: null, consumed: true, go: number };
  }
  if (key === 'Shift') return { state, consumed: true };
  return { state: null, consumed: key === 'Escape' };
}

/** A typed slide number (1-based) as a 0-based index within a deck of `total` slides. */
export function jumpTarget(number: number, total: number): number {
  if (total <= 0) return 0;
  return Math.min(Math.max(Math.trunc(number), 1), total) - 1;
}
