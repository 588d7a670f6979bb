/**
 * What each key does in a presentation window. Both windows use the same table, so a clicker works whichever
 * window has the focus. (Jump input is handled first, by `jumpInput.ts`.)
 */

import { PRESENT_KEYS, type PresentKey } from '../../../electron/shared/shortcuts';

/** A presentation command. */
export type PresentAction = NonNullable<PresentKey['action']>;

/** `KeyboardEvent.key` → action, from the one shortcuts table (which the F1 list shows too). */
export const KEY_ACTIONS: Readonly<Record<string, PresentAction>> = Object.fromEntries(
  PRESENT_KEYS.flatMap(({ action, keys }) => (action ? keys.map((key) => [key, action] as const) : [])),
);

/** The action for a key (Shift+Space goes back, as in reveal), or undefined. */
export function actionForKey(key: string, shift = false): PresentAction | undefined {
  if (key === ' ' && shift) return 'prev';
  return KEY_ACTIONS[key];
}
