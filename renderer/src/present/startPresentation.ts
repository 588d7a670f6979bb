/**
 * The one hook the app calls to present: stores the deck for the presentation windows and opens them. Under
 * Electron, main opens the audience window (fullscreen, on the external display when there is one) and the
 * presenter window; in a browser the presenter view opens as a popup and offers to open the audience window.
 * Must be called from a user gesture (a click or a key) so the browser allows the popup.
 */
import { invoke } from '../host';
import { newSessionId, presentPageUrl, saveSession } from './session';

/** Options of {@link startPresentation}. */
export interface StartPresentationOptions {
  deckText: string;
  /** 0-based slide to start from (default 0). */
  startIndex?: number;
  /** Start in rehearsal mode. */
  rehearse?: boolean;
}

/** Opens the presentation; resolves with the session id. Throws when the windows could not be opened. */
export async function startPresentation({
  deckText,
  startIndex = 0,
  rehearse = false,
}: StartPresentationOptions): Promise<string> {
  const session = newSessionId();
  saveSession(localStorage, session, { text: deckText, startIndex, rehearse });
  if (typeof (globalThis as { briefdeck?: unknown }).briefdeck === 'object') {
    const result = await invoke('present:open', { session });
    if (!result.ok) throw new Error(result.message);
    return session;
  }
  const popup = window.open(
    presentPageUrl('presenter', session),
    `briefdeck-presenter-${session}`,
    'popup,width=1280,height=800',
  );
  if (!popup)
    throw new Error('The browser blocked the presenter window: allow pop-ups for Briefdeck and try again.');
  return session;
}
