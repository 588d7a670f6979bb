/**
 * Saved web pages: the article body extracted with Mozilla's Readability over linkedom (no script ever runs:
 * only text is read), after removing navigation, share widgets, captions, promos, forms and embedded social posts.
 * An author box's bio is read into `authorBio` before the box goes; the page's furniture blocks are counted in the
 * "dropped N boilerplate lines" warning.
 */
import { Readability } from '@mozilla/readability';
import { assembleArticle } from './assemble';
import { findAuthorBio, splitHeadline, parseByline, parseDateLine } from './articleHead';
import { isEmbeddedPost } from './boilerplate';
import { flattenDeepHtml } from './htmlDepth';
import { parseDocument, textOf, type HtmlDocument, type HtmlElement } from './htmlDom';
import { readHtmlMeta } from './htmlMeta';
import { MAX_TEXT_CHARS, tooLargeError } from './limits';
import { normaliseSpace } from './normalise';
import { tableLines } from './tables';
import { ImportError, type ImportedArticle } from './types';

/** Options for {@link importHtml}. */
export interface HtmlImportOptions {
  url?: string;
  /** The format to report (a docx arrives here as HTML from mammoth). */
  format?: 'html' | 'docx';
}

/** Elements that are never article text. */
const JUNK_SELECTOR = [
  'script',
  'style',
  'noscript',
  'template',
  'iframe',
  'object',
  'embed',
  'svg',
  'canvas',
  'form',
  'button',
  'input',
  'select',
  'textarea',
  'nav',
  'aside',
  'footer',
  'figure',
  'figcaption',
  'picture',
  'video',
  'audio',
  '[hidden]',
  '[aria-hidden="true"]',
  // An encyclopedia page's summary box, its section edit links, its navigation boxes and its category links.
  '.infobox',
  '.mw-editsection',
  '.navbox',
  '#catlinks',
  '.catlinks',
  '[role="navigation"]',
  '[role="complementary"]',
  '[role="banner"]',
].join(', ');
/** Class or id words of widgets around an article. Only small elements are removed, so a `<body class="has-share">` survives. */
const WIDGET_NAME =
  /(^|[\s_-])(share|sharing|social|promo|newsletter|subscribe|signup|related|recommend(ed|ations)?|advert|ad|ads|sponsor(ed)?|caption|credit|cookie|consent|paywall|donate|donation|comments?|comments-count|breadcrumbs?|tags|toolbar|popup|modal|outbrain|taboola|kicker|eyebrow|section-label|dateline|timestamp|reading-time|disclaimer|pull-?quote|pull-?out)($|[\s_-])/i;
/** Embedded social posts as a saved page keeps them (the embed script never ran). */
const EMBED_SELECTOR = [
  'blockquote.twitter-tweet',
  'blockquote.twitter-video',
  'blockquote.instagram-media',
  'blockquote.tiktok-embed',
  'blockquote.bluesky-embed',
  'blockquote.mastodon-embed',
  'blockquote.threads-post',
  '[data-tweet-id]',
  '[data-bluesky-uri]',
].join(', ');
/** Boxes that hold the author's bio; read for `authorBio` before they are removed with the page's asides. */
const AUTHOR_BOX_SELECTOR =
  '[class*="author-bio"], [class*="author-box"], [class*="about-author"], [class*="author-info"], [class*="bio-box"]';
const MAX_WIDGET_TEXT = 1000;
const BLOCK_SELECTOR = 'p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, dd, dt, td';
const SITE_URL = /^https?:\/\//i;

/** Imports a saved web page (or HTML from a Word document). Throws ImportError 'no-text' when no text is left. */
export function importHtml(html: string, options: HtmlImportOptions = {}): ImportedArticle {
  if (html.length > MAX_TEXT_CHARS) throw tooLargeError();
  if (!html.trim()) throw new ImportError('The file is empty.', 'empty');
  // Nesting beyond a browser's 512 levels is flattened first: Readability took minutes on 5,000 levels.
  const page = parseDocument(flattenDeepHtml(html).html);
  const meta = readHtmlMeta(page);
  meta.date ??= bylineDate(page);
  const authorBio = readAuthorBox(page, meta.author);
  const embeddedPosts = removeEmbeddedPosts(page);
  // Read before the page's asides go: the box may be one.
  const summary = summaryBox(page);
  const junk = removeJunk(page);
  readTables(page);
  const notes = removeWordNotes(page);
  const article = new Readability(page as never, { charThreshold: 100 }).parse();
  const read = article?.content ? blocksOf(parseDocument(article.content)) : blocksOf(page);
  // Readability drops a page's "Key takeaways" box with the other boxes; it is the article's own summary, kept
  // where the page shows it (after the paragraph it follows), or first.
  const after = summary ? read.indexOf(summary.after ?? '') + 1 : 0;
  const blocks =
    summary && !summary.blocks.slice(1).some((b) => read.includes(b))
      ? [...read.slice(0, after), ...summary.blocks, ...read.slice(after)]
      : read;
  if (blocks.length === 0) throw new ImportError('No article text was found in this page.', 'no-text');

  const title = splitHeadline(meta.title || normaliseSpace(article?.title ?? ''));
  const byline = normaliseSpace(article?.byline ?? '');
  const author =
    meta.author && !SITE_URL.test(meta.author)
      ? meta.author
      : // "Dr Saskia Oberhauser · 11 February 2025 · 9 min read": the name is the byline's first part.
        (parseByline(byline)?.author ?? (byline.split(/\s+[·|•—–]\s+/)[0] || undefined));
  // A Word document has no description; Readability's excerpt of it is only its first paragraph, which may be the
  // kicker above the headline ("KELLAND BUSINESS REVIEW · THE MONDAY INTERVIEW").
  const format = options.format ?? 'html';
  const description = meta.description ?? (format === 'docx' ? '' : normaliseSpace(article?.excerpt ?? ''));
  const shownAt = description ? blocks.findIndex((block) => block.startsWith(description.slice(0, 60))) : -1;
  // The description is the standfirst when the page does not show it; a meta description the page shows right
  // under the headline is its dek, taken out of the body.
  const standfirst =
    meta.standfirst ??
    (description && shownAt < 0
      ? description
      : meta.description &&
          shownAt <= 2 &&
          blocks[shownAt] === meta.description &&
          meta.description !== title.title
        ? meta.description
        : undefined);
  return assembleArticle(
    blocks,
    format,
    {
      title: title.title,
      standfirst,
      author,
      publisher: meta.publisher ?? title.site ?? (normaliseSpace(article?.siteName ?? '') || undefined),
      date: meta.date ?? (normaliseSpace(article?.publishedTime ?? '') || undefined),
      url: options.url ?? meta.url,
      authorBio,
    },
    {
      guessTitle: !title.title,
      // A Word document has no page description: the dek under its headline is the standfirst, as in a text file.
      guessStandfirst: format === 'docx',
      droppedBefore: embeddedPosts + junk,
      warnings: notes > 0 ? [`left out ${notes} ${notes === 1 ? 'footnote' : 'footnotes'}`] : [],
    },
  );
}

/** Elements read for a byline's date, from the top of the page: the byline sits above the article's text. */
const BYLINE_SEARCH_ELEMENTS = 200;
const MAX_BYLINE_CHARS = 200;

/** "By Tomas Reinholt · October 14, 2025 · 8 min read": the date of a byline line, when no metadata gives one. */
function bylineDate(page: HtmlDocument): string | undefined {
  for (const element of [...page.querySelectorAll('p, div, span')].slice(0, BYLINE_SEARCH_ELEMENTS)) {
    // A wrapper's text is the page's: reading it for each of the first elements would read the page many times.
    if (element.querySelector('p, div, article, section, main')) continue;
    const text = normaliseSpace(textOf(element));
    if (text.length > MAX_BYLINE_CHARS) continue;
    const rest = parseByline(text)?.rest;
    const date = rest && parseDateLine(rest.split(/\s*[·|•—–]\s*/)[0] ?? '');
    if (date) return date;
  }
  return undefined;
}

/** Removes embedded social posts (by their embed markup, or a quote ending "— Name (@handle) date"); returns how many. */
function removeEmbeddedPosts(page: HtmlDocument): number {
  let count = 0;
  for (const element of [...page.querySelectorAll(`${EMBED_SELECTOR}, blockquote`)]) {
    const isEmbed = element.tagName.toLowerCase() !== 'blockquote' || element.matches(EMBED_SELECTOR);
    if (isEmbed || isEmbeddedPost(normaliseSpace(textOf(element)))) {
      element.remove();
      count += 1;
    }
  }
  return count;
}

/** The author's bio from an author box ("About the author … X is a senior fellow at …"), if the page has one. */
function readAuthorBox(page: HtmlDocument, author: string | undefined): string | undefined {
  for (const box of page.querySelectorAll(AUTHOR_BOX_SELECTOR)) {
    const paragraphs = [...box.querySelectorAll('p')].map((p) => normaliseSpace(textOf(p))).filter(Boolean);
    const blocks = paragraphs.length > 0 ? paragraphs : [normaliseSpace(textOf(box))];
    const bio = findAuthorBio(blocks, author);
    if (bio) return blocks.slice(bio.index).join(' ');
  }
  return undefined;
}

/** Removes scripts, navigation, asides, footers, figures and widgets; returns how many held text (furniture blocks). */
function removeJunk(page: HtmlDocument): number {
  const removed = new Set<HtmlElement>();
  const remove = (element: HtmlElement): void => {
    removed.add(element);
    element.remove();
  };
  for (const element of [...page.querySelectorAll(JUNK_SELECTOR)]) remove(element);
  // "… under current rules.<sup>1</sup> Its chair …": a note's marker is no part of the sentence (nor a figure).
  for (const element of [...page.querySelectorAll('sup')]) {
    const text = normaliseSpace(textOf(element));
    // "40 km<sup>2</sup>", "10<sup>6</sup>": an exponent is part of the figure, written as one ("km²", "10⁶").
    if (EXPONENT_BASE.test(element.previousSibling?.textContent ?? '') && /^-?\d{1,3}$/.test(text))
      element.textContent = [...text].map((c) => SUPERSCRIPT[c] ?? c).join('');
    else if (NOTE_MARKER.test(text)) element.remove();
  }
  for (const element of [...page.querySelectorAll('[class], [id]')]) {
    const names = `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`;
    if (WIDGET_NAME.test(names) && textOf(element).length < MAX_WIDGET_TEXT && !isPageRoot(element))
      remove(element);
  }
  let furniture = 0;
  for (const element of removed) {
    if (NEVER_TEXT.has(element.tagName.toLowerCase()) || !normaliseSpace(textOf(element))) continue;
    let parent = element.parentElement;
    while (parent && !removed.has(parent)) parent = parent.parentElement;
    if (!parent) furniture += 1;
  }
  return furniture;
}

/** Superscript digits, for an exponent kept in the text. */
const SUPERSCRIPT: Record<string, string> = {
  '0': '⁰',
  '1': '¹',
  '2': '²',
  '3': '³',
  '4': '⁴',
  '5': '⁵',
  '6': '⁶',
  '7': '⁷',
  '8': '⁸',
  '9': '⁹',
  '-': '⁻',
};
/** "10<sup>6</sup>", "km<sup>2</sup>": a number or a unit before the superscript makes it an exponent. */
const EXPONENT_BASE = /(?:\d|\b(?:k?m|cm|mm|ft|mi|in|yd|sq))\s*$/;
/** A superscript that only refers to a note: "1", "[12]", "*", "†", "a". */
const NOTE_MARKER = /^(?:\[?\d{1,3}\]?|[*†‡§]|[a-z])$/;

/** Removed elements that are code or media, not furniture a reader sees as text. */
const NEVER_TEXT = new Set(['script', 'style', 'noscript', 'template', 'svg', 'canvas', 'object', 'embed']);

function isPageRoot(element: HtmlElement): boolean {
  const tag = element.tagName.toLowerCase();
  return tag === 'html' || tag === 'body' || tag === 'main' || tag === 'article';
}

/** A box in which the page sums the article up ("Key takeaways", "Summary", "At a glance"), named by its class. */
const SUMMARY_BOX_NAME =
  /(?:^|[\s_-])(?:key-?takeaways?|takeaways|key-?points|key-?findings|key-?recommendations|summary|at-a-glance|tl-?dr)(?:$|[\s_-])/i;
/** The heading such a box opens on: "Key recommendations", "Key findings", "At a glance", "In brief". */
const SUMMARY_HEADING =
  /^(?:key (?:takeaways|points|findings|recommendations|facts|messages|judgements|judgments)|(?:our )?recommendations|(?:the )?takeaways|at a glance|in brief|in short|summary|executive summary|tl;? ?dr)\s*:?$/i;
/** A summary box is a heading and a few points, not a page. */
const MAX_SUMMARY_TEXT = 2500;
/** Share of a box's text in links above which it points to other pages ("In brief: other stories") and sums up nothing. */
const MAX_SUMMARY_LINK_SHARE = 0.5;

/**
 * The page's summary box, heading first, and the block it follows on the page; undefined when it has none. Named by
 * its class, or by its heading when it is a box set apart from the text (an aside, a section or a div).
 */
function summaryBox(page: HtmlDocument): { blocks: string[]; after?: string } | undefined {
  for (const element of page.querySelectorAll('section, div, aside')) {
    const names = `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`;
    const text = textOf(element);
    if (text.length > MAX_SUMMARY_TEXT || isPageRoot(element)) continue;
    const blocks = blocksOf(element);
    if (blocks.length < 2) continue;
    if (!SUMMARY_BOX_NAME.test(names) && !SUMMARY_HEADING.test(blocks[0] ?? '')) continue;
    const linked = [...element.querySelectorAll('a')].reduce((n, a) => n + textOf(a).length, 0);
    if (linked > MAX_SUMMARY_LINK_SHARE * text.length) continue;
    const all = blocksOf(page);
    const at = all.indexOf(blocks[0] ?? '');
    return { blocks, after: at > 0 ? all[at - 1] : undefined };
  }
  return undefined;
}

/**
 * A Word document's footnotes and endnotes, as mammoth writes them: a list at the end (`<li id="footnote-2">`)
 * and a "↑" link back from each. An aside under the text, never the article's last word (its conclusion): the
 * list is taken out (the import warns how many) and the back links go. Returns how many notes were taken out.
 */
function removeWordNotes(page: HtmlDocument): number {
  for (const link of [...page.querySelectorAll('a[href^="#footnote-ref-"], a[href^="#endnote-ref-"]')])
    link.remove();
  const notes = [...page.querySelectorAll('li[id^="footnote-"], li[id^="endnote-"]')];
  for (const note of notes) note.remove();
  return notes.length;
}

/** Markup's special characters, escaped for text put back into a page. */
const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Data tables read row by row (see {@link tableLines}); layout tables, nested ones among them, stay as they are. */
function readTables(page: HtmlDocument): void {
  for (const table of [...page.querySelectorAll('table')]) {
    if (table.querySelector('table')) continue;
    const lines = tableLines(
      [...table.querySelectorAll('tr')].map((tr) => ({
        heading: tr.querySelector('td') === null,
        cells: [...tr.querySelectorAll('th, td')].map((cell) => normaliseSpace(textOf(cell))),
      })),
    );
    if (lines) table.outerHTML = lines.map((line) => `<p>${escapeHtml(line)}</p>`).join('');
  }
}

/** Text of the innermost block elements, in document order. */
function blocksOf(page: HtmlDocument | HtmlElement): string[] {
  const root = 'body' in page ? (page.body ?? page.documentElement) : page;
  const blocks: string[] = [];
  for (const element of root.querySelectorAll(BLOCK_SELECTOR)) {
    if (element.querySelector(BLOCK_SELECTOR)) continue;
    const text = normaliseSpace(textOf(element));
    if (text) blocks.push(text);
  }
  if (blocks.length === 0) {
    const text = normaliseSpace(textOf(root));
    if (text) blocks.push(text);
  }
  return blocks;
}
