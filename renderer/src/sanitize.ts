/**
 * The last gate before slide HTML reaches the DOM. `slides/render` already renders Markdown with raw HTML off;
 * DOMPurify then keeps only ordinary elements and an explicit allowlist of the data attributes we use, so no
 * `style`, no event handler and no reveal attribute that loads content (`data-background-iframe`,
 * `data-preview-link`, …) can get through, whatever the Markdown layer let pass.
 */
import createDOMPurify, { type Config } from 'dompurify';

/** Data attributes the slide renderer produces. Every other `data-*` attribute is removed. */
export const ALLOWED_DATA_ATTRS = [
  'data-src',
  'data-fragment-index',
  'data-id',
  'data-layout',
  'data-count',
] as const;

/**
 * DOMPurify's default URI test with fewer schemes: http(s) and mailto, or a value with no scheme at all.
 * (DOMPurify applies it to every attribute not marked URI-safe, so scheme-less values must pass.)
 */
const ALLOWED_URI = /^(?:(?:https?|mailto):|[^a-z]|[a-z+.-]+(?:[^a-z+.\-:]|$))/i;

/** The DOMPurify configuration for slide and notes HTML. */
export const SANITIZE_CONFIG: Config = {
  ALLOW_DATA_ATTR: false,
  ALLOW_UNKNOWN_PROTOCOLS: false,
  ADD_ATTR: [...ALLOWED_DATA_ATTRS],
  ADD_URI_SAFE_ATTR: [...ALLOWED_DATA_ATTRS],
  FORBID_ATTR: ['style', 'srcset', 'action', 'formaction', 'xlink:href', 'background'],
  FORBID_TAGS: [
    'style',
    'form',
    'input',
    'button',
    'textarea',
    'select',
    'iframe',
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
  ],
  ALLOWED_URI_REGEXP: ALLOWED_URI,
};

/** The only images shown: inline raster data (anything else would make a request). */
const INLINE_IMAGE = /^data:image\/(?:png|jpeg|gif|webp);base64,/i;

type Purifier = ReturnType<typeof createDOMPurify>;
let purifier: Purifier | undefined;

function getPurifier(): Purifier {
  if (purifier) return purifier;
  const instance = createDOMPurify(window);
  // Without a working DOM, DOMPurify returns its input unchanged: refuse to run rather than pass HTML through.
  if (!instance.isSupported) throw new Error('The HTML sanitiser cannot run in this environment.');
  instance.addHook('afterSanitizeAttributes', (node) => {
    if (!(node instanceof Element)) return;
    if (node.nodeName === 'A') {
      node.setAttribute('target', '_blank');
      node.setAttribute('rel', 'noopener noreferrer');
    }
    if (node.nodeName === 'IMG' && !INLINE_IMAGE.test(node.getAttribute('src') ?? ''))
      node.removeAttribute('src');
  });
  // Parsing the configuration on every call costs more than sanitising a slide: set it once.
  instance.setConfig({ ...SANITIZE_CONFIG, RETURN_TRUSTED_TYPE: false });
  purifier = instance;
  return instance;
}

/** Sanitises HTML produced by `slides/render` for insertion with `innerHTML`. */
export function sanitizeHtml(html: string): string {
  return getPurifier().sanitize(html) as string;
}
