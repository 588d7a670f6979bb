/**
 * The current slide, rendered by the one reveal.js instance exactly as it presents, and edited in place: a click
 * picks a title or bullet, a second click (or a double click, or Enter) edits it in a field drawn over it.
 * Arrow keys on the stage still move between slides.
 */
import {
  useCallback,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type MouseEvent,
} from 'react';
import type Reveal from 'reveal.js';
import type { TransitionStyle } from 'reveal.js';
import { DeckView } from '../DeckView';
import { actionSelectSlides, actionSetFocus } from './actions';
import { FieldEditor } from './FieldEditor';
import { sameField, slideFields } from './fields';
import { fieldAt, fieldBox, fieldElement, followBox, sectionAt } from './stageDom';
import type { EditorStore } from './store';
import { currentIndex, type EditorField, type EditorState } from './state';

type RevealDeck = InstanceType<typeof Reveal>;

/** Props of {@link Stage}. */
export interface StageProps {
  store: EditorStore;
  state: EditorState;
  transition?: TransitionStyle;
}

/** The slide stage with in-place editing. */
export function Stage({ store, state, transition }: StageProps) {
  const stageRef = useRef<HTMLDivElement>(null);
  const pickRef = useRef<HTMLDivElement>(null);
  const revealRef = useRef<RevealDeck | null>(null);
  const renderedSlides = useRef<EditorState['deck']['slides'] | null>(null);
  const [pick, setPick] = useState<{ slideId: string; field: EditorField } | null>(null);
  /** Bumped on reveal.js's `slidetransitionend` and `resize`: boxes drawn over the slide re-measure. */
  const [layoutSignal, setLayoutSignal] = useState(0);
  const index = currentIndex(state);
  const slide = state.deck.slides[index];
  const info = useMemo(() => (slide ? slideFields(slide) : null), [slide]);
  const focus = state.focus;
  const editing =
    focus && slide && focus.slideId === slide.id && focus.field.kind !== 'notes' ? focus.field : null;
  const picked = pick && slide && pick.slideId === slide.id ? pick.field : null;
  const setPicked = (field: EditorField | null) =>
    setPick(field && slide ? { slideId: slide.id, field } : null);

  const onSlideChange = useCallback(
    (next: number) => {
      // Reports before reveal.js is ready are its start-up (slide 1), not the user navigating.
      if (!revealRef.current) return;
      const current = store.getModel().state;
      // A report made while React commits a new deck (before this stage's layout effect) is reveal catching
      // up with the new sections, not the user navigating.
      if (current.deck.slides !== renderedSlides.current) return;
      const id = current.deck.slides[next]?.id;
      if (id && currentIndex(current) !== next) store.execute(actionSelectSlides, { id });
    },
    [store],
  );

  const onReady = useCallback(
    (deck: RevealDeck) => {
      revealRef.current = deck;
      const bump = () => setLayoutSignal((n) => n + 1);
      deck.on('slidetransitionend', bump);
      deck.on('resize', bump);
      const wanted = currentIndex(store.getModel().state);
      if (wanted >= 0 && deck.getIndices().h !== wanted) deck.slide(wanted);
    },
    [store],
  );

  useLayoutEffect(() => {
    renderedSlides.current = state.deck.slides;
    const deck = revealRef.current;
    if (deck && index >= 0 && deck.getIndices().h !== index) deck.slide(index);
  });

  const pickKey = picked && !editing && info ? `${slide?.id}|${JSON.stringify(picked)}|${slide?.body}` : '';
  useLayoutEffect(() => {
    const box = pickRef.current;
    const stage = stageRef.current;
    if (!box || !stage) return;
    const section = picked && !editing && info ? sectionAt(stage, index) : null;
    const element = section && picked && info ? fieldElement(section, picked, info.hasTitle) : null;
    box.hidden = !element;
    if (!element) return;
    return followBox(
      () => (element.isConnected ? fieldBox(element, stage) : null),
      (place) => {
        box.hidden = !place;
        if (!place) return;
        Object.assign(box.style, {
          left: `${place.left - 4}px`,
          top: `${place.top - 2}px`,
          width: `${place.width + 8}px`,
          height: `${place.height + 4}px`,
        });
      },
    );
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [pickKey, index, layoutSignal]);

  const startEdit = (field: EditorField) => {
    if (slide) store.execute(actionSetFocus, { slideId: slide.id, field });
  };

  const onClick = (event: MouseEvent<HTMLDivElement>) => {
    const stage = stageRef.current;
    const section = stage ? sectionAt(stage, index) : null;
    if (!section || !info || !(event.target instanceof Element)) return;
    const field = fieldAt(section, event.target, info.hasTitle, info.fields.length - (info.hasTitle ? 1 : 0));
    if (!field) {
      setPicked(null);
      return;
    }
    if (event.detail >= 2 || sameField(field, picked)) startEdit(field);
    else setPicked(field);
    stage?.focus({ preventScroll: true });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.target !== stageRef.current || !info) return;
    if (event.key === 'Enter' && !event.ctrlKey && !event.metaKey && !event.altKey) {
      const field = picked ?? info.fields[0];
      if (field) {
        event.preventDefault();
        startEdit(field);
      }
    } else if (event.key === 'Escape') {
      setPicked(null);
      event.stopPropagation();
    }
  };

  return (
    <div
      className="editor-stage"
      ref={stageRef}
      tabIndex={0}
      role="region"
      aria-label="Current slide: arrow keys change slide, Enter edits the title, double-click edits a line"
      onClick={onClick}
      onKeyDown={onKeyDown}
      data-testid="stage"
    >
      <DeckView
        slides={state.deck.slides}
        theme={state.deck.meta.theme}
        aspect={state.deck.meta.aspect}
        transition={transition}
        onSlideChange={onSlideChange}
        onReady={onReady}
        keyboardCondition={stageHasFocus}
      />
      <div className="field-pick" ref={pickRef} hidden aria-hidden="true" />
      {editing && slide && info ? (
        <FieldEditor
          store={store}
          state={state}
          slide={slide}
          index={index}
          field={editing}
          info={info}
          stageRef={stageRef}
          locate={locate}
          layoutSignal={layoutSignal}
        />
      ) : null}
    </div>
  );
}

/**
 * reveal.js's own keys (arrows, space, B for blackout, O for overview…) act only while the stage has focus, not
 * while the user types in a field or works in the slide list or toolbar.
 */
function stageHasFocus(): boolean {
  const active = document.activeElement;
  return active === null || active === document.body || active.closest('[data-testid="stage"]') !== null;
}

/** Finds where the field editor goes on the stage. */
function locate(stage: HTMLElement, index: number, field: EditorField, hasTitle: boolean) {
  const section = sectionAt(stage, index);
  const element = section ? fieldElement(section, field, hasTitle) : null;
  return element ? fieldBox(element, stage) : null;
}
