/** The editor's toolbar: file, history, slide and view commands; every button shows its shortcut in its tooltip. */
import type { ReactNode } from 'react';
import type { CommandId } from '../../../electron/shared/shortcuts';
import { LAYOUT_LABELS } from '../../../electron/shared/shortcuts';
import { LAYOUTS, type Layout } from '../../../slides/model';
import { shortcutText, tooltip } from './platform';

/** Props of {@link Toolbar}. */
export interface ToolbarProps {
  run: (id: CommandId) => void;
  canUndo: boolean;
  canRedo: boolean;
  /** Layout of the current slide ('' when the selection mixes layouts or is empty). */
  layout: Layout | '';
  sourceView: boolean;
  modified: boolean;
  fileLabel: string;
  onSettings: () => void;
  /** The Check button (count of the briefing check's findings), shown before the file label. */
  check?: ReactNode;
}

interface ButtonProps {
  id: CommandId;
  run: (id: CommandId) => void;
  label: string;
  icon: string;
  disabled?: boolean;
  pressed?: boolean;
  /** Icon only; the label stays the accessible name. */
  compact?: boolean;
}

function CommandButton({ id, run, label, icon, disabled, pressed, compact }: ButtonProps) {
  return (
    <button
      type="button"
      className="tool-button"
      title={tooltip(id)}
      aria-label={label}
      aria-pressed={pressed}
      disabled={disabled}
      data-command={id}
      onClick={() => run(id)}
    >
      <span className="tool-icon" aria-hidden="true">
        {icon}
      </span>
      {compact ? null : <span className="tool-label">{label}</span>}
    </button>
  );
}

/** The toolbar across the top of the editor. */
export function Toolbar({
  run,
  canUndo,
  canRedo,
  layout,
  sourceView,
  modified,
  fileLabel,
  onSettings,
  check,
}: ToolbarProps) {
  return (
    <header className="toolbar" role="toolbar" aria-label="Editor">
      <div className="tool-group">
        <span className="app-mark" aria-hidden="true">
          ▰
        </span>
        <CommandButton id="file.new" run={run} label="New" icon="+" />
        <CommandButton id="file.open" run={run} label="Open" icon="⌂" />
        <CommandButton id="file.save" run={run} label="Save" icon="⤓" />
        <CommandButton id="file.saveAs" run={run} compact label="Save As" icon="⇣" />
        <CommandButton id="file.importArticle" run={run} label="Import" icon="⇩" />
      </div>
      <div className="tool-group">
        <CommandButton id="edit.undo" run={run} compact label="Undo" icon="↶" disabled={!canUndo} />
        <CommandButton id="edit.redo" run={run} compact label="Redo" icon="↷" disabled={!canRedo} />
      </div>
      <div className="tool-group">
        <CommandButton id="slide.new" run={run} compact label="New slide" icon="▭" />
        <CommandButton id="slide.duplicate" run={run} compact label="Duplicate slide" icon="❐" />
        <CommandButton id="slide.delete" run={run} compact label="Delete slide" icon="✕" />
        <CommandButton id="slide.moveUp" run={run} compact label="Move slide up" icon="↑" />
        <CommandButton id="slide.moveDown" run={run} compact label="Move slide down" icon="↓" />
        <label className="layout-picker">
          <span className="tool-label">Layout</span>
          <select
            aria-label="Layout"
            title="Layout of the selected slides"
            value={layout}
            data-testid="layout-select"
            onChange={(event) => run(`slide.layout.${event.target.value as Layout}`)}
          >
            {layout === '' ? <option value="">Mixed</option> : null}
            {LAYOUTS.map((name) => (
              <option key={name} value={name}>
                {LAYOUT_LABELS[name]} ({shortcutText(`slide.layout.${name}`)})
              </option>
            ))}
          </select>
        </label>
      </div>
      <div className="tool-group">
        <CommandButton id="edit.find" run={run} label="Find" icon="⌕" />
        <CommandButton id="edit.replace" run={run} compact label="Replace" icon="⇄" />
        <button
          type="button"
          className="tool-button"
          aria-label="Deck settings"
          title="Deck settings"
          onClick={onSettings}
        >
          <span className="tool-icon" aria-hidden="true">
            ⚙
          </span>
          <span className="tool-label">Settings</span>
        </button>
        <CommandButton id="view.source" run={run} label="Source" icon="</>" pressed={sourceView} />
      </div>
      <div className="tool-group">
        <CommandButton id="file.exportPdf" run={run} label="PDF" icon="▤" />
        <CommandButton id="file.exportHtml" run={run} compact label="Export HTML" icon="↗" />
        <CommandButton id="file.exportPptx" run={run} compact label="Export PowerPoint" icon="▦" />
      </div>
      {check ? <div className="tool-group">{check}</div> : null}
      <div className="tool-spacer" />
      <span className="file-label" data-testid="file-label" title={fileLabel}>
        {modified ? (
          <span
            className="modified-dot"
            data-testid="modified"
            aria-label="Unsaved changes"
            title="Unsaved changes"
          >
            ●
          </span>
        ) : null}
        {fileLabel}
      </span>
      <div className="tool-group">
        <CommandButton id="present.fromCurrent" run={run} label="Present" icon="▶" />
      </div>
    </header>
  );
}
