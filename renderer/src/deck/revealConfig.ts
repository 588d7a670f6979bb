/**
 * The reveal.js configuration for the viewer, and the guard that keeps the page URL from changing it.
 *
 * reveal.js merges every `key=value` of the URL query into its configuration at `initialize()`, after the
 * config passed in code: `?postMessage=true` would turn its unauthenticated postMessage API back on. The query
 * is therefore captured for the app ({@link LAUNCH_PARAMS}) and removed from the URL before reveal starts.
 */
import type { RevealConfig, TransitionStyle } from 'reveal.js';
import type { Aspect } from '../../../slides/model';

/** The page's query parameters as the app was launched (the URL itself is cleared before reveal starts). */
export const LAUNCH_PARAMS: URLSearchParams = new URLSearchParams(globalThis.location?.search ?? '');

/** Slide size in CSS pixels for each aspect ratio; reveal scales it to fit. */
export const ASPECT_SIZES: Readonly<Record<Aspect, { width: number; height: number }>> = {
  '16:9': { width: 1280, height: 720 },
  '4:3': { width: 1024, height: 768 },
};

/** Options the viewer chooses; everything else is fixed. */
export interface ViewerOptions {
  aspect: Aspect;
  /** Slide transition; tests use `none`. Default `slide`. */
  transition?: TransitionStyle;
  /** True when the deck sits inside the app chrome rather than filling the window. */
  embedded?: boolean;
  /** When given, reveal.js handles a key only if this returns true (the editor: only when its stage has focus). */
  keyboardCondition?: (event: KeyboardEvent) => boolean;
}

/** Removes the query string from the page URL so reveal.js cannot read configuration from it. */
export function clearUrlQuery(): void {
  if (!location.search) return;
  history.replaceState(history.state, '', location.pathname + location.hash);
}

/** The full reveal.js configuration for the viewer. */
export function revealConfig(options: ViewerOptions): RevealConfig {
  return {
    ...ASPECT_SIZES[options.aspect],
    margin: 0.06,
    minScale: 0.1,
    maxScale: 2.5,
    embedded: options.embedded ?? true,
    transition: options.transition ?? 'slide',
    backgroundTransition: 'none',
    center: false,
    display: 'flex',
    controls: true,
    progress: true,
    slideNumber: false,
    keyboard: true,
    ...(options.keyboardCondition ? { keyboardCondition: options.keyboardCondition } : {}),
    overview: true,
    help: true,
    // The URL never drives navigation or configuration; reveal's cross-window APIs stay off.
    hash: false,
    history: false,
    respondToHashChanges: false,
    postMessage: false,
    postMessageEvents: false,
    // Links open in reveal's iframe overlay when this is on: never.
    previewLinks: false,
    autoPlayMedia: false,
    showNotes: false,
    mouseWheel: false,
    plugins: [],
  };
}
