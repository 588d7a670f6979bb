import { isAbsolute, resolve } from 'node:path';

const DECK_ARG_PATTERN = /\.md$/i;

/** The deck a command line names (the last non-flag argument ending in `.md`), as an absolute path; else null. */
export function deckPathFromArgv(argv: readonly string[], cwd: string): string | null {
  const decks = argv.slice(1).filter((arg) => !arg.startsWith('-') && DECK_ARG_PATTERN.test(arg));
  const last = decks.at(-1);
  if (!last) return null;
  return isAbsolute(last) ? last : resolve(cwd, last);
}
