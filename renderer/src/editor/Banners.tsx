/** Messages above the editor: recovered edits to restore, file errors, save results. */
import type { DeckError } from '../../../slides/model';
import { fileName } from './documentInfo';
import type { RecoveryEntry } from './useRecovery';
import type { Notice } from './useDocument';

/** Props of {@link RecoveryBanner}. */
export interface RecoveryBannerProps {
  entry: RecoveryEntry;
  onRestore: () => void;
  onDiscard: () => void;
}

/** Offers the unsaved edits of a session that ended without saving. */
export function RecoveryBanner({ entry, onRestore, onDiscard }: RecoveryBannerProps) {
  const when = new Date(entry.savedAt);
  const name = entry.path ? fileName(entry.path) : 'an unsaved deck';
  return (
    <div
      className="banner banner-recovery"
      role="alertdialog"
      aria-label="Recover unsaved edits"
      data-testid="recovery-banner"
    >
      <span>
        Briefdeck closed before your edits to <strong>{name}</strong> were saved (last kept{' '}
        {when.toLocaleString()}).
      </span>
      <button type="button" className="primary" onClick={onRestore}>
        Restore
      </button>
      <button type="button" onClick={onDiscard}>
        Discard
      </button>
    </div>
  );
}

/** Props of {@link NoticeBar}. */
export interface NoticeBarProps {
  notice: Notice;
  onClose: () => void;
}

/** A result or an error, dismissable. */
export function NoticeBar({ notice, onClose }: NoticeBarProps) {
  return (
    <div
      className={`banner banner-${notice.kind}`}
      role={notice.kind === 'error' ? 'alert' : 'status'}
      data-testid={`notice-${notice.kind}`}
    >
      <span>{notice.text}</span>
      <button type="button" aria-label="Dismiss" onClick={onClose}>
        ✕
      </button>
    </div>
  );
}

/** Deck problems, one per line, each with its `line:column`. */
export function ErrorList({ errors }: { errors: readonly DeckError[] }) {
  return (
    <ul>
      {errors.map((error, index) => (
        <li key={index}>
          <code>
            {error.line}:{error.column}
          </code>{' '}
          {error.message}
        </li>
      ))}
    </ul>
  );
}

/** Problems found in the file as opened (the viewer's test id `parse-errors` is kept). */
export function OpenErrors({ errors }: { errors: readonly DeckError[] }) {
  if (errors.length === 0) return null;
  return (
    <div className="banner banner-error parse-errors" role="alert" data-testid="parse-errors">
      <strong>
        {errors.length === 1 ? 'One problem' : `${errors.length} problems`} in this deck; the slides that
        could be read are shown, and Save asks for a new file name so the original is kept.
      </strong>
      <ErrorList errors={errors} />
    </div>
  );
}
