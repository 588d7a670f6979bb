/**
 * Every command the menus, the keyboard and the toolbar can trigger, with its label and accelerator: one table
 * for Electron's menus (accelerators in Electron's syntax) and for the renderer (keydown matching, tooltips).
 *
 * Pure: no Electron, no Node, no DOM. Main and the renderer both import it.
 *
 * Accelerators are chosen so that none collides with another, with the menus' own role accelerators
 * ({@link RESERVED_ACCELERATORS}), or with the keys that edit text in an input (word and line movement, deletion,
 * selection): slide commands that involve arrows or Backspace use CmdOrCtrl+Alt, which no text field binds.
 */
import { LAYOUTS, type Layout } from '../../slides/model';

/** A command that switches the current slide to one layout. */
export type LayoutCommandId = `slide.layout.${Layout}`;

/** Every command id, as sent on the `menu:command` host event. */
export type CommandId =
  | 'file.new'
  | 'file.open'
  | 'file.save'
  | 'file.saveAs'
  | 'file.importArticle'
  | 'file.exportPdf'
  | 'file.exportHtml'
  | 'file.exportPptx'
  | 'file.close'
  | 'edit.undo'
  | 'edit.redo'
  | 'edit.cut'
  | 'edit.copy'
  | 'edit.paste'
  | 'edit.selectAll'
  | 'edit.find'
  | 'edit.replace'
  | 'slide.new'
  | 'slide.duplicate'
  | 'slide.delete'
  | 'slide.moveUp'
  | 'slide.moveDown'
  | LayoutCommandId
  | 'view.editor'
  | 'view.source'
  | 'view.zoomIn'
  | 'view.zoomOut'
  | 'view.zoomReset'
  | 'present.fromStart'
  | 'present.fromCurrent'
  | 'present.rehearse'
  | 'help.shortcuts'
  | 'help.about';

/** A platform name as Node and `app:info` report it (`darwin`, `win32`, `linux`, …). */
export type Platform = string;

/** One row of the table. */
export interface Shortcut {
  id: CommandId;
  /** The menu label; an ellipsis marks a command that asks for more before acting. */
  label: string;
  /** Electron accelerator on every platform, unless {@link mac} overrides it. */
  accelerator?: string;
  /** Accelerator on macOS, where the usual one belongs to the system or reads oddly. */
  mac?: string;
  /** More accelerators the renderer honours (menus show only the first one). */
  alternates?: { mac?: readonly string[]; other?: readonly string[] };
  /**
   * Handled natively (Chromium's text editing, or its page zoom, which reveal.js lays out correctly): menus use
   * the role and {@link matchShortcut} ignores it.
   */
  role?: 'cut' | 'copy' | 'paste' | 'selectAll' | 'zoomIn' | 'zoomOut' | 'resetZoom';
}

/** Human labels for the layouts, in the order of {@link LAYOUTS}. */
export const LAYOUT_LABELS: Readonly<Record<Layout, string>> = {
  title: 'Title',
  bullets: 'Bullets',
  stat: 'Statistic',
  quote: 'Quote',
  'two-column': 'Two Columns',
  timeline: 'Timeline',
  actors: 'Actors',
  section: 'Section',
  sources: 'Sources',
};

const LAYOUT_SHORTCUTS: Shortcut[] = LAYOUTS.map((layout, index) => ({
  id: `slide.layout.${layout}` as const,
  label: LAYOUT_LABELS[layout],
  ...(index < 9 ? { accelerator: `CmdOrCtrl+${index + 1}` } : {}),
}));

/** The table: every command exactly once. */
export const SHORTCUTS: readonly Shortcut[] = [
  { id: 'file.new', label: 'New Deck', accelerator: 'CmdOrCtrl+N' },
  { id: 'file.open', label: 'Open…', accelerator: 'CmdOrCtrl+O' },
  { id: 'file.save', label: 'Save', accelerator: 'CmdOrCtrl+S' },
  { id: 'file.saveAs', label: 'Save As…', accelerator: 'CmdOrCtrl+Shift+S' },
  { id: 'file.importArticle', label: 'Import Article…', accelerator: 'CmdOrCtrl+Shift+I' },
  { id: 'file.exportPdf', label: 'Export PDF…', accelerator: 'CmdOrCtrl+P' },
  { id: 'file.exportHtml', label: 'Export HTML…', accelerator: 'CmdOrCtrl+Shift+E' },
  { id: 'file.exportPptx', label: 'Export PowerPoint…' },
  { id: 'file.close', label: 'Close', accelerator: 'CmdOrCtrl+W' },
  { id: 'edit.undo', label: 'Undo', accelerator: 'CmdOrCtrl+Z' },
  { id: 'edit.redo', label: 'Redo', accelerator: 'CmdOrCtrl+Shift+Z', alternates: { other: ['Ctrl+Y'] } },
  { id: 'edit.cut', label: 'Cut', accelerator: 'CmdOrCtrl+X', role: 'cut' },
  { id: 'edit.copy', label: 'Copy', accelerator: 'CmdOrCtrl+C', role: 'copy' },
  { id: 'edit.paste', label: 'Paste', accelerator: 'CmdOrCtrl+V', role: 'paste' },
  { id: 'edit.selectAll', label: 'Select All', accelerator: 'CmdOrCtrl+A', role: 'selectAll' },
  { id: 'edit.find', label: 'Find…', accelerator: 'CmdOrCtrl+F' },
  // Cmd+H hides the app on macOS; Option-Cmd-F is the Mac convention for Replace.
  { id: 'edit.replace', label: 'Replace…', accelerator: 'Ctrl+H', mac: 'Alt+Cmd+F' },
  { id: 'slide.new', label: 'New Slide', accelerator: 'CmdOrCtrl+Enter' },
  { id: 'slide.duplicate', label: 'Duplicate Slide', accelerator: 'CmdOrCtrl+D' },
  { id: 'slide.delete', label: 'Delete Slide', accelerator: 'CmdOrCtrl+Alt+Backspace' },
  { id: 'slide.moveUp', label: 'Move Slide Up', accelerator: 'CmdOrCtrl+Alt+Up' },
  { id: 'slide.moveDown', label: 'Move Slide Down', accelerator: 'CmdOrCtrl+Alt+Down' },
  ...LAYOUT_SHORTCUTS,
  { id: 'view.editor', label: 'Editor', accelerator: 'CmdOrCtrl+E' },
  { id: 'view.source', label: 'Source', accelerator: 'CmdOrCtrl+/' },
  {
    id: 'view.zoomIn',
    label: 'Zoom In',
    accelerator: 'CmdOrCtrl+=',
    alternates: { mac: ['Cmd+Plus'], other: ['Ctrl+Plus'] },
    role: 'zoomIn',
  },
  { id: 'view.zoomOut', label: 'Zoom Out', accelerator: 'CmdOrCtrl+-', role: 'zoomOut' },
  { id: 'view.zoomReset', label: 'Actual Size', accelerator: 'CmdOrCtrl+0', role: 'resetZoom' },
  { id: 'present.fromStart', label: 'From Start', accelerator: 'F5' },
  { id: 'present.fromCurrent', label: 'From Current Slide', accelerator: 'Shift+F5' },
  { id: 'present.rehearse', label: 'Rehearse Timings', accelerator: 'Alt+Shift+F5' },
  { id: 'help.shortcuts', label: 'Keyboard Shortcuts', accelerator: 'F1' },
  { id: 'help.about', label: 'About Briefdeck' },
];

/** Accelerators the menus' roles register themselves (app menu, quit, full screen, DevTools). */
export const RESERVED_ACCELERATORS = {
  mac: ['Cmd+H', 'Alt+Cmd+H', 'Cmd+Q', 'Cmd+M', 'Cmd+,', 'Ctrl+Cmd+F', 'Alt+Cmd+I'],
  other: ['Ctrl+Q', 'F11', 'F12'],
} as const;

/** DevTools (development builds only): not Ctrl+Shift+I, which imports an article. */
export function devToolsAccelerator(platform: Platform): string {
  return isMac(platform) ? 'Alt+Cmd+I' : 'F12';
}

const BY_ID = new Map<string, Shortcut>(SHORTCUTS.map((shortcut) => [shortcut.id, shortcut]));

/** Every command id, in table order. */
export const COMMAND_IDS: readonly CommandId[] = SHORTCUTS.map((shortcut) => shortcut.id);

/** True when `value` names a command (use it to validate `menu:command` payloads). */
export function isCommandId(value: unknown): value is CommandId {
  return typeof value === 'string' && BY_ID.has(value);
}

/** The row for a command. */
export function shortcutFor(id: CommandId): Shortcut {
  const shortcut = BY_ID.get(id);
  if (!shortcut) throw new Error(`Unknown command: ${id}`);
  return shortcut;
}

function isMac(platform: Platform): boolean {
  return platform === 'darwin';
}

/** The accelerator a menu shows for a command on a platform, if it has one. */
export function acceleratorFor(id: CommandId, platform: Platform): string | undefined {
  const shortcut = shortcutFor(id);
  return isMac(platform) ? (shortcut.mac ?? shortcut.accelerator) : shortcut.accelerator;
}

/** Every accelerator that triggers a command on a platform: the menu's first, then the alternates. */
export function acceleratorsFor(id: CommandId, platform: Platform): string[] {
  const primary = acceleratorFor(id, platform);
  const alternates = shortcutFor(id).alternates;
  const extra = (isMac(platform) ? alternates?.mac : alternates?.other) ?? [];
  return [...(primary ? [primary] : []), ...extra];
}

/** A parsed accelerator: which modifiers, and the key in lower case (`s`, `f5`, `up`, `=`). */
export interface KeyChord {
  ctrl: boolean;
  meta: boolean;
  alt: boolean;
  shift: boolean;
  key: string;
}

const KEY_ALIASES: Readonly<Record<string, string>> = {
  return: 'enter',
  arrowup: 'up',
  arrowdown: 'down',
  arrowleft: 'left',
  arrowright: 'right',
  esc: 'escape',
  '+': 'plus',
  ' ': 'space',
};

function normaliseKey(key: string): string {
  const lower = key.toLowerCase();
  return KEY_ALIASES[lower] ?? lower;
}

/** Parses an Electron accelerator for a platform (`CmdOrCtrl` is Cmd on macOS, Ctrl elsewhere). */
export function parseAccelerator(accelerator: string, platform: Platform): KeyChord {
  const parts = accelerator.split('+');
  const key = parts.pop();
  if (!key) throw new Error(`Accelerator without a key: ${accelerator}`);
  const chord: KeyChord = { ctrl: false, meta: false, alt: false, shift: false, key: normaliseKey(key) };
  for (const part of parts) {
    const modifier = part.toLowerCase();
    if (modifier === 'cmdorctrl' || modifier === 'commandorcontrol') {
      if (isMac(platform)) chord.meta = true;
      else chord.ctrl = true;
    } else if (modifier === 'cmd' || modifier === 'command' || modifier === 'meta' || modifier === 'super') {
      chord.meta = true;
    } else if (modifier === 'ctrl' || modifier === 'control') chord.ctrl = true;
    else if (modifier === 'alt' || modifier === 'option') chord.alt = true;
    else if (modifier === 'shift') chord.shift = true;
    else throw new Error(`Unknown modifier "${part}" in accelerator ${accelerator}`);
  }
  return chord;
}

/** A stable string for a chord, to compare and to detect collisions. */
export function chordKey(chord: KeyChord): string {
  const mods = [chord.ctrl && 'ctrl', chord.meta && 'meta', chord.alt && 'alt', chord.shift && 'shift'];
  return [...mods.filter(Boolean), chord.key].join('+');
}

/** The part of a DOM `KeyboardEvent` that {@link matchShortcut} reads. */
export interface KeyEventLike {
  key: string;
  /** Physical key (`KeyS`, `Digit1`): used for letters and digits, so Option on macOS and other layouts work. */
  code?: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

const LETTER_OR_DIGIT_CODE = /^(?:Key([A-Z])|Digit([0-9]))$/;

/** The chord a key event presses. */
export function chordOfEvent(event: KeyEventLike): KeyChord {
  const physical = event.code ? LETTER_OR_DIGIT_CODE.exec(event.code) : null;
  const key = physical ? (physical[1] ?? physical[2] ?? '').toLowerCase() : normaliseKey(event.key);
  // A typed '+' needs Shift on most layouts: treat it as the key itself, as Electron's `Plus` does.
  const shift = key === 'plus' ? false : event.shiftKey;
  return { ctrl: event.ctrlKey, meta: event.metaKey, alt: event.altKey, shift, key };
}

const chordTables = new Map<string, Map<string, CommandId>>();

function chordTable(platform: Platform): Map<string, CommandId> {
  const cacheKey = isMac(platform) ? 'mac' : 'other';
  let table = chordTables.get(cacheKey);
  if (!table) {
    table = new Map();
    for (const shortcut of SHORTCUTS) {
      if (shortcut.role) continue;
      for (const accelerator of acceleratorsFor(shortcut.id, platform)) {
        table.set(chordKey(parseAccelerator(accelerator, platform)), shortcut.id);
      }
    }
    chordTables.set(cacheKey, table);
  }
  return table;
}

/**
 * The command a key event triggers on a platform, or null. Cut, copy, paste and select-all are left to the
 * browser (they return null), so text fields keep their native behaviour.
 */
export function matchShortcut(event: KeyEventLike, platform: Platform): CommandId | null {
  return chordTable(platform).get(chordKey(chordOfEvent(event))) ?? null;
}

const MAC_KEY_SYMBOLS: Readonly<Record<string, string>> = {
  up: '↑',
  down: '↓',
  left: '←',
  right: '→',
  enter: '↩',
  backspace: '⌫',
  delete: '⌦',
  escape: '⎋',
  tab: '⇥',
  plus: '+',
  space: 'Space',
};

const OTHER_KEY_NAMES: Readonly<Record<string, string>> = {
  up: 'Up',
  down: 'Down',
  left: 'Left',
  right: 'Right',
  enter: 'Enter',
  backspace: 'Backspace',
  delete: 'Delete',
  escape: 'Esc',
  tab: 'Tab',
  plus: '+',
  space: 'Space',
};

/** How an accelerator reads in a tooltip: `Ctrl+Shift+S` on Windows and Linux, `⇧⌘S` on macOS. */
export function acceleratorLabel(accelerator: string, platform: Platform): string {
  const chord = parseAccelerator(accelerator, platform);
  if (isMac(platform)) {
    const key = MAC_KEY_SYMBOLS[chord.key] ?? chord.key.toUpperCase();
    return `${chord.ctrl ? '⌃' : ''}${chord.alt ? '⌥' : ''}${chord.shift ? '⇧' : ''}${chord.meta ? '⌘' : ''}${key}`;
  }
  const key = OTHER_KEY_NAMES[chord.key] ?? chord.key.toUpperCase();
  const mods = [chord.ctrl && 'Ctrl', chord.meta && 'Super', chord.alt && 'Alt', chord.shift && 'Shift'];
  return [...mods.filter(Boolean), key].join('+');
}

/** A control's tooltip: its label and, when it has one, its shortcut (`Save (Ctrl+S)`). */
export function tooltipFor(id: CommandId, platform: Platform): string {
  const label = shortcutFor(id).label.replace('…', '');
  const accelerator = acceleratorFor(id, platform);
  return accelerator ? `${label} (${acceleratorLabel(accelerator, platform)})` : label;
}

/** A key of the presentation windows (audience and presenter), as `KeyboardEvent.key` values. */
export interface PresentKey {
  /** What the keys do, for the shortcut list. */
  label: string;
  /** `KeyboardEvent.key` values; the first is shown in the shortcut list. */
  keys: readonly string[];
  /** The presentation command they run (undefined: handled by the jump input). */
  action?: 'next' | 'prev' | 'blackout' | 'leave' | 'overview' | 'fullscreen' | 'first' | 'last' | 'enter';
}

/**
 * The keys of a running presentation: one table for the presentation windows (which map keys to commands from
 * it) and for the shortcut list (F1). Clickers send PageDown/PageUp (some send arrows, `.` or B for blackout).
 */
export const PRESENT_KEYS: readonly PresentKey[] = [
  { label: 'Next slide or build', keys: ['ArrowRight', 'ArrowDown', 'PageDown', ' ', 'n'], action: 'next' },
  {
    label: 'Previous slide or build',
    keys: ['ArrowLeft', 'ArrowUp', 'PageUp', 'Backspace', 'p'],
    action: 'prev',
  },
  { label: 'Next, or go to the slide chosen in the overview', keys: ['Enter'], action: 'enter' },
  { label: 'First slide', keys: ['Home'], action: 'first' },
  { label: 'Last slide', keys: ['End'], action: 'last' },
  { label: 'Blackout (audience screen goes black)', keys: ['b', 'B', '.'], action: 'blackout' },
  { label: 'Overview of all slides (presenter only)', keys: ['o', 'O'], action: 'overview' },
  { label: 'Go to slide: G or a number, then Enter', keys: ['g', 'G'] },
  { label: 'Speaker view (in an exported HTML deck)', keys: ['s', 'S'] },
  { label: 'Full screen', keys: ['f', 'F'], action: 'fullscreen' },
  { label: 'Close the overview, or end the show', keys: ['Escape'], action: 'leave' },
];
