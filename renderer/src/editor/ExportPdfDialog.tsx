/**
 * File → Export PDF…: the three kinds (slides, notes pages, handouts), their options, and a progress bar while the
 * host prints. The host asks where to save (or, in the web host, saves into its documents folder).
 */
import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { PdfKind } from '../../../electron/ipc/contract';

/** What the user chose. */
export interface PdfChoice {
  kind: PdfKind;
  perPage: 3 | 6;
  paper: 'a4' | 'letter';
}

/** Props of {@link ExportPdfDialog}. */
export interface ExportPdfDialogProps {
  slideCount: number;
  /** Runs the export; resolves when the host has written the file (or the user cancelled its save dialog). */
  onExport: (choice: PdfChoice) => Promise<void>;
  onClose: () => void;
}

const KINDS: { value: PdfKind; label: string; hint: string }[] = [
  { value: 'slides', label: 'Slides', hint: 'One page per slide, at the deck’s aspect.' },
  { value: 'notes', label: 'Notes pages', hint: 'Each slide with its full speaker notes and sources.' },
  {
    value: 'handouts',
    label: 'Handouts',
    hint: 'Several slides per page, with lines for notes at 3 per page.',
  },
];

/** Paper for portrait pages: a guess from the user's locale (US and Canada use Letter). */
function defaultPaper(): 'a4' | 'letter' {
  return /-(US|CA)$/i.test(navigator.language) ? 'letter' : 'a4';
}

export function ExportPdfDialog({ slideCount, onExport, onClose }: ExportPdfDialogProps) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const [choice, setChoice] = useState<PdfChoice>({ kind: 'slides', perPage: 3, paper: defaultPaper() });
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    try {
      await onExport(choice);
    } finally {
      setBusy(false);
      onClose();
    }
  };

  return (
    <dialog
      ref={dialogRef}
      className="settings-dialog export-dialog"
      aria-label="Export PDF"
      data-testid="export-pdf-dialog"
      onCancel={(event) => {
        event.preventDefault();
        if (!busy) onClose();
      }}
    >
      <form onSubmit={(event) => void submit(event)}>
        <h2>Export PDF</h2>
        <fieldset disabled={busy}>
          <legend>What to print</legend>
          {KINDS.map((kind) => (
            <label className="radio-row" key={kind.value}>
              <input
                type="radio"
                name="pdf-kind"
                value={kind.value}
                checked={choice.kind === kind.value}
                onChange={() => setChoice({ ...choice, kind: kind.value })}
              />
              <span>
                <strong>{kind.label}</strong> <small>{kind.hint}</small>
              </span>
            </label>
          ))}
        </fieldset>
        {choice.kind === 'handouts' ? (
          <label className="form-row">
            <span>Slides per page</span>
            <select
              disabled={busy}
              value={choice.perPage}
              onChange={(event) =>
                setChoice({ ...choice, perPage: Number(event.target.value) === 6 ? 6 : 3 })
              }
            >
              <option value={3}>3, with lines for notes</option>
              <option value={6}>6</option>
            </select>
          </label>
        ) : null}
        {choice.kind !== 'slides' ? (
          <label className="form-row">
            <span>Paper</span>
            <select
              disabled={busy}
              value={choice.paper}
              onChange={(event) =>
                setChoice({ ...choice, paper: event.target.value === 'letter' ? 'letter' : 'a4' })
              }
            >
              <option value="a4">A4</option>
              <option value="letter">Letter</option>
            </select>
          </label>
        ) : null}
        {busy ? (
          <div className="export-progress" role="status">
            <progress aria-label="Exporting" />
            <span>
              Printing {slideCount} slide{slideCount === 1 ? '' : 's'}…
            </span>
          </div>
        ) : null}
        <div className="dialog-buttons">
          <button type="button" onClick={onClose} disabled={busy}>
            Cancel
          </button>
          <button type="submit" className="primary" disabled={busy}>
            Export…
          </button>
        </div>
      </form>
    </dialog>
  );
}
