/**
 * The small slice of the DOM the HTML importer uses, typed here because `slides/` compiles without the DOM
 * library. linkedom provides the implementation: a pure-JS parser that never runs scripts or loads resources.
 */
import { parseHTML } from 'linkedom';

/** An element as linkedom gives it to us. */
export interface HtmlElement {
  readonly tagName: string;
  textContent: string | null;
  readonly innerHTML: string;
  /** Setting it replaces the element with the markup given. */
  outerHTML: string;
  readonly parentElement: HtmlElement | null;
  readonly previousSibling: { readonly textContent: string | null } | null;
  getAttribute(name: string): string | null;
  matches(selector: string): boolean;
  /** True for the element itself and everything inside it. */
  contains(other: HtmlElement): boolean;
  querySelector(selector: string): HtmlElement | null;
  querySelectorAll(selector: string): Iterable<HtmlElement> & { readonly length: number };
  remove(): void;
}

/** A parsed HTML document. */
export interface HtmlDocument {
  readonly documentElement: HtmlElement;
  readonly body: HtmlElement | null;
  readonly head: HtmlElement | null;
  querySelector(selector: string): HtmlElement | null;
  querySelectorAll(selector: string): Iterable<HtmlElement> & { readonly length: number };
}

const HAS_HTML_ELEMENT = /<html[\s>]/i;
const LINE_BREAK = /<br\s*\/?>(?!\n)/gi;

/** Parses markup into an inert document (a fragment is wrapped into a full page first). */
export function parseDocument(html: string): HtmlDocument {
  // "<strong>Margit Solheim</strong><br />Chief Executive Officer": a line break parts words as a space does,
  // though an element's text has none for it.
  const broken = html.replace(LINE_BREAK, '$&\n');
  const page = HAS_HTML_ELEMENT.test(broken)
    ? broken
    : `<!doctype html><html><head></head><body>${broken}</body></html>`;
  return parseHTML(page).document as unknown as HtmlDocument;
}

/** An element's text with whitespace left as is ('' for none). */
export function textOf(element: HtmlElement | null | undefined): string {
  return element?.textContent ?? '';
}
