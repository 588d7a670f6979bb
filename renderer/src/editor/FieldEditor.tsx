/**
 * The text field drawn over a title or bullet being edited. It edits the line's Markdown text; the slide under it
 * re-renders on every keystroke. Enter adds a bullet, Tab and Shift+Tab indent, Backspace at the start merges,
 * Up and Down move between lines, Escape returns to the stage.
 */
import {
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
  type ChangeEvent,
  type KeyboardEvent,
  type RefObject,
} from 'react';
import type { Slide } from '../../../slides/model';
import {
  actionAddItem,
  actionEditItem,
  actionEditTitle,
  actionIndentItem,
  actionMergeItem,
  actionOutdentItem,
  actionSetFocus,
} from './actions';
import { fieldLabel, sameField, type slideFields } from './fields';
import { followBox, type FieldBox } from './stageDom';
import type { EditorStore } from './store';
import type { EditorField, EditorState } from './state';

/** Props of {@link FieldEditor}. */
export interface FieldEditorProps {
  store: EditorStore;
  state: EditorState;
  slide: Slide;
  index: number;
  field: EditorField;
  info: ReturnType<typeof slideFields>;
  stageRef: RefObject<HTMLDivElement | null>;
  locate: (stage: HTMLElement, index: number, field: EditorField, hasTitle: boolean) => FieldBox | null;
  /** Bumped when reveal.js ends a slide transition or lays the slides out again: the editor re-measures. */
  layoutSignal?: number;
}

/** Shown for an empty title, on the stage and in its editor; never part of the deck. */
export const TITLE_PLACEHOLDER = 'Click to add title';

/** A title or bullet is one line of Markdown: pasted line breaks become spaces. */
const LINE_BREAKS = /\r?\n/g;

/** True when the caret is on the first visual line (Up then leaves the field). */
function onFirstLine(area: HTMLTextAreaElement): boolean {
  return area.selectionStart === area.selectionEnd && (area.selectionStart ?? 0) <= lineLength(area);
}

/** True when the caret is on the last visual line (Down then leaves the field). */
function onLastLine(area: HTMLTextAreaElement): boolean {
  return (
    area.selectionStart === area.selectionEnd &&
    area.value.length - (area.selectionEnd ?? 0) <= lineLength(area)
  );
}

/** Roughly how many characters fit on one line of the field. */
function lineLength(area: HTMLTextAreaElement): number {
  const style = getComputedStyle(area);
  const average = parseFloat(style.fontSize) * 0.5;
  return average > 0 ? Math.floor(area.clientWidth / average) : area.value.length;
}

/** An input positioned over the rendered line it edits. */
export function FieldEditor({
  store,
  state,
  slide,
  index,
  field,
  info,
  stageRef,
  locate,
  layoutSignal = 0,
}: FieldEditorProps) {
  const inputRef = useRef<HTMLTextAreaElement>(null);
  const appliedFocus = useRef<unknown>(null);
  const position = info.fields.findIndex((candidate) => sameField(candidate, field));
  const text = info.texts[position] ?? '';

  // Measured when the field, slide or layout changes, not per keystroke: the field then grows by itself
  // (`field-sizing: content`), so typing forces no layout from script.
  const placement = `${slide.id}|${field.kind}|${field.kind === 'item' ? field.index : ''}|${slide.layout}|${index}`;
  const [viewport, setViewport] = useState(0);
  useEffect(() => {
    const stage = stageRef.current;
    if (!stage) return;
    const observer = new ResizeObserver(() => setViewport((n) => n + 1));
    observer.observe(stage);
    return () => observer.disconnect();
  }, [stageRef]);

  // The element may still be moving (a slide transition, reveal.js re-laying out after a load): follow its live
  // box until it settles, so the editor never sits off the text it edits.
  useLayoutEffect(() => {
    const input = inputRef.current;
    const stage = stageRef.current;
    if (!input || !stage) return;
    return followBox(
      () => locate(stage, index, field, info.hasTitle),
      (box) => {
        if (!box) return;
        Object.assign(input.style, {
          left: `${box.left - 4}px`,
          top: `${box.top - 2}px`,
          width: `${box.width + 8}px`,
          minHeight: `${box.height + 4}px`,
          fontSize: `${box.fontSize}px`,
          fontFamily: box.fontFamily,
          fontWeight: box.fontWeight,
          lineHeight: `${box.lineHeight}px`,
          color: box.color,
          backgroundColor: box.background,
        });
      },
    );
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [placement, viewport, layoutSignal]);

  useLayoutEffect(() => {
    const input = inputRef.current;
    if (!input || appliedFocus.current === state.focus) return;
    appliedFocus.current = state.focus;
    if (document.activeElement !== input) input.focus({ preventScroll: true });
    const caret = state.focus?.caret ?? input.value.length;
    input.setSelectionRange(caret, caret);
  });

  const moveTo = (target: EditorField | undefined, caret?: number) => {
    if (target) store.execute(actionSetFocus, { slideId: slide.id, field: target, caret });
  };

  const onChange = (event: ChangeEvent<HTMLTextAreaElement>) => {
    const value = event.target.value.replace(LINE_BREAKS, ' ');
    if (field.kind === 'title') store.execute(actionEditTitle, { slideId: slide.id, text: value });
    else if (field.kind === 'item')
      store.execute(actionEditItem, { slideId: slide.id, index: field.index, text: value });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    const input = event.currentTarget;
    const plain = !event.ctrlKey && !event.metaKey && !event.altKey;
    const atStart = input.selectionStart === 0 && input.selectionEnd === 0;
    const slideId = slide.id;
    let handled = true;
    if (event.key === 'Enter' && plain) {
      if (field.kind === 'title') store.execute(actionAddItem, { slideId, after: -1 });
      else if (field.kind === 'item')
        store.execute(actionAddItem, {
          slideId,
          after: field.index,
          caret: input.selectionStart ?? text.length,
        });
    } else if (event.key === 'Tab' && plain) {
      if (field.kind === 'item')
        store.execute(event.shiftKey ? actionOutdentItem : actionIndentItem, { slideId, index: field.index });
      else moveTo(info.fields[position + 1], 0);
    } else if (event.key === 'Backspace' && plain && atStart && field.kind === 'item') {
      store.execute(actionMergeItem, { slideId, index: field.index });
    } else if (event.key === 'ArrowUp' && plain && position > 0 && onFirstLine(input)) {
      moveTo(
        info.fields[position - 1],
        Math.min(input.selectionStart ?? 0, info.texts[position - 1]?.length ?? 0),
      );
    } else if (event.key === 'ArrowDown' && plain && position < info.fields.length - 1 && onLastLine(input)) {
      moveTo(
        info.fields[position + 1],
        Math.min(input.selectionStart ?? 0, info.texts[position + 1]?.length ?? 0),
      );
    } else if (event.key === 'Escape') {
      store.execute(actionSetFocus, null);
      stageRef.current?.focus({ preventScroll: true });
    } else handled = false;
    if (handled) {
      event.preventDefault();
      event.stopPropagation();
    }
  };

  const onBlur = () => {
    // Leaving the field (a click elsewhere, Tab out of the window) ends editing; the edit itself is already kept.
    requestAnimationFrame(() => {
      if (document.activeElement !== inputRef.current && store.getModel().state.focus === state.focus) {
        store.execute(actionSetFocus, null);
      }
    });
  };

  return (
    <textarea
      ref={inputRef}
      rows={1}
      className="field-editor"
      data-testid="field-editor"
      aria-label={`${fieldLabel(field)} of slide ${index + 1}`}
      value={text}
      placeholder={field.kind === 'title' ? TITLE_PLACEHOLDER : 'Bullet text'}
      spellCheck
      onChange={onChange}
      onKeyDown={onKeyDown}
      onBlur={onBlur}
    />
  );
}
