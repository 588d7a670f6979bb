/**
 * Recognises the lines around an article body: headline (with a section kicker or a site-name suffix), byline,
 * date line, standfirst, and the author's bio at the end. All patterns are cheap and anchored.
 */
import { countWords } from './normalise';
import { MONTHS } from '../months';

const KICKER_OR_SITE = /^(.+?) [|–—·•] (.+)$/;
const MAX_KICKER_WORDS = 3;
const MAX_SITE_WORDS = 4;
const MAX_TITLE_WORDS = 30;
/** A short headline may end with a full stop; a long line that does is a sentence of the body. */
const MAX_TITLE_WORDS_WITH_PERIOD = 12;
const SENTENCE_END = /[.;:,]$/;
const MAX_STANDFIRST_WORDS = 60;
/** Wire-style datelines open a news lede ("KYIV, Ukraine (AP) —", "ROTTERDAM, May 4 (Wire) -"), never a standfirst. */
export const DATELINE_LEDE =
  /^\p{Lu}[\p{Lu} .'’-]{2,30}(?:,\s[\p{L}\d .]{2,25}){0,2}(?:\s?\([^)]{1,20}\))?\s*[—–-]{1,2}\s/u;
const BYLINE =
  /^(?:by|written by|words by|interview(?:ed)? by|reporting by|(?:introduced|edited|compiled|moderated|chaired) by|(?:(?:this )?(?:summary|note|briefing|report|update) )?prepared by|authors?:|par|von|por|door)\s+([\p{L}'’.,\- ]{2,120}?)(?:\s*(?:[|•·—–]|,\s*(?:published|updated)|(?=\s(?:filed|published|updated|posted)\s+\d))\s*(.*))?$/iu;
const MONTH = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?';
const WEEKDAY = '(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\\s+)?';
/** ", 10:28am EST", " at 8:30 a.m. ET", " 4:52 PM GMT+2": a time of day after a written date. */
const TIME_OF_DAY = String.raw`,?\s+(?:at\s+)?\d{1,2}[:.]\d{2}\s*(?:am|pm|a\.m\.|p\.m\.)?(?:\s*[A-Z]{2,4}(?:[+-]\d{1,2}(?::?\d{2})?)?)?`;
const DATE_TEXT = `${WEEKDAY}(?:\\d{1,2}\\s+${MONTH}\\s+\\d{4}|${MONTH}\\s+\\d{1,2},?\\s+\\d{4}|${MONTH}\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2})(?:${TIME_OF_DAY})?`;
/** "Stenbridge, Wednesday 11 June 2025": a dateline's place, before the date it gives. */
const PLACE_BEFORE_DATE = "\\p{L}[\\p{L}'’.-]+(?:\\s\\p{L}[\\p{L}'’.-]+){0,2},\\s+";
/** "The Ledger Review · Ideas · 6 May 2025": the site and its section before the date, a part a separator. */
const SITE_AND_SECTION = "(?!by\\s)(?:\\p{Lu}[\\p{L}&'’ ]{1,40}\\s*[·|•]\\s*){1,2}";
/** "Issue #112 | Monday 4 August 2025": a newsletter's or magazine's issue line is its date line. */
const DATE_LINE = new RegExp(
  `^(?:(?:published|updated|posted|filed|first published|date)(?: on)?:?\\s+|(?:(?:report|paper|brief|briefing|bulletin)\\s+)?(?:issue|no\\.|vol\\.?|edition)\\s*#?\\s*\\d+\\s*[|·•—–-]\\s*|${PLACE_BEFORE_DATE}|${SITE_AND_SECTION})?(${DATE_TEXT})$`,
  'iu',
);
const NAME_PART = "[\\p{Lu}][\\p{L}'’.\\-]+";
const NAME_LINK = '(?:de|van|von|der|al|bin|da|del|la|le|el|di)';
const PERSON = `${NAME_PART}(?:\\s+(?:${NAME_PART}|${NAME_LINK})){1,4}`;
/**
 * "Eldar Mamedov is a Brussels-based foreign policy expert", "A B and C D are fellows at …", "Dana Whitcombe
 * covers rural health for …".
 */
const BIO_ROLE = [
  'a',
  'an',
  'the',
  'currently',
  'also',
  'senior',
  'professor',
  'director',
  'fellow',
  'research',
  'head',
  'chief',
  'lecturer',
  'associate',
  'assistant',
  'deputy',
  'editor',
  'correspondent',
  'president',
  'founder',
  'executive',
  'managing',
  'principal',
  'visiting',
  'non-resident',
  'nonresident',
]
  .map((word) => `[${word[0]!}${word[0]!.toUpperCase()}]${word.slice(1)}`)
  .join('|');
/** "is Sport Business Correspondent": a job title a bio gives after words naming its beat. */
const BIO_TITLE =
  'Correspondent|Editor|Reporter|Columnist|Writer|Fellow|Director|Professor|Analyst|Economist';
const AUTHOR_BIO = new RegExp(
  `^[*_]*(${PERSON}(?:(?:,\\s+|\\s+and\\s+)${PERSON})*)\\s+(?:(?:is|was|are|were)\\s+(?:${BIO_ROLE}|(?:\\p{Lu}\\p{L}+\\s){1,3}(?:${BIO_TITLE})|(?:\\p{Lu}\\p{L}+\\s){0,3}\\p{Lu}\\p{L}+['’]s\\s)|(?:covers|writes about|reports on|edits|teaches|reviews|has (?:reviewed|covered|written about|reported on|edited))\\s)\\b`,
  'u',
);
/** What a review calls the work it judges, just after "is a", "is the" ("… is a good book about …"). */
const A_WORK =
  /^\s*(?:(?!(?:who|whose|which|of|at|for|with|in|on|by)\b)\p{L}+[-\s]){0,3}?(?:book|novel|history|memoir|study|biography|collection|account|read|film|album|play|report|survey|debut|sequel|work)\b(?!['’-]|\s+(?:critic|reviewer|editor|club|prize|award|trade|publisher|festival|series)\b)/iu;
/** A bio's research-focus sentence, which does not count towards its length. */
const RESEARCH_FOCUS =
  /\s(?=(?:His|Her|Their) (?:main |primary )?(?:research|academic) (?:focus|interests?)\b)/u;
/**
 * "About the author: Owen Marsh is …" carries its heading on the same line; a closing bio may open on a dash
 * instead ("— Mara Velkonen is a senior fellow …").
 */
const BIO_HEADING =
  /^[*_]*(?:(?:about the authors?|about the writer|author bio(?:graphy)?)\s*[:—–-]\s*|(?:[—–]|--)\s*)/i;
const MAX_BIO_WORDS = 50;
/** Only short lines (a credit, a "first published" note) may follow the bio. */
const MAX_WORDS_AFTER_BIO = 25;
/** The bio is one of the last few blocks. */
const BIO_SEARCH_DEPTH = 3;
/** When the byline named the author, their bio may sit above a few lines of site furniture ("Most popular"). */
const KNOWN_AUTHOR_BIO_DEPTH = 8;

/** A headline split into its parts. */
export interface HeadlineParts {
  title: string;
  kicker?: string;
  site?: string;
}

/** True when a block could be a headline: short, and not ending like a sentence of body text. */
export function looksLikeTitle(block: string): boolean {
  const words = countWords(block);
  if (words === 0 || words > MAX_TITLE_WORDS) return false;
  return !SENTENCE_END.test(block) || words <= MAX_TITLE_WORDS_WITH_PERIOD;
}

/** The emphasis marks around a Markdown line ("*Rosalind Achterberg chairs …*"). */
const EMPHASIS_ENDS = /^[*_]+|[*_]+$/g;

/**
 * "THE BALANCE SHEET | Football finance": a line of a site and its section, both short, which
 * {@link splitHeadline} cannot split into a headline and its kicker or site.
 */
export function siteAndSection(line: string): { site: string; section: string } | undefined {
  const [, site = '', section = ''] = KICKER_OR_SITE.exec(line.trim()) ?? [];
  return site && countWords(site) <= MAX_SITE_WORDS && countWords(section) <= MAX_SITE_WORDS
    ? { site, section }
    : undefined;
}

/** A wire service's label before its headline: "ANALYSIS-", "EXCLUSIVE-", "UPDATE 3-", "FACTBOX-" (not "NATO-Russia"). */
const WIRE_LABEL =
  /^((?:ANALYSIS|EXCLUSIVE|FACTBOX|EXPLAINER|INSIGHT|FOCUS|COLUMN|BREAKINGVIEWS|FEATURE|INTERVIEW|TIMELINE|PREVIEW|WRAPUP|UPDATE|REFILE|CORRECTED)(?: \d{1,2})?)-(?=\p{Lu})/u;

/** A live page's label after its headline. */
const LIVE_PAGE_LABEL = /^(?:as it happened|live(?: updates| coverage| blog)?|latest updates|recap)$/i;

/** Splits "Perspectives | Headline" (kicker) and "Headline | Site" (site name) forms. */
export function splitHeadline(line: string): HeadlineParts {
  // "ANALYSIS-Lusmark election: …", "UPDATE 2-…": a news agency's label, joined to the headline by a hyphen.
  const wire = WIRE_LABEL.exec(line);
  if (wire?.[1]) return { title: line.slice(wire[0].length), kicker: wire[1] };
  const match = KICKER_OR_SITE.exec(line);
  if (!match) return { title: line };
  const [, left = '', right = ''] = match;
  // "… walk out over automation bill – as it happened": a live page's label, neither its site nor its headline.
  if (LIVE_PAGE_LABEL.test(right.trim())) return { title: left };
  if (countWords(left) <= MAX_KICKER_WORDS && countWords(right) > MAX_SITE_WORDS)
    return { title: right, kicker: left };
  if (countWords(right) <= MAX_SITE_WORDS && countWords(left) > MAX_KICKER_WORDS)
    return { title: left, site: right };
  return { title: line };
}

/** ", Warsaw correspondent" after the byline's name is the writer's post, not a second author. */
const BYLINE_ROLE =
  /,\s+(?:[\p{L}-]+\s+){0,3}(?:correspondent|editor|reporter|writer|columnist|contributor|bureau chief|fellow|researcher|analyst|economist|director|partner|associate|counsel|solicitor|barrister|consultant|adviser|advisor|lecturer|professor)\b.*$/iu;
/** A date, with its weekday and clock time, ending a byline ("Tue 11 Nov 2025 18.52 GMT"). */
const TRAILING_STAMP =
  /,?\s+(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?,?\s+\d{4}(?:,?\s+\d{1,2}[.:]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,5})?)?$/i;
/** An author's name without the post after it ("Dr Yusra Penhallow, Senior Fellow, Housing" → "Dr Yusra Penhallow"). */
export function withoutPost(given: string): string {
  // "By Tamsin Ogundele (now) and Rhys Pellow (earlier)": a live page's rota, its writers by name.
  const author = given
    .replace(/^by\s+/i, '')
    .replace(/\s*\((?:now|earlier|until [^)]{1,12})\)/gi, '')
    // "… and Eskil Gallacher Tue 11 Nov 2025 18.52 GMT": the page's time stamp, set beside the names.
    .replace(TRAILING_STAMP, '');
  // "Imogen Tallis-Okafor, Partner, and Ravi Duncombe, Senior Associate": each writer without their post.
  const writers = author.split(/,?\s+and\s+/);
  const named = writers.map((w) => w.replace(BYLINE_ROLE, '').trim());
  if (writers.length > 1 && named.every((name) => PERSON_ONLY.test(name))) return named.join(' and ');
  return author.replace(BYLINE_ROLE, '').trim();
}
/** "By Nadia Farouk March 5, 2024": a byline with its date and no separator. */
const BYLINE_WITH_DATE = new RegExp(`^by\\s+(.{2,80}?)\\s+(${DATE_TEXT})$`, 'i');
const PERSON_ONLY = new RegExp(`^${PERSON}$`, 'u');
/** True when a line is a person's name and nothing else ("Rhea Castellane"). */
export const isPersonName = (line: string): boolean => PERSON_ONLY.test(line);
/** Two or three writers' full names joined by "and" or commas. */
const JOINT_NAMES = new RegExp(`^${PERSON}(?:,\\s+${PERSON}){0,1},?\\s+(?:and|&)\\s+${PERSON}$`, 'u');
const READING_TIME_TAIL = /\s*[·|•—–]?\s*\d+\s*(?:-\s*)?min(?:ute)?s?\.?\s+read\s*$/i;
/** An affiliation's number after an author's name ("Brask1,", "Vandermolen1"). */
const AFFILIATION_MARK = /(?<=\p{Ll})\d{1,2}(?=\s*(?:,|\band\b|$))/gu;
/**
 * "Liesl Brandvolda, Tomás Ferreira-Lundb and Ngozi Ekwuemec": authors marked with their affiliations' letters in
 * order (a, b, c), without them; any other line as it is.
 */
/** Authors whose names end on a, b, c in turn: three at least, so that two names ending so by chance stay whole. */
const MIN_LETTER_MARKED = 3;
function withoutLetterMarks(line: string): string {
  const names = line.split(/,\s*|\s+and\s+/);
  const marked =
    names.length >= MIN_LETTER_MARKED &&
    names.every((n, i) => n.length > 3 && n.endsWith(String.fromCharCode(97 + i)));
  if (!marked) return line;
  let at = 0;
  let out = '';
  for (const name of names) {
    const start = line.indexOf(name, at);
    out += line.slice(at, start) + name.slice(0, -1);
    at = start + name.length;
  }
  return out + line.slice(at);
}
/** "· Tags: reliability, postgres", "· 87 comments": a page's widgets after a byline's separator. */
const WIDGET_TAIL = /\s*[·|•]\s*(?:(?:tags|topics|filed under)\s*:[^·|•]*|\d[\d,]*\s+comments?)\s*$/i;

/** A byline line without the page's widgets after it ("… · 9 min read · Tags: reliability, postgres"). */
function withoutWidgets(text: string): string {
  let rest = text;
  for (let previous = ''; previous !== rest;)
    [previous, rest] = [rest, rest.replace(WIDGET_TAIL, '').replace(READING_TIME_TAIL, '')];
  return rest;
}
const KICKER_BEFORE_BY = /^[\p{L}&'’ -]{2,30}\s*[·|•]\s*(?=by\s)/iu;
/** A name, the writer's post after a comma, and the date after a separator, with no "By". */
const BYLINE_WITH_POST = new RegExp(`^(${PERSON}),\\s+[^·|•—–]{3,120}?\\s*[·|•—–]\\s*(${DATE_TEXT})$`, 'iu');
/** A letter's head: "From" the writer's name, where they write from, and the date. */
const LETTER_FROM = new RegExp(
  `^(?:from|posted by)\\s+(${PERSON})(?:,\\s+[^·|•—–]{3,120}?)?\\s*[·|•—–,]?\\s+(${DATE_TEXT})$`,
  'iu',
);
/** The most words of a name before the date in a byline without "By". */
const MAX_NAME_WORDS = 5;

/** "Rhiannon Pask Feb 17, 2025": a newsletter's byline, the name and the date with no "By". */
function nameAndDate(block: string): { author: string; rest: string } | undefined {
  const words = block.trim().split(/\s+/);
  for (let n = 2; n <= Math.min(MAX_NAME_WORDS, words.length - 1); n++) {
    const author = words.slice(0, n).join(' ');
    // "Rafa Lindgren · 18 March 2024": a separator right after the name ends it.
    const rest = words
      .slice(n)
      .join(' ')
      .replace(/^[·|•]\s*/, '');
    // "By Priya | Castellano | 18 June 2024" is no name and date: a "By" line is read as a byline.
    if (/^by\s/i.test(author)) return undefined;
    // "Dr Saskia | Oberhauser · 11 February 2025": a separator further on means the name runs on.
    if (PERSON_ONLY.test(author) && !/[·|•]/.test(rest) && parseDateLine(rest) !== undefined)
      return { author, rest };
  }
  return undefined;
}
/** "Posted on 14 February 2024 by Rafael Duarte · 9 min read · 87 comments". */
const POSTED_LINE = new RegExp(
  `^(?:published|updated|posted|filed|first published)(?: on)?:?\\s+(${DATE_TEXT})(?:\\s+by\\s+([^·|•—–]{2,80}?))?(?:\\s*[·|•—–]\\s*.*)?$`,
  'i',
);

/** The byline's names (and anything after a separator, usually the date), or undefined. */
/** "By …", "Introduced by …": a line that names its writer after "by". */
const BY_OPENING =
  /^(?:(?:written|words|reporting|interview(?:ed)?|introduced|edited|compiled|moderated|chaired)\s+)?by\s/i;

export function parseByline(text: string): { author: string; rest?: string } | undefined {
  // "Explainer · By Kaisa Lindqvist …", "… 18 February 2025 9 min read": a kicker before and a reading time after
  // the byline are the page's, not the author's.
  // "Helena Brask1, Omar Teodorescu2 and Lise Vandermolen1": a paper's authors, each with their affiliation's number.
  const block = withoutLetterMarks(
    withoutWidgets(text).replace(KICKER_BEFORE_BY, '').replace(AFFILIATION_MARK, '').trim(),
  );
  // "Hannelore Brisk, senior lecturer in employment law, University of Vessberg · 3 March 2025".
  // "From Anwen Hollis, Hollis Orchards, Kell's Cross 14 April 2025": an open letter's writer and date.
  const letter = LETTER_FROM.exec(block);
  if (letter?.[1] && letter[2]) return { author: letter[1], rest: letter[2] };
  const withPost = BY_OPENING.test(block) ? null : BYLINE_WITH_POST.exec(block);
  if (withPost?.[1] && withPost[2]) return { author: withPost[1], rest: withPost[2] };
  const dated = BYLINE_WITH_DATE.exec(block);
  // "By Priya Maddox, Health and Science Correspondent 14 January 2027": the name without the writer's post.
  const datedName = dated?.[1] === undefined ? undefined : withoutPost(dated[1]);
  if (datedName && dated?.[2] && PERSON_ONLY.test(datedName)) return { author: datedName, rest: dated[2] };
  const named = nameAndDate(block);
  if (named) return named;
  // "Tobias Renwick and Amara Felt": the writers' names, and nothing else, on a line of their own.
  if (JOINT_NAMES.test(block) && !BY_OPENING.test(block)) return { author: block };
  // "Mirela Ostrovan, Senior Fellow, Social Policy Programme": a name and the writer's post, on a line of its own.
  const unposted = withoutPost(block);
  if (unposted !== block && !BY_OPENING.test(block) && PERSON_ONLY.test(unposted))
    return { author: unposted };
  const match = BYLINE.exec(block);
  if (!match?.[1]) return undefined;
  // "By Marta Esquivel-Roan in Torrelavid, Ardel basin": where a reporter files from is no part of their name.
  const author = withoutPost(match[1]).replace(/[,.]$/, '').replace(FILED_FROM, '');
  if (countWords(author) > 12) return undefined;
  return match[2] ? { author, rest: match[2].trim() } : { author };
}

/** " in Torrelavid, Ardel basin": the place a named reporter files from, after their name. */
const FILED_FROM =
  /(?<=^\p{Lu}[\p{L}'’.-]+(?:\s\p{Lu}[\p{L}'’.-]+){1,3})\s+(?:in|from)\s+\p{Lu}[\p{L}'’ -]*(?:,\s*[\p{L}'’ -]+)?$/u;

/** The date as written when the block is nothing but a date ("Published: 1 November 2023"), else undefined. */
export function parseDateLine(block: string): string | undefined {
  return DATE_LINE.exec(block)?.[1];
}

const DATE_IN_TEXT = new RegExp(`(?<![\\p{L}\\d])${DATE_TEXT}(?![\\p{L}\\d])`, 'iu');

/** The first written date in a line ("THE VERRIN COURIER Opinion | Thursday, November 20, 2025"), if any. */
export function dateIn(text: string): string | undefined {
  return DATE_IN_TEXT.exec(text)?.[0];
}

/**
 * A timestamp line's date and author: "Posted on 14 February 2024 by Rafael Duarte · 9 min read",
 * "Updated March 14, 2024, 10:28am EST". `updated` tells a revision time from the publication date.
 */
export function parsePostedLine(
  block: string,
): { date: string; author?: string; updated: boolean } | undefined {
  const match = POSTED_LINE.exec(block);
  if (!match?.[1]) return undefined;
  const author = match[2]?.trim();
  return {
    date: match[1],
    ...(author && PERSON_ONLY.test(author) ? { author } : {}),
    updated: /^updated/i.test(block),
  };
}

/** "2018-09-25", "2018-09-25T21:28:31.000Z", "2024-04-09T07:30:00+02:00". */
const ISO_DATE =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/** ", 10:28am EST" after a written date: the time of day is not part of the date a briefing gives. */
const CLOCK_TIME = new RegExp(`${TIME_OF_DAY}$`, 'i');

/**
 * A date as people write it: an ISO date or timestamp from a page's metadata becomes "25 September 2018" (the
 * calendar date as the page gives it, never shifted to another time zone); anything else stays as written, less a
 * trailing time of day ("March 14, 2024, 10:28am EST" is "March 14, 2024").
 */
export function readableDate(date: string): string {
  const match = ISO_DATE.exec(date.trim());
  if (!match) return date.replace(CLOCK_TIME, '');
  const month = MONTHS[Number(match[2]) - 1];
  const day = Number(match[3]);
  if (!month || day < 1 || day > 31) return date;
  return `${day} ${month} ${match[1]}`;
}

/** "INTRODUCTION", "KEY POINTS": a shouted section label of a few words opens the body, it sums nothing up. */
const SECTION_LABEL =
  /^(?:key points|key findings|key takeaways|key judge?ments|summary|executive summary|introduction|background|overview|in brief|at a glance|contents|scope(?: note)?|purpose|bottom line up front|bluf)$/i;
/** "KEY FINDINGS:": a label shouted in capitals (case matters: "A steep levy on homes" is no label). */
const SHOUTED_LABEL = /^[\p{Lu}\d&'’ ·|•—–-]+:?$/u;

/** A line with capitals and no lower-case letter: a masthead, a section or a label, shouted. */
export const SHOUTED_LINE = /^[^\p{Ll}]*\p{Lu}[^\p{Ll}]*$/u;

/** "TL;DR", "Main points", "Key points", "In brief": a summary's label. */
export const SUMMARY_LABEL =
  /^(?:tl;?\s?dr|key (?:points|takeaways|findings)|main points|in brief|in short|summary|at a glance)\s*:?$/i;

/** True when a block may be a standfirst (dek) rather than the first paragraph of the body. */
export function looksLikeStandfirst(block: string): boolean {
  const words = countWords(block);
  return (
    words > 0 &&
    !DELIVERY_LINE.test(block) &&
    words <= MAX_STANDFIRST_WORDS &&
    !SECTION_LABEL.test(block) &&
    !SHOUTED_LABEL.test(block) &&
    !DATELINE_LEDE.test(block) &&
    // "Main points", "TL;DR": the label of the summary under it.
    !SUMMARY_LABEL.test(block) &&
    // "1. Bottom line up front": a numbered section's heading.
    !/^\d{1,2}(?:\.\d{1,2})*\.?\s+\p{Lu}[^.!?]*$/u.test(block) &&
    // "Report 14/2026", "HC 1187": a document's number says nothing of its argument.
    !(words <= MAX_CODE_WORDS && /\d/.test(block) && !/\p{Ll}{3,}\s+\p{Ll}{3,}/u.test(block)) &&
    !parseByline(block)
  );
}
/** A document's number runs to a few words: "Report 14/2026", "Research paper 24/07". */
const MAX_CODE_WORDS = 3;

/**
 * "Delivered at the Drapers' Hall, Varrowby, Thursday 26 February 2026", "As prepared for delivery": where and when
 * a speech was given, which heads its text (no standfirst).
 */
export const DELIVERY_LINE =
  /^(?:(?:remarks|speech|text) )?as (?:prepared for delivery|delivered)\b|^delivered (?:at|to|in|before) (?:the )?\p{Lu}/iu;

/** Finds the author bio among the last blocks: its index, the bio text and the author names. */
export function findAuthorBio(
  blocks: readonly string[],
  knownAuthor?: string,
): { index: number; bio: string; author: string } | undefined {
  const depth = knownAuthor ? KNOWN_AUTHOR_BIO_DEPTH : BIO_SEARCH_DEPTH;
  // A closing bio follows the body: in a short page the search reaches the head, whose standfirst ("The Working
  // Time Bill is the most popular idea …") is no bio, and everything after it would go as back matter.
  const lastBody = blocks.findLastIndex((block) => countWords(block) > MAX_WORDS_AFTER_BIO);
  for (let index = blocks.length - 1; index >= Math.max(0, blocks.length - depth); index -= 1) {
    if (index < lastBody) return undefined;
    const block = blocks[index] ?? '';
    const after = blocks[index + 1];
    if (after !== undefined && countWords(after) > MAX_WORDS_AFTER_BIO) return undefined;
    const bio = asAuthorBio(block) ?? (knownAuthor ? bylinedBio(block, knownAuthor) : undefined);
    if (bio) return { index, ...bio };
  }
  return undefined;
}

/**
 * A closing line about the byline's author by full name ("Rosalind Achterberg chairs the Castlemere Housing
 * Forum, a residents' group …"): one short sentence, about the writer, not the argument.
 */
/** "Subscribe via RSS or follow along on …", "Follow her on …": an invitation closing a bio's line. */
const FOLLOW_TAIL = /(?<=[.!?])\s+(?:subscribe|follow|sign up|find (?:him|her|them) on)\b[^]*$/i;
function bylinedBio(block: string, author: string): { bio: string; author: string } | undefined {
  // "… at Ferrowen Systems. Subscribe via RSS or follow along …": a page's invitation after the bio is no more of it.
  const bio = block.replace(BIO_HEADING, '').replace(EMPHASIS_ENDS, '').replace(FOLLOW_TAIL, '').trim();
  const names = author.split(/\s*(?:,|\band\b|&)\s*/).filter((name) => /\s/.test(name.trim()));
  const opens = names.some((name) => bio.startsWith(`${name.trim()} `));
  // "… legal affairs editor. She previously covered the courts for Radio Bresk.": a second sentence about them.
  const oneSentence = !/[.!?]\s+(?!(?:He|She|They|His|Her|Their)\s)\p{Lu}/u.test(bio);
  return opens && oneSentence && countWords(bio) <= MAX_BIO_WORDS ? { bio, author } : undefined;
}

/** The block as an author bio ("About the author: X is a senior fellow at …"), or undefined when it is not one. */
export function asAuthorBio(block: string): { bio: string; author: string } | undefined {
  const bio = block.replace(BIO_HEADING, '');
  const match = AUTHOR_BIO.exec(bio);
  if (!match?.[1] || countWords(bio.split(RESEARCH_FOCUS)[0] ?? bio) > MAX_BIO_WORDS) return undefined;
  // "Slow Water is a good book about a subject that deserved a great one": a review's verdict on the work it
  // names, not a line about a person.
  if (
    /\b(?:is|was)\s+(?:a|an|the)\s*$/i.test(match[0]) &&
    A_WORK.test(bio.slice(match.index + match[0].length))
  )
    return undefined;
  return { bio: bio.replace(EMPHASIS_ENDS, ''), author: match[1] };
}
