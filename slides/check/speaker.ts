/** Finds who said something in a source sentence: "X said", "said X", "according to X", "X warned". */
import { isNameWord } from './words';

const NAME = String.raw`(?:\p{Lu}[\p{L}'’.-]*)(?:\s+(?:\p{Lu}[\p{L}'’.-]*|de|van|von|al|bin|of))*`;
const VERBS = String.raw`said|says|warned|warns|argued|argues|told|tells|insisted|insists|claimed|claims|wrote|writes|added|adds|noted|notes`;
const AFTER_VERB = new RegExp(String.raw`\b(?:${VERBS})\s+(?:the\s+)?(${NAME})`, 'u');
const BEFORE_VERB = new RegExp(String.raw`(${NAME})(?:,[^,]{1,60},)?\s+(?:${VERBS})\b`, 'u');
const ACCORDING = new RegExp(String.raw`\baccording to (?:the\s+)?(${NAME})`, 'u');
/** "the Insurance Commissioner, Lidia Farrant, said": the name set beside the role is who speaks. */
const NAMED_ROLE = new RegExp(String.raw`${NAME},\s+(${NAME}),\s+(?:${VERBS})\b`, 'u');

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
  for (const pattern of [ACCORDING, AFTER_VERB, NAMED_ROLE, BEFORE_VERB]) {
    const name = clean(pattern.exec(sentence)?.[1]);
    if (name) return name;
  }
  return undefined;
}

/** People named by what they are ("officials", "economists", "kidney specialists", "local farmers"), and the
 * institution an article has named ("the ministry", "the council", "a spokesperson"). */
const GROUP_NOUN = String.raw`(?:officials|experts|critics|analysts|advocates|campaigners|activists|residents|parents|patients|voters|investors|regulators|authorities|unions|economists|scientists|researchers|specialists|doctors|physicians|nurses|teachers|lawyers|diplomats|observers|historians|engineers|workers|farmers|executives|managers|leaders|lawmakers|legislators|ministers|officers|commentators|defenders|supporters|opponents|proponents|skeptics|sceptics|insiders|sources|people|many|some|others|\p{Ll}+(?:ists|ians)|ministry|council|government|company|bank|court|agency|department|police|union|board|committee|regulator|commission|firm|club|hospital|university|spokesperson|spokesman|spokeswoman)`;
const GROUP_VERB = String.raw`(?:say|says|said|argue|warn|warns|warned|argue|argues|argued|caution|cautions|cautioned|believe|believes|believed|expect|expects|expected|fear|fears|feared|insist|insists|insisted|note|notes|noted|contend|contends|contended|claim|claims|claimed|worry|worries|worried|suggest|suggests|suggested|estimate|estimates|estimated|predict|predicts|predicted|told|tell|point out|pointed out|agree|agreed|disagree|disagreed)`;
/**
 * A sentence opening on a group as the subject of a verb of saying ("Kidney specialists say …", "Some
 * economists warn that …"): the group is who says so, as named as the article names them.
 */
const GROUP_SPEAKER = new RegExp(
  String.raw`^((?:[\p{L}'’-]+\s+){0,3}?${GROUP_NOUN}(?:\s+(?:at|in|from|of|for|on)\s+(?:the\s+)?[\p{L}'’-]+(?:\s+[\p{L}'’-]+)?)?)\s+(?:(?:also|have|had|now|will|would|may|might|could|often|still)\s+)?${GROUP_VERB}\b`,
  'iu',
);

/** "The main risk, analysts say, is wages": a group's saying set off by commas inside the sentence. */
const GROUP_ASIDE = new RegExp(
  String.raw`,\s+((?:[\p{L}'’-]+\s+){0,2}?${GROUP_NOUN})\s+(?:${GROUP_VERB})\s*,`,
  'iu',
);

/**
 * The group a sentence opens on as the subject of a verb of saying, e.g. "Kidney specialists", or names in an
 * aside (", analysts say,"); else undefined.
 */
export function groupSpeaker(sentence: string): string | undefined {
  const opening = GROUP_SPEAKER.exec(sentence.trim())?.[1]?.replace(/^(?:but|and|yet|still|so)\s+/i, '');
  const aside = GROUP_ASIDE.exec(sentence)?.[1];
  const phrase = opening ?? (aside ? aside.charAt(0).toUpperCase() + aside.slice(1) : undefined);
  if (!phrase) return undefined;
  // "Critics say", "Health officials say" name who says so as the article does; "Some say" names no one.
  const words = phrase.split(/\s+/);
  const head = words.at(-1)?.toLowerCase() ?? '';
  const qualifiers = words.slice(0, -1).filter((w) => !QUANTIFIER.test(w));
  return VAGUE_GROUP.test(head) && qualifiers.length === 0 ? undefined : phrase;
}

/** Words that name no one without a qualifier ("Some say", "Many argue", "People think"). */
export const VAGUE_GROUP = /^(?:people|many|some|others|most|few)$/i;
const QUANTIFIER = /^(?:some|many|most|several|other|few|the|a|these|those|all|both|two|three|four)$/i;
