/**
 * Says in words, right after a layout change, what the new layout has no place for (bullets on a quote slide, items
 * without the figure a stat shows). Nothing is lost: that content stays drawn below the slide's content, and Undo
 * restores the layout. The notice is a polite live region (never a dialog), follows later edits of the same slide
 * (it goes once everything has a place) and goes when another slide is shown.
 */
import { useEffect, useRef, useState } from 'react';
import { LAYOUT_LABELS } from '../../../electron/shared/shortcuts';
import type { Layout, Slide } from '../../../slides/model';
import { describePlacement, placement } from '../../../slides/render/placement';
import './LayoutNotice.css';

/** Props of {@link LayoutNotice}. */
export interface LayoutNoticeProps {
  /** The current slide. */
  slide: Slide | undefined;
}

/** What the notice says about a slide in its layout, or null when everything has its place. */
export function layoutNoticeText(slide: Pick<Slide, 'layout' | 'body'>): string | null {
  const placed = placement(slide);
  return describePlacement(placed, LAYOUT_LABELS[placed.layout], true) ?? null;
}

/** The notice under the toolbar, above the stage (an empty live region when there is nothing to say). */
export function LayoutNotice({ slide }: LayoutNoticeProps) {
  const seen = useRef<{ id: string; layout: Layout } | null>(null);
  const [notice, setNotice] = useState<{ id: string; text: string } | null>(null);

  useEffect(() => {
    const before = seen.current;
    seen.current = slide ? { id: slide.id, layout: slide.layout } : null;
    if (!slide || !before || before.id !== slide.id) {
      setNotice(null);
      return;
    }
    // A layout change says what has no place; a later edit of the same slide keeps the notice up to date.
    if (before.layout === slide.layout && notice?.id !== slide.id) return;
    const text = layoutNoticeText(slide);
    setNotice(text ? { id: slide.id, text } : null);
    // Only the slide's own changes matter; `notice` is read, not followed.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [slide]);

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
