/** The speaker notes of the current slide, under the slide (`data-testid="notes"`). */
import { useMemo } from 'react';
import { renderNotesHtml } from '../../slides/render/slide';
import { sanitizeHtml } from './sanitize';

/** Props of {@link NotesPanel}. */
export interface NotesPanelProps {
  /** The notes' Markdown ('' when the slide has none). */
  notes: string;
}

/** Shows notes rendered from Markdown through the same sanitiser as the slides. */
export function NotesPanel({ notes }: NotesPanelProps) {
  const html = useMemo(() => renderNotesHtml({ notes }), [notes]);
  return (
    <section className="notes-panel" aria-label="Speaker notes">
      <h2 className="notes-heading">Notes</h2>
      {notes.trim() ? (
        <div
          className="notes-text"
          data-testid="notes"
          dangerouslySetInnerHTML={{ __html: sanitizeHtml(html) }}
        />
      ) : (
        <div className="notes-text notes-empty" data-testid="notes">
          No notes for this slide.
        </div>
      )}
    </section>
  );
}
