import type { HandlerDetails, WebContents, WindowOpenHandlerResponse } from 'electron';
import { isAppUrl, isSafeExternalUrl } from './appUrl';

/** Window-open dispositions that come from a person clicking a link (not from script calling window.open). */
const USER_LINK_DISPOSITIONS = new Set<HandlerDetails['disposition']>(['foreground-tab', 'background-tab']);

/** Hands a vetted URL to the OS (Electron's `shell.openExternal`). */
export type OpenExternal = (url: string) => Promise<void>;

/** A navigation event as Electron passes it (`will-navigate`, `will-redirect`, `will-frame-navigate`). */
export interface NavigationEvent {
  url: string;
  preventDefault(): void;
}

/** Stop any navigation that would leave the app's origin. */
export function guardNavigation(event: NavigationEvent): void {
  if (!isAppUrl(event.url)) event.preventDefault();
}

/**
 * The window-open handler: every new window is denied. A link the user clicked that points to a vetted `https:` or
 * `mailto:` URL is handed to the OS instead.
 */
export function windowOpenHandler(
  openExternal: OpenExternal,
): (details: HandlerDetails) => WindowOpenHandlerResponse {
  return (details) => {
    if (USER_LINK_DISPOSITIONS.has(details.disposition) && isSafeExternalUrl(details.url)) {
      void openExternal(details.url).catch(() => undefined);
    }
    return { action: 'deny' };
  };
}

/** Attach the navigation and window-open guards to a window's contents. */
export function attachNavigationGuards(contents: WebContents, openExternal: OpenExternal): void {
  contents.on('will-navigate', (event) => guardNavigation(event));
  contents.on('will-redirect', (event) => guardNavigation(event));
  contents.on('will-frame-navigate', (event) => guardNavigation(event));
  contents.setWindowOpenHandler(windowOpenHandler(openExternal));
}
