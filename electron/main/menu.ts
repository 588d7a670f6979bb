/**
 * The application menu, as a pure template: main calls `Menu.buildFromTemplate(buildMenuTemplate(...))` and
 * rebuilds it when the recent files or the undo state change. Labels and accelerators come from the shortcuts
 * table, so menus, keys and tooltips cannot drift apart. Every command item has `id` set to its command id.
 */
import type { MenuItemConstructorOptions } from 'electron';
import { basename } from 'node:path';
import {
  LAYOUT_LABELS,
  acceleratorFor,
  devToolsAccelerator,
  shortcutFor,
  type CommandId,
  type Platform,
} from '../shared/shortcuts';
import { LAYOUTS } from '../../slides/model';

/** What the menu shows: the state main knows when it (re)builds the menu. */
export interface MenuState {
  platform: Platform;
  /** Recently opened decks, newest first (absolute paths). */
  recentFiles: readonly string[];
  /** Packaged apps get no DevTools item. */
  isPackaged: boolean;
  /** Which editor view is showing (checks the View radio items). Default: editor. */
  view?: 'editor' | 'source';
  /** Enable state for history items; both default to true (the renderer decides what undo means). */
  canUndo?: boolean;
  canRedo?: boolean;
  /** False when no deck is open: commands that need one are disabled. Default: true. */
  hasDocument?: boolean;
  /** Main opens a recent file itself (it owns the file system). */
  onOpenRecent?: (path: string) => void;
  onClearRecent?: () => void;
}

/** Sends a command to the focused window's renderer (`menu:command` host event). */
export type SendCommand = (command: CommandId) => void;

const NEEDS_DOCUMENT =
  /^(?:file\.(?:save|saveAs|exportPdf|exportHtml|exportPptx|close)|slide\.|present\.|edit\.(?:find|replace))/;

function separator(): MenuItemConstructorOptions {
  return { type: 'separator' };
}

/** Builds the menu template for a platform. Pure: no Electron calls, only plain objects and closures. */
export function buildMenuTemplate(state: MenuState, send: SendCommand): MenuItemConstructorOptions[] {
  const mac = state.platform === 'darwin';
  const hasDocument = state.hasDocument ?? true;

  const command = (
    id: CommandId,
    extra: Partial<MenuItemConstructorOptions> = {},
  ): MenuItemConstructorOptions => {
    const shortcut = shortcutFor(id);
    const accelerator = acceleratorFor(id, state.platform);
    const item: MenuItemConstructorOptions = {
      id,
      label: shortcut.label,
      enabled: hasDocument || !NEEDS_DOCUMENT.test(id),
      ...(accelerator ? { accelerator } : {}),
      ...extra,
    };
    if (shortcut.role) item.role = shortcut.role;
    else item.click = () => send(id);
    return item;
  };

  const recent: MenuItemConstructorOptions[] = state.recentFiles.map((path, index) => ({
    id: `file.recent.${index}`,
    label: basename(path),
    sublabel: path,
    toolTip: path,
    click: () => state.onOpenRecent?.(path),
  }));
  const openRecent: MenuItemConstructorOptions = {
    id: 'file.openRecent',
    label: 'Open Recent',
    submenu: [
      ...(recent.length > 0 ? recent : [{ label: 'No Recent Decks', enabled: false }]),
      separator(),
      {
        id: 'file.clearRecent',
        label: 'Clear Menu',
        enabled: recent.length > 0,
        click: () => state.onClearRecent?.(),
      },
    ],
  };

  const file: MenuItemConstructorOptions = {
    label: 'File',
    submenu: [
      command('file.new'),
      command('file.open'),
      openRecent,
      command('file.importArticle'),
      separator(),
      command('file.save'),
      command('file.saveAs'),
      separator(),
      command('file.exportPdf'),
      command('file.exportHtml'),
      command('file.exportPptx'),
      separator(),
      command('file.close'),
      ...(mac ? [] : [separator(), { role: 'quit' as const }]),
    ],
  };

  const edit: MenuItemConstructorOptions = {
    label: 'Edit',
    submenu: [
      command('edit.undo', { enabled: state.canUndo ?? true }),
      command('edit.redo', { enabled: state.canRedo ?? true }),
      separator(),
      command('edit.cut'),
      command('edit.copy'),
      command('edit.paste'),
      command('edit.selectAll'),
      separator(),
      command('edit.find'),
      command('edit.replace'),
    ],
  };

  const slide: MenuItemConstructorOptions = {
    label: 'Slide',
    submenu: [
      command('slide.new'),
      command('slide.duplicate'),
      command('slide.delete'),
      separator(),
      command('slide.moveUp'),
      command('slide.moveDown'),
      separator(),
      {
        id: 'slide.layout',
        label: 'Layout',
        submenu: LAYOUTS.map((layout) => command(`slide.layout.${layout}`, { label: LAYOUT_LABELS[layout] })),
      },
    ],
  };

  const currentView = state.view ?? 'editor';
  const view: MenuItemConstructorOptions = {
    label: 'View',
    submenu: [
      command('view.editor', { type: 'radio', checked: currentView === 'editor' }),
      command('view.source', { type: 'radio', checked: currentView === 'source' }),
      separator(),
      command('view.zoomIn'),
      command('view.zoomOut'),
      command('view.zoomReset'),
      separator(),
      { role: 'togglefullscreen' },
      ...(state.isPackaged
        ? []
        : [
            {
              id: 'view.devTools',
              role: 'toggleDevTools' as const,
              accelerator: devToolsAccelerator(state.platform),
            },
          ]),
    ],
  };

  const present: MenuItemConstructorOptions = {
    label: 'Present',
    submenu: [
      command('present.fromStart'),
      command('present.fromCurrent'),
      separator(),
      command('present.rehearse'),
    ],
  };

  const help: MenuItemConstructorOptions = {
    role: 'help',
    submenu: [command('help.shortcuts'), ...(mac ? [] : [separator(), command('help.about')])],
  };

  if (!mac) return [file, edit, slide, view, present, help];

  const appMenu: MenuItemConstructorOptions = {
    label: 'Briefdeck',
    submenu: [
      command('help.about'),
      separator(),
      { role: 'services' },
      separator(),
      { role: 'hide' },
      { role: 'hideOthers' },
      { role: 'unhide' },
      separator(),
      { role: 'quit' },
    ],
  };
  return [appMenu, file, edit, slide, view, present, { role: 'windowMenu' }, help];
}
