/**
 * The slide sanitiser in Node (HTML and PowerPoint exports): the renderer's own DOMPurify profile
 * (`renderer/src/sanitizeCore.ts`) on a jsdom window, whose HTML parser follows the same specification as the
 * browser that later shows the file. jsdom is loaded on first use only (it costs a few hundred milliseconds).
 */
import type { ImageResolver } from '../../../slides/render/htmlPolicy';
import {
  auditSanitizedDom,
  createSlideSanitizer,
  type SlideSanitizer,
} from '../../../renderer/src/sanitizeCore';

/** A Node sanitiser: the slide profile plus an audit of the DOM it built. */
export interface NodeSanitizer {
  /** Sanitised HTML; throws when the audit of the sanitised DOM finds anything outside the allowlist. */
  sanitize(html: string, resolveImage?: ImageResolver): string;
  /** The sanitised DOM (for exporters that walk it, such as PowerPoint's). */
  fragment(html: string, resolveImage?: ImageResolver): DocumentFragment;
}

let loading: Promise<NodeSanitizer> | undefined;

async function create(): Promise<NodeSanitizer> {
  const [{ JSDOM }, { default: createDOMPurify }] = await Promise.all([import('jsdom'), import('dompurify')]);
  const { window } = new JSDOM('<!doctype html><html><body></body></html>');
  const core: SlideSanitizer = createSlideSanitizer(
    createDOMPurify(window as unknown as Parameters<typeof createDOMPurify>[0]),
  );
  const fragment = (html: string, resolveImage?: ImageResolver): DocumentFragment => {
    core.setImageResolver(resolveImage);
    try {
      return core.fragment(html);
    } finally {
      core.setImageResolver(undefined);
    }
  };
  return {
    fragment,
    sanitize(html, resolveImage) {
      const dom = fragment(html, resolveImage);
      const problems = auditSanitizedDom(dom);
      if (problems.length > 0)
        throw new Error(
          `Sanitised slide HTML still holds markup outside the allowlist: ${problems.join(', ')}`,
        );
      const holder = dom.ownerDocument.createElement('div');
      holder.append(dom);
      return holder.innerHTML;
    },
  };
}

/** The shared Node sanitiser (created once, on first use). */
export function nodeSanitizer(): Promise<NodeSanitizer> {
  loading ??= create();
  return loading;
}
