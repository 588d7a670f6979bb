/** The deck settings dialog: title, subtitle, author, date, the source article's fields, theme and aspect. */
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { ASPECTS, THEMES, type Aspect, type DeckMeta, type ThemeName } from '../../../slides/model';
import type { SettingsPatch } from './actions/actionUpdateSettings';

/** Props of {@link SettingsDialog}. */
export interface SettingsDialogProps {
  meta: DeckMeta;
  onApply: (patch: SettingsPatch) => void;
  onClose: () => void;
}

const SOURCE_FIELDS = ['title', 'publisher', 'author', 'url', 'date'] as const;
const THEME_LABELS: Record<ThemeName, string> = {
  briefing: 'Briefing (light)',
  night: 'Night (dark)',
  paper: 'Paper (serif)',
};

/** A modal form; Apply makes one undo step. */
export function SettingsDialog({ meta, onApply, onClose }: SettingsDialogProps) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const [form, setForm] = useState({
    title: meta.title,
    subtitle: meta.subtitle ?? '',
    author: meta.author ?? '',
    date: meta.date ?? '',
    theme: meta.theme,
    aspect: meta.aspect,
    source: { title: '', publisher: '', author: '', url: '', date: '', ...meta.source },
  });

  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onApply(form);
    onClose();
  };

  const text = (key: 'title' | 'subtitle' | 'author' | 'date', label: string) => (
    <label className="form-row">
      <span>{label}</span>
      <input value={form[key]} onChange={(event) => setForm({ ...form, [key]: event.target.value })} />
    </label>
  );

  return (
    <dialog
      ref={dialogRef}
      className="settings-dialog"
      aria-label="Deck settings"
      onClose={onClose}
      onCancel={onClose}
    >
      <form onSubmit={submit}>
        <h2>Deck settings</h2>
        {text('title', 'Title')}
        {text('subtitle', 'Subtitle')}
        {text('author', 'Author')}
        {text('date', 'Date')}
        <fieldset>
          <legend>Source article</legend>
          {SOURCE_FIELDS.map((key) => (
            <label className="form-row" key={key}>
              <span>{key[0]?.toUpperCase() + key.slice(1)}</span>
              <input
                value={form.source[key] ?? ''}
                onChange={(event) =>
                  setForm({ ...form, source: { ...form.source, [key]: event.target.value } })
                }
              />
            </label>
          ))}
        </fieldset>
        <label className="form-row">
          <span>Theme</span>
          <select
            value={form.theme}
            onChange={(event) => setForm({ ...form, theme: event.target.value as ThemeName })}
          >
            {THEMES.map((theme) => (
              <option key={theme} value={theme}>
                {THEME_LABELS[theme]}
              </option>
            ))}
          </select>
        </label>
        <label className="form-row">
          <span>Aspect</span>
          <select
            value={form.aspect}
            onChange={(event) => setForm({ ...form, aspect: event.target.value as Aspect })}
          >
            {ASPECTS.map((aspect) => (
              <option key={aspect} value={aspect}>
                {aspect}
              </option>
            ))}
          </select>
        </label>
        <div className="dialog-buttons">
          <button type="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="primary">
            Apply
          </button>
        </div>
      </form>
    </dialog>
  );
}
