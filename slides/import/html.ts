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
  /(^|[\s_-])(share|sharing|social|promo|newsletter|subscribe|signup|related|recommend(ed|ations)?|advert|ad|ads|sponsor(ed)?|caption|credit|cookie|consent|paywall|donate|donation|comments?|comments-count|breadcrumbs?|tags|toolbar|popup|modal|outbrain|taboola|kicker|eyebrow|section-label|dateline|timestamp|reading-time|disclaimer|pull-?quote|pull-?out|poll|quiz|interactive|widget)($|[\s_-])/i;
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
  // Read before the page's asides go: a box may be one.
  const boxes = contentBoxes(page);
  const junk = removeJunk(page);
  readTables(page);
  const notes = removeWordNotes(page);
  // The article's own element, read before Readability rewrites the page, for the prose Readability leaves out.
  const articleElement = soleArticle(page);
  const articleBlocks = articleElement ? blocksOf(articleElement) : [];
  const article = new Readability(page as never, { charThreshold: 100 }).parse();
  const read = article?.content ? blocksOf(parseDocument(article.content)) : blocksOf(page);
  // Readability drops a page's "Key takeaways" box, a fact-check's claim box and, at times, an editor's
  // introduction set in a section of its own: all the article's own text, kept where the page shows it.
  const blocks = insertBlocks(insertBlocks(read, droppedProse(read, articleBlocks)), boxes);
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
  // "… including taxes.<a href="#footnote-1">1</a> That is …": a link to a note, by its number, is a marker too.
  for (const element of [...page.querySelectorAll('a[href^="#"]')])
    if (NOTE_MARKER.test(normaliseSpace(textOf(element))) && /\d/.test(textOf(element))) element.remove();
  for (const element of [...page.querySelectorAll('[class], [id]')]) {
    const names = namesOf(element);
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

/** An element's class and id words, which say what a page made it for ("share-bar", "key-takeaways"). */
const namesOf = (element: HtmlElement) =>
  `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`;

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

/** Blocks to put back among the article's, where the page shows them. */
interface PlacedBlocks {
  blocks: string[];
  /** The page's blocks before them, nearest first. */
  before: readonly string[];
}

/**
 * The boxes of the article's own text that the page sets apart and Readability or the junk filter would drop:
 * its summary box (named by its class, or by its heading: "Key takeaways", "Key recommendations"), and a box set
 * inside the article itself (a fact-check's claim and verdict, a key-facts box), unless it is mostly links, an
 * author's box, a widget or a pull quote that repeats the text.
 */
function contentBoxes(page: HtmlDocument): PlacedBlocks[] {
  const all = blocksOf(page);
  const placed = (blocks: string[]): PlacedBlocks => {
    const at = all.indexOf(blocks[0] ?? '');
    return { blocks, before: at > 0 ? all.slice(0, at).reverse() : [] };
  };
  const boxes: PlacedBlocks[] = [];
  const summary = [...page.querySelectorAll('section, div, aside')].find((element) => {
    const names = namesOf(element);
    const blocks = boxBlocks(element);
    return blocks.length >= 2 && (SUMMARY_BOX_NAME.test(names) || SUMMARY_HEADING.test(blocks[0] ?? ''));
  });
  if (summary) boxes.push(placed(boxBlocks(summary)));
  for (const element of page.querySelectorAll('article aside')) {
    if (summary && (summary === element || summary.contains(element) || element.contains(summary))) continue;
    const names = namesOf(element);
    if (
      WIDGET_NAME.test(names) ||
      element.matches(AUTHOR_BOX_SELECTOR) ||
      element.matches(EMBED_SELECTOR) ||
      // A poll, a quiz, an interactive's placeholder: a widget whatever its class.
      element.querySelector(WIDGET_PART) !== null
    )
      continue;
    const blocks = boxBlocks(element);
    // A pull quote repeats a sentence of the text (a claim box may quote it too, beside what it says of it).
    const longest = blocks.reduce((a, b) => (b.length > a.length ? b : a), '');
    const bare = longest.replace(/^["“‘']+|["”’']+$/g, '');
    const repeats = all.some((other) => other !== longest && other.includes(bare));
    if (blocks.length > 0 && !repeats) boxes.push(placed(blocks));
  }
  return boxes;
}

/** Parts only a widget has: form controls, and a script's embed point. */
const WIDGET_PART = 'input, button, select, textarea, form, label, [data-embed], [data-poll-id]';

/** The blocks of a box that is text of its own: not a page, and not mostly links; empty otherwise. */
function boxBlocks(element: HtmlElement): string[] {
  const text = textOf(element);
  if (text.length > MAX_SUMMARY_TEXT || isPageRoot(element)) return [];
  const linked = [...element.querySelectorAll('a')].reduce((n, a) => n + textOf(a).length, 0);
  return linked > MAX_SUMMARY_LINK_SHARE * text.length ? [] : blocksOf(element);
}

/** The page's one `<article>` (or, without one, its one `<main>`); undefined when it has none or several. */
function soleArticle(page: HtmlDocument): HtmlElement | undefined {
  for (const tag of ['article', 'main']) {
    const found = [...page.querySelectorAll(tag)];
    if (found.length === 1) return found[0];
    if (found.length > 1) return undefined;
  }
  return undefined;
}

/** A paragraph of prose: a sentence or more, not a heading, byline or label. */
const PROSE = /^(?=(?:\S+\s+){14})[\s\S]*[.!?]["”’)]?$/;
/** Share of Readability's blocks that must come from the article's element for its dropped prose to be its own. */
const MIN_READ_FROM_ARTICLE = 0.8;

/**
 * The paragraphs of prose in the article's element that Readability left out (it scores each section of a page
 * apart, and may keep two sides of a debate and drop the editor's introduction above them), each placed after the
 * block it follows. None when Readability read text from elsewhere.
 */
function droppedProse(read: readonly string[], articleBlocks: readonly string[]): PlacedBlocks[] {
  if (articleBlocks.length === 0 || read.length === 0) return [];
  const fromArticle = read.filter((b) => articleBlocks.includes(b)).length;
  if (fromArticle < MIN_READ_FROM_ARTICLE * read.length) return [];
  return articleBlocks.flatMap((block, i) =>
    read.includes(block) || !PROSE.test(block)
      ? []
      : [{ blocks: [block], before: articleBlocks.slice(0, i).reverse() }],
  );
}

/**
 * `read` with each run of `placed` blocks put after the nearest block before it on the page that `read` has (or
 * a run placed before it), or first; a run any of whose blocks (past a heading) is already there is left out.
 */
function insertBlocks(read: readonly string[], placed: readonly PlacedBlocks[]): string[] {
  const out = [...read];
  for (const { blocks, before } of placed) {
    if (blocks.slice(blocks.length > 1 ? 1 : 0).some((b) => out.includes(b))) continue;
    const after = before.find((b) => out.includes(b));
    out.splice(after === undefined ? 0 : out.lastIndexOf(after) + 1, 0, ...blocks);
  }
  return out;
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
