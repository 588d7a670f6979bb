/** The rules that shorten a source sentence into a bullet: each removes words, none adds any. */
import { DATELINE_LEDE } from '../import/articleHead';

/** "4. Emigration is real …": a numbered finding's number labels a list, not the point. */
export const LIST_NUMBER = /^(?:[A-Z]{1,3})?\d{1,2}[.)]\s+(?=\p{Lu})/u;
/** "Second, it is expensive …", "Third it sends …": an ordinal that counts the author's points. */
export const ORDINAL_OPENER =
  /^(?:(?:but|and),?\s+)?(?:first|second|third|fourth|fifth|finally|lastly|one|two|three|four|five)(?:,\s+|\s+(?=(?:it|the|we|they|this)\b))/i;

/** Connectives and attributions at the start of a sentence that carry no fact. Applied repeatedly. */
/** Words that open a subordinate clause before the main one ("Where …", "Unless …"). */
export const SUBORDINATORS = 'where|when|if|although|though|because|while|unless|whereas|once';
/** Prepositions that open a phrase setting the scene for the clause after it ("With …", "Despite …"). */
export const SCENE_PREPOSITIONS = 'with|without|despite|given|amid|following';

/** A condition opening a sentence: "If …", "Unless …", "Without …", "Provided that …", "As long as …". */
export const CONDITION_OPENING =
  /^(?:if|unless|only if|provided(?: that)?|as long as|so long as|assuming|without(?!\s(?:doubt|question|exception|fail)\b))\s/i;

export const LEADING_DROPS: readonly RegExp[] = [
  // "ROTTERDAM, May 4 (Wire) - A strike …": a wire story's dateline heads its lede, not its point.
  DATELINE_LEDE,
  /^according to [^,]{1,80},\s*/i,
  LIST_NUMBER,
  ORDINAL_OPENER,
  /^(?:in particular|in exchange|of the two|in addition|additionally|separately|moreover|furthermore|meanwhile|indeed|however|still|yet|so|thus|therefore|hence|also|even so|to be sure|in fact|notably|similarly|likewise|as such|instead|at the same time|in the end|ultimately|overall|in short|in sum|in practice|in reality|in effect|put simply|simply put|for now|after all|of course|on the other hand|by contrast|in turn|as a result|that said|for example|for instance|and|but),?\s+/i,
  /^to make matters (?:even )?\w+(?: \w+)?,\s*/i,
  // "Our short answer: the grant …", "The bottom line is this:": the cue that announces the point.
  /^(?:our|the|my) (?:short|simple|brief) answer(?: is)?\s*[:,]\s*|^the bottom line(?: is)?(?: this)?\s*:\s*/i,
  /^(?:this|that) is (?:largely |partly |mainly )?because\s+/i,
  // "A quick primer. Harrowmouth Container Terminal handled …": a live page's label run into its entry.
  /^(?:an?\s+)?(?:quick|brief|short)\s+(?:primer|recap|reminder|explainer|refresher|background)[.:]\s+(?=\p{Lu})/iu,
];

/** A leading subordinate, participial or purpose clause ("Although X, …", "Buoyed by X, …", "To measure X, …"):
 * dropped when the rest stands. */
// Never "if" or "unless": without its condition, a clause asserts what the sentence only supposes.
export const LEADING_CLAUSE =
  /^(?:although|though|even though|even if|while|whereas|unlike|buoyed by|driven by|backed by|judged by|measured by|seen from|viewed from|after|despite|in a context where|on the same day(?: that)?|at the same time as|as|given|with|since|once|when|because)\b(?:[^,]|,\s(?=\d{4}\b)|,\s(?=[^,]{1,60}\s(?:and|or)\s[^,]{1,60},)){3,140},\s+|^(?:in order )?to\s(?!(?:many|most|some|all|the|a|an|this|that|these|those|his|her|their|our|its|my|me|him|us|them|date|be sure|sum)\b)[a-z]+\s[^,:;]{3,140},\s+/i;

/**
 * A leading adjunct phrase before the first comma ("On the most recent count, …", "Speaking to parliament on
 * Wednesday, …", "In the long term, …"): dropped only when a sentence is still too long, as it may hold a date.
 * "For every 100 collected in premiums, 131 was paid out": a ratio's base is no adjunct to drop. A speaker's "This
 * afternoon I will ask …" needs no comma. "In years when wages race ahead of prices, …": one that holds a
 * condition is what the claim depends on, and stays.
 */
export const LEADING_ADJUNCT =
  /^(?!for (?:every|each)\b)(?![^,]{0,80}\b(?:when|whenever|if|unless)\b)(?:on|in|at|during|amid|following|for|under|over|within|across|throughout|before|after|by|from|three|two|six|several|speaking|asked|writing|first|second|third|finally|last|today|now)\b(?:[^,]|,\s(?=\d{4}\b)){0,140},\s+(?=[\p{L}"“])|^(?:this|tomorrow) (?:morning|afternoon|evening)\s+(?=(?:I|we)\s)/iu;

/** A description set off by commas after the name opening a sentence ("Kessler Robotics, the largest maker of
 * robots, reported …"): the name keeps its verb. */
export const LEADING_APPOSITIVE =
  /^((?:\p{Lu}[\p{L}.'’&-]*\s?){1,4}),\s(?:the|a|an)\s[^,]{3,110},\s(?=\p{Ll})/u;

/** A description after a name ending the sentence ("…, said Miguel Otero, a labor inspector in Andalusia"). */
export const TRAILING_APPOSITIVE = /(\p{Lu}[\p{L}'’-]+),\s(?:a|an|the)\s[^,;:"“”]{3,110}$/u;

/**
 * A name set off by commas after its description ("the bank's governor, Tomas Reinholt, said …"); not a name with
 * a description of its own after it ("deadline day, Danny Okoro, the club's top scorer, was sold"): that name is
 * the subject.
 */
export const NAME_APPOSITIVE =
  /,\s(?:\p{Lu}[\p{L}.'’-]*\s?){1,4},\s(?=\p{Ll})(?!(?:the|a|an)\s[^,]{3,110},\s)/gu;

/** Asides set off by commas that only hedge or connect. */
export const COMMA_ASIDE =
  /,\s*(?:(?:and )?(?:I['’]m|I am|we['’]re|we are) quoting(?: (?:here|directly|her|him|them|exactly))?|I quote|quote|however|in theory|for now|tragically|in turn|of course|in fact|notably|too|meanwhile|in particular|on the other hand|for example|for instance|among other things|it seems|as expected|moreover|though|therefore|thus|then|also|again|in practice|at least|so far|after all)\s*,/gi;

/** "…, as, tragically, seems inevitable, …": an "as"-aside on the likelihood of the clause before; a comma stays. */
export const AS_ASIDE =
  /,\s*as,?\s*(?:[\p{L}]+,\s*)?(?:seems|is|was|looks|appears|now seems)\s+[\p{L}]+(?:\s[\p{L}]+)?,/giu;

/** Trailing phrases without a comma that give a motive or contrast: dropped when the sentence is too long. */
export const TRAILING_ADJUNCT =
  /\s(?:rather than|out of (?:fears?|concerns?)|for fear|because of|in order to|so as to|amid)\b[^,;:]*$/i;

/** A reduced relative after a noun ("a corridor linking X with Y"): dropped up to the next comma or the end. */
export const REDUCED_RELATIVE = /(\S)\s(\p{Ll}[\p{L}]*ing)\b(?:[^,;:]|[,:](?=\d))*/gu;

/** Asides in parentheses or between spaced dashes. */
export const PARENTHETICAL = /\s*\([^()]{0,200}\)/g;
export const DASH_ASIDE = /\s[–—-]\s[^–—]{1,120}?\s[–—-]\s/g;

/**
 * A mid-sentence aside between commas that opens with a participle, relative or preposition: dropped whole (a
 * relative clause at any length, a phrase up to a short one),
 * unless it is an item of a series (", and …" or ", suburban and rural …" follows) or what follows leans on it: a relative ("dragged down by construction, where …"), an appositive
 * ("according to Vistula Bank, a Warsaw lender") or a condition of what the aside says ("guidance, which requires
 * officers to flag an offence …, even if it was never used": without the aside the condition would fall on the
 * guidance's adoption) or a contrast that finishes it ("pressed ahead, arguing that people respond to what they will
 * lose, not what they will gain").
 */
export const PAIRED_COMMA_ASIDE =
  /,\s(?:(?:which|who|whose)\b[^,]{1,160}|(?:more than|rather than|far from|not least|starting with|balancing|including|like|as|in|for|from|with|without|home to|\w+ing|\w+ed)\b[^,]{1,70}),\s(?=(?!(?:where|which|who|whom|whose|when|whenever|a|an|and|or|even|if|unless|although|though|because|since|once|until|while|whereas|provided|not|but|nor|yet|rather)\s)(?![a-z-]+(?:\s[a-z-]+)?\s(?:and|or)\s)[a-z])/g;

/** A pronoun opening the second half of "X is …: it …", replaced by the name that opens the first half. */
export const LEADING_PRONOUN =
  /^(?:it|they)\b(?!\s(?:is|was|would be|will be|seems|remains)\s(?:\w+\s)?(?:un)?(?:likely|clear|doubtful|possible|impossible|true|unclear|hard|difficult|easy|important|striking|notable)\b)/i;
export const LEADING_NAME =
  /^((?:[A-Z][\p{L}'’-]+\s?){1,3})(?=\s(?:is|are|was|were|has|have|had|does|did|can|will)\b)/u;

/** Trailing clauses that elaborate rather than state: dropped when the sentence is too long. */
export const TRAILING_CLAUSE =
  /,\s*(?:which|who|whose|where|home to|in the process|notably|including|thus|leading to|while|whereas|as well as|starting with|let alone|backed up by|rather than|an issue|a move|a step|something|even more so|even as|as|with|after|amid|despite|against|not least|a small|a fraction|a figure|a sign|a rise|a fall|\p{Ll}+ing|\p{Ll}+(?:ed|en) by)\b.*$/iu;

/** Hedge and filler words removed outright. */
export const FILLER_WORDS =
  /\s\b(?:also|(?<!\b(?:roughly|about|almost|nearly|broke|break|breaks|breaking|broken|pretty|fairly)\s)even(?!\s+(?:or|and|with|money)\b)|really|actually|simply|quietly|strenuously|routinely|so-called|(?<!\b(?:so|thus|by|as|how)\s)far(?!\s+(?:from|too|below|above|beyond|short|behind|ahead|as)\b)|therefore|thus)\b(?=\s)/gi;

/** "only if", "only when": a condition, not a contrast to drop. */
export const ONLY_IF = /^only\s(?:if|when|where|as long as|provided)\b/i;

/** "X, but Y": the contrast is the point, so its half is tried first. ", but only if Y" is X's condition, no
 * contrast: X alone would state it unconditionally. */
export const CONTRAST_SPLIT = /,\s+but\s+(?!only\s(?:if|when|where|as long as|provided)\b)/;

/** Clause boundaries tried in order when a sentence is still too long. */
export const CLAUSE_SPLITS: readonly RegExp[] = [/:\s+/, /;\s+/, /\s[–—-]\s/, CONTRAST_SPLIT];

/** Parts of speech a cut may not end on. */
export const BAD_ENDINGS = new Set(['ADP', 'DET', 'CCONJ', 'SCONJ', 'PART', 'PRON', 'AUX', 'PUNCT', 'ADV']);

export const WHITESPACE = /\s+/g;
export const SPACE_BEFORE_PUNCT = /\s+([,.;:!?])/g;
export const TRAILING_PUNCT = /[\s,;:–—-]+$/;
export const FINAL_STOP = /[.!?]+["”’]?$/;

/** Parts of speech a phrase cannot end on: after one, the phrase goes on past a comma ("a wider, lower embankment"). */
export const OPEN_END_POS: ReadonlySet<string> = new Set(['ADJ', 'DET', 'ADP', 'CCONJ']);

/** True when position `at` of `text` lies inside a quotation (an odd number of quote marks before it). */
export function insideQuotes(text: string, at: number): boolean {
  const before = text.slice(0, at);
  const straight = (before.match(/"/g) ?? []).length;
  const open = (before.match(/“/g) ?? []).length;
  const close = (before.match(/”/g) ?? []).length;
  return straight % 2 === 1 || open > close;
}

/** `text.replace(pattern, replace)` for the matches outside quotations only. */
export function outsideQuotes(
  text: string,
  pattern: RegExp,
  replace: (match: string, at: number, whole: string) => string,
): string {
  return text.replace(pattern, (match: string, ...rest: unknown[]) => {
    const whole = rest[rest.length - 1] as string;
    const at = rest[rest.length - 2] as number;
    return insideQuotes(whole, at) ? match : replace(match, at, whole);
  });
}

/**
 * True when a comma aside repeats the preposition that heads the phrase before it ("useful for groceries, | for
 * packing before a trip, | for the steps …"): an item of a series, not an aside.
 */
export function parallelItem(before: string, aside: string): boolean {
  const head =
    /^[,\s]*(for|to|in|on|at|by|with|from|into|over|under|about|after|before|through|against|among)\b/i.exec(
      aside,
    )?.[1];
  if (!head) return false;
  const last = before.split(/\s+/).slice(-4);
  return last.slice(0, -1).some((w) => w.toLowerCase() === head.toLowerCase());
}
