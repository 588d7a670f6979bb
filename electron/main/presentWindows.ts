/**
 * Electron main's presentation windows: `present:open` opens the audience window fullscreen on the external
 * display (or the only one) and the presenter window on the laptop; `present:sync` relays the tiny sync state
 * between them. Wire with `createHostServices({ overrides: createPresentHandlers(...) })`.
 */
import type { BrowserWindow, Screen } from 'electron';
import type { Handler } from '../services/types';
import { planDisplays, PresentRelay, type DisplayInfo } from '../services/present/relay';
import type { CreateWindowOptions, WindowKind } from './window';

/** What {@link createPresentHandlers} needs from main. */
export interface PresentWindowDeps {
  screen: Pick<Screen, 'getAllDisplays' | 'getPrimaryDisplay'>;
  /** `createWindow` from `./window` (the one window factory). */
  createWindow: (kind: WindowKind, options: CreateWindowOptions) => BrowserWindow;
  windowOptions: Omit<CreateWindowOptions, 'bounds' | 'query' | 'parent'>;
}

function inset(display: DisplayInfo, margin: number): CreateWindowOptions['bounds'] {
  const { x, y, width, height } = display.bounds;
  return {
    x: x + margin,
    y: y + margin,
    width: Math.max(800, width - 2 * margin),
    height: Math.max(600, height - 2 * margin),
  };
}

/** The `present:open` and `present:sync` handlers for Electron main. */
export function createPresentHandlers(deps: PresentWindowDeps): {
  'present:open': Handler<'present:open'>;
  'present:sync': Handler<'present:sync'>;
} {
  const relay = new PresentRelay();

  function open(view: 'audience' | 'presenter', session: string, display: DisplayInfo): BrowserWindow {
    const window = deps.createWindow(view, {
      ...deps.windowOptions,
      bounds: inset(display, view === 'audience' ? 0 : 40),
      query: { session },
    });
    const contents = window.webContents;
    const remove = relay.add(session, {
      send: (event, payload) => contents.send(event, payload),
      close: () => window.close(),
      isDestroyed: () => window.isDestroyed() || contents.isDestroyed(),
    });
    window.on('closed', () => {
      remove();
      // Closing either window ends the presentation.
      relay.close(session);
    });
    if (view === 'audience') window.once('ready-to-show', () => window.setFullScreen(true));
    return window;
  }

  return {
    'present:open': async ({ session }) => {
      if (relay.has(session)) return { ok: false, message: 'This presentation is already open.' };
      const plan = planDisplays(deps.screen.getAllDisplays(), deps.screen.getPrimaryDisplay());
      open('audience', session, plan.audience);
      open('presenter', session, plan.presenter).focus();
      return { ok: true, externalDisplay: plan.external };
    },
    'present:sync': async ({ session, message }) => ({ ok: relay.relay(session, message) > 0 }),
  };
}
