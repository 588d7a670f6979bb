import { templateWords } from './templates';

const DATA_SRC = /<!--[^>]*-->/g;
const PARAGRAPH_MARK = /¶\d+/g;
const FRONT_MATTER = /^---\n[\s\S]*?\n---\n/;
const NUMBER = /\d+(?:[.,]\d+)*/g;
const CAPITALISED_WORD = /(^|[^\p{L}\p{N}'’-])(\p{Lu}[\p{L}'’-]*)/gmu;
const STRUCTURE_WORDS = new Set(['note', 'notes', 'sources', 'figures']);
const NORMALISE_NUMBER = /,/g;
const POSSESSIVE = /['’]s$/;

/**
 * Numbers and capitalised names in a drafted deck that do not appear in the article: the draft must add no
 * fact. Front matter, `data-src` comments and `¶N` paragraph marks are structure, not content.
 */
export function unsupportedTerms(deckText: string, sourceText: string): string[] {
  const body = deckText.replace(FRONT_MATTER, '').replace(DATA_SRC, '').replace(PARAGRAPH_MARK, '');
  const sourceNumbers = new Set((sourceText.match(NUMBER) ?? []).map((n) => n.replace(NORMALISE_NUMBER, '')));
  const sourceLower = sourceText.toLowerCase();
  const allowed = templateWords();
  const missing = new Set<string>();
  for (const n of body.match(NUMBER) ?? [])
    if (!sourceNumbers.has(n.replace(NORMALISE_NUMBER, ''))) missing.add(n);
  for (const m of body.matchAll(CAPITALISED_WORD)) {
    const word = (m[2] ?? '').replace(POSSESSIVE, '').replace(/[-'’]+$/, '');
    const lower = word.toLowerCase();
    if (!word || allowed.has(lower) || STRUCTURE_WORDS.has(lower)) continue;
    if (!sourceText.includes(word) && !sourceLower.includes(lower)) missing.add(word);
  }
  return [...missing];
}
