/** The presenter's notes, large, with A−/A+ font size controls remembered in local storage. */
import { useState } from 'react';
import { renderNotesHtml } from '../../../slides/render/slide';
import { sanitizeHtml } from '../sanitize';

const FONT_KEY = 'briefdeck.present.notesFontPx';
const DEFAULT_FONT = 26;
const MIN_FONT = 14;
const MAX_FONT = 56;
const FONT_STEP = 2;

function readFont(): number {
  const stored = Number(localStorage.getItem(FONT_KEY));
  return Number.isFinite(stored) && stored >= MIN_FONT && stored <= MAX_FONT ? stored : DEFAULT_FONT;
}

/** Props of {@link NotesPane}. */
export interface NotesPaneProps {
  notes: string;
}

/** Renders the current slide's notes (sanitised Markdown). */
export function NotesPane({ notes }: NotesPaneProps) {
  const [font, setFont] = useState(readFont);
  const html = renderNotesHtml({ notes });
  const change = (delta: number) => {
    const next = Math.min(MAX_FONT, Math.max(MIN_FONT, font + delta));
    setFont(next);
    try {
      localStorage.setItem(FONT_KEY, String(next));
    } catch {
      // Storage full or disabled: the size still applies for this session.
    }
  };
  return (
    <section className="presenter-notes" aria-label="Speaker notes">
      <header>
        <h2 className="presenter-label">Notes</h2>
        <div className="presenter-font">
          <button
            type="button"
            onClick={() => change(-FONT_STEP)}
            aria-label="Smaller notes"
            data-testid="notes-smaller"
          >
            A−
          </button>
          <span data-testid="notes-font">{font}px</span>
          <button
            type="button"
            onClick={() => change(FONT_STEP)}
            aria-label="Larger notes"
            data-testid="notes-larger"
          >
            A+
          </button>
        </div>
      </header>
      {notes.trim() ? (
        <div
          className="presenter-notes-body"
          data-testid="presenter-notes"
          style={{ fontSize: font }}
          dangerouslySetInnerHTML={{ __html: sanitizeHtml(html) }}
        />
      ) : (
        <p className="presenter-notes-empty" data-testid="presenter-notes">
          No notes for this slide.
        </p>
      )}
    </section>
  );
}
