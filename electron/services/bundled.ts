import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** File name of the briefing that ships with the app. */
export const BUNDLED_DECK_NAME = 'azerbaijan-boycott.deck.md';

/** Where the bundled deck sits relative to the app root, in the order they are tried. */
export const BUNDLED_DECK_LOCATIONS = [join('slides', 'decks', BUNDLED_DECK_NAME)];

/**
 * The app root: the nearest folder above `fromUrl` holding a package.json. Works from the sources (tsx runs
 * `electron/services/*.ts`) and from the build (`out/main/index.js`), both two levels below the root.
 */
export function findAppRoot(fromUrl: string = import.meta.url): string {
  let dir = dirname(fileURLToPath(fromUrl));
  for (;;) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`no package.json above ${fileURLToPath(fromUrl)}`);
    dir = parent;
  }
}

/** Absolute path of the bundled briefing under `appRoot` (Electron: `app.getAppPath()`), or null if missing. */
export function bundledDeckPath(appRoot: string): string | null {
  for (const relative of BUNDLED_DECK_LOCATIONS) {
    const candidate = join(appRoot, relative);
    if (existsSync(candidate)) return candidate;
  }
  return null;
}
