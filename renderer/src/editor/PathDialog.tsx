/**
 * Asks for a file path where the host has no file dialog (the web host): a text field plus the recent files.
 */
import { useEffect, useRef, useState, type FormEvent } from 'react';

/** Props of {@link PathDialog}. */
export interface PathDialogProps {
  title: string;
  recent: string[];
  onChoose: (path: string) => void;
  /** When given, the dialog also takes pasted text (article import). */
  onPaste?: (text: string) => void;
  onClose: () => void;
}

/** A modal with a path field and the recent files as buttons. */
export function PathDialog({ title, recent, onChoose, onPaste, onClose }: PathDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const [path, setPath] = useState('');
  const [pasted, setPasted] = useState('');
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (path.trim()) onChoose(path.trim());
    else if (onPaste && pasted.trim()) onPaste(pasted);
  };
  return (
    <dialog ref={ref} className="path-dialog" aria-label={title} data-testid="path-dialog" onCancel={onClose}>
      <form onSubmit={submit}>
        <h2>{title}</h2>
        <label className="form-row">
          <span>Path</span>
          <input
            autoFocus
            aria-label="File path"
            value={path}
            placeholder="/home/me/briefing.deck.md"
            onChange={(event) => setPath(event.target.value)}
          />
        </label>
        {onPaste ? (
          <label className="form-row form-row-stacked">
            <span>or paste the article</span>
            <textarea
              aria-label="Article text"
              rows={6}
              value={pasted}
              onChange={(event) => setPasted(event.target.value)}
            />
          </label>
        ) : null}
        {recent.length > 0 ? (
          <div className="recent-list">
            <h3>Recent</h3>
            <ul>
              {recent.map((item) => (
                <li key={item}>
                  <button type="button" className="link-button" onClick={() => onChoose(item)}>
                    {item}
                  </button>
                </li>
              ))}
            </ul>
          </div>
        ) : null}
        <div className="dialog-buttons">
          <button type="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="primary">
            Open
          </button>
        </div>
      </form>
    </dialog>
  );
}
