/**
 * The slide list: a thumbnail per slide; click selects, Shift+click selects a range, Ctrl/Cmd+click toggles;
 * drag to reorder (the whole selection moves when a selected slide is dragged); Up/Down move the selection.
 */
import {
  DndContext,
  PointerSensor,
  closestCenter,
  useSensor,
  useSensors,
  type DragEndEvent,
} from '@dnd-kit/core';
import { SortableContext, useSortable, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import {
  memo,
  useCallback,
  useDeferredValue,
  useEffect,
  useMemo,
  useRef,
  useSyncExternalStore,
  type KeyboardEvent,
  type MouseEvent,
} from 'react';
import { slideTitle } from '../../../slides/index';
import type { Aspect, Slide, ThemeName } from '../../../slides/model';
import { actionMoveSlides, actionSelectSlides, dropIndex } from './actions';
import { LAYOUT_LABELS } from '../../../electron/shared/shortcuts';
import { SlideThumb } from './SlideThumb';
import type { EditorStore } from './store';
import { currentIndex, type EditorState } from './state';

/** Props of {@link SlideList}. */
export interface SlideListProps {
  store: EditorStore;
  state: EditorState;
}

interface RowProps {
  store: EditorStore;
  id: string;
  index: number;
  selected: boolean;
  current: boolean;
  theme: ThemeName;
  aspect: Aspect;
  onSelect: (id: string, event: MouseEvent | KeyboardEvent) => void;
}

/** The slide with `id` (looked up at `index` first), re-rendering only when that slide changes. */
function useSlide(store: EditorStore, id: string, index: number): Slide | undefined {
  const pick = useCallback(() => {
    const slides = store.getModel().state.deck.slides;
    const at = slides[index];
    return at?.id === id ? at : slides.find((slide) => slide.id === id);
  }, [store, id, index]);
  return useSyncExternalStore(store.subscribe, pick);
}

const SlideRow = memo(function SlideRow({
  store,
  id,
  index,
  selected,
  current,
  theme,
  aspect,
  onSelect,
}: RowProps) {
  // The thumbnail follows a keystroke in a later, interruptible render, so typing repaints the stage first.
  const slide = useDeferredValue(useSlide(store, id, index));
  const { attributes, listeners, setNodeRef, transform, transition, isDragging } = useSortable({ id });
  if (!slide) return null;
  const title = slideTitle(slide) || 'Untitled slide';
  return (
    <li
      ref={setNodeRef}
      className={`slide-row${selected ? ' is-selected' : ''}${current ? ' is-current' : ''}${isDragging ? ' is-dragging' : ''}`}
      style={{ transform: CSS.Transform.toString(transform), transition }}
      data-testid="slide-row"
      data-slide-id={slide.id}
      // The row is layout only: the listbox's options are the thumbnail buttons.
      role="none"
    >
      <span className="slide-number" aria-hidden="true">
        {index + 1}
      </span>
      <button
        type="button"
        className="slide-thumb-button"
        {...attributes}
        {...listeners}
        role="option"
        aria-selected={selected}
        aria-label={`Slide ${index + 1}: ${title} (${LAYOUT_LABELS[slide.layout]})`}
        tabIndex={current ? 0 : -1}
        onClick={(event) => onSelect(slide.id, event)}
      >
        <SlideThumb slide={slide} theme={theme} aspect={aspect} />
      </button>
    </li>
  );
});

/** The list of slides on the left of the editor. */
export function SlideList({ store, state }: SlideListProps) {
  const { slides, meta } = state.deck;
  return (
    <SlideListView
      store={store}
      idKey={slides.map((slide) => slide.id).join(' ')}
      selectionKey={state.selection.join(' ')}
      currentIndex={currentIndex(state)}
      theme={meta.theme}
      aspect={meta.aspect}
    />
  );
}

interface ListViewProps {
  store: EditorStore;
  /** Slide ids in order, space-separated: the list re-renders only when order, selection or theme change. */
  idKey: string;
  selectionKey: string;
  currentIndex: number;
  theme: ThemeName;
  aspect: Aspect;
}

const SlideListView = memo(function SlideListView({
  store,
  idKey,
  selectionKey,
  currentIndex: current,
  theme,
  aspect,
}: ListViewProps) {
  const listRef = useRef<HTMLOListElement>(null);
  const sensors = useSensors(useSensor(PointerSensor, { activationConstraint: { distance: 6 } }));
  const ids = useMemo(() => (idKey === '' ? [] : idKey.split(' ')), [idKey]);
  const selected = useMemo(() => new Set(selectionKey.split(' ')), [selectionKey]);
  const currentId = ids[current] ?? '';

  const onSelect = useCallback(
    (id: string, event: MouseEvent | KeyboardEvent) => {
      const mode = event.shiftKey ? 'range' : event.ctrlKey || event.metaKey ? 'toggle' : 'single';
      store.execute(actionSelectSlides, { id, mode });
    },
    [store],
  );

  useEffect(() => {
    const row = listRef.current?.querySelector<HTMLElement>(`[data-slide-id="${currentId}"]`);
    row?.scrollIntoView({ block: 'nearest' });
    // When the list has the focus, or it was lost because its row went away (Delete, then Undo brings the row
    // back), the focus follows the current slide's row.
    const active = document.activeElement;
    const inList = active !== null && listRef.current?.contains(active);
    if (inList || active === null || active === document.body)
      row?.querySelector<HTMLElement>('button')?.focus({ preventScroll: true });
  }, [currentId, ids]);

  const onDragEnd = useCallback(
    ({ active, over }: DragEndEvent) => {
      if (!over || active.id === over.id) return;
      const activeId = String(active.id);
      const model = store.getModel().state;
      const moving = model.selection.includes(activeId) ? model.selection : [activeId];
      const order = model.deck.slides.map((slide) => slide.id);
      store.execute(actionMoveSlides, {
        ids: moving,
        to: dropIndex(order, moving, activeId, String(over.id)),
      });
      if (!model.selection.includes(activeId)) store.execute(actionSelectSlides, { id: activeId });
    },
    [store],
  );

  const onKeyDown = (event: KeyboardEvent<HTMLOListElement>) => {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    if (event.key === 'Delete' || event.key === 'Backspace') {
      // Deletes the selected slides, as one undo step (the row's focus moves to the slide now current).
      event.preventDefault();
      event.stopPropagation();
      store.command('slide.delete');
      return;
    }
    const step =
      event.key === 'ArrowDown'
        ? 1
        : event.key === 'ArrowUp'
          ? -1
          : event.key === 'Home'
            ? -current
            : event.key === 'End'
              ? ids.length
              : 0;
    if (step === 0) return;
    event.preventDefault();
    event.stopPropagation();
    const target = ids[Math.max(0, Math.min(ids.length - 1, current + step))];
    if (!target) return;
    store.execute(actionSelectSlides, { id: target, mode: event.shiftKey ? 'range' : 'single' });
    requestAnimationFrame(() =>
      listRef.current?.querySelector<HTMLElement>(`[data-slide-id="${target}"] button`)?.focus(),
    );
  };

  return (
    <nav className="slide-list" aria-label="Slides">
      <DndContext sensors={sensors} collisionDetection={closestCenter} onDragEnd={onDragEnd}>
        <SortableContext items={ids} strategy={verticalListSortingStrategy}>
          <ol
            ref={listRef}
            role="listbox"
            aria-multiselectable="true"
            aria-label="Slides"
            onKeyDown={onKeyDown}
          >
            {ids.map((id, index) => (
              <SlideRow
                key={id}
                store={store}
                id={id}
                index={index}
                selected={selected.has(id)}
                current={index === current}
                theme={theme}
                aspect={aspect}
                onSelect={onSelect}
              />
            ))}
          </ol>
        </SortableContext>
      </DndContext>
    </nav>
  );
});
