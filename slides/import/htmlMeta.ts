/** Reads an article's metadata from a saved web page: Open Graph, article:*, author and description meta tags. */
import type { KnownMetadata } from './assemble';
import { parseByline } from './articleHead';
import { textOf, type HtmlDocument } from './htmlDom';
import { normaliseSpace } from './normalise';

const STANDFIRST_SELECTOR =
  '[class*="standfirst"], [class*="dek"], [class*="subtitle"], [class*="subhead"], [class*="sub-head"]';

/** The first non-empty `content` among the meta tags named (by `property` or `name`). */
function metaContent(page: HtmlDocument, names: readonly string[]): string | undefined {
  for (const name of names) {
    const element = page.querySelector(
      `meta[property="${name}"], meta[name="${name}"], meta[itemprop="${name}"]`,
    );
    const content = normaliseSpace(element?.getAttribute('content') ?? '');
    if (content) return content;
  }
  return undefined;
}

/** Metadata found in the page head and in a few well-known body elements; call before Readability mutates it. */
export function readHtmlMeta(page: HtmlDocument): KnownMetadata & { description?: string } {
  const time = page.querySelector('article time, time[datetime]');
  const standfirst = normaliseSpace(textOf(page.querySelector(STANDFIRST_SELECTOR)));
  const h1 = normaliseSpace(textOf(page.querySelector('h1')));
  const meta: KnownMetadata & { description?: string } = {
    title:
      h1 ||
      metaContent(page, ['og:title', 'twitter:title']) ||
      normaliseSpace(textOf(page.querySelector('title'))),
    publisher: metaContent(page, ['og:site_name', 'application-name', 'publisher']),
    author: metaContent(page, [
      'author',
      'article:author',
      'parsely-author',
      'sailthru.author',
      'dc.creator',
    ]),
    date:
      metaContent(page, ['article:published_time', 'datePublished', 'date', 'dc.date', 'parsely-pub-date']) ??
      (normaliseSpace(textOf(time)) || undefined),
    url:
      metaContent(page, ['og:url']) ??
      (page.querySelector('link[rel="canonical"]')?.getAttribute('href') || undefined),
    description: metaContent(page, ['og:description', 'description', 'twitter:description']),
  };
  // "Mirela Ostrovan, Senior Fellow, Social Policy Programme" set as a subtitle is the byline, not a dek.
  if (standfirst && standfirst.length < 600 && !parseByline(standfirst)) meta.standfirst = standfirst;
  return meta;
}
