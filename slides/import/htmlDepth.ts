/**
 * Flattens deeply nested HTML before any DOM parser or Readability sees it, as browsers do: Chromium's parser stops
 * nesting at 512 levels (deeper elements become children of the last level). Readability and linkedom have no such
 * limit, and a page nested 5,000 deep kept them busy past two minutes; Readability's time grows with the square of
 * the depth (on this machine, under load: 512 levels 7.7 s, 256 levels 1.9 s, 128 levels 0.6 s), while article
 * pages stay far shallower (the fixtures: 4–6 levels of elements that need an end tag). Tags beyond the limit are
 * dropped (their text stays, in order), found with one linear scan of the markup, so no text is lost and the time
 * is bounded by the length of the file.
 */

/** The deepest nesting kept. */
export const MAX_HTML_DEPTH = 128;

/** Elements without content (never nest). */
const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'param',
  'source',
  'track',
  'wbr',
]);
/** Elements whose end tag may be left out: they close themselves, so counting them would misjudge depth. */
const OPTIONAL_END = new Set([
  'html',
  'head',
  'body',
  'p',
  'li',
  'dt',
  'dd',
  'option',
  'optgroup',
  'tr',
  'td',
  'th',
  'tbody',
  'thead',
  'tfoot',
  'colgroup',
  'caption',
  'rb',
  'rt',
  'rp',
]);
const TAG = /<!--[\s\S]*?-->|<(\/?)([A-Za-z][^\s/>]*)[^>]*?(\/?)>/g;

/** The markup with tags beyond `maxDepth` removed, and how many elements were flattened. */
export interface FlattenedHtml {
  html: string;
  flattened: number;
}

/** Drops the tags of elements nested deeper than `maxDepth`; returns the input unchanged when none are. */
export function flattenDeepHtml(html: string, maxDepth = MAX_HTML_DEPTH): FlattenedHtml {
  let depth = 0;
  /** Open elements beyond the limit whose tags were dropped (their end tags are dropped too). */
  let dropped = 0;
  let flattened = 0;
  const parts: string[] = [];
  let copiedTo = 0;
  const drop = (start: number, end: number) => {
    parts.push(html.slice(copiedTo, start));
    copiedTo = end;
  };
  for (const match of html.matchAll(TAG)) {
    const name = match[2]?.toLowerCase();
    if (!name || VOID.has(name) || OPTIONAL_END.has(name) || match[3] === '/') continue;
    const start = match.index;
    const end = start + match[0].length;
    if (match[1] === '/') {
      if (dropped > 0) {
        dropped -= 1;
        drop(start, end);
      } else if (depth > 0) depth -= 1;
    } else if (depth >= maxDepth) {
      dropped += 1;
      flattened += 1;
      drop(start, end);
    } else depth += 1;
  }
  if (flattened === 0) return { html, flattened: 0 };
  parts.push(html.slice(copiedTo));
  return { html: parts.join(''), flattened };
}
