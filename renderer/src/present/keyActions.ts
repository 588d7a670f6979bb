/**
 * What each key does in a presentation window. Both windows use the same table, so a clicker works whichever
 * window has the focus. (Jump input is handled first, by `jumpInput.ts`.)
 */

/** A presentation command. */
export type PresentAction =
  'next' | 'prev' | 'blackout' | 'leave' | 'overview' | 'fullscreen' | 'first' | 'last' | 'enter';

/** `KeyboardEvent.key` → action. Clickers send PageDown/PageUp (some send arrows, `.` or B for blackout). */
export const KEY_ACTIONS: Readonly<Record<string, PresentAction>> = {
  ArrowRight: 'next',
  ArrowDown: 'next',
  PageDown: 'next',
  ' ': 'next',
  // Next, except in the overview, where it goes to the chosen slide.
  Enter: 'enter',
  n: 'next',
  ArrowLeft: 'prev',
  ArrowUp: 'prev',
  PageUp: 'prev',
  Backspace: 'prev',
  p: 'prev',
  b: 'blackout',
  B: 'blackout',
  '.': 'blackout',
  Escape: 'leave',
  o: 'overview',
  O: 'overview',
  f: 'fullscreen',
  F: 'fullscreen',
  Home: 'first',
  End: 'last',
};

/** The action for a key (Shift+Space goes back, as in reveal), or undefined. */
export function actionForKey(key: string, shift = false): PresentAction | undefined {
  if (key === ' ' && shift) return 'prev';
  return KEY_ACTIONS[key];
}
