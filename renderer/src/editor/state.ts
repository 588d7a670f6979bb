/**
 * The editor's state, and which part of it is undoable. The deck is immutable: every edit returns a new deck that
 * shares the untouched slides, so keeping hundreds of snapshots for undo costs little.
 */
import type { ArticleSource } from '../../../electron/ipc/contract';
import type { Deck, DeckError } from '../../../slides/model';

/** A field of a slide that can be edited in place. `item` is an index into the slide's first list. */
export type EditorField = { kind: 'title' } | { kind: 'item'; index: number } | { kind: 'notes' };

/** Where the user is editing: a field of a slide, and where the caret should go when it moves there. */
export interface EditorFocus {
  slideId: string;
  field: EditorField;
  /** Caret offset to restore after an edit that moved focus (split, merge); absent keeps the browser's. */
  caret?: number;
}

/** Which main view is shown: the visual editor, or the raw `.deck.md` text. */
export type EditorView = 'editor' | 'source';

/** Everything the editor shows. */
export interface EditorState {
  deck: Deck;
  /** Selected slide ids, in deck order. Empty only when the deck has no slides. */
  selection: string[];
  /** The slide shown on the stage (always one of `selection` when there is a selection). */
  current: string | null;
  focus: EditorFocus | null;
  view: EditorView;
  /** Text being edited in the source view while it does not parse cleanly (null: the deck's own text). */
  sourceDraft: string | null;
  /** Problems in `sourceDraft`; the deck keeps its last good version meanwhile. */
  sourceErrors: DeckError[];
  /** The article the deck was drafted from, for the source pane (null when unknown). */
  article: ArticleSource | null;
}

/** The part of the state that undo and redo restore. */
export type Snapshot = Pick<EditorState, 'deck' | 'selection' | 'current' | 'focus'>;

/** Takes the undoable part of a state. */
export function snapshotOf(state: EditorState): Snapshot {
  return { deck: state.deck, selection: state.selection, current: state.current, focus: state.focus };
}

/** A fresh state for a deck: the first slide selected, nothing focused. */
export function createEditorState(deck: Deck, article: ArticleSource | null = null): EditorState {
  const first = deck.slides[0]?.id ?? null;
  return {
    deck,
    selection: first ? [first] : [],
    current: first,
    focus: null,
    view: 'editor',
    sourceDraft: null,
    sourceErrors: [],
    article,
  };
}

/** The index of a slide by id, or -1. */
export function slideIndex(state: Pick<EditorState, 'deck'>, id: string | null): number {
  if (id === null) return -1;
  return state.deck.slides.findIndex((slide) => slide.id === id);
}

/** Indices of the selected slides, ascending. */
export function selectedIndices(state: Pick<EditorState, 'deck' | 'selection'>): number[] {
  const ids = new Set(state.selection);
  const indices: number[] = [];
  state.deck.slides.forEach((slide, index) => {
    if (ids.has(slide.id)) indices.push(index);
  });
  return indices;
}

/** The index of the current slide, falling back to the first selected slide, then 0 (-1 for an empty deck). */
export function currentIndex(state: Pick<EditorState, 'deck' | 'selection' | 'current'>): number {
  const index = slideIndex(state, state.current);
  if (index >= 0) return index;
  const [first] = selectedIndices(state);
  return first ?? (state.deck.slides.length > 0 ? 0 : -1);
}

/** A state selecting exactly one slide (by index, clamped), focus cleared. */
export function selectIndex<S extends EditorState>(state: S, index: number): S {
  const slides = state.deck.slides;
  if (slides.length === 0) return { ...state, selection: [], current: null, focus: null };
  const clamped = Math.max(0, Math.min(index, slides.length - 1));
  const id = (slides[clamped] as { id: string }).id;
  return { ...state, selection: [id], current: id, focus: null };
}
