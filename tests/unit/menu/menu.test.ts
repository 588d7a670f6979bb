import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { buildMenuTemplate, type MenuState } from '../../../electron/main/menu';
import { COMMAND_IDS, SHORTCUTS, acceleratorFor, isCommandId } from '../../../electron/shared/shortcuts';

function flatten(items: readonly MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [
    item,
    ...(Array.isArray(item.submenu) ? flatten(item.submenu as MenuItemConstructorOptions[]) : []),
  ]);
}

function build(overrides: Partial<MenuState> = {}, send = vi.fn()) {
  const state: MenuState = { platform: 'linux', recentFiles: [], isPackaged: true, ...overrides };
  const template = buildMenuTemplate(state, send);
  return { template, items: flatten(template), send };
}

function click(item: MenuItemConstructorOptions | undefined): void {
  if (!item?.click) throw new Error(`no click handler on ${item?.id}`);
  (item.click as () => void)();
}

const TOP_LEVEL = ['File', 'Edit', 'Slide', 'View', 'Present'];

describe('the menu template', () => {
  for (const platform of ['linux', 'win32', 'darwin']) {
    it(`shows every command exactly once with its table accelerator on ${platform}`, () => {
      const { items } = build({ platform });
      for (const id of COMMAND_IDS) {
        const matches = items.filter((item) => item.id === id);
        expect(matches, id).toHaveLength(1);
        expect(matches[0]?.accelerator, id).toBe(acceleratorFor(id, platform));
      }
      const commandItems = items.filter((item) => isCommandId(item.id));
      expect(commandItems).toHaveLength(COMMAND_IDS.length);
    });
  }

  it('sends each command when clicked, and leaves clipboard items to their roles', () => {
    const { items, send } = build();
    for (const shortcut of SHORTCUTS) {
      const item = items.find((candidate) => candidate.id === shortcut.id);
      if (shortcut.role) {
        expect(item?.role).toBe(shortcut.role);
        expect(item?.click).toBeUndefined();
        continue;
      }
      send.mockClear();
      click(item);
      expect(send).toHaveBeenCalledExactlyOnceWith(shortcut.id);
    }
  });

  it('orders the menus, with an app menu and a window menu on macOS only', () => {
    const linux = build({ platform: 'linux' }).template;
    expect(linux.map((menu) => menu.label ?? menu.role)).toEqual([...TOP_LEVEL, 'help']);
    const mac = build({ platform: 'darwin' }).template;
    expect(mac.map((menu) => menu.label ?? menu.role)).toEqual([
      'Briefdeck',
      ...TOP_LEVEL,
      'windowMenu',
      'help',
    ]);
    const macApp = flatten([mac[0]!]);
    expect(macApp.map((item) => item.role).filter(Boolean)).toEqual([
      'services',
      'hide',
      'hideOthers',
      'unhide',
      'quit',
    ]);
    expect(macApp.some((item) => item.id === 'help.about')).toBe(true);
    const linuxFile = flatten([linux[0]!]);
    expect(linuxFile.at(-1)?.role).toBe('quit');
    expect(flatten([mac[1]!]).some((item) => item.role === 'quit')).toBe(false);
  });

  it('lists recent files, opens one on click and clears them', () => {
    const onOpenRecent = vi.fn();
    const onClearRecent = vi.fn();
    const recentFiles = ['/home/ana/briefs/baku.deck.md', '/home/ana/q3.deck.md'];
    const { items } = build({ recentFiles, onOpenRecent, onClearRecent });
    const recent = items.find((item) => item.id === 'file.openRecent');
    const entries = (recent?.submenu as MenuItemConstructorOptions[]).filter((item) =>
      item.id?.startsWith('file.recent.'),
    );
    expect(entries.map((item) => item.label)).toEqual(['baku.deck.md', 'q3.deck.md']);
    expect(entries.map((item) => item.sublabel)).toEqual(recentFiles);
    click(entries[1]);
    expect(onOpenRecent).toHaveBeenCalledExactlyOnceWith('/home/ana/q3.deck.md');
    const clear = items.find((item) => item.id === 'file.clearRecent');
    expect(clear?.enabled).toBe(true);
    click(clear);
    expect(onClearRecent).toHaveBeenCalledOnce();
  });

  it('shows a disabled placeholder when there are no recent files', () => {
    const { items } = build({ recentFiles: [] });
    const recent = items.find((item) => item.id === 'file.openRecent');
    const submenu = recent?.submenu as MenuItemConstructorOptions[];
    expect(submenu[0]).toMatchObject({ label: 'No Recent Decks', enabled: false });
    expect(items.find((item) => item.id === 'file.clearRecent')?.enabled).toBe(false);
  });

  it('offers DevTools only in development, on a key that does not import an article', () => {
    expect(build({ isPackaged: true }).items.some((item) => item.role === 'toggleDevTools')).toBe(false);
    const dev = build({ isPackaged: false }).items.find((item) => item.role === 'toggleDevTools');
    expect(dev?.accelerator).toBe('F12');
    const macDev = build({ isPackaged: false, platform: 'darwin' }).items.find(
      (item) => item.role === 'toggleDevTools',
    );
    expect(macDev?.accelerator).toBe('Alt+Cmd+I');
  });

  it('reflects undo state, the current view, and disables document commands without a document', () => {
    const { items } = build({ canUndo: false, canRedo: true, view: 'source', hasDocument: false });
    const byId = (id: string) => items.find((item) => item.id === id);
    expect(byId('edit.undo')?.enabled).toBe(false);
    expect(byId('edit.redo')?.enabled).toBe(true);
    expect(byId('view.source')?.checked).toBe(true);
    expect(byId('view.editor')?.checked).toBe(false);
    expect(byId('file.save')?.enabled).toBe(false);
    expect(byId('slide.new')?.enabled).toBe(false);
    expect(byId('file.open')?.enabled).toBe(true);
    expect(byId('file.new')?.enabled).toBe(true);
    const withDocument = build({ hasDocument: true }).items;
    expect(withDocument.find((item) => item.id === 'file.save')?.enabled).toBe(true);
  });

  it('lists every layout under Slide ▸ Layout with its number key', () => {
    const { items } = build();
    const layout = items.find((item) => item.id === 'slide.layout');
    const entries = layout?.submenu as MenuItemConstructorOptions[];
    expect(entries.map((item) => item.accelerator)).toEqual(
      entries.map((_, index) => `CmdOrCtrl+${index + 1}`),
    );
    expect(entries.map((item) => item.label)).toContain('Two Columns');
  });
});
