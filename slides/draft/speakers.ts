/**
 * Who says so: the speaker of a quotation or an attributed opinion in a source sentence ("…, Frankel warned",
 * "according to the central bank", "she said" after Ana Frankel was named), so that a bullet or a title made from
 * it still names its speaker instead of restating an opinion as fact.
 */
import { escapeRegExp } from '../regexp';
import type { AnalyzedSentence, Entity } from '../analyze/types';
import { COURTESY_TITLE } from '../analyze/entityRules';
import { groupSpeaker } from '../check/speaker';
import { lexiconOf, posOf } from './clauses';
import { ORGANISATION_WORD } from './headline';

/** The verbs that report speech, shared by the speaker rules and the plan's test of who speaks. */
export const SAY_VERB = String.raw`(?:said|says|say|told|tells|tell|warned|warns|warn|argued|argues|argue|added|adds|noted|notes|wrote|writes|insisted|insists|claimed|claims|believes|believe|believed|thinks|think|thought|predicted|predicts|cautioned|cautions|explained|explains|stressed|stresses|acknowledged|acknowledges|admitted|admits|conceded|concedes|contended|contends|observed|observes|recalled|recalls|suggested|suggests|announced|announces|declared|declares|asserted|asserts|countered|counters|replied|replies|complained|complains|maintained|maintains|wondered|wonders|conceded|reckons|reckoned|put it|puts it)`;
export const SAY_AFTER = new RegExp(String.raw`\b${SAY_VERB}\b`, 'i');
/** 'he described the effect: "…"': a clause whose subject is "he" or "she", then a colon and a quotation. */
const PRONOUN_LEAD_IN = /(?:^|,\s)(?:he|she)\s\p{Ll}+\b[^:"“”]{0,80}:\s*["“]/iu;
/** What may stand between a speaker's name and the verb of saying: a comma, "also", nothing. */
const SPEAKS_LAST = /^,?\s+(?:also\s+)?(?:(?:has|have|had)\s+(?:long\s+|always\s+)?)?$/;
/** '"…," said Jane Doe' — the speaker after the verb. */
const SAID_NAME = new RegExp(String.raw`["”'’],?\s+${SAY_VERB}\s+((?:\p{Lu}[\p{L}.'’-]*\s?){1,4})`, 'u');
/** '"…," said Tarnby airport's chief executive, Elin Dahlqvist.': a description, then the speaker's name. */
const SAID_DESCRIBED = new RegExp(
  String.raw`["”'’],?\s+${SAY_VERB}\s+[^,"“”]{2,80}?,\s+((?:\p{Lu}[\p{L}.'’-]*\s?){1,4})[.!]?$`,
  'u',
);
/** "In his view, …", "In Grey's view, …", "In the view of the regulator, …": whose opinion the sentence gives. */
const IN_VIEW =
  /^(?:[Ii]n|[Tt]o) (?:(his|her)|(?:the )?((?:\p{Lu}[\p{L}.'’&-]*\s?){1,4})['’]s?) (?:view|opinion|judge?ment|mind)\b|^[Ii]n the (?:view|opinion|judge?ment) of ((?:the )?(?:\p{Lu}[\p{L}.'’&-]*\s?){1,4})/u;
const ACCORDING_TO = /\baccording to ((?:the )?(?:\p{Lu}[\p{L}.'’&-]*\s?){1,6}(?:\([A-Z]{2,8}\))?)/u;
/**
 * "according to the Kestrian chamber of commerce", "according to Kestrian defence officials": capitalised words
 * that describe a body a common noun names.
 */
const ACCORDING_TO_BODY =
  /\baccording to ((?:the )?\p{Lu}[\p{L}-]*(?:\s\p{Lu}[\p{L}-]*)?(?:\s\p{Ll}[\p{L}-]*){0,2}?\s(?:chamber|ministry|department|office|agency|association|federation|union|council|institute|bank|government|army|navy|police|statistics office|central bank|foreign ministry|embassy|authorities|officials|data|figures|estimates)(?:\s(?:of|for)\s\p{Ll}+(?:\s\p{Ll}+)?)?)\b/u;
/** A passage in quotation marks. */
const QUOTED_SPAN = /["“][^"“”]*["”]/g;
const PRONOUN_SPEAKER = new RegExp(String.raw`\b(he|she)\s+(?:also\s+)?${SAY_VERB}\b`, 'i');
/** A quotation long enough to be someone's words, not a term in quotation marks. */
const LONG_QUOTE = /["“]([^"”]+)["”]/g;
const MIN_QUOTE_WORDS = 4;
const WORD = /\S+/g;

/** The sentence quotes someone (four words or more in quotation marks) or reports what someone said. */
export function isAttributed(s: AnalyzedSentence): boolean {
  return hasLongQuote(s.text) || saysSomething(s) || ACCORDING_TO.test(s.text) || IN_VIEW.test(s.text);
}

const SAY_WORD = new RegExp(String.raw`^${SAY_VERB}$`, 'i');

/** Verbs that report speech only when what follows is what was said ("added that …"), not an object ("added
 * browser tests", "announced a second revision", "maintains the roads"). */
const OBJECT_TAKING =
  /^(?:add|adds|added|announce|announces|announced|recall|recalls|recalled|maintain|maintains|maintained|observe|observes|observed|declare|declares|declared|note|notes|noted|concede|concedes|conceded|acknowledge|acknowledges|acknowledged|admit|admits|admitted)$/i;
/** What follows a verb of saying when it reports: "that", a quotation, or the end of the clause. */
const REPORTS_NEXT = /^(?:that|["“”'‘’,.;:!?]|—|–)$/;
/** "put it more sharply: …", "as she put it": a verb of saying over two words. */
const PUT_IT = /\b(?:put|puts) it\b/i;
const NOUN_PHRASE = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PRON']);

/** True when a verb of saying is used as a verb reporting speech ("laying claims" is a noun). */
function saysSomething(s: AnalyzedSentence): boolean {
  if (PUT_IT.test(s.text)) return true;
  return s.tokens.some(
    (t, i) =>
      t.pos === 'VERB' &&
      SAY_WORD.test(t.text) &&
      // "had asked Castelo … to tell her what was wrong": what was asked for, not said ("glad to say" is said).
      !(s.tokens[i - 1]?.text.toLowerCase() === 'to' && /^tell$/i.test(t.text)) &&
      (!OBJECT_TAKING.test(t.text) || reports(s.tokens, i + 1)),
  );
}

/** True when the words from `at` are what was said: "that", a quotation, the clause's end, or a clause with
 * its own verb ("added the plan was dead"), not an object ("added browser tests that …"). */
function reports(tokens: AnalyzedSentence['tokens'], at: number): boolean {
  if (REPORTS_NEXT.test(tokens[at]?.text ?? '.')) return true;
  let i = at;
  while (i < tokens.length && NOUN_PHRASE.has(tokens[i]?.pos ?? '')) i++;
  return i > at && (tokens[i]?.pos === 'AUX' || tokens[i]?.pos === 'VERB');
}

/** True when a text holds a quotation of four words or more. */
export function hasLongQuote(text: string): boolean {
  for (const m of text.matchAll(LONG_QUOTE))
    if ((m[1]?.match(WORD)?.length ?? 0) >= MIN_QUOTE_WORDS) return true;
  return false;
}

/** How a speaker is named on a slide: a person by surname, an organisation by its shortest alias of 2+ letters. */
export function shortName(entity: Entity, text?: string): string {
  if (entity.kind === 'person') {
    // "van Dael": a surname with its particle, as the article writes it.
    const particled = entity.aliases.find(
      (a) => /^\p{Ll}/u.test(a) && (text === undefined || text.includes(a)),
    );
    return particled ?? entity.name.split(/\s+/).pop() ?? entity.name;
  }
  // Only a form the article writes: an acronym or country the analysis derived is not a name it uses.
  const written = [entity.name, ...entity.aliases].filter((n) => text === undefined || text.includes(n));
  const acronym = written.find((a) => /^[A-Z]{2,8}$/.test(a));
  return acronym ?? written[0] ?? entity.name;
}

/**
 * The speaker of a sentence, as a slide names them; `referent` gives the person "he"/"she" means. Undefined when
 * the sentence attributes nothing, or attributes it to someone it does not name.
 */
/** "A spokesperson for Harlow & Pine", "a spokeswoman for the Ministry of Health": who a spokesperson speaks for. */
const SPOKESPERSON_FOR =
  /^(?:[Aa]n?|[Tt]he)\s(?:[\p{Ll}-]+\s)?(?:spokesperson|spokeswoman|spokesman|representative)\s(?:for|from)\s(?:the\s)?(\p{Lu}[\p{L}'’-]*(?:\s(?:&|and|of|for|the|\p{Lu}[\p{L}'’-]*))*?)\s(?:said|says|told|added|argued|insisted|warned)\b/u;

export function speakerOf(
  s: AnalyzedSentence,
  entities: ReadonlyMap<string, Entity>,
  referent: () => string | undefined,
  text?: string,
): string | undefined {
  // 'he described the effect of the holdback: "…"': the quotation a pronoun's lead-in introduces is theirs.
  if (PRONOUN_LEAD_IN.test(s.text)) return referent();
  if (!isAttributed(s)) return undefined;
  const named = s.entities.map((n) => entities.get(n)).filter((e): e is Entity => !!e);
  const byText = (text: string) => named.find((e) => [e.name, ...e.aliases].some((n) => text.includes(n)));
  // "In his view Parliament deliberately left the period to local authorities": the view is the judge's.
  const view = IN_VIEW.exec(s.text);
  if (view?.[1]) return referent();
  const holder = (view?.[2] ?? view?.[3])?.trim();
  if (holder) {
    const e = byText(holder);
    return e ? shortName(e, text) : holder.replace(/^the\s+/i, '');
  }
  // "A spokesperson for Harlow & Pine said": the organisation speaks, by its name as written.
  // "A spokesperson for Mr Okonkwo-Reyes said": the person's spokesperson, not the person.
  const voice = SPOKESPERSON_FOR.exec(s.text)?.[1];
  const titled = voice && COURTESY_TITLE.exec(voice);
  if (voice) return titled ? `${voice.slice(titled[0].length)}'s spokesperson` : voice;
  // '"…," said Tarnby airport's chief executive, Elin Dahlqvist': the name after the description speaks.
  const described = SAID_DESCRIBED.exec(s.text)?.[1]?.trim();
  const person = described ? byText(described) : undefined;
  if (person?.kind === 'person') return shortName(person, text);
  const after = SAID_NAME.exec(s.text)?.[1]?.trim();
  if (after) return byText(after) ? shortName(byText(after)!, text) : after.split(/\s+/).pop();
  // "according to the Department's own estimates": the owner of the estimates says so.
  const according = ACCORDING_TO.exec(s.text)?.[1]
    ?.trim()
    .replace(/['’]s$/, '');
  if (according) {
    // "according to the Kestrian chamber of commerce": a name that only describes the body that speaks.
    const body = ACCORDING_TO_BODY.exec(s.text)?.[1];
    if (body) return body.replace(/^the\s+/i, '');
    const e = byText(according);
    return e ? shortName(e, text) : according.replace(/^the\s+/i, '');
  }
  // '"…, the case becomes very hard to argue with," he said': the verb of saying outside the quotation reports it.
  const unquoted = s.text.replace(QUOTED_SPAN, (quote) => ' '.repeat(quote.length));
  const verb = saysSomething(s) ? (SAY_AFTER.exec(unquoted) ?? SAY_AFTER.exec(s.text)) : null;
  // "… the Grellmouth dock strike has been told as a tragedy": a passive telling names no teller before it.
  if (verb && !PASSIVE_SAYING.test(s.text.slice(0, verb.index))) {
    const before = s.text.slice(0, verb.index);
    if (PRONOUN_SPEAKER.test(s.text) && /\b(?:he|she)\s+(?:also\s+)?$/i.test(before)) return referent();

    // '"Consent is a choice," the Chief Justice wrote': the person the article names with that title.
    const role = ROLE_BEFORE_VERB.exec(before)?.[1];
    const titled = role && text ? titledPerson(role, text, entities) : undefined;
    if (titled) return shortName(titled, text);
    // The speaker is the name mentioned last before the verb ("Frankel, a lawyer at X, warned"), outside a
    // relative clause about them ("Adaralegbe, whom Ostrem quotes approvingly, warns" is Adaralegbe's).
    // "Mrs Ilse Marwood, head of Brackley Primary, said": the name a description follows speaks, not a name
    // inside the description.
    const main = before
      .replace(RELATIVE_ASIDE, (aside) => ' '.repeat(aside.length))
      .replace(DESCRIBING_ASIDE, (aside) => ' '.repeat(aside.length));
    // "Tessaly Minerals, Norland's only lithium refiner, said": a name owning the description is not who speaks.
    const owner = (e: Entity) =>
      [e.name, ...e.aliases].some((n) => {
        const at = main.lastIndexOf(n);
        return at >= 0 && /^['’]s\s/.test(main.slice(at + n.length));
      });
    const candidates = named
      .map((e) => ({ e, at: Math.max(...[e.name, ...e.aliases].map((n) => main.lastIndexOf(n))) }))
      .filter(
        (c) =>
          c.at >= 0 &&
          !owner(c.e) &&
          (c.e.kind === 'person' ||
            c.e.kind === 'organization' ||
            // "Their secretary, Owen Marsh, said": a name right before the verb speaks, whatever it looks like.
            SPEAKS_LAST.test(before.slice(c.at + c.e.name.length))),
      );
    // "Precious Tolland of Renters' Voice argues": a name after "of" is where the speaker before it comes from.
    const whence = (c: (typeof candidates)[number]) =>
      /\b(?:of|at|from)\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’-]*\s+){0,3}$/u.test(main.slice(0, c.at)) &&
      candidates.some((o) => o.at < c.at);
    const people = candidates.filter((c) => c.e.kind === 'person' && !whence(c));
    const pick = (people.length ? people : candidates).sort((a, b) => b.at - a.at)[0];
    if (pick) return shortName(pick.e, text);
    // "Mei, for the record, now says …": a person the article named in full, called by first name.
    // "Kessler said …" after "Kessler Robotics": a company called by its first word is named so.
    const first = byFirstName(before, entities);
    if (first)
      return ORGANISATION_WORD.test(first.name) ? first.name.split(/\s+/)[0] : shortName(first, text);
    // "For three years Kestria has insisted that …": a proper name right before the verb speaks, whatever it is
    // (a country the gazetteer does not know).
    const bare = NAME_BEFORE_VERB.exec(main)?.[1];
    if (
      bare &&
      s.tokens.some((t) => t.text === bare && t.pos === 'PROPN') &&
      !/^(?:The|This|That|It)$/.test(bare)
    )
      return bare;
  }
  // 'Tomas Varen came to power on a promise to "never surrender …"': the one person the sentence names before
  // the words it quotes ("Ilse Kardan, who leads the … Trade Unions, has made the point: "…"" is hers, not the
  // unions').
  const quoteAt = s.text.search(/["“]/);
  const before = quoteAt > 0 ? s.text.slice(0, quoteAt) : '';
  const people = named.filter(
    (e) => e.kind === 'person' && [e.name, ...e.aliases].some((n) => before.includes(n)),
  );
  if (hasLongQuote(s.text) && people.length === 1 && people[0]) return shortName(people[0], text);
  // "Kidney specialists say …": a group the article names only by what they are.
  return groupSpeaker(s.text);
}

/** "has been ", "was ", "is being ": the auxiliary of a passive just before a verb of saying. */
const PASSIVE_SAYING = /\b(?:been|being|be|is|was|are|were)\s+(?:\p{L}+ly\s+)?$/iu;

/** A capitalised name, not opening the sentence, just before the verb of saying (after "has", "also"). */
const NAME_BEFORE_VERB =
  /(?<=\S\s)(\p{Lu}[\p{L}'’-]+),?\s+(?:also\s+)?(?:(?:has|have|had)\s+(?:long\s+|always\s+)?)?$/u;

/** ", whom Ostrem quotes approvingly elsewhere,": a relative clause set off by commas. */
const RELATIVE_ASIDE = /,\s(?:who|whom|whose|which)\s[^,]{1,120},/gi;

/**
 * ", head of Brackley Primary, " (or ", Head of Household Finance Statistics at …, ", never ", Professor Anselm
 * Dray, ") before a verb of saying: a description of the name before it.
 */
const DESCRIBING_ASIDE =
  /(?<=\p{L}),\s(?:\p{Ll}|(?:Head|Director|Chief|Deputy|Chair|President|Secretary|Minister|Governor|Professor|Senior|Lead|Principal)(?:\s\p{Lu}\p{L}+){0,2}\s(?:of|at|for|in)\s)[^,"“”]{0,100},\s*(?:also\s+)?$/u;

/** "the Chief Justice ", "the board's director ": a speaker called by their title just before the verb. */
const ROLE_BEFORE_VERB = /\b[Tt]he ((?:\p{L}+['’]s\s)?(?:\p{L}+\s){0,2}\p{L}+)\s+(?:also\s+)?$/u;

/**
 * The one person the article names with a title ("Chief Justice Arvid Kjeldsen", "Mette Skovgaard, the board's
 * director"), when a sentence calls them by that title alone.
 */
function titledPerson(role: string, text: string, entities: ReadonlyMap<string, Entity>): Entity | undefined {
  const title = escapeRegExp(role);
  const found = [...entities.values()].filter(
    (e) =>
      e.kind === 'person' &&
      e.name.includes(' ') &&
      // "The Minister for Transport, Rhodri Fenwick-Ashe MS, gave evidence": the title, its remit, then the name.
      new RegExp(
        String.raw`\b${title}\s+${e.name}\b|\b${e.name},\s+(?:the\s+)?${title}\b|\b${title}\s+(?:for|of)\s+[^,.]{2,60},\s+${e.name}\b`,
        'iu',
      ).test(text),
  );
  return found.length === 1 ? found[0] : undefined;
}

/** The one person named in full whose first name (alone) the text uses. */
function byFirstName(text: string, entities: ReadonlyMap<string, Entity>): Entity | undefined {
  const people = [...entities.values()].filter((e) => e.kind === 'person' && e.name.includes(' '));
  const found = people.filter((e) => {
    const first = e.name.split(/\s+/)[0] ?? '';
    return /^\p{Lu}\p{Ll}+$/u.test(first) && new RegExp(String.raw`\b${first}\b(?!\s\p{Lu})`, 'u').test(text);
  });
  const firstNames = new Set(found.map((e) => e.name.split(/\s+/)[0]));
  return found.length === 1 && firstNames.size === 1 ? found[0] : undefined;
}

/** "put it more sharply at the time": how or when something was said, in words at most. */
const MAX_MANNER_WORDS = 6;
/** An introduction's manner made only of an adverb and phrases of place and time ("plainly at a meeting in May"). */
const ADJUNCT_MANNER =
  /^(?:\p{Ll}+ly\s+)?(?:(?:at|in|on|during|before|after|to|last|earlier|this)\s(?:a|an|the|this|last|its|their|his|her|\p{Lu}|\d)[^,]*)?$/u;
const MAX_ADJUNCT_MANNER_WORDS = 10;
/** A sentence that ends on a whole quotation introduced by a colon ('X put it sharply: "Robots do not …"'). */
/** (A quotation that runs on into the next sentence ends this one without its closing mark.) */
const INTRODUCED_QUOTE = /:\s*["“]([^"“”]+?)[.,!?]?(?:["”]\s*[.!?]?|[.!?])$/;

/** The quotation a sentence introduces with a colon and ends on, without its closing stop; else undefined. */
/** '"We cannot staff a unit safely …," said Thomas Achterberg, …': a quotation that opens its sentence. */
const OPENING_QUOTE = new RegExp(String.raw`^["“]([^"“”]{12,240}?)[,.!?]?["”],?\s+${SAY_VERB}\b`, 'i');

/** The words of a quotation that opens its sentence before its verb of saying, or undefined. */
export function openingQuote(text: string): string | undefined {
  const quote = OPENING_QUOTE.exec(text.trim())?.[1]?.trim();
  return quote && hasLongQuote(`"${quote}"`) ? quote : undefined;
}

const INTRODUCING_PHRASE =
  /\b(?:made|makes|make|has made|had made) (?:the|this|that|a similar|the same|a) (?:point|case|argument)\b|\bsumm(?:ed|ing|s) (?:it|this|that) up\b|\bput(?:s)? (?:the (?:[\p{L}-]+ ){0,3}(?:one|point|objection|case|argument|question|worry|concern|complaint))\b/giu;

export function introducedQuote(text: string): string | undefined {
  const m = INTRODUCED_QUOTE.exec(text.trim());
  const quote = m?.[1]?.trim();
  if (!m || !quote || !hasLongQuote(`"${quote}"`)) return undefined;
  // The part before the colon only introduces: its verb of saying and how or when ("put it more sharply at the
  // time"), not a claim of its own the quotation qualifies ("says the move was right, with one condition").
  const intro = text.trim().slice(0, m.index);
  const verbs = [
    ...intro.matchAll(new RegExp(SAY_AFTER.source, 'gi')),
    // "has made the point more memorably:", "summed it up:": a phrase that only introduces the words.
    ...intro.matchAll(INTRODUCING_PHRASE),
  ].sort((a, b) => (a.index ?? 0) - (b.index ?? 0));
  const last = verbs[verbs.length - 1];
  if (!last) return undefined;
  const manner = intro.slice((last.index ?? 0) + last[0].length).trim();
  // "plainly at a committee meeting in February": how, where and when, however many words it takes.
  const words = manner.split(/\s+/).filter(Boolean).length;
  const adjuncts = ADJUNCT_MANNER.test(manner) && words <= MAX_ADJUNCT_MANNER_WORDS;
  return (words <= MAX_MANNER_WORDS || adjuncts) && !/,/.test(manner) ? quote : undefined;
}

/** True when the text names the speaker (or any form of it). */
export function namesSpeaker(text: string, speaker: string): boolean {
  return text.toLowerCase().includes(speaker.toLowerCase());
}

/**
 * A bullet that names its speaker: "she said"/"he said" becomes the speaker's name; otherwise the speaker leads
 * ("Frankel: the schedules were public"). The text unchanged when it names the speaker already.
 */
export function withSpeaker(text: string, speaker: string | undefined): string {
  if (!speaker || namesSpeaker(text, speaker)) return text;
  // "Traders, he says, are losing customers": the label names who says it, so the aside goes.
  const aside = /,\s(?:he|she|they)\s(?:says|said|argues|argued|insists|insisted|believes|thinks),\s/i;
  if (aside.test(text)) return `${speaker}: ${runOn(text.replace(aside, ' '))}`;
  // '"Consent is a choice," the Chief Justice wrote, "not a toll booth"': the title gives way to the name.
  const titled =
    /(["”],?\s+)the (?:\p{Lu}\p{L}+\s){0,2}\p{Lu}\p{L}+\s+(said|says|wrote|writes|added|argued|warned)\b/u;
  if (titled.test(text))
    return text.replace(titled, (_, lead: string, verb: string) => `${lead}${speaker} ${verb}`);
  // '"We did not run out of water," he writes in the closing pages': the name stands where the pronoun did.
  const pronoun =
    /(,?)(["”]?)\s+(?:he|she)\s+(said|says|added|adds|warned|warns|argued|argues|wrote|writes|noted|notes|told [\p{L} ]+)((?:\s(?:in|on|at)\s[\p{L} ]{2,40})?)$/iu;
  if (pronoun.test(text))
    return text.replace(
      pronoun,
      (_, comma: string, quote: string, verb: string, tail: string) =>
        `${comma}${quote} ${speaker} ${verb}${tail}`,
    );
  // "He added that the bank would not need to …": the name stands for the pronoun that opens the saying.
  const opening = new RegExp(String.raw`^(?:he|she)(?=\s+(?:also\s+)?${SAY_VERB}\b)`, 'i');
  if (opening.test(text)) return text.replace(opening, speaker);
  return `${speaker}: ${text.charAt(0).toLowerCase() === text.charAt(0) ? text : runOn(text)}`;
}

/** Words that open a sentence and are never a name: after "As Holt put it," they take a small letter. */
const SENTENCE_OPENER =
  /^(?:not|nobody|nothing|none|when|if|what|why|how|where|while|although|because|since|until|once|even|only|yes|but|and|yet|then|now|here|tonight|today|tomorrow|yesterday|in|on|at|for|with|without|after|before|during|under|over|from|as|first|second|third|fourth|fifth|finally|lastly|next|however|indeed|instead|meanwhile|still)$/i;

/** Lower-cases the first letter of a sentence run on after a lead-in: a function word's, or as {@link lowerFirst}. */
export function runOn(text: string): string {
  const first = (text.split(/\s+/)[0] ?? '').replace(/[,;:.!?]$/, '');
  if (SENTENCE_OPENER.test(first)) return text.charAt(0).toLowerCase() + text.slice(1);
  // "Five of the seven were …", "Last year, 61 employers …": a common word, as the tagger reads it, is no name.
  // "I", an acronym ("NMC") and a name keep their capital.
  const common = /^\p{Lu}\p{Ll}/u.test(first) && !['PROPN', 'X'].includes(posOf(first, lexiconOf(text)));
  return common ? text.charAt(0).toLowerCase() + text.slice(1) : lowerFirst(text);
}

/** Lower-cases the first letter unless the first word is a name or an acronym. */
export function lowerFirst(text: string): string {
  const first = (text.split(/\s+/)[0] ?? '').replace(/[,;:.!?]$/, '');
  if (
    /^(?:The|A|An|It|There|This|These|That|Those|Its|Their|Our|We|Most|Many|Some|No|Every|Each|All)$/.test(
      first,
    )
  )
    return text.charAt(0).toLowerCase() + text.slice(1);
  return text;
}
