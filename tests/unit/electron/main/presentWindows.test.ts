/**
 * Presenting on two screens (issue 16, item 3), with the electron double: the audience view goes fullscreen on
 * the external display, the presenter is told which screen shows what, and can swap them, except where the
 * compositor places windows (native Wayland), where it is told so instead.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('electron', async () => (await import('../../../helpers/electronDouble')).electronModule);

import type { Display, Screen } from 'electron';
import {
  COMPOSITOR_NOTE,
  createPresentHandlers,
  displayLabel,
} from '../../../../electron/main/presentWindows';
import { createWindow } from '../../../../electron/main/window';
import type { HostContext } from '../../../../electron/services/types';
import { FakeBrowserWindow, resetElectronDouble } from '../../../helpers/electronDouble';

const display = (id: number, x: number, label: string, internal: boolean): Display =>
  ({
    id,
    label,
    internal,
    bounds: { x, y: 0, width: 1920, height: 1080 },
    workArea: { x, y: 0, width: 1920, height: 1040 },
    size: { width: 1920, height: 1080 },
  }) as Display;

const LAPTOP = display(1, 0, '', true);
const PROJECTOR = display(2, 1920, 'DELL U2720Q', false);
const context = {} as HostContext;

function handlers(displays: Display[], placement: 'exact' | 'compositor' = 'exact') {
  const screen = { getAllDisplays: () => displays, getPrimaryDisplay: () => LAPTOP } as unknown as Screen;
  return createPresentHandlers({
    screen,
    createWindow,
    windowOptions: { preloadPath: '/p.cjs', openExternal: async () => undefined },
    placement,
  });
}

function windows() {
  const [audience, presenter] = FakeBrowserWindow.instances;
  if (!audience || !presenter) throw new Error('two windows expected');
  audience.emit('ready-to-show');
  return { audience, presenter };
}

const screensSent = (window: FakeBrowserWindow) =>
  window.webContents.sent.filter((message) => message.channel === 'present:screens').map((m) => m.payload);

beforeEach(() => resetElectronDouble());

describe('presenting on two screens', () => {
  it('puts the audience view fullscreen on the projector and tells the presenter which screen is which', async () => {
    const present = handlers([LAPTOP, PROJECTOR]);
    expect(await present['present:open']({ session: 'session-1' }, context)).toEqual({
      ok: true,
      externalDisplay: true,
    });
    const { audience, presenter } = windows();
    expect(audience.getBounds().x).toBe(1920);
    expect(audience.isFullScreen()).toBe(true);
    expect(presenter.getBounds().x).toBe(40);
    expect(screensSent(presenter)).toEqual([
      { audience: 'DELL U2720Q', presenter: 'the built-in screen', external: true, canSwap: true },
    ]);
  });

  it('swaps the screens when the presenter asks, and says so', async () => {
    const present = handlers([LAPTOP, PROJECTOR]);
    await present['present:open']({ session: 'session-1' }, context);
    const { audience, presenter } = windows();
    const swap = { type: 'swap' as const, from: 'presenter' };
    expect(await present['present:sync']({ session: 'session-1', message: swap }, context)).toEqual({
      ok: true,
    });
    expect(audience.getBounds().x).toBe(0);
    expect(audience.isFullScreen()).toBe(true);
    expect(presenter.getBounds().x).toBe(1960);
    expect(screensSent(presenter).at(-1)).toMatchObject({
      audience: 'the built-in screen',
      presenter: 'DELL U2720Q',
    });
    // A swap is handled by main, never relayed to the views as sync state.
    expect(audience.webContents.sent.filter((m) => m.channel === 'present:state')).toEqual([]);
  });

  it('where the compositor places windows (native Wayland): no swap, and a note on what to do', async () => {
    const present = handlers([LAPTOP, PROJECTOR], 'compositor');
    await present['present:open']({ session: 'session-1' }, context);
    const { audience, presenter } = windows();
    expect(screensSent(presenter)).toEqual([
      {
        audience: 'DELL U2720Q',
        presenter: 'the built-in screen',
        external: true,
        canSwap: false,
        note: COMPOSITOR_NOTE,
      },
    ]);
    const before = audience.getBounds();
    const swap = { type: 'swap' as const, from: 'presenter' };
    expect(await present['present:sync']({ session: 'session-1', message: swap }, context)).toEqual({
      ok: false,
    });
    expect(audience.getBounds()).toEqual(before);
  });

  it('with one screen, both views share it and there is nothing to swap', async () => {
    const present = handlers([LAPTOP]);
    expect(await present['present:open']({ session: 'session-1' }, context)).toMatchObject({
      externalDisplay: false,
    });
    const { presenter } = windows();
    expect(screensSent(presenter)).toEqual([
      { audience: 'the built-in screen', presenter: 'the built-in screen', external: false, canSwap: false },
    ]);
  });

  it('names unnamed external screens by position and size', () => {
    const other = display(3, 3840, '', false);
    expect(displayLabel(other, [LAPTOP, PROJECTOR, other])).toBe('screen 3 (1920×1080)');
  });
});
