/**
 * Saved web pages: the article body extracted with Mozilla's Readability over linkedom (no script ever runs:
 * only text is read), after removing navigation, share widgets, captions, promos and forms.
 */
import { Readability } from '@mozilla/readability';
import { assembleArticle } from './assemble';
import { splitHeadline, parseByline } from './articleHead';
import { flattenDeepHtml } from './htmlDepth';
import { parseDocument, textOf, type HtmlDocument, type HtmlElement } from './htmlDom';
import { readHtmlMeta } from './htmlMeta';
import { MAX_TEXT_CHARS, tooLargeError } from './limits';
import { normaliseSpace } from './normalise';
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
  '[role="navigation"]',
  '[role="complementary"]',
  '[role="banner"]',
].join(', ');
/** Class or id words of widgets around an article. Only small elements are removed, so a `<body class="has-share">` survives. */
const WIDGET_NAME =
  /(^|[\s_-])(share|sharing|social|promo|newsletter|subscribe|signup|related|recommend(ed|ations)?|advert|ad|ads|sponsor(ed)?|caption|credit|cookie|consent|paywall|donate|donation|comments?|breadcrumbs?|tags|toolbar|popup|modal|outbrain|taboola)($|[\s_-])/i;
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
  removeJunk(page);
  const article = new Readability(page as never, { charThreshold: 100 }).parse();
  const blocks = article?.content ? blocksOf(parseDocument(article.content)) : blocksOf(page);
  if (blocks.length === 0) throw new ImportError('No article text was found in this page.', 'no-text');

  const title = splitHeadline(meta.title || normaliseSpace(article?.title ?? ''));
  const byline = normaliseSpace(article?.byline ?? '');
  const author =
    meta.author && !SITE_URL.test(meta.author)
      ? meta.author
      : (parseByline(byline)?.author ?? (byline || undefined));
  const description = meta.description ?? normaliseSpace(article?.excerpt ?? '');
  const standfirst =
    meta.standfirst ??
    (description && !blocks.some((block) => block.startsWith(description.slice(0, 60)))
      ? description
      : undefined);
  const format = options.format ?? 'html';
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
    },
    { guessTitle: !title.title, guessStandfirst: false },
  );
}

function removeJunk(page: HtmlDocument): void {
  for (const element of [...page.querySelectorAll(JUNK_SELECTOR)]) element.remove();
  for (const element of [...page.querySelectorAll('[class], [id]')]) {
    const names = `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`;
    if (WIDGET_NAME.test(names) && textOf(element).length < MAX_WIDGET_TEXT && !isPageRoot(element))
      element.remove();
  }
}

function isPageRoot(element: HtmlElement): boolean {
  const tag = element.tagName.toLowerCase();
  return tag === 'html' || tag === 'body' || tag === 'main' || tag === 'article';
}

/** Text of the innermost block elements, in document order. */
function blocksOf(page: HtmlDocument): string[] {
  const root = page.body ?? page.documentElement;
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
