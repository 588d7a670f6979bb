/**
 * Quotes checked against the article: an item that carries a quotation from its source sentence (with or without
 * the quotation marks) must name the person the article gives as its speaker, on the item or in the slide title.
 * The speaker is read from the source sentence ("…," said Ines Holm), or, when it says only "she said", from the
 * sentences before it in the same paragraph.
 */
import { escapeRegExp } from '../regexp';
import type { SourceIndex } from './source';
import { findSpeaker } from './speaker';
import type { ItemView } from './view';
import { normalWords } from './words';

/** A quotation shares this many consecutive words with an item for the item to carry it. */
const QUOTE_RUN = 5;
const MIN_QUOTE_WORDS = 4;
const QUOTED = /["“]([^"“”]+)["”]/g;
const PRONOUN_SPEECH = /\b(?:he|she|they)\s+(?:said|says|added|told|warned|argued|wrote)\b/i;
const NAME_WORD = /^\p{Lu}/u;
/** Words before a name that are its title, not the name ("State Senator Carla Whitfield"). */
const TITLE_WORDS = new Set([
  'state',
  'senator',
  'sen',
  'president',
  'minister',
  'governor',
  'gov',
  'mayor',
  'dr',
  'prof',
  'professor',
  'mr',
  'mrs',
  'ms',
  'chief',
  'executive',
  'general',
  'gen',
  'judge',
  'justice',
  'commissioner',
  'representative',
  'rep',
  'councillor',
  'councilor',
  'secretary',
  'director',
  'ambassador',
  'premier',
  'chancellor',
  'sir',
  'dame',
  'lord',
  'lady',
]);

function shareRun(a: readonly string[], b: readonly string[], run: number): boolean {
  if (a.length < run || b.length < run) return false;
  const runs = new Set<string>();
  for (let i = 0; i + run <= a.length; i++) runs.add(a.slice(i, i + run).join(' '));
  for (let i = 0; i + run <= b.length; i++) if (runs.has(b.slice(i, i + run).join(' '))) return true;
  return false;
}

/** The name as a slide would give it: titles dropped ("State Senator Carla Whitfield" → "Carla Whitfield"). */
export function shortName(speaker: string): string {
  const words = speaker.split(/\s+/);
  while (words.length > 1 && TITLE_WORDS.has((words[0] ?? '').toLowerCase().replace(/\.$/, '')))
    words.shift();
  return words.join(' ');
}

/** "Chief Justice", "the minister": a speaker given by title alone. */
function onlyTitle(speaker: string): boolean {
  const words = speaker.replace(/^the\s+/i, '').split(/\s+/);
  return words.every((w) => TITLE_WORDS.has(w.toLowerCase().replace(/\.$/, '')));
}

/** The person the article names with a title ("Chief Justice Arvid Kjeldsen"), when it names one only. */
function titledName(title: string, source: SourceIndex): string | undefined {
  const bare = escapeRegExp(title.replace(/^the\s+/i, ''));
  const pattern = new RegExp(String.raw`\b${bare}\s+((?:\p{Lu}[\p{L}'’-]+\s?){1,3})`, 'gu');
  const names = new Set<string>();
  for (const sentence of source.sentences.values())
    for (const m of sentence.matchAll(pattern)) names.add((m[1] ?? '').trim());
  return names.size === 1 ? [...names][0] : undefined;
}

function previousSentences(ref: string, source: SourceIndex): string[] {
  const match = /^p(\d+)\.s(\d+)$/.exec(ref);
  if (!match) return [];
  const out: string[] = [];
  for (let s = Number(match[2]) - 1; s >= 1; s--) {
    const sentence = source.sentences.get(`p${match[1]}.s${s}`);
    if (sentence !== undefined) out.push(sentence);
  }
  return out;
}

/** The speaker of a source sentence: named in it, or, for "she said", in the paragraph before it. */
export function speakerOf(ref: string, source: SourceIndex): string | undefined {
  const sentence = source.sentences.get(ref);
  if (sentence === undefined) return undefined;
  const named = findSpeaker(sentence);
  if (named) return onlyTitle(named) ? (titledName(named, source) ?? named) : named;
  if (!PRONOUN_SPEECH.test(sentence) && !QUOTED.test(sentence)) return undefined;
  QUOTED.lastIndex = 0;
  for (const before of previousSentences(ref, source)) {
    // "Ms Pettibone, the nurse, now commutes …. "I leave at five," she said.": the person the sentence before
    // is about says it, though no verb of saying names them.
    const speaker =
      findSpeaker(before) ?? (PRONOUN_SPEECH.test(sentence) ? personOpening(before) : undefined);
    if (speaker) return speaker;
  }
  return undefined;
}

/**
 * "Ms Pettibone, the nurse, …", "Dr Ana Ruiz now …", "Maria Lopez, 62, …": a person opening a sentence; or the
 * name after a description that points ("Our GP, Dr Kirsteen Ballantyne, …"), which is no name itself.
 */
const PERSON_OPENING =
  /^(?:(?:Our|My|Its|His|Her|Their|The)\s[^,]{1,30},\s(?:(?:Mr|Ms|Mrs|Dr|Prof|Professor)\.?\s+)?((?:\p{Lu}[\p{L}'’-]+\s?){1,3}),|(?:Mr|Ms|Mrs|Dr|Prof|Professor)\.?\s+((?:\p{Lu}[\p{L}'’-]+\s?){1,3})|(?!(?:Our|My|Its|His|Her|Their|The)\s)(\p{Lu}[\p{L}'’-]+\s\p{Lu}[\p{L}'’-]+),)/u;

function personOpening(sentence: string): string | undefined {
  const m = PERSON_OPENING.exec(sentence.trim());
  return (m?.[1] ?? m?.[2] ?? m?.[3])?.trim();
}

/** The quotation of a source sentence that an item carries, with its speaker, when the item does not name them. */
export function unnamedSpeaker(
  item: ItemView,
  title: string | undefined,
  source: SourceIndex,
): { quote: string; speaker: string } | undefined {
  const itemWords = normalWords(item.plain);
  const onSlide = `${item.plain} ${title ?? ''}`.toLowerCase();
  for (const ref of item.refs) {
    const sentence = source.sentences.get(ref) ?? '';
    for (const match of sentence.matchAll(QUOTED)) {
      const quote = match[1] ?? '';
      const quoteWords = normalWords(quote);
      if (quoteWords.length < MIN_QUOTE_WORDS) continue;
      if (!shareRun(quoteWords, itemWords, Math.min(QUOTE_RUN, quoteWords.length))) continue;
      const speaker = speakerOf(ref, source);
      if (!speaker) continue;
      const surname =
        shortName(speaker)
          .split(/\s+/)
          .filter((w) => NAME_WORD.test(w))
          .at(-1) ?? speaker;
      if (onSlide.includes(surname.toLowerCase())) return undefined;
      return { quote, speaker: shortName(speaker) };
    }
  }
  return undefined;
}
