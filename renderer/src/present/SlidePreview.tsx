/**
 * A static, scaled picture of one step of the deck (a slide with its first fragments shown), for the presenter's
 * "next" preview. It is not a reveal.js instance (each window has exactly one): it reuses reveal's and the
 * theme's CSS on the same sanitised section HTML the deck shows.
 */
import { useLayoutEffect, useRef, useState } from 'react';
import type { Aspect, Slide, ThemeName } from '../../../slides/model';
import { ASPECT_SIZES } from '../deck/revealConfig';
import { renderedSlide } from '../deck/syncSections';
import { sanitizeHtml } from '../sanitize';
import { fragmentSteps } from './nextStep';
import { themeClass } from '../themes';
import { useFittedSection } from '../fit/useFit';

/** reveal's `margin` option in the viewer configuration. */
const SLIDE_MARGIN = 0.06;

/** Props of {@link SlidePreview}. */
export interface SlidePreviewProps {
  slide: Slide;
  /** Index of the last fragment shown (-1: none). */
  fragment: number;
  theme: ThemeName;
  aspect: Aspect;
}

/** Each fragment with the step it shows at, as reveal numbers them (see fragmentSteps). */
function steppedFragments(root: HTMLElement): { el: HTMLElement; step: number }[] {
  const all = Array.from(root.querySelectorAll<HTMLElement>('.fragment'));
  const index = (el: HTMLElement) => el.getAttribute('data-fragment-index');
  const steps = fragmentSteps(all.map((el) => (index(el) === null ? null : Number(index(el)))));
  return all.map((el, position) => ({ el, step: steps[position] ?? position }));
}

/** Renders `slide` at its natural size, scaled to the width of its container. */
export function SlidePreview({ slide, fragment, theme, aspect }: SlidePreviewProps) {
  const boxRef = useRef<HTMLDivElement>(null);
  const sectionRef = useRef<HTMLElement>(null);
  const [fit, setFit] = useState({ scale: 0.3, x: 0, y: 0 });
  const size = ASPECT_SIZES[aspect];
  const rendered = renderedSlide(slide);
  // Already sanitised by renderedSlide; sanitising again is cheap and keeps the one rule for innerHTML.
  const html = rendered.html;

  useLayoutEffect(() => {
    const box = boxRef.current;
    if (!box) return;
    const measure = () => {
      // Leave the same margin around the slide as reveal does (`margin: 0.06`).
      const scale =
        Math.min(box.clientWidth / size.width, box.clientHeight / size.height) / (1 + SLIDE_MARGIN) || 0.3;
      setFit({
        scale,
        x: (box.clientWidth - size.width * scale) / 2,
        y: (box.clientHeight - size.height * scale) / 2,
      });
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(box);
    return () => observer.disconnect();
  }, [size.width, size.height]);

  // The same autofit as the stage, so the preview shows what the audience will see.
  useFittedSection(sectionRef, `${rendered.key} ${theme} ${aspect}`);

  useLayoutEffect(() => {
    const section = sectionRef.current;
    if (!section) return;
    steppedFragments(section).forEach(({ el, step }) => el.classList.toggle('visible', step <= fragment));
  }, [rendered.html, fragment]);

  return (
    <div
      className="slide-preview"
      ref={boxRef}
      data-testid="next-preview"
      data-index={slide.id}
      data-fragment={fragment}
    >
      <div className={`deck-frame ${themeClass(theme)}`} data-theme={theme}>
        <div
          className="reveal slide-preview-reveal"
          style={{
            width: size.width,
            height: size.height,
            transform: `translate(${fit.x}px, ${fit.y}px) scale(${fit.scale})`,
          }}
        >
          <div className="slides" style={{ width: size.width, height: size.height }}>
            <section
              ref={sectionRef}
              className={`present ${rendered.attrs.class ?? ''}`}
              data-layout={rendered.attrs['data-layout']}
              style={{ display: 'flex' }}
              dangerouslySetInnerHTML={{ __html: sanitizeHtml(html) }}
            />
          </div>
        </div>
      </div>
    </div>
  );
}
