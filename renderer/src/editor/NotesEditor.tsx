/**
 * The speaker notes under the stage. Shown rendered (`data-testid="notes"`, as the viewer shows them); a click,
 * or Enter when it has focus, turns it into a text area. Typing in one slide's notes is one undo step.
 */
import { useLayoutEffect, useMemo, useRef, useState } from 'react';
import { renderNotesHtml } from '../../../slides/render/slide';
import type { Slide } from '../../../slides/model';
import { sanitizeHtml } from '../sanitize';
import { actionEditNotes } from './actions';
import type { EditorStore } from './store';

/** Props of {@link NotesEditor}. */
export interface NotesEditorProps {
  store: EditorStore;
  slide: Slide | undefined;
  /** Bumped to ask for the editor to open and take focus (e.g. after "Add to notes"). */
  openSignal?: number;
}

/** Notes of the current slide, editable in place. */
export function NotesEditor({ store, slide, openSignal = 0 }: NotesEditorProps) {
  const [editing, setEditing] = useState(false);
  const areaRef = useRef<HTMLTextAreaElement>(null);
  const notes = slide?.notes ?? '';
  const html = useMemo(() => sanitizeHtml(renderNotesHtml({ notes })), [notes]);

  const [seenSignal, setSeenSignal] = useState(openSignal);
  if (seenSignal !== openSignal) {
    setSeenSignal(openSignal);
    setEditing(true);
  }

  useLayoutEffect(() => {
    if (editing) areaRef.current?.focus({ preventScroll: true });
  }, [editing]);

  if (!slide) return <section className="notes-pane" aria-label="Speaker notes" />;
  return (
    <section className="notes-pane" aria-label="Speaker notes">
      <h2 className="pane-heading">Speaker notes</h2>
      {editing ? (
        <textarea
          ref={areaRef}
          className="notes-input"
          data-testid="notes-editor"
          aria-label="Speaker notes"
          value={notes}
          placeholder="What to say on this slide"
          onChange={(event) =>
            store.execute(actionEditNotes, { slideId: slide.id, notes: event.target.value })
          }
          onBlur={() => setEditing(false)}
          onKeyDown={(event) => {
            if (event.key === 'Escape') {
              event.stopPropagation();
              setEditing(false);
            }
          }}
        />
      ) : (
        <div
          className={`notes-text notes-view${notes.trim() ? '' : ' notes-empty'}`}
          data-testid="notes"
          role="button"
          tabIndex={0}
          aria-label="Speaker notes: press Enter to edit"
          onClick={() => setEditing(true)}
          onKeyDown={(event) => {
            if (event.key === 'Enter') {
              event.preventDefault();
              setEditing(true);
            }
          }}
          {...(notes.trim()
            ? { dangerouslySetInnerHTML: { __html: html } }
            : { children: 'No notes for this slide. Click to add some.' })}
        />
      )}
    </section>
  );
}
