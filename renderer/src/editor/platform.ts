/** The platform name the shortcuts table expects, guessed from the browser (`darwin` on a Mac). */
import {
  acceleratorFor,
  acceleratorLabel,
  tooltipFor,
  type CommandId,
} from '../../../electron/shared/shortcuts';

const MAC = /Mac|iPhone|iPad/;

/** `darwin` on Apple platforms, else `linux` (Windows and Linux share their shortcuts). */
export const PLATFORM: string = MAC.test(globalThis.navigator?.platform ?? '') ? 'darwin' : 'linux';

/** A control's tooltip: label and shortcut, e.g. `Save (Ctrl+S)`. */
export function tooltip(id: CommandId): string {
  return tooltipFor(id, PLATFORM);
}

/** The shortcut of a command as shown to the user, or ''. */
export function shortcutText(id: CommandId): string {
  const accelerator = acceleratorFor(id, PLATFORM);
  return accelerator ? acceleratorLabel(accelerator, PLATFORM) : '';
}

/** True for the platform's command modifier (Cmd on a Mac, Ctrl elsewhere). */
export function hasCommandModifier(event: { ctrlKey: boolean; metaKey: boolean }): boolean {
  return PLATFORM === 'darwin' ? event.metaKey : event.ctrlKey;
}
