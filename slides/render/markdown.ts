/**
 * The one Markdown renderer for slide text: markdown-it with raw HTML off, links limited to http(s) and mailto,
 * network images replaced by a placeholder, and reveal's `<!-- .element: ... -->` comments turned into an
 * allowlisted set of attributes on the enclosing block. Pure: no DOM. Its output is still passed through
 * DOMPurify in the renderer before it reaches the page.
 */
import MarkdownItClass, { type MarkdownIt, type StateCore, type Token } from 'markdown-it';

/** Hrefs that may become real links. Everything else renders as plain text. */
const SAFE_LINK = /^(?:https?:\/\/|mailto:)/i;
/** Inline images we can show without fetching anything. */
const SAFE_IMAGE = /^data:image\/(?:png|jpeg|gif|webp);base64,[a-z0-9+/=\s]+$/i;
/** A trailing reveal element comment, as it arrives in text with HTML off. */
const ELEMENT_COMMENT = /\s*<!--\s*\.element:\s*([\s\S]*?)\s*-->\s*$/;
/** A paragraph that is nothing but an HTML comment (e.g. a stray `.slide:` comment): not shown. */
const COMMENT_ONLY = /^\s*<!--[\s\S]*?-->\s*$/;
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

/** Moves trailing element comments onto their block and drops comment-only paragraphs. */
function elementAttributesRule(state: StateCore): void {
  const tokens = state.tokens;
  const drop = new Set<number>();
  tokens.forEach((token, index) => {
    if (token.type !== 'inline' || !token.children) return;
    const open = tokens[index - 1];
    if (open?.type === 'paragraph_open' && COMMENT_ONLY.test(token.content)) {
      drop
        .add(index - 1)
        .add(index)
        .add(index + 1);
      return;
    }
    const last = token.children[token.children.length - 1];
    if (!last || last.type !== 'text') return;
    const match = ELEMENT_COMMENT.exec(last.content);
    if (!match) return;
    last.content = last.content.slice(0, match.index);
    const block = enclosingBlock(tokens, index);
    for (const [name, value] of Object.entries(parseElementAttrs(match[1] ?? '')))
      block?.attrSet(name, value);
  });
  if (drop.size > 0) state.tokens = tokens.filter((_, index) => !drop.has(index));
}

/** Turns links to anything but http(s)/mailto into inert spans that keep their text. */
function safeLinksRule(state: StateCore): void {
  for (const token of state.tokens) {
    if (token.type !== 'inline' || !token.children) continue;
    const stack: boolean[] = [];
    for (const child of token.children) {
      if (child.type === 'link_open') {
        const href = String(child.attrGet('href') ?? '');
        const safe = SAFE_LINK.test(href);
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
  const md = new MarkdownItClass({ html: false, linkify: false, typographer: false, breaks: options.breaks });
  // Every destination parses; safeLinksRule and the image rule then decide what may stay live.
  md.validateLink = () => true;
  md.core.ruler.push('briefdeck_element_attrs', elementAttributesRule);
  md.core.ruler.push('briefdeck_safe_links', safeLinksRule);
  const escape = md.utils.escapeHtml;
  md.renderer.rules.image = (tokens, index) => {
    const token = tokens[index];
    const src = String(token?.attrGet('src') ?? '');
    const alt = token?.children ? md.renderer.renderInlineAsText(token.children, md.options, {}) : '';
    if (SAFE_IMAGE.test(src)) return `<img src="${escape(src)}" alt="${escape(alt)}">`;
    return `<span class="image-blocked" title="Image not shown: it would load from the network">[image${alt ? `: ${escape(alt)}` : ''}]</span>`;
  };
  return md;
}

/** The shared markdown-it instance (configured once; rendering is stateless). */
export const markdown: MarkdownIt = createMarkdown({ breaks: false });

/**
 * Speaker notes keep their line breaks (a presenter writes them line by line, and the source quotes under
 * `Sources:` are one per line); otherwise they render exactly like slide text.
 */
const notesMarkdown: MarkdownIt = createMarkdown({ breaks: true });

/** Renders speaker notes to HTML, keeping single line breaks. Raw HTML is shown as text, never rendered. */
export function renderNotesMarkdown(text: string): string {
  return notesMarkdown.render(text);
}

/** Renders slide Markdown to HTML (block level). Raw HTML in the text is shown as text, never rendered. */
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
