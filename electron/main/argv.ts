import { isAbsolute, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const DECK_ARG_PATTERN = /\.md$/i;
/** Linux launchers started with `Exec=… %U` (electron-builder's desktop file) pass `file://` URLs, not paths. */
const FILE_URL_PATTERN = /^file:/i;
/** Any other URL (`https://…`) names no local file. */
const OTHER_URL_PATTERN = /^[a-z][a-z0-9+.-]+:\/\//i;

/** A command-line argument as a path: a `file:` URL becomes its local path; null for a URL that names none. */
function argumentPath(arg: string): string | null {
  if (!FILE_URL_PATTERN.test(arg)) return OTHER_URL_PATTERN.test(arg) ? null : arg;
  try {
    return fileURLToPath(arg);
  } catch {
    // Another host (file://server/share on Linux) or a malformed URL: not a local file.
    return null;
  }
}

/**
 * The deck a command line names (the last non-flag argument ending in `.md`, given as a path or a `file:` URL),
 * as an absolute path; else null.
 */
export function deckPathFromArgv(argv: readonly string[], cwd: string): string | null {
  const decks = argv
    .slice(1)
    .filter((arg) => !arg.startsWith('-'))
    .map(argumentPath)
    .filter((path): path is string => path !== null && DECK_ARG_PATTERN.test(path));
  const last = decks.at(-1);
  if (!last) return null;
  return isAbsolute(last) ? last : resolve(cwd, last);
}
