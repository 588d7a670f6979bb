/**
 * The slide HTML sanitiser, for any DOM: the renderer runs it on the page's own document, the exports in Node on
 * a jsdom window (`electron/services/sanitize`). DOMPurify applies the allowlist of `slides/render/htmlPolicy.ts`
 * with a few hooks (reveal's element comments, `text-align` to classes, value checks for `data-*`, links and SVG
 * references); then images are resolved on the sanitised DOM: inline data stays, a local file becomes its data
 * URL, a remote URL becomes a visible placeholder naming it. {@link auditSanitizedDom} re-checks the result.
 */
import type { Config, DOMPurify } from 'dompurify';
import {
  DATA_ATTRS,
  DATA_ATTR_VALUES,
  HTML_ATTRS,
  HTML_TAGS,
  SVG_ATTRS,
  SVG_TAGS,
  alignClassOfStyle,
  cleanClassList,
  hasExternalReference,
  isInlineImage,
  isRemoteOrSchemeUrl,
  isSafeLink,
  localImagePath,
  type ImageResolver,
} from '../../slides/render/htmlPolicy';
import { parseElementAttrs } from '../../slides/render/markdown';

const SVG_NS = 'http://www.w3.org/2000/svg';
const HTML_NS = 'http://www.w3.org/1999/xhtml';
const ELEMENT_COMMENT = /^\s*\.element:\s*([\s\S]*?)\s*$/;
/** Elements reveal lazy-loads `data-src` into `src` for: never given a `data-src`. */
const LAZY_LOADED = new Set(['IMG', 'VIDEO', 'AUDIO', 'IFRAME', 'SOURCE']);
/** DOMPurify's URI test with fewer schemes: http(s), mailto, data (images only, see DATA_URI_TAGS) or none. */
const ALLOWED_URI = /^(?:(?:https?|mailto):|[^a-z]|[a-z+.-]+(?:[^a-z+.\-:]|$))/i;

/** What a resolved local image may be: inline image data, SVG included (an SVG in `<img>` runs nothing). */
const RESOLVED_IMAGE = /^data:image\/(?:png|jpeg|gif|webp|svg\+xml);base64,/i;

const HTML_TAG_SET = new Set<string>(HTML_TAGS);
const SVG_TAG_SET = new Set<string>(SVG_TAGS);
const ATTR_SET = new Set<string>([...HTML_ATTRS, ...SVG_ATTRS, ...DATA_ATTRS, 'target', 'rel']);
const DATA_VALUES: Readonly<Record<string, RegExp>> = DATA_ATTR_VALUES;

/** The DOMPurify configuration for slide and notes HTML. */
export const SANITIZE_CONFIG: Config = {
  ALLOWED_TAGS: [...HTML_TAGS, ...SVG_TAGS],
  ALLOWED_ATTR: [...HTML_ATTRS, ...SVG_ATTRS, ...DATA_ATTRS, 'target', 'rel'],
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: true,
  ALLOW_UNKNOWN_PROTOCOLS: false,
  ADD_URI_SAFE_ATTR: [...DATA_ATTRS],
  FORBID_ATTR: ['style', 'srcset', 'action', 'formaction', 'xlink:href', 'background', 'ping'],
  FORBID_TAGS: [
    'script',
    'style',
    'form',
    'input',
    'button',
    'textarea',
    'select',
    'iframe',
    'frame',
    'frameset',
    'object',
    'embed',
    'video',
    'audio',
    'source',
    'track',
    'link',
    'meta',
    'base',
    'use',
    'image',
    'foreignObject',
    'animate',
    'set',
    'animateMotion',
    'animateTransform',
  ],
  ALLOWED_URI_REGEXP: ALLOWED_URI,
  KEEP_CONTENT: true,
  RETURN_DOM_FRAGMENT: true,
  RETURN_TRUSTED_TYPE: false,
};

/** A slide sanitiser bound to one DOM. */
export interface SlideSanitizer {
  /** Sanitised HTML, for `innerHTML`. */
  sanitize(html: string): string;
  /** The sanitised DOM itself (images resolved), in the sanitiser's inert document. */
  fragment(html: string): DocumentFragment;
  /** Where local images come from (deck-relative path → data URL); none: every local image is "not found". */
  setImageResolver(resolver: ImageResolver | undefined): void;
}

function isElement(node: Node): node is Element {
  return node.nodeType === 1;
}

/** Applies reveal's `<!-- .element: ... -->` to the element before the comment, else to its parent. */
function applyElementComment(comment: Node): void {
  const match = ELEMENT_COMMENT.exec(comment.nodeValue ?? '');
  if (!match) return;
  let target: Node | null = comment.previousSibling;
  while (target && !isElement(target)) {
    if (target.nodeType === 3 && (target.nodeValue ?? '').trim() !== '') {
      target = null;
      break;
    }
    target = target.previousSibling;
  }
  const element = target && isElement(target) ? target : comment.parentElement;
  if (!element) return;
  for (const [name, value] of Object.entries(parseElementAttrs(match[1] ?? ''))) {
    if (name === 'class') element.classList.add(...value.split(' '));
    else element.setAttribute(name, value);
  }
}

/** A placeholder shown instead of an image that is not loaded. */
function imagePlaceholder(doc: Document, kind: 'remote' | 'missing', src: string, alt: string): Element {
  const span = doc.createElement('span');
  span.className = `image-placeholder image-${kind}`;
  span.setAttribute('role', 'img');
  span.setAttribute('aria-label', alt || 'image');
  span.textContent = kind === 'remote' ? `[image not loaded: ${src}]` : `[image not found: ${src}]`;
  return span;
}

/**
 * DOMPurify's allowlist is one set of names for every namespace: an SVG `<a>` or an HTML `<g>` would pass it.
 * Elements outside their own namespace's profile are unwrapped (their content stays).
 */
function enforceNamespaces(root: DocumentFragment): void {
  for (const element of Array.from(root.querySelectorAll('*'))) {
    const tag = element.localName.toLowerCase();
    const ok =
      element.namespaceURI === SVG_NS
        ? SVG_TAG_SET.has(tag)
        : element.namespaceURI === HTML_NS && HTML_TAG_SET.has(tag);
    if (!ok) element.replaceWith(...Array.from(element.childNodes));
  }
}

/** Resolves every `<img>` of a sanitised fragment: inline data kept, local files inlined, the rest replaced. */
function resolveImages(root: DocumentFragment, resolver: ImageResolver | undefined): void {
  const doc = root.ownerDocument;
  for (const img of Array.from(root.querySelectorAll('img'))) {
    const src = img.getAttribute('src') ?? '';
    const alt = img.getAttribute('alt') ?? '';
    if (isInlineImage(src)) continue;
    if (src === '' || /^data:/i.test(src)) {
      img.replaceWith(
        imagePlaceholder(doc, 'missing', src ? '(inline data of another kind)' : '(none)', alt),
      );
      continue;
    }
    if (isRemoteOrSchemeUrl(src)) {
      img.replaceWith(imagePlaceholder(doc, 'remote', src, alt));
      continue;
    }
    const path = localImagePath(src);
    const data = path ? resolver?.(path) : undefined;
    if (data && RESOLVED_IMAGE.test(data)) img.setAttribute('src', data);
    else img.replaceWith(imagePlaceholder(doc, 'missing', src, alt));
  }
}

/** Builds the sanitiser on a DOMPurify instance made for some window. */
export function createSlideSanitizer(purify: DOMPurify): SlideSanitizer {
  // Without a working DOM, DOMPurify returns its input unchanged: refuse to run rather than pass HTML through.
  if (!purify.isSupported) throw new Error('The HTML sanitiser cannot run in this environment.');
  let resolver: ImageResolver | undefined;
  purify.addHook('uponSanitizeElement', (node, data) => {
    if (data.tagName === '#comment') applyElementComment(node);
  });
  purify.addHook('uponSanitizeAttribute', (node, data) => {
    const name = data.attrName;
    const value = data.attrValue;
    if (name === 'style') {
      const align = alignClassOfStyle(value);
      if (align) node.classList.add(align);
      data.keepAttr = false;
      return;
    }
    if (name === 'class') {
      data.attrValue = cleanClassList(value);
      return;
    }
    if (name.startsWith('data-')) {
      const pattern = DATA_VALUES[name];
      data.keepAttr = pattern !== undefined && pattern.test(value) && !LAZY_LOADED.has(node.nodeName);
      return;
    }
    if (name === 'href') {
      data.keepAttr = node.namespaceURI === HTML_NS && node.nodeName === 'A' && isSafeLink(value);
      return;
    }
    if (name === 'src') {
      data.keepAttr = node.namespaceURI === HTML_NS && node.nodeName === 'IMG';
      return;
    }
    if (node.namespaceURI === SVG_NS && hasExternalReference(value)) data.keepAttr = false;
  });
  purify.addHook('afterSanitizeAttributes', (node) => {
    if (node.nodeName === 'A' && node.hasAttribute('href')) {
      if ((node.getAttribute('href') ?? '').startsWith('#')) {
        node.removeAttribute('target');
        node.removeAttribute('rel');
      } else {
        node.setAttribute('target', '_blank');
        node.setAttribute('rel', 'noopener noreferrer');
      }
    }
    if (node.getAttribute('class') === '') node.removeAttribute('class');
  });
  // Parsing the configuration on every call costs more than sanitising a slide: set it once.
  purify.setConfig(SANITIZE_CONFIG);
  const fragment = (html: string): DocumentFragment => {
    const result = purify.sanitize(html) as unknown as DocumentFragment;
    enforceNamespaces(result);
    resolveImages(result, resolver);
    return result;
  };
  return {
    fragment,
    sanitize(html) {
      const result = fragment(html);
      const holder = result.ownerDocument.createElement('div');
      holder.append(result);
      return holder.innerHTML;
    },
    setImageResolver(next) {
      resolver = next;
    },
  };
}

/**
 * Everything in a sanitised DOM that the allowlist does not allow (empty when it is clean): elements outside the
 * HTML and SVG profiles, attributes outside the list, event handlers, styles, unsafe links, images that would
 * load anything, and SVG references to other documents.
 */
export function auditSanitizedDom(root: ParentNode): string[] {
  const problems: string[] = [];
  for (const element of Array.from(root.querySelectorAll('*'))) {
    const tag = element.localName.toLowerCase();
    const svg = element.namespaceURI === SVG_NS;
    if (svg ? !SVG_TAG_SET.has(tag) : element.namespaceURI !== HTML_NS || !HTML_TAG_SET.has(tag))
      problems.push(`<${tag}>`);
    for (const attr of Array.from(element.attributes)) {
      const name = attr.name.toLowerCase();
      if (!ATTR_SET.has(name) && !name.startsWith('aria-')) problems.push(`${tag}[${name}]`);
      else if (name.startsWith('data-') && !(DATA_VALUES[name]?.test(attr.value) ?? false))
        problems.push(`${tag}[${name}=${attr.value}]`);
      else if (name === 'href' && (tag !== 'a' || !isSafeLink(attr.value)))
        problems.push(`href=${attr.value}`);
      else if (name === 'src' && (tag !== 'img' || !RESOLVED_IMAGE.test(attr.value)))
        problems.push(`src=${attr.value.slice(0, 80)}`);
      else if (svg && hasExternalReference(attr.value)) problems.push(`${tag}[${name}=${attr.value}]`);
    }
  }
  return problems;
}
