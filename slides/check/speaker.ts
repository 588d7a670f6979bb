/** Finds who said something in a source sentence: "X said", "said X", "according to X", "X warned". */
import { isNameWord } from './words';

const NAME = String.raw`(?:\p{Lu}[\p{L}'’.-]*)(?:\s+(?:\p{Lu}[\p{L}'’.-]*|de|van|von|al|bin|of))*`;
const VERBS = String.raw`said|says|warned|warns|argued|argues|told|tells|insisted|insists|claimed|claims|wrote|writes|added|adds|noted|notes`;
const AFTER_VERB = new RegExp(String.raw`\b(?:${VERBS})\s+(?:the\s+)?(${NAME})`, 'u');
const BEFORE_VERB = new RegExp(String.raw`(${NAME})(?:,[^,]{1,60},)?\s+(?:${VERBS})\b`, 'u');
const ACCORDING = new RegExp(String.raw`\baccording to (?:the\s+)?(${NAME})`, 'u');

function clean(name: string | undefined): string | undefined {
  if (!name) return undefined;
  const words = name.trim().split(/\s+/);
  while (words.length && !isNameWord(words[0] ?? '')) words.shift();
  while (words.length && !isNameWord(words.at(-1) ?? '')) words.pop();
  const result = words
    .join(' ')
    .replace(/[.,;:]+$/, '')
    .replace(/['’]s$/, '');
  return result.length >= 2 ? result : undefined;
}

/** The speaker a sentence names for what it reports, or undefined. */
export function findSpeaker(sentence: string): string | undefined {
  for (const pattern of [ACCORDING, AFTER_VERB, BEFORE_VERB]) {
    const name = clean(pattern.exec(sentence)?.[1]);
    if (name) return name;
  }
  return undefined;
}
