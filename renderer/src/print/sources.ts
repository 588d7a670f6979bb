/** The source references of a slide, listed under its notes: each `pN.sM` with its sentence when the article is known. */
import { bodySourceRefs } from '../../../slides/content';
import type { ArticleSource } from '../../../electron/ipc/contract';
import type { Slide } from '../../../slides/model';

/** One line of the sources list. */
export interface SourceLine {
  id: string;
  /** The quoted sentence, when the article is known and holds it. */
  quote?: string;
}

/** The slide's references in order, each with its sentence from `article` when there is one. */
export function sourceLines(slide: Pick<Slide, 'body'>, article?: ArticleSource): SourceLine[] {
  return bodySourceRefs(slide.body).map((ref) => {
    const quote = article?.paragraphs[ref.paragraph - 1]?.[ref.sentence - 1];
    return quote ? { id: ref.id, quote } : { id: ref.id };
  });
}

/** The sources as flowable blocks: a heading, then one paragraph per reference. */
export function sourceBlocks(lines: readonly SourceLine[]): HTMLElement[] {
  if (lines.length === 0) return [];
  const heading = document.createElement('h3');
  heading.className = 'sources-head';
  heading.textContent = 'Sources';
  return [
    heading,
    ...lines.map((line) => {
      const p = document.createElement('p');
      p.className = 'source-ref';
      const id = document.createElement('span');
      id.className = 'source-id';
      id.textContent = line.id;
      p.appendChild(id);
      if (line.quote) p.append(' — ', `“${line.quote}”`);
      return p;
    }),
  ];
}
