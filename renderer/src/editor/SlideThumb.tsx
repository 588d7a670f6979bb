/**
 * A small picture of one slide for the slide list: the same sanitised section HTML the stage shows, in the deck's
 * theme, at a fixed scale. Not a reveal.js instance (a window has exactly one). Memoised per slide object, so
 * typing re-renders only the thumbnail of the slide being edited; drawn only once scrolled near, so a long deck
 * opens fast.
 */
import { memo, useEffect, useRef, useState } from 'react';
import type { Aspect, Slide, ThemeName } from '../../../slides/model';
import { ASPECT_SIZES } from '../deck/revealConfig';
import { renderedSlide } from '../deck/syncSections';
import { sanitizeHtml } from '../sanitize';
import { themeClass } from '../themes';
import { useFittedSection } from '../fit/useFit';
import { SLIDE_MARGIN } from '../print/miniSlide';

/** Width of a thumbnail in CSS pixels. */
export const THUMB_WIDTH = 168;

/** What the over-full badge says (its title and accessible name). */
export const OVERFULL_LABEL =
  'Over-full: the text fits only below the smallest readable size; shorten this slide';

/** Props of {@link SlideThumb}. */
export interface SlideThumbProps {
  slide: Slide;
  theme: ThemeName;
  aspect: Aspect;
}

const seen = new WeakMap<Element, () => void>();
let observer: IntersectionObserver | undefined;

/** One observer for every thumbnail: a thumbnail is drawn once it comes near the visible part of the list. */
function watch(element: Element, onVisible: () => void): () => void {
  observer ??= new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        seen.get(entry.target)?.();
        observer?.unobserve(entry.target);
      }
    },
    { rootMargin: '600px 0px' },
  );
  seen.set(element, onVisible);
  observer.observe(element);
  return () => observer?.unobserve(element);
}

function SlideThumbView({ slide, theme, aspect }: SlideThumbProps) {
  const boxRef = useRef<HTMLDivElement>(null);
  const sectionRef = useRef<HTMLElement>(null);
  const [visible, setVisible] = useState(false);
  const size = ASPECT_SIZES[aspect];
  // Laid out like the stage: the slide at its full size inside reveal's margin, so it fits the same way.
  const outer = { width: size.width * (1 + SLIDE_MARGIN), height: size.height * (1 + SLIDE_MARGIN) };
  const scale = THUMB_WIDTH / outer.width;

  useEffect(() => {
    const box = boxRef.current;
    if (!box || visible) return;
    return watch(box, () => setVisible(true));
  }, [visible]);

  const rendered = renderedSlide(slide);
  // The same autofit as the stage: the thumbnail shows what the slide shows, and says when it is over-full.
  const fit = useFittedSection(sectionRef, visible ? `${rendered.key} ${theme} ${aspect}` : '');
  const style = { width: THUMB_WIDTH, height: Math.round(outer.height * scale) };
  if (!visible) return <div className="thumb-box" ref={boxRef} style={style} aria-hidden="true" />;
  const badge = fit?.overfull ? (
    <span
      className="thumb-overfull"
      role="img"
      title={OVERFULL_LABEL}
      aria-label={OVERFULL_LABEL}
      data-testid="thumb-overfull"
    >
      !
    </span>
  ) : null;
  return (
    <>
      <div className="thumb-box" ref={boxRef} style={style} aria-hidden="true">
        <div className={`thumb-frame ${themeClass(theme)}`}>
          <div
            className="reveal thumb-reveal"
            style={{ width: size.width, height: size.height, transform: `scale(${scale})` }}
          >
            <div className="slides" style={{ width: size.width, height: size.height }}>
              <section
                ref={sectionRef}
                className={`present ${rendered.attrs.class ?? ''}`}
                data-layout={rendered.attrs['data-layout']}
                dangerouslySetInnerHTML={{ __html: sanitizeHtml(rendered.html) }}
              />
            </div>
          </div>
        </div>
      </div>
      {badge}
    </>
  );
}

/** A slide thumbnail (re-rendered only when its slide, theme or aspect change). */
export const SlideThumb = memo(SlideThumbView);
