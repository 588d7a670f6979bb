/**
 * Electron main's presentation windows: `present:open` opens the audience window fullscreen on the external
 * display (or the only one) and the presenter window on the laptop; `present:sync` relays the tiny sync state
 * between them. The presenter is told which screen shows what (`present:screens`) and can swap them (a `swap`
 * sync message). Wire with `createHostServices({ overrides: createPresentHandlers(...) })`.
 */
import type { BrowserWindow, Display, Screen } from 'electron';
import type { PresentScreens } from '../ipc/contract';
import type { Handler } from '../services/types';
import { planDisplays, PresentRelay, type DisplayInfo } from '../services/present/relay';
import type { DisplayBackend } from './displayBackend';
import { sendWhenLoaded, type CreateWindowOptions, type WindowKind } from './window';

/** What {@link createPresentHandlers} needs from main. */
export interface PresentWindowDeps {
  screen: Pick<Screen, 'getAllDisplays' | 'getPrimaryDisplay'>;
  /** `createWindow` from `./window` (the one window factory). */
  createWindow: (kind: WindowKind, options: CreateWindowOptions) => BrowserWindow;
  windowOptions: Omit<CreateWindowOptions, 'bounds' | 'query' | 'parent'>;
  /** Whether windows go where they are put (see `displayBackend.ts`); default: they do. */
  placement?: DisplayBackend['placement'];
}

/** Where to put the window instead on native Wayland, where the compositor picks the screen. */
export const COMPOSITOR_NOTE =
  'The system chooses the screen here (Wayland): if the audience view is on the wrong screen, move it with your desktop’s shortcut (often Super+Shift+←/→), or start Briefdeck through XWayland.';

function inset(display: DisplayInfo, margin: number): CreateWindowOptions['bounds'] {
  const { x, y, width, height } = display.bounds;
  return {
    x: x + margin,
    y: y + margin,
    width: Math.max(800, width - 2 * margin),
    height: Math.max(600, height - 2 * margin),
  };
}

/** A display in words: its name when the system gives one, else which one it is. */
export function displayLabel(display: Display, displays: readonly Display[]): string {
  if (display.label) return display.label;
  if (display.internal) return 'the built-in screen';
  const index = displays.findIndex((candidate) => candidate.id === display.id);
  return `screen ${index + 1} (${display.size.width}×${display.size.height})`;
}

interface Session {
  audience: BrowserWindow;
  presenter: BrowserWindow;
  audienceDisplay: Display;
  presenterDisplay: Display;
  external: boolean;
}

/** The `present:open` and `present:sync` handlers for Electron main. */
export function createPresentHandlers(deps: PresentWindowDeps): {
  'present:open': Handler<'present:open'>;
  'present:sync': Handler<'present:sync'>;
} {
  const relay = new PresentRelay();
  const sessions = new Map<string, Session>();
  const exact = (deps.placement ?? 'exact') === 'exact';

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
      sessions.delete(session);
      // Closing either window ends the presentation.
      relay.close(session);
    });
    if (view === 'audience') window.once('ready-to-show', () => window.setFullScreen(true));
    return window;
  }

  function screens(state: Session): PresentScreens {
    const displays = deps.screen.getAllDisplays();
    return {
      audience: displayLabel(state.audienceDisplay, displays),
      presenter: displayLabel(state.presenterDisplay, displays),
      external: state.external,
      canSwap: exact && state.external,
      ...(exact ? {} : { note: COMPOSITOR_NOTE }),
    };
  }

  /** Put each view on the other's screen: leave fullscreen, move, fullscreen again on the new display. */
  function swap(state: Session): void {
    const { audience, presenter } = state;
    [state.audienceDisplay, state.presenterDisplay] = [state.presenterDisplay, state.audienceDisplay];
    if (!audience.isDestroyed()) {
      audience.setFullScreen(false);
      audience.setBounds(inset(state.audienceDisplay, 0) ?? {});
      audience.setFullScreen(true);
    }
    if (!presenter.isDestroyed()) presenter.setBounds(inset(state.presenterDisplay, 40) ?? {});
  }

  return {
    'present:open': async ({ session }) => {
      if (relay.has(session)) return { ok: false, message: 'This presentation is already open.' };
      const displays = deps.screen.getAllDisplays();
      const primary = deps.screen.getPrimaryDisplay();
      const plan = planDisplays(displays, primary);
      const byId = (id: number) => displays.find((display) => display.id === id) ?? primary;
      const audience = open('audience', session, plan.audience);
      const presenter = open('presenter', session, plan.presenter);
      const state: Session = {
        audience,
        presenter,
        audienceDisplay: byId(plan.audience.id),
        presenterDisplay: byId(plan.presenter.id),
        external: plan.external,
      };
      sessions.set(session, state);
      sendWhenLoaded(presenter, 'present:screens', screens(state));
      presenter.focus();
      return { ok: true, externalDisplay: plan.external };
    },
    'present:sync': async ({ session, message }) => {
      if (message.type !== 'swap') return { ok: relay.relay(session, message) > 0 };
      const state = sessions.get(session);
      if (!state || !screens(state).canSwap) return { ok: false };
      swap(state);
      sendWhenLoaded(state.presenter, 'present:screens', screens(state));
      return { ok: true };
    },
  };
}
