/**
 * A presentation session: the deck text and where to start, handed from the window that starts the presentation
 * to the audience and presenter windows through local storage (same origin in the browser and in Electron), keyed
 * by a random session id that travels in the page URL.
 */
import type { KeyValueStore } from './rehearsalStore';

/** What a presentation window needs to show the deck. */
export interface PresentSession {
  text: string;
  startIndex: number;
  /** Start the presenter view in rehearsal mode. */
  rehearse?: boolean;
}

/** The two presentation windows. */
export type PresentView = 'audience' | 'presenter';

const KEY_PREFIX = 'briefdeck.present.';
const SESSION_ID = /^[A-Za-z0-9_-]{6,64}$/;

/** A new random session id. */
export function newSessionId(): string {
  const bytes = new Uint8Array(12);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** Is this a well-formed session id? */
export function isSessionId(value: string | null | undefined): value is string {
  return typeof value === 'string' && SESSION_ID.test(value);
}

/** Stores a session's deck for its windows. */
export function saveSession(store: KeyValueStore, id: string, session: PresentSession): void {
  store.setItem(KEY_PREFIX + id, JSON.stringify(session));
}

/** Reads a session's deck, or null when it is missing or malformed. */
export function loadSession(store: KeyValueStore, id: string): PresentSession | null {
  try {
    const parsed = JSON.parse(store.getItem(KEY_PREFIX + id) ?? 'null') as Partial<PresentSession> | null;
    if (!parsed || typeof parsed.text !== 'string') return null;
    const startIndex =
      Number.isInteger(parsed.startIndex) && (parsed.startIndex ?? 0) >= 0 ? (parsed.startIndex ?? 0) : 0;
    return { text: parsed.text, startIndex, rehearse: parsed.rehearse === true };
  } catch {
    return null;
  }
}

/** The page URL of a presentation window, relative to the app's pages. */
export function presentPageUrl(view: PresentView, session: string, base = ''): string {
  return `${base}present.html?${new URLSearchParams({ view, session }).toString()}`;
}
