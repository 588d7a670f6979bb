/**
 * The one component that owns the reveal.js instance. It is created once per mount and updated in place when
 * the slides, theme or aspect change — never re-created per keystroke.
 */
import { useEffect, useLayoutEffect, useRef } from 'react';
import Reveal, { type TransitionStyle } from 'reveal.js';
import type { Aspect, Slide, ThemeName } from '../../slides/model';
import { ASPECT_SIZES, clearUrlQuery, revealConfig } from './deck/revealConfig';
import { syncSectionChanges } from './deck/syncSections';
import { fitSections } from './fit/fitSlides';
import { useFontsVersion } from './fit/useFit';
import { themeClass } from './themes';
import './DeckView.css';

type RevealDeck = InstanceType<typeof Reveal>;

/** Marks the render key a section was last fitted for. */
const FIT_KEY = 'data-fit-key';

/**
 * Fits the text of the sections reveal shows (it hides far-away ones, which cannot be measured: they are fitted
 * when shown) that changed since they were last fitted, or all shown ones when `all`.
 */
function fitShown(container: HTMLElement, all = false): void {
  const sections = Array.from(container.children).filter(
    (child): child is HTMLElement =>
      child instanceof HTMLElement &&
      child.tagName === 'SECTION' &&
      child.style.display !== 'none' &&
      (all || child.getAttribute(FIT_KEY) !== child.getAttribute('data-render-key')),
  );
  fitSections(sections).forEach((result, index) => {
    const section = sections[index];
    if (result && section) section.setAttribute(FIT_KEY, section.getAttribute('data-render-key') ?? '');
  });
}

/** Props of {@link DeckView}. */
export interface DeckViewProps {
  slides: readonly Slide[];
  theme: ThemeName;
  aspect: Aspect;
  /** Slide transition (default `slide`; tests use `none`). Read once, when reveal starts. */
  transition?: TransitionStyle;
  /** True inside the app chrome (default); false to fill the window, as the audience view does. */
  embedded?: boolean;
  /** Keys reach reveal.js only while this returns true (read once, when reveal starts). Default: always. */
  keyboardCondition?: (event: KeyboardEvent) => boolean;
  /** Called with the current slide index when reveal is ready and on every slide change. */
  onSlideChange?: (index: number) => void;
  /** Called once reveal is ready, with its API (for presenter controllers; do not re-create it). */
  onReady?: (deck: RevealDeck) => void;
}

/** Renders the deck with reveal.js; `data-testid="deck"` is on the reveal container. */
export function DeckView({
  slides,
  theme,
  aspect,
  transition,
  embedded = true,
  keyboardCondition,
  onSlideChange,
  onReady,
}: DeckViewProps) {
  const revealRef = useRef<HTMLDivElement>(null);
  const slidesRef = useRef<HTMLDivElement>(null);
  const deckRef = useRef<RevealDeck | null>(null);
  const readyRef = useRef(false);
  const callbacks = useRef({ onSlideChange, onReady });
  const initial = useRef({ aspect, transition, embedded, keyboardCondition });

  useLayoutEffect(() => {
    callbacks.current = { onSlideChange, onReady };
  });

  useLayoutEffect(() => {
    const container = slidesRef.current;
    if (!container) return;
    // Typing changes one section's content: reveal needs no sync() for that, only for added, removed or
    // re-laid-out sections (a sync re-reads all of them, which is slow on long decks).
    const { structural } = syncSectionChanges(container, slides);
    const deck = deckRef.current;
    if (structural && deck && readyRef.current) {
      deck.sync();
      deck.layout();
      callbacks.current.onSlideChange?.(deck.getIndices().h);
    }
    if (readyRef.current) fitShown(container);
  }, [slides]);

  useEffect(() => {
    const element = revealRef.current;
    if (!element) return;
    clearUrlQuery();
    const deck = new Reveal(element, revealConfig(initial.current));
    deckRef.current = deck;
    let disposed = false;
    const report = () => callbacks.current.onSlideChange?.(deck.getIndices().h);
    const fit = () => {
      if (slidesRef.current) fitShown(slidesRef.current);
    };
    deck.on('slidechanged', fit);
    deck.on('slidechanged', report);
    // reveal lays out on window resizes only: a bar appearing above the stage resizes it too (scaled to the new box).
    const resized = new ResizeObserver(() => {
      if (readyRef.current) deck.layout();
    });
    resized.observe(element);
    void deck.initialize().then(() => {
      if (disposed) return;
      readyRef.current = true;
      deck.sync();
      fit();
      report();
      callbacks.current.onReady?.(deck);
    });
    return () => {
      disposed = true;
      resized.disconnect();
      readyRef.current = false;
      deckRef.current = null;
      deck.off('slidechanged', report);
      deck.off('slidechanged', fit);
      try {
        deck.destroy();
      } catch {
        // A deck destroyed before it finished initialising has nothing left to tear down.
      }
    };
  }, []);

  useEffect(() => {
    const deck = deckRef.current;
    if (deck && readyRef.current) deck.configure(ASPECT_SIZES[aspect]);
  }, [aspect]);

  // Re-fit every shown slide when the fonts finish loading or the slide size or theme changes.
  const fonts = useFontsVersion();
  useEffect(() => {
    const container = slidesRef.current;
    if (container && readyRef.current) fitShown(container, true);
  }, [fonts, aspect, theme]);

  return (
    <div className={`deck-frame ${themeClass(theme)}`} data-theme={theme} data-aspect={aspect}>
      <div className="reveal" ref={revealRef} data-testid="deck">
        <div className="slides" ref={slidesRef} />
      </div>
    </div>
  );
}
