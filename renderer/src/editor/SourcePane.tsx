/**
 * The article beside the slides: paragraphs of sentences, each tagged with its reference `pN.sM`. The sentences
 * behind the current slide are highlighted, those behind the bullet being edited more strongly and scrolled into
 * view. Selecting text offers "Add as bullet" and "Add to notes", keeping the references.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import type { ArticleSource } from '../../../electron/ipc/contract';
import { bodySourceRefs, parseBody, sourceRefs } from '../../../slides/index';
import type { SourceRef } from '../../../slides/index';
import type { Slide } from '../../../slides/model';
import type { EditorFocus } from './state';

/** Props of {@link SourcePane}. */
export interface SourcePaneProps {
  article: ArticleSource;
  slide: Slide | undefined;
  focus: EditorFocus | null;
  onAdd: (text: string, refs: SourceRef[], to: 'bullet' | 'notes') => void;
}

interface Pending {
  text: string;
  refs: SourceRef[];
  top: number;
}

function refOf(node: Node | null): SourceRef | null {
  const element = node instanceof Element ? node : node?.parentElement;
  const id = element?.closest<HTMLElement>('[data-ref]')?.dataset.ref;
  return id ? (sourceRefs(id)[0] ?? null) : null;
}

/** The article with its references, for the right of the editor. */
export function SourcePane({ article, slide, focus, onAdd }: SourcePaneProps) {
  const paneRef = useRef<HTMLDivElement>(null);
  const [pending, setPending] = useState<Pending | null>(null);
  const slideRefs = useMemo(
    () => new Set(slide ? bodySourceRefs(slide.body).map((ref) => ref.id) : []),
    [slide],
  );
  const focusRefs = useMemo(() => {
    if (!slide || focus?.slideId !== slide.id || focus.field.kind !== 'item') return [];
    const item = parseBody(slide.body).items[focus.field.index];
    return sourceRefs(item?.attrs['data-src'] ?? '').map((ref) => ref.id);
  }, [slide, focus]);
  const focusKey = focusRefs.join(' ');

  useEffect(() => {
    const first = focusKey.split(' ')[0] || [...slideRefs][0];
    if (!first) return;
    paneRef.current
      ?.querySelector(`[data-ref="${first}"]`)
      ?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  }, [focusKey, slideRefs]);

  const onMouseUp = () => {
    const selection = window.getSelection();
    const text = selection?.toString().trim() ?? '';
    const pane = paneRef.current;
    if (!selection || !text || !pane || selection.rangeCount === 0) return setPending(null);
    const range = selection.getRangeAt(0);
    if (!pane.contains(range.commonAncestorContainer)) return setPending(null);
    const refs = new Map<string, SourceRef>();
    for (const ref of [refOf(range.startContainer), refOf(range.endContainer)])
      if (ref) refs.set(ref.id, ref);
    pane.querySelectorAll<HTMLElement>('[data-ref]').forEach((span) => {
      if (range.intersectsNode(span)) {
        const ref = sourceRefs(span.dataset.ref ?? '')[0];
        if (ref) refs.set(ref.id, ref);
      }
    });
    const sorted = [...refs.values()].sort((a, b) => a.paragraph - b.paragraph || a.sentence - b.sentence);
    const rect = range.getBoundingClientRect();
    setPending({
      text,
      refs: sorted,
      top: rect.bottom - pane.getBoundingClientRect().top + pane.scrollTop + 4,
    });
  };

  const add = (to: 'bullet' | 'notes') => {
    if (!pending) return;
    onAdd(pending.text, pending.refs, to);
    setPending(null);
    window.getSelection()?.removeAllRanges();
  };

  return (
    <aside className="source-pane" aria-label="Source article">
      <h2 className="pane-heading">Source</h2>
      <div
        className="source-scroll"
        ref={paneRef}
        onMouseUp={onMouseUp}
        onKeyUp={onMouseUp}
        tabIndex={0}
        aria-label={`Article: ${article.title}`}
      >
        <h3 className="source-title">{article.title}</h3>
        {/* The standfirst is paragraph 0: a bullet resting on it links `p0.sM`. */}
        {[article.standfirst ?? [], ...article.paragraphs].map((sentences, p) =>
          sentences.length === 0 ? null : (
            <p key={p} className={p === 0 ? 'source-paragraph source-standfirst' : 'source-paragraph'}>
              <span className="source-para-number" aria-hidden="true">
                {p === 0 ? 'Standfirst' : `¶${p}`}
              </span>
              {sentences.map((sentence, s) => {
                const id = `p${p}.s${s + 1}`;
                const cls = focusRefs.includes(id) ? ' is-focus' : slideRefs.has(id) ? ' is-linked' : '';
                return (
                  <span key={id} data-ref={id} className={`source-sentence${cls}`}>
                    {sentence}{' '}
                  </span>
                );
              })}
            </p>
          ),
        )}
        {pending ? (
          <div
            className="source-actions"
            role="toolbar"
            aria-label="Use the selected text"
            style={{ top: pending.top }}
          >
            <button type="button" onMouseDown={(e) => e.preventDefault()} onClick={() => add('bullet')}>
              Add as bullet
            </button>
            <button type="button" onMouseDown={(e) => e.preventDefault()} onClick={() => add('notes')}>
              Add to notes
            </button>
          </div>
        ) : null}
      </div>
    </aside>
  );
}
