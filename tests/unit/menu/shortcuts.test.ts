import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  COMMAND_IDS,
  RESERVED_ACCELERATORS,
  SHORTCUTS,
  acceleratorFor,
  acceleratorLabel,
  acceleratorsFor,
  chordKey,
  devToolsAccelerator,
  isCommandId,
  matchShortcut,
  parseAccelerator,
  tooltipFor,
  type KeyChord,
  type KeyEventLike,
} from '../../../electron/shared/shortcuts';
import { LAYOUTS } from '../../../slides/model';

const PLATFORMS = ['darwin', 'linux', 'win32'] as const;
const NAV_KEYS = ['left', 'right', 'up', 'down', 'home', 'end', 'pageup', 'pagedown', 'backspace', 'delete'];

/** Chords that edit or move through text in a Chromium text field on a platform. */
function textEditingChords(platform: string): Set<string> {
  const mac = platform === 'darwin';
  const mod = mac ? { meta: true } : { ctrl: true };
  const chords: Partial<KeyChord>[] = [];
  for (const key of NAV_KEYS) {
    for (const base of [{}, mod, { alt: true }, ...(mac ? [{ ctrl: true }] : [])]) {
      chords.push({ ...base, key }, { ...base, shift: true, key });
    }
  }
  for (const key of ['a', 'c', 'x', 'v', 'z', 'b', 'i', 'u']) chords.push({ ...mod, key });
  chords.push({ ...mod, shift: true, key: 'z' });
  if (!mac)
    chords.push({ ctrl: true, key: 'y' }, { ctrl: true, key: 'insert' }, { shift: true, key: 'insert' });
  // macOS Emacs-style bindings in every text field.
  if (mac) for (const key of 'abdefhknopt'.split('')) chords.push({ ctrl: true, key });
  for (const key of ['tab', 'enter', 'escape', 'space']) chords.push({ key }, { shift: true, key });
  return new Set(
    chords.map((c) => chordKey({ ctrl: false, meta: false, alt: false, shift: false, key: '', ...c })),
  );
}

/** The text-editing commands are allowed (and meant) to own their text-editing keys. */
const TEXT_COMMANDS = new Set([
  'edit.undo',
  'edit.redo',
  'edit.cut',
  'edit.copy',
  'edit.paste',
  'edit.selectAll',
]);

function eventFor(accelerator: string, platform: string): KeyEventLike {
  const chord = parseAccelerator(accelerator, platform);
  const letterOrDigit = /^[a-z0-9]$/.test(chord.key);
  const keyNames: Record<string, string> = {
    up: 'ArrowUp',
    down: 'ArrowDown',
    enter: 'Enter',
    backspace: 'Backspace',
  };
  return {
    key:
      keyNames[chord.key] ??
      (chord.key === 'plus' ? '+' : chord.key.length === 1 ? chord.key : chord.key.toUpperCase()),
    code: letterOrDigit
      ? /[0-9]/.test(chord.key)
        ? `Digit${chord.key}`
        : `Key${chord.key.toUpperCase()}`
      : undefined,
    ctrlKey: chord.ctrl,
    metaKey: chord.meta,
    altKey: chord.alt,
    shiftKey: chord.shift || chord.key === 'plus',
  };
}

describe('the shortcuts table', () => {
  it('lists every command once, including one per layout', () => {
    expect(new Set(COMMAND_IDS).size).toBe(COMMAND_IDS.length);
    for (const layout of LAYOUTS) expect(COMMAND_IDS).toContain(`slide.layout.${layout}`);
    expect(COMMAND_IDS).toEqual(
      expect.arrayContaining(['file.save', 'edit.find', 'present.rehearse', 'help.about']),
    );
    expect(isCommandId('file.save')).toBe(true);
    expect(isCommandId('file.delete-everything')).toBe(false);
    expect(isCommandId(42)).toBe(false);
  });

  it('uses the expected accelerators', () => {
    expect(acceleratorFor('file.save', 'linux')).toBe('CmdOrCtrl+S');
    expect(acceleratorFor('file.importArticle', 'win32')).toBe('CmdOrCtrl+Shift+I');
    expect(acceleratorFor('edit.replace', 'linux')).toBe('Ctrl+H');
    expect(acceleratorFor('edit.replace', 'darwin')).toBe('Alt+Cmd+F');
    expect(acceleratorsFor('edit.redo', 'win32')).toEqual(['CmdOrCtrl+Shift+Z', 'Ctrl+Y']);
    expect(acceleratorsFor('edit.redo', 'darwin')).toEqual(['CmdOrCtrl+Shift+Z']);
    expect(acceleratorFor('slide.layout.title', 'linux')).toBe('CmdOrCtrl+1');
    expect(acceleratorFor('present.fromStart', 'darwin')).toBe('F5');
    expect(acceleratorFor('help.about', 'linux')).toBeUndefined();
  });

  for (const platform of PLATFORMS) {
    it(`has no two commands (or menu roles) on one chord on ${platform}`, () => {
      const seen = new Map<string, string>();
      const reserved = platform === 'darwin' ? RESERVED_ACCELERATORS.mac : RESERVED_ACCELERATORS.other;
      expect(reserved).toContain(devToolsAccelerator(platform));
      for (const accelerator of reserved) {
        seen.set(chordKey(parseAccelerator(accelerator, platform)), `role ${accelerator}`);
      }
      for (const shortcut of SHORTCUTS) {
        for (const accelerator of acceleratorsFor(shortcut.id, platform)) {
          const key = chordKey(parseAccelerator(accelerator, platform));
          const owner = seen.get(key);
          if (owner) expect.fail(`${shortcut.id} (${accelerator}) collides with ${owner}`);
          seen.set(key, shortcut.id);
        }
      }
    });

    it(`leaves text-editing keys to text fields on ${platform}`, () => {
      const reserved = textEditingChords(platform);
      for (const shortcut of SHORTCUTS) {
        if (TEXT_COMMANDS.has(shortcut.id)) continue;
        for (const accelerator of acceleratorsFor(shortcut.id, platform)) {
          const chord = parseAccelerator(accelerator, platform);
          expect(reserved.has(chordKey(chord)), `${shortcut.id} ${accelerator}`).toBe(false);
          const functionKey = /^f\d+$/.test(chord.key);
          expect(chord.ctrl || chord.meta || functionKey, `${shortcut.id} must not fire while typing`).toBe(
            true,
          );
        }
      }
    });

    it(`matches every accelerator back to its command on ${platform}`, () => {
      for (const shortcut of SHORTCUTS) {
        for (const accelerator of acceleratorsFor(shortcut.id, platform)) {
          const expected = shortcut.role ? null : shortcut.id;
          expect(matchShortcut(eventFor(accelerator, platform), platform), accelerator).toBe(expected);
        }
      }
    });
  }

  it('maps CmdOrCtrl to Cmd on macOS and to Ctrl elsewhere', () => {
    const ctrlS = { key: 's', code: 'KeyS', ctrlKey: true, metaKey: false, shiftKey: false, altKey: false };
    const cmdS = { ...ctrlS, ctrlKey: false, metaKey: true };
    expect(matchShortcut(ctrlS, 'linux')).toBe('file.save');
    expect(matchShortcut(cmdS, 'linux')).toBeNull();
    expect(matchShortcut(cmdS, 'darwin')).toBe('file.save');
    expect(matchShortcut(ctrlS, 'darwin')).toBeNull();
  });

  it('reads letters from the physical key, so Option and Shift do not change them', () => {
    const optionCmdF = {
      key: 'ƒ',
      code: 'KeyF',
      ctrlKey: false,
      metaKey: true,
      shiftKey: false,
      altKey: true,
    };
    expect(matchShortcut(optionCmdF, 'darwin')).toBe('edit.replace');
    const shiftS = { key: 'S', ctrlKey: true, metaKey: false, shiftKey: true, altKey: false };
    expect(matchShortcut(shiftS, 'win32')).toBe('file.saveAs');
    const slash = { key: '/', ctrlKey: true, metaKey: false, shiftKey: false, altKey: false };
    expect(matchShortcut(slash, 'linux')).toBe('view.source');
    // Zoom is Chromium's own page zoom (menu roles in Electron, the browser's zoom on the web): never intercepted.
    const plus = { key: '+', ctrlKey: true, metaKey: false, shiftKey: true, altKey: false };
    expect(matchShortcut(plus, 'linux')).toBeNull();
  });

  it('never fires on plain typing', () => {
    const typing = fc.record({
      key: fc.oneof(
        fc.string({ minLength: 1, maxLength: 1 }),
        fc.constantFrom(...['Enter', 'Backspace', 'Tab', 'ArrowUp']),
      ),
      ctrlKey: fc.constant(false),
      metaKey: fc.constant(false),
      altKey: fc.boolean(),
      shiftKey: fc.boolean(),
    });
    fc.assert(
      fc.property(
        typing,
        fc.constantFrom(...PLATFORMS),
        (event, platform) => matchShortcut(event, platform) === null,
      ),
    );
  });

  it('labels accelerators the way each platform writes them', () => {
    expect(acceleratorLabel('CmdOrCtrl+S', 'linux')).toBe('Ctrl+S');
    expect(acceleratorLabel('CmdOrCtrl+S', 'darwin')).toBe('⌘S');
    expect(acceleratorLabel('CmdOrCtrl+Shift+S', 'darwin')).toBe('⇧⌘S');
    expect(acceleratorLabel('Alt+Cmd+F', 'darwin')).toBe('⌥⌘F');
    expect(acceleratorLabel('CmdOrCtrl+Alt+Up', 'win32')).toBe('Ctrl+Alt+Up');
    expect(acceleratorLabel('CmdOrCtrl+Alt+Backspace', 'darwin')).toBe('⌥⌘⌫');
    expect(acceleratorLabel('Shift+F5', 'linux')).toBe('Shift+F5');
    expect(tooltipFor('file.exportPdf', 'linux')).toBe('Export PDF (Ctrl+P)');
    expect(tooltipFor('help.about', 'darwin')).toBe('About Briefdeck');
    expect(() => parseAccelerator('Hyper+S', 'linux')).toThrow(/Unknown modifier/);
  });
});
