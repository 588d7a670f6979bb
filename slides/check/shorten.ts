/**
 * The "Shorten" fix: cut a long title or bullet at a clause boundary (", which …", "; …", " — …") when what is left
 * is a complete phrase within the limit. Offered only where such a cut exists; never rewrites words.
 */
import { danglingEnd } from './textRules';
import { wordsOf } from './words';

const BOUNDARY = /,\s|;\s|\s[—–]\s|\s\((?=[^)]*\)\s*$)/g;
const MIN_WORDS = 4;
const QUOTE = /["“”]/g;
const BOLD = /\*\*/g;

/** The longest cut of `text` at a clause boundary that has 4 to `maxWords` words and ends cleanly, if any. */
export function shortened(text: string, maxWords: number): string | undefined {
  let best: string | undefined;
  for (const match of text.matchAll(BOUNDARY)) {
    const cut = text.slice(0, match.index).trimEnd();
    const count = wordsOf(cut).length;
    if (count < MIN_WORDS || count > maxWords) continue;
    if ((cut.match(QUOTE) ?? []).length % 2 !== 0 || (cut.match(BOLD) ?? []).length % 2 !== 0) continue;
    if (danglingEnd(cut)) continue;
    best = cut;
  }
  return best;
}
