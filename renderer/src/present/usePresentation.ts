/**
 * Binds one window's reveal.js instance to a {@link Presentation}: picks the transport (IPC under Electron,
 * BroadcastChannel in a browser), turns reveal's own keyboard and chrome off, and exposes the shared state.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type Reveal from 'reveal.js';
import type { HostApi } from '../../../electron/ipc/contract';
import { Presentation } from './presentation';
import { presentPageUrl, type PresentView } from './session';
import { INITIAL_STATE, type PresentState, type SyncTransport } from './syncController';
import { broadcastTransport, ipcTransport } from './transports';

type RevealDeck = InstanceType<typeof Reveal>;

/** The Electron preload's API when this page runs in Electron. */
function electronHost(): HostApi | undefined {
  const candidate = (globalThis as { briefdeck?: HostApi }).briefdeck;
  return candidate && typeof candidate.invoke === 'function' ? candidate : undefined;
}

/** The transport for a session in this environment. */
export function transportFor(session: string): SyncTransport {
  const host = electronHost();
  return host ? ipcTransport(session, host) : broadcastTransport(session);
}

/** What {@link usePresentation} returns. */
export interface PresentationState {
  presentation: Presentation | null;
  state: PresentState;
  ended: boolean;
  /** Pass to `DeckView`'s `onReady`. */
  onReady: (deck: RevealDeck) => void;
}

/** Closes the window when the presentation ends (a window the app opened may close itself). */
function closeWindow(): void {
  window.close();
}

/** Requests fullscreen for the page (must run inside a user gesture in a browser). */
export function requestFullscreen(): void {
  if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
  else void document.documentElement.requestFullscreen?.().catch(() => undefined);
}

/** Creates the presentation once reveal is ready; destroys it on unmount. */
export function usePresentation(view: PresentView, session: string, startIndex: number): PresentationState {
  const [presentation, setPresentation] = useState<Presentation | null>(null);
  const [state, setState] = useState<PresentState>(INITIAL_STATE);
  const [ended, setEnded] = useState(false);
  const ref = useRef<Presentation | null>(null);

  const onReady = useCallback(
    (deck: RevealDeck) => {
      if (ref.current) return;
      // DeckView cleared the query so reveal could not read it; put ours back so a reload finds the session.
      history.replaceState(history.state, '', presentPageUrl(view, session) + location.hash);
      deck.configure({
        keyboard: false,
        controls: false,
        progress: view === 'audience',
        help: false,
        overview: true,
      });
      const created = new Presentation(deck, view, transportFor(session), {
        onChange: (next) => setState(next),
        onEnd: () => {
          setEnded(true);
          closeWindow();
        },
        onFullscreen: requestFullscreen,
      });
      ref.current = created;
      created.start(startIndex);
      setPresentation(created);
    },
    [view, session, startIndex],
  );

  useEffect(
    () => () => {
      ref.current?.destroy();
      ref.current = null;
    },
    [],
  );

  return { presentation, state, ended, onReady };
}
