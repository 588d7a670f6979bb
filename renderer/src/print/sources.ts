/**
 * The sources of a slide under its notes on a notes page, readable and said once: each referenced sentence quoted
 * with its paragraph ("¶6 — “…”") when the article is known, else one line of paragraph references ("¶6, ¶14").
 * Never the raw `p6.s3` codes of the file, and nothing at all when the notes or the slide already cite their sources
 * ("¶7: …", as drafted notes and sources slides do), so there is no second list beside them.
 */
import { bodySourceRefs } from '../../../slides/content';
import type { ArticleSource } from '../../../electron/ipc/contract';
import type { Slide } from '../../../slides/model';

/** A paragraph citation written in notes ("¶7", "¶ 7"). */
const CITED_PARAGRAPH = /¶\s?\d+/;

/** One line of the sources list. */
export interface SourceLine {
  /** The readable reference: `¶6`, or `¶6, ¶14` for a line of references without quotes. */
  label: string;
  /** The quoted sentence, when the article is known and holds it. */
  quote?: string;
}

/**
 * The lines to print under the slide's notes: empty when the body cites nothing or the notes or slide already
 * cite paragraphs; one line per quoted sentence when `article` holds them; else one line of paragraph references.
 */
export function sourceLines(slide: Pick<Slide, 'body' | 'notes'>, article?: ArticleSource): SourceLine[] {
  const refs = bodySourceRefs(slide.body);
  if (refs.length === 0 || CITED_PARAGRAPH.test(slide.notes) || CITED_PARAGRAPH.test(slide.body)) return [];
  const lines: SourceLine[] = [];
  const unquoted: number[] = [];
  for (const ref of refs) {
    const quote = article?.paragraphs[ref.paragraph - 1]?.[ref.sentence - 1];
    if (quote) lines.push({ label: `¶${ref.paragraph}`, quote });
    else if (!unquoted.includes(ref.paragraph)) unquoted.push(ref.paragraph);
  }
  if (unquoted.length > 0) lines.push({ label: unquoted.map((paragraph) => `¶${paragraph}`).join(', ') });
  return lines;
}

/** The sources as flowable blocks: a heading, then one paragraph per line. */
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
      const label = document.createElement('span');
      label.className = 'source-id';
      label.textContent = line.label;
      p.appendChild(label);
      if (line.quote) p.append(' — ', `“${line.quote}”`);
      return p;
    }),
  ];
}
