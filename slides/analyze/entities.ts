import { escapeRegExp } from '../regexp';
import type { Entity, EntityKind, Token } from './types';
import { placeFor } from './places';
import {
  ACRONYM,
  CAPITALISED,
  KNOWN_ORG_ACRONYMS,
  NAME_CONNECTORS,
  NAME_PARTICLES,
  NOT_NAME_WORDS,
  ORG_KEYWORDS,
  PERSON_TITLES,
  PLACE_HEADS,
  PLACE_PREFIXES,
} from './entityRules';

/** A word: tokens re-joined across hyphens ("Amir-Abdollahian", "Nagorno-Karabakh"). */
interface Word {
  text: string;
  pos: string;
}

/** One name found in one sentence, before merging. */
interface Mention {
  name: string;
  kind: EntityKind | 'surname';
  role?: string;
  aliases: string[];
}

const POSSESSIVE = /^['’]s$/;

function toWords(tokens: Token[]): Word[] {
  const words: Word[] = [];
  for (const token of tokens) {
    const prev = words[words.length - 1];
    if (prev && !token.spaceBefore && (token.text === '-' || prev.text.endsWith('-'))) {
      prev.text += token.text;
      if (token.pos === 'PROPN') prev.pos = 'PROPN';
    } else {
      words.push({ text: token.text, pos: token.pos });
    }
  }
  return words;
}

function isNameWord(word: Word | undefined, first: boolean): boolean {
  if (!word || !CAPITALISED.test(word.text)) return false;
  if (!first) return true;
  return word.pos === 'PROPN' || placeFor(word.text) !== undefined || ACRONYM.test(word.text);
}

/** One-word titles that may close a longer one ("Chief Justice", "Data Protection Commissioner"). */
const TITLE_HEADS = new Set([
  'Justice',
  'Judge',
  'Commissioner',
  'Minister',
  'Secretary',
  'Governor',
  'Chancellor',
  'Mayor',
  'Ambassador',
  'Inspector',
  'Superintendent',
  'Councillor',
  'Senator',
  'Director',
  'Chair',
  'Chairman',
  'Chairwoman',
]);

function stripTitle(words: string[]): { rest: string[]; role?: string } {
  let role: string | undefined;
  let rest = words;
  // "Chief Justice Arvid Kjeldsen", "Data Protection Commissioner Henrik Aalto": the words up to the title's head
  // are the title, when a name follows it.
  const head = words.findLastIndex((w, i) => i > 0 && i < words.length - 1 && TITLE_HEADS.has(w));
  // "the Chief Justice": a title with no name after it names no one.
  if (
    words.length > 1 &&
    TITLE_HEADS.has(words[words.length - 1] ?? '') &&
    words.every((w) => CAPITALISED.test(w))
  )
    return { rest: [], role: words.join(' ') };
  if (head > 0 && !words.slice(0, head).some((w) => ORG_KEYWORDS.has(w) || ACRONYM.test(w))) {
    role = words.slice(0, head + 1).join(' ');
    rest = words.slice(head + 1);
  }
  for (let changed = true; changed && rest.length > 0;) {
    changed = false;
    for (const title of PERSON_TITLES) {
      const parts = title.split(' ');
      if (parts.every((p, i) => rest[i] === p)) {
        role = role ? `${role} ${title}` : title;
        rest = rest.slice(parts.length);
        changed = true;
        break;
      }
    }
  }
  return { rest, role };
}

function initials(words: string[]): string {
  return words
    .filter((w) => CAPITALISED.test(w))
    .map((w) => w[0])
    .join('');
}

/**
 * Letters after a person's name ("Verity Adebowale-Frost KC", "Sir Ian Holm CBE", "Barnabas Ellory MA"): a rank,
 * not part of the name.
 */
export const POST_NOMINAL_LETTERS = 'KC|QC|SC|MP|MSP|MEP|MS|MA|AM|OBE|CBE|MBE|KBE|DBE|FRS|PhD|MD|Jr|Sr';
const POST_NOMINAL = new RegExp(`^(?:${POST_NOMINAL_LETTERS})$`);

function classify(words: string[], acronym: string | undefined, out: Mention[]): void {
  const { rest, role } = stripTitle(words);
  const titled = rest[0] === 'The' ? rest.slice(1) : rest;
  // (Only after at least two words of a name: "MP" alone, or "KC Holdings", is no rank.)
  const parts =
    titled.length > 2 && POST_NOMINAL.test(titled[titled.length - 1] ?? '') ? titled.slice(0, -1) : titled;
  if (parts.length === 0) return;
  const joined = parts.join(' ');
  if (
    parts.some((w) => ORG_KEYWORDS.has(w)) ||
    (parts.length === 1 && ACRONYM.test(joined) && !placeFor(joined))
  ) {
    if (parts.length === 1 && ORG_KEYWORDS.has(joined)) return;
    const aliases = [
      acronym,
      parts.length >= 3 && !parts.some((w) => ACRONYM.test(w)) ? initials(parts) : undefined,
    ].filter((a): a is string => !!a);
    out.push({ name: joined, kind: 'organization', aliases });
    const lead = parts[0] ?? '';
    if (parts.length > 1 && KNOWN_ORG_ACRONYMS.has(lead))
      out.push({ name: lead, kind: 'organization', aliases: [] });
    return;
  }
  // "Quay Street", "Great Brannoch", "St. Columba": a place's name, whatever its words look like.
  if (
    parts.length >= 2 &&
    (PLACE_HEADS.has(parts[parts.length - 1] ?? '') || PLACE_PREFIXES.has(parts[0] ?? ''))
  ) {
    out.push({ name: joined, kind: 'place', aliases: [] });
    return;
  }
  const place = placeFor(joined);
  if (place) {
    out.push({ name: place, kind: 'place', aliases: joined === place ? [] : [joined] });
    return;
  }
  // "Pieter van Dael", "Ursula von der Leyen": a surname's particles keep a person's name whole.
  const particle = parts.findIndex((w) => NAME_PARTICLES.has(w));
  if (
    particle > 0 &&
    particle < parts.length - 1 &&
    parts.every((w) => NAME_PARTICLES.has(w) || (CAPITALISED.test(w) && !NAME_CONNECTORS.has(w))) &&
    !parts.some((w) => placeFor(w) || NOT_NAME_WORDS.has(w) || ACRONYM.test(w))
  ) {
    const surname = parts.slice(particle).join(' ');
    out.push({ name: joined, kind: 'person', role, aliases: [surname, parts[parts.length - 1] ?? surname] });
    return;
  }
  if (parts.some((w) => NAME_CONNECTORS.has(w))) {
    let run: string[] = [];
    for (const w of [...parts, 'of']) {
      if (NAME_CONNECTORS.has(w)) {
        if (run.length) classify(run, undefined, out);
        run = [];
      } else run.push(w);
    }
    return;
  }
  const places = parts.map((w) => placeFor(w));
  if (places.some((p) => p) && parts.every((w, i) => places[i] || NOT_NAME_WORDS.has(w) || ACRONYM.test(w))) {
    for (const [i, p] of places.entries()) {
      if (p) out.push({ name: p, kind: 'place', aliases: parts[i] === p ? [] : [parts[i] ?? ''] });
    }
    return;
  }
  if (parts.some((w) => NOT_NAME_WORDS.has(w) || placeFor(w) || ACRONYM.test(w))) return;
  const surname = parts[parts.length - 1] ?? '';
  if (parts.length >= 2) out.push({ name: joined, kind: 'person', role, aliases: [surname] });
  else out.push({ name: joined, kind: role ? 'person' : 'surname', role, aliases: [] });
}

/** Finds the names (people, places, organisations, bare surnames) in one sentence's tokens. */
export function findMentions(tokens: Token[]): Mention[] {
  const words = toWords(tokens);
  const out: Mention[] = [];
  for (let i = 0; i < words.length; i++) {
    if (!isNameWord(words[i], i === 0)) continue;
    const seq: string[] = [];
    let j = i;
    while (j < words.length) {
      const word = words[j];
      if (isNameWord(word, j === 0)) seq.push(word?.text ?? '');
      // "the Heat Pump Installers' Association", "the Aldmark Riders' Union": a plural possessive inside a name.
      else if (
        word &&
        /^['’]$/.test(word.text) &&
        /s$/.test(seq[seq.length - 1] ?? '') &&
        isNameWord(words[j + 1], false)
      )
        seq[seq.length - 1] += word.text;
      else if (
        word &&
        NAME_CONNECTORS.has(word.text) &&
        word.text !== 'and' &&
        isNameWord(words[j + 1], false)
      )
        seq.push(word.text);
      else break;
      j++;
    }
    let acronym: string | undefined;
    if (words[j]?.text === '(' && ACRONYM.test(words[j + 1]?.text ?? '') && words[j + 2]?.text === ')') {
      acronym = words[j + 1]?.text;
      j += 3;
    }
    classify(seq, acronym, out);
    i = j - 1;
    if (POSSESSIVE.test(words[j]?.text ?? '')) i = j;
  }
  return out;
}

/** Merges per-sentence mentions into entities; bare surnames and acronyms join the entity they belong to. */
export function mergeEntities(perSentence: { ref: string; mentions: Mention[] }[]): Entity[] {
  const byName = new Map<string, Entity>();
  const aliasOf = new Map<string, Entity>();
  const add = (entity: Entity, ref: string) => {
    if (entity.mentions[entity.mentions.length - 1] !== ref && !entity.mentions.includes(ref))
      entity.mentions.push(ref);
  };
  for (const pass of ['full', 'surname'] as const) {
    for (const { ref, mentions } of perSentence) {
      for (const m of mentions) {
        if ((m.kind === 'surname') !== (pass === 'surname')) continue;
        const known = byName.get(m.name) ?? aliasOf.get(m.name);
        if (m.kind === 'surname' || (m.kind === 'person' && !m.name.includes(' '))) {
          if (known?.kind === 'person') add(known, ref);
          else if (m.kind === 'person') {
            const entity: Entity = {
              name: m.name,
              kind: 'person',
              role: m.role,
              aliases: [],
              mentions: [ref],
            };
            byName.set(m.name, entity);
          }
          continue;
        }
        const entity = known ?? { name: m.name, kind: m.kind, role: m.role, aliases: [], mentions: [] };
        byName.set(entity.name, entity);
        entity.role ??= m.role;
        for (const alias of m.aliases) {
          if (alias && alias !== entity.name && !entity.aliases.includes(alias)) entity.aliases.push(alias);
          if (alias) aliasOf.set(alias, entity);
        }
        add(entity, ref);
      }
    }
  }
  const order = (ref: string) =>
    ref
      .split(/[ps.]+/)
      .filter(Boolean)
      .map(Number);
  for (const e of byName.values()) {
    e.mentions.sort((a, b) => {
      const [pa = 0, sa = 0] = order(a);
      const [pb = 0, sb = 0] = order(b);
      return pa - pb || sa - sb;
    });
  }
  return [...byName.values()].sort((a, b) => b.mentions.length - a.mentions.length);
}

/**
 * People whose last name the article also writes as an ordinary lower-case word ("Rented Homes", "Local
 * Government", "Rovers Supporters") are named things, not people: they are kept as organisations.
 */
export function notPeople(entities: Entity[], text: string): Entity[] {
  const lower = new Set(text.match(/\b\p{Ll}[\p{L}'’-]*\b/gu) ?? []);
  const lastOf = (name: string) => name.split(/\s+/).pop() ?? '';
  return entities.map((e) => {
    if (e.kind !== 'person' || !e.name.includes(' ')) return e;
    const last = lastOf(e.name);
    // "Ottoline Margit Kessardy, born 3 May 1940 …" at the foot of a piece that began "Ottoline Kessardy, who has
    // died …": the surname alone was introduced by the same person's shorter name.
    const first = e.name.split(/\s+/)[0];
    const introduced = entities.some(
      (o) => o !== e && o.kind === 'person' && lastOf(o.name) === last && o.name.split(/\s+/)[0] === first,
    );
    return lower.has(last.toLowerCase()) ||
      (!introduced && namedBefore(e.name, last, text)) ||
      placeOfPeople(last, text)
      ? { ...e, kind: 'organization' as EntityKind }
      : e;
  });
}

/**
 * "Fair Bills Calveria" beside "the Calverian Energy Regulator": a last word whose people's adjective the article
 * also writes is a country's name, so the name is a group's, not a person's.
 */
function placeOfPeople(last: string, text: string): boolean {
  const stem = escapeRegExp(last.replace(/[aeiouy]$/, ''));
  return new RegExp(`(?<![\\p{L}])${stem}(?:ian|an|ean|ese)(?![\\p{L}])`, 'u').test(text);
}

/** Times a "surname" stands alone before the full name that would introduce it, for it to be a name of its own. */
const NAMED_BEFORE_TIMES = 2;

/**
 * "Wessmark's deposit return scheme …", then "run by Circulate Wessmark": a last word the article writes alone
 * before the full name first appears is a name of its own (a country, a company), not the surname of a person a
 * news story introduces in full before it shortens them.
 */
function namedBefore(name: string, last: string, text: string): boolean {
  const introduced = text.indexOf(name);
  if (introduced <= 0) return false;
  const alone = new RegExp(`(?<![\\p{L}'’-])${escapeRegExp(last)}(?![\\p{L}-])`, 'gu');
  const before = [...text.slice(0, introduced).matchAll(alone)].length;
  return before >= NAMED_BEFORE_TIMES;
}
