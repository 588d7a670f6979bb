/**
 * Says in words, right after a layout change, what the new layout has no place for (bullets on a quote slide, items
 * without the figure a stat shows), for every selected slide the change left so. Nothing is lost: that content stays
 * drawn below the slide's content, and Undo restores the layout. The notice is a polite live region (never a
 * dialog), follows later edits of the slides it names (it goes once everything has a place) and goes when they are
 * no longer selected.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { LAYOUT_LABELS } from '../../../electron/shared/shortcuts';
import type { Slide } from '../../../slides/model';
import { describePlacement, placement } from '../../../slides/render/placement';
import { currentIndex, selectedIndices, type EditorState } from './state';
import './LayoutNotice.css';

/** A slide with its 1-based number in the deck. */
export interface NumberedSlide {
  slide: Pick<Slide, 'id' | 'layout' | 'body'>;
  number: number;
}

/**
 * What the notice says about slides in their layouts, or null when everything has its place. One slide is
 * described as it is; among several, each slide left with content out of place is named by its number.
 */
export function layoutNoticeText(slides: readonly NumberedSlide[]): string | null {
  const said = slides.flatMap(({ slide, number }) => {
    const placed = placement(slide);
    const text = describePlacement(placed, LAYOUT_LABELS[placed.layout], true);
    return text ? [{ number, text }] : [];
  });
  if (said.length === 0) return null;
  const parts =
    slides.length === 1
      ? said.map(({ text }) => text)
      : said.map(({ number, text }) => `Slide ${number}: ${text}`);
  return `${parts.join(' ')} Undo restores the ${slides.length === 1 ? 'layout' : 'layouts'}.`;
}

/** The selected slides (the current one when none is), in deck order. */
function selectedSlides(state: Pick<EditorState, 'deck' | 'selection' | 'current'>): NumberedSlide[] {
  const selected = selectedIndices(state);
  const indices = selected.length > 0 ? selected : [currentIndex(state)];
  return indices.flatMap((index) => {
    const slide = state.deck.slides[index];
    return slide ? [{ slide, number: index + 1 }] : [];
  });
}

/** Props of {@link LayoutNotice}. */
export interface LayoutNoticeProps {
  state: EditorState;
}

/** The notice above the stage (an empty live region when there is nothing to say). */
export function LayoutNotice({ state }: LayoutNoticeProps) {
  const { deck, selection, current } = state;
  const slides = useMemo(() => selectedSlides({ deck, selection, current }), [deck, selection, current]);
  const seen = useRef<readonly NumberedSlide[]>([]);
  const [notice, setNotice] = useState<{ ids: readonly string[]; text: string } | null>(null);

  useEffect(() => {
    const before = new Map(seen.current.map(({ slide }) => [slide.id, slide]));
    seen.current = slides;
    // A layout change keeps the body as it is (another deck opened may reuse a slide id, with other text).
    const changed = slides.filter(({ slide }) => {
      const was = before.get(slide.id);
      return was !== undefined && was.layout !== slide.layout && was.body === slide.body;
    });
    setNotice((shown) => {
      // A layout change says what has no place; later edits of the slides named keep the notice up to date.
      const followed =
        changed.length > 0 ? changed : slides.filter(({ slide }) => shown?.ids.includes(slide.id));
      if (changed.length === 0 && shown === null) return null;
      const text = followed.length > 0 ? layoutNoticeText(followed) : null;
      if (text === shown?.text) return shown;
      return text ? { ids: followed.map(({ slide }) => slide.id), text } : null;
    });
  }, [slides]);

  return (
    <div
      className={`layout-notice${notice ? ' shown' : ''}`}
      role="status"
      aria-live="polite"
      data-testid="layout-notice"
    >
      {notice ? (
        <>
          <span className="layout-notice-icon" aria-hidden="true">
            ⚠
          </span>
          <span className="layout-notice-text">{notice.text}</span>
          <button type="button" aria-label="Dismiss layout notice" onClick={() => setNotice(null)}>
            ✕
          </button>
        </>
      ) : null}
    </div>
  );
}
