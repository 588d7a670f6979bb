/**
 * The raw `.deck.md` text. Edits re-parse the deck and update the visual editor; while the text has an error it
 * is shown inline with its line and column and the last good deck is kept. It opens at the current slide with the
 * caret and focus in the text, and the slide under the caret becomes the current slide (so going back to the
 * visual editor keeps the place).
 */
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import { stringifyDeck } from '../../../slides/index';
import { actionReplaceSource, actionSelectSlides } from './actions';
import { ErrorList } from './Banners';
import { caretForSlide, slideAtOffset } from './sourcePosition';
import type { EditorStore } from './store';
import { currentIndex, type EditorState } from './state';

/** How far down the text area the caret's line sits after opening (a little context above it). */
const CONTEXT_LINES = 2;

/** Scrolls a text area so the line holding `offset` is near its top (measured with a mirror, as lines wrap). */
function scrollToOffset(area: HTMLTextAreaElement, offset: number): void {
  const style = getComputedStyle(area);
  const mirror = document.createElement('div');
  for (const name of [
    'fontFamily',
    'fontSize',
    'fontWeight',
    'lineHeight',
    'letterSpacing',
    'tabSize',
  ] as const)
    mirror.style[name] = style[name];
  Object.assign(mirror.style, {
    position: 'absolute',
    visibility: 'hidden',
    whiteSpace: 'pre-wrap',
    overflowWrap: 'break-word',
    boxSizing: 'border-box',
    width: `${area.clientWidth}px`,
    padding: style.padding,
  });
  mirror.textContent = area.value.slice(0, offset) + '\u200b';
  document.body.append(mirror);
  const lineHeight = parseFloat(style.lineHeight) || parseFloat(style.fontSize) * 1.4;
  area.scrollTop = Math.max(0, mirror.scrollHeight - lineHeight * (CONTEXT_LINES + 1));
  mirror.remove();
}

/** Props of {@link SourceView}. */
export interface SourceViewProps {
  store: EditorStore;
  state: EditorState;
}

/** A text area over the whole deck file. */
export function SourceView({ store, state }: SourceViewProps) {
  const deckText = useMemo(() => stringifyDeck(state.deck), [state.deck]);
  const text = state.sourceDraft ?? deckText;
  const areaRef = useRef<HTMLTextAreaElement>(null);

  useLayoutEffect(() => {
    const area = areaRef.current;
    if (!area) return;
    const caret = caretForSlide(area.value, Math.max(0, currentIndex(store.getModel().state)));
    area.focus({ preventScroll: true });
    area.setSelectionRange(caret, caret);
    scrollToOffset(area, caret);
  }, [store]);

  const followCaret = useCallback(() => {
    const area = areaRef.current;
    if (!area) return;
    const current = store.getModel().state;
    const id = current.deck.slides[slideAtOffset(area.value, area.selectionStart ?? 0)]?.id;
    if (id && id !== current.current) store.execute(actionSelectSlides, { id });
  }, [store]);

  // Chromium reports caret moves in a text area as `selectionchange` on the element itself.
  useEffect(() => {
    const area = areaRef.current;
    area?.addEventListener('selectionchange', followCaret);
    return () => area?.removeEventListener('selectionchange', followCaret);
  }, [followCaret]);

  return (
    <section className="source-view" aria-label="Deck source">
      {state.sourceErrors.length > 0 ? (
        <div className="source-errors" role="alert" data-testid="source-errors">
          <strong>
            The text has{' '}
            {state.sourceErrors.length === 1 ? 'an error' : `${state.sourceErrors.length} errors`}; the slides
            keep their last good version.
          </strong>
          <ErrorList errors={state.sourceErrors} />
        </div>
      ) : null}
      <textarea
        className="source-text"
        data-testid="source-text"
        aria-label="Deck source (.deck.md)"
        spellCheck={false}
        ref={areaRef}
        value={text}
        onChange={(event) => store.execute(actionReplaceSource, { text: event.target.value })}
        onSelect={followCaret}
        onKeyUp={followCaret}
        onMouseUp={followCaret}
      />
    </section>
  );
}
