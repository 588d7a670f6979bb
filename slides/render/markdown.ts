/**
 * The one Markdown renderer for slide text, as reveal.js and reveal-md render it: markdown-it with raw HTML on
 * (inline SVG, `<div class="r-stack">`, `<small>`, tables …), links limited to http(s), mailto and in-deck
 * `#` links, network images replaced by a placeholder naming the URL, table alignment as `align-*` classes
 * (never inline styles), and reveal's `<!-- .element: ... -->` comments turned into an allowlisted set of
 * attributes on the enclosing block. Pure: no DOM. Its output is NOT safe on its own: every consumer passes it
 * through the sanitiser (`renderer/src/sanitize.ts` in the page, `electron/services/sanitize` in Node), whose
 * allowlist is `htmlPolicy.ts`.
 */
import MarkdownItClass, { type MarkdownIt, type StateCore, type Token } from 'markdown-it';
import { isInlineImage, isRemoteOrSchemeUrl, isSafeLink } from './htmlPolicy';

/** A trailing reveal element comment, as it arrives in text (or as an `html_inline` token). */
const ELEMENT_COMMENT = /\s*<!--\s*\.element:\s*([\s\S]*?)\s*-->\s*$/;
/** A paragraph or HTML block that is nothing but HTML comments (e.g. a stray `.slide:` comment): not shown. */
const COMMENT_ONLY = /^\s*(?:<!--[\s\S]*?-->\s*)+$/;
/** markdown-it's table cell alignment, as the inline style it would write. */
const CELL_ALIGN = /^text-align:(left|center|right)$/;
/** `key="value"` or `key='value'` pairs inside an element comment. */
const ATTR_PAIR = /([a-zA-Z][\w-]*)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/** Per attribute, the values it may take. Attributes not listed here are dropped. */
const ELEMENT_ATTR_VALUES: Readonly<Record<string, RegExp>> = {
  'data-src': /^[A-Za-z0-9.]+(?: [A-Za-z0-9.]+)*$/,
  class: /^[a-z0-9-]+(?: [a-z0-9-]+)*$/,
  'data-fragment-index': /^\d{1,4}$/,
  'data-id': /^[A-Za-z0-9_-]{1,64}$/,
};

/** The attribute names an element comment may set (also the renderer's DOMPurify allowlist). */
export const ELEMENT_ATTRS = Object.keys(ELEMENT_ATTR_VALUES);

/**
 * Parses the inside of an element comment (`data-src="p3.s2" class="fragment"`) into allowlisted attributes.
 * Unknown attributes, and values outside an attribute's pattern, are dropped.
 */
export function parseElementAttrs(text: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  for (const match of text.matchAll(ATTR_PAIR)) {
    const name = (match[1] ?? '').toLowerCase();
    const value = (match[2] ?? match[3] ?? '').trim().replace(/\s+/g, ' ');
    const pattern = ELEMENT_ATTR_VALUES[name];
    if (pattern && pattern.test(value)) attrs[name] = value;
  }
  return attrs;
}

/** The block token an inline token at `index` belongs to: its list item when it opens one, else its paragraph/heading. */
function enclosingBlock(tokens: Token[], index: number): Token | undefined {
  const open = tokens[index - 1];
  if (!open || (open.type !== 'paragraph_open' && open.type !== 'heading_open')) return undefined;
  const before = tokens[index - 2];
  if (open.type === 'paragraph_open' && before?.type === 'list_item_open') return before;
  return open;
}

/** The opening token of the block whose closing token is at `close` (undefined when it is not a closing token). */
function openingOf(tokens: Token[], close: number): Token | undefined {
  const end = tokens[close];
  if (!end || end.nesting !== -1) return undefined;
  for (let index = close - 1; index >= 0; index -= 1) {
    const token = tokens[index] as Token;
    if (token.nesting === 1 && token.level === end.level && token.tag === end.tag) return token;
  }
  return undefined;
}

/** Removes a trailing element comment from inline children; returns its attribute text, or null. */
function takeTrailingElementComment(children: Token[]): string | null {
  let last = children.length - 1;
  while (last >= 0 && children[last]?.type === 'text' && children[last]?.content.trim() === '') last -= 1;
  const token = children[last];
  if (!token) return null;
  if (token.type === 'html_inline') {
    const match = ELEMENT_COMMENT.exec(token.content);
    if (!match || match.index !== 0) return null;
    children.splice(last);
    // The line break and spaces before the comment go with it.
    while (children.length > 0) {
      const before = children[children.length - 1] as Token;
      if (before.type === 'softbreak') children.pop();
      else if (before.type === 'text' && before.content.trim() === '') children.pop();
      else {
        if (before.type === 'text') before.content = before.content.replace(/\s+$/, '');
        break;
      }
    }
    return match[1] ?? '';
  }
  if (token.type !== 'text') return null;
  const match = ELEMENT_COMMENT.exec(token.content);
  if (!match) return null;
  token.content = token.content.slice(0, match.index);
  return match[1] ?? '';
}

/**
 * Moves trailing element comments onto their block, drops comment-only paragraphs and HTML blocks, and removes
 * any other HTML comment from the inline flow (comments never reach the page).
 */
function elementAttributesRule(state: StateCore): void {
  const tokens = state.tokens;
  const drop = new Set<number>();
  tokens.forEach((token, index) => {
    if (token.type === 'html_block' && COMMENT_ONLY.test(token.content)) {
      // `Text\n<!-- .element: … -->`: the comment line ends the block before it and applies to that block.
      const match = /^\s*<!--\s*\.element:\s*([\s\S]*?)\s*-->\s*$/.exec(token.content);
      const target = match ? openingOf(tokens, index - 1) : undefined;
      for (const [name, value] of Object.entries(parseElementAttrs(match?.[1] ?? '')))
        target?.attrSet(name, value);
      drop.add(index);
      return;
    }
    if (token.type !== 'inline' || !token.children) return;
    const open = tokens[index - 1];
    if (open?.type === 'paragraph_open' && COMMENT_ONLY.test(token.content)) {
      drop
        .add(index - 1)
        .add(index)
        .add(index + 1);
      return;
    }
    const comment = takeTrailingElementComment(token.children);
    if (comment !== null) {
      const block = enclosingBlock(tokens, index);
      for (const [name, value] of Object.entries(parseElementAttrs(comment))) block?.attrSet(name, value);
    }
    token.children = token.children.filter(
      (child) => !(child.type === 'html_inline' && COMMENT_ONLY.test(child.content)),
    );
  });
  if (drop.size > 0) state.tokens = tokens.filter((_, index) => !drop.has(index));
}

/** Table cells: markdown-it's `style="text-align:x"` becomes class `align-x` (no inline style under the CSP). */
function tableAlignRule(state: StateCore): void {
  for (const token of state.tokens) {
    if (token.type !== 'th_open' && token.type !== 'td_open') continue;
    const match = CELL_ALIGN.exec(String(token.attrGet('style') ?? ''));
    if (!token.attrs) continue;
    token.attrs = token.attrs.filter(([name]) => name !== 'style');
    if (match) token.attrJoin('class', `align-${match[1]}`);
  }
}

/** Turns links to anything but http(s)/mailto into inert spans that keep their text. */
function safeLinksRule(state: StateCore): void {
  for (const token of state.tokens) {
    if (token.type !== 'inline' || !token.children) continue;
    const stack: boolean[] = [];
    for (const child of token.children) {
      if (child.type === 'link_open') {
        const href = String(child.attrGet('href') ?? '');
        const safe = isSafeLink(href);
        stack.push(safe);
        if (safe)
          child.attrs = [
            ['href', href],
            ['rel', 'noopener noreferrer'],
          ];
        else {
          child.tag = 'span';
          child.attrs = [['class', 'link-blocked']];
        }
      } else if (child.type === 'link_close' && stack.pop() === false) {
        child.tag = 'span';
      }
    }
  }
}

function createMarkdown(options: { breaks: boolean }): MarkdownIt {
  const md = new MarkdownItClass({ html: true, linkify: false, typographer: false, breaks: options.breaks });
  // Every destination parses; safeLinksRule and the image rule then decide what may stay live.
  md.validateLink = () => true;
  md.core.ruler.push('briefdeck_element_attrs', elementAttributesRule);
  md.core.ruler.push('briefdeck_safe_links', safeLinksRule);
  md.core.ruler.push('briefdeck_table_align', tableAlignRule);
  const escape = md.utils.escapeHtml;
  md.renderer.rules.image = (tokens, index) => {
    const token = tokens[index];
    const src = String(token?.attrGet('src') ?? '');
    const alt = token?.children ? md.renderer.renderInlineAsText(token.children, md.options, {}) : '';
    const title = token?.attrGet('title');
    const titleAttr = title ? ` title="${escape(String(title))}"` : '';
    // Local paths stay: the sanitiser swaps them for the file's data (or a "not found" placeholder).
    if (isInlineImage(src) || !isRemoteOrSchemeUrl(src))
      return `<img src="${escape(src)}" alt="${escape(alt)}"${titleAttr}>`;
    return remoteImagePlaceholder(src, alt, escape);
  };
  return md;
}

/**
 * What a remote image shows instead of loading: its URL, visibly (the sanitiser writes the same markup for
 * `<img>` tags in raw HTML).
 */
export function remoteImagePlaceholder(src: string, alt: string, escape: (text: string) => string): string {
  return (
    `<span class="image-placeholder image-remote" role="img" aria-label="${escape(alt || 'image')}">` +
    `[image not loaded: ${escape(src)}]</span>`
  );
}

/** The shared markdown-it instance (configured once; rendering is stateless). */
export const markdown: MarkdownIt = createMarkdown({ breaks: false });

/**
 * Speaker notes keep their line breaks (a presenter writes them line by line, and the source quotes under
 * `Sources:` are one per line); otherwise they render exactly like slide text.
 */
const notesMarkdown: MarkdownIt = createMarkdown({ breaks: true });

/** Renders speaker notes to HTML, keeping single line breaks. Raw HTML passes through: sanitise the result. */
export function renderNotesMarkdown(text: string): string {
  return notesMarkdown.render(text);
}

/** Renders slide Markdown to HTML (block level). Raw HTML passes through: sanitise the result. */
export function renderMarkdown(text: string): string {
  return markdown.render(text);
}

/** Parses slide Markdown to markdown-it block tokens, with element attributes already applied. */
export function parseMarkdown(text: string): Token[] {
  return markdown.parse(text, {});
}

/** Renders a slice of block tokens produced by {@link parseMarkdown}. */
export function renderTokens(tokens: Token[]): string {
  return markdown.renderer.render(tokens, markdown.options, {});
}

/** Renders inline tokens (the children of an `inline` token). */
export function renderInline(children: Token[]): string {
  return markdown.renderer.renderInline(children, markdown.options, {});
}

/** The plain text of inline tokens (markup dropped, nothing escaped). */
export function inlineText(children: Token[]): string {
  return markdown.renderer.renderInlineAsText(children, markdown.options, {});
}

/** Escapes text for use in HTML content or a double-quoted attribute. */
export function escapeHtml(text: string): string {
  return markdown.utils.escapeHtml(text);
}
