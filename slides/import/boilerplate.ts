/**
 * The one list of boilerplate a site wraps around an article: appeals, promos, share widgets, navigation and
 * credits. Every importer filters its blocks through {@link boilerplateKind} and counts what it dropped.
 */

/** Blocks longer than this are body text even when they mention a newsletter or a photo. */
const MAX_BOILERPLATE_LENGTH = 320;
/** Navigation lines: at least this many short items separated by `|`, `•`, `·` or `/`. */
const MIN_NAV_ITEMS = 3;
const MAX_NAV_ITEM_WORDS = 4;
const NAV_SEPARATOR = /\s+[|•·›»]\s+|\s+\/\s+/;
/** Breadcrumbs ("Business > Agriculture"): two or more short items joined by `>`, `›` or `»`. */
const BREADCRUMB_SEPARATOR = /\s+[>›»]\s+/;

/** Named patterns; each matches a whole block (a line or a paragraph) that is not article content. */
export const BOILERPLATE_PATTERNS = {
  newsletter:
    /\b(sign[ -]?up|subscribe|register)\b.{0,120}\b(newsletter|inbox|briefing|e-?mails?|updates)\b|\b(newsletter|inbox)\b.{0,120}\b(sign[ -]?up|subscribe)\b/i,
  donation:
    /^(please\s+)?(donate|support us|support our|become a (member|supporter|patron|subscriber))\b|^support [\p{L}'’]+\s*:|\b(support (our|independent|quality) journalism|help keep our journalism|make a (donation|contribution) (to|today)|donate (now|today))\b/iu,
  readMore:
    /^(read more|read also|also read|more from [^.]{0,60}|more on this( story)?|see also|you may also like|you might also like|most read|most popular|most viewed|trending( now)?|popular now|recommended( for you| reading)?)\s*([:›»\-–—]|$)/i,
  related: /^related( (articles?|stories|content|coverage|reading))?\s*[:›»-]/i,
  share:
    /^(share|tweet|email|print|save|bookmark)( (this|on|via|to|article|story|for later)\b.*)?$|^share (on|via) |^(facebook|twitter|x|linkedin|whatsapp|reddit|telegram|email)(\s*[|•·,]\s*(facebook|twitter|x|linkedin|whatsapp|reddit|telegram|email|copy link))+$/i,
  follow:
    /^follow (us|me|@\w+|[\p{L}. ]{1,40} on (twitter|x|facebook|instagram|linkedin|bluesky|threads|mastodon))\b/iu,
  cookies:
    /\b(we use cookies|this (web)?site uses cookies|cookie (policy|settings|preferences)|accept (all )?cookies)\b/i,
  copyright: /^(©|\(c\)\s|copyright\b|all rights reserved\b)/i,
  advertisement:
    /^(advertisement|advertising|sponsored( content)?|ad|paid content|story continues below( advertisement)?|scroll to continue)\.?$/i,
  clickHere: /^click here\b|\bclick here to\b/i,
  photoCredit:
    /^(photo|image|picture|photograph|illustration|video|graphic)(s)?( credit)?\s*(:|by\b)|^\(?(getty images|afp|reuters|ap photo|shutterstock|epa|alamy)[^)]*\)?$|\((getty images|afp|reuters|ap photo|epa)[^)]*\)$/i,
  skipLink: /^(skip to (main )?content|jump to|back to top|menu|search|log ?in|sign ?in|home)$/i,
  /** A row of account controls ("Subscribe Log in Search"). */
  accountBar:
    /^(?:(?:subscribe|log ?in|log ?out|sign ?in|sign ?up|register|search|menu|my account|account)\b\s*){2,}$/i,
  /** "Topics: A | B", "Tags: …" lines. */
  topics: /^(topics|tags|filed under|more about)\s*:/i,
} as const satisfies Record<string, RegExp>;

/** The name of a boilerplate pattern. */
export type BoilerplateKind = keyof typeof BOILERPLATE_PATTERNS | 'navigation';

/** Returns which kind of boilerplate a block is, or undefined when it is (or may be) article content. */
export function boilerplateKind(block: string): BoilerplateKind | undefined {
  if (block.length > MAX_BOILERPLATE_LENGTH) return undefined;
  if (isNavigationLine(block)) return 'navigation';
  for (const [kind, pattern] of Object.entries(BOILERPLATE_PATTERNS)) {
    if (pattern.test(block)) return kind as BoilerplateKind;
  }
  return undefined;
}

/** A line of short menu items separated by `|`, `•` and the like. */
export function isNavigationLine(block: string): boolean {
  const crumbs = block.split(BREADCRUMB_SEPARATOR);
  if (crumbs.length >= 2 && crumbs.every(isMenuItem)) return true;
  const items = block.split(NAV_SEPARATOR);
  return items.length >= MIN_NAV_ITEMS && items.every(isMenuItem);
}

function isMenuItem(item: string): boolean {
  const words = item.trim().split(/\s+/).filter(Boolean).length;
  return words > 0 && words <= MAX_NAV_ITEM_WORDS;
}

/** Drops boilerplate blocks, returning what is left and how many were dropped. */
export function stripBoilerplate(blocks: readonly string[]): { kept: string[]; dropped: number } {
  const end = blocks.findIndex((block, i) => i > 0 && END_OF_ARTICLE.test(block));
  const body = end > 0 ? blocks.slice(0, end) : blocks;
  const kept = body.filter((block) => boilerplateKind(block) === undefined);
  return { kept, dropped: blocks.length - kept.length };
}

/** A heading after which a page holds only credits: "About the authors", "About this report". */
const END_OF_ARTICLE =
  /^(?:about the authors?|about this (?:report|study|paper)|author biograph(?:y|ies))\s*:?$/i;

const SITE_IN_APPEAL =
  /\b(?:[Ss]ign up for|[Ss]ubscribe to|[Ss]upport)\s+([\p{Lu}][\p{L}.&-]+(?:\s[\p{Lu}][\p{L}.&-]+){0,2})(?:'s|’s|:)/u;

/** The site's name when a dropped appeal names it ("Sign up for Eurasianet's free weekly newsletter"). */
export function siteNameFromAppeal(block: string): string | undefined {
  return SITE_IN_APPEAL.exec(block)?.[1];
}
