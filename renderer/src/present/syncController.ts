/**
 * The presentation's sync controller: the one place that decides what the two windows tell each other.
 *
 * Windows share only a tiny state ({@link PresentState}), never the DOM. A transport (BroadcastChannel in a
 * browser, IPC relayed by Electron main) carries {@link SyncMessage}s; the controller is the same for both.
 * Loop prevention: a state is published only when it differs from the last state sent or received, so applying
 * a remote state (which makes reveal fire its own events) never echoes back; messages from this window's own id
 * (a relay that reflects them) are ignored.
 */

/** What both windows agree on. `paused` is blackout. */
export interface PresentState {
  indexh: number;
  indexv: number;
  /** Fragment index: -1 when the slide's fragments are all hidden or it has none. */
  indexf: number;
  paused: boolean;
  overview: boolean;
}

/** A message between presentation windows. */
export type SyncMessage =
  | { type: 'state'; from: string; state: PresentState }
  /** A window that just opened asks for the current state. */
  | { type: 'hello'; from: string }
  /** The presenter left (Esc): every window closes. */
  | { type: 'end'; from: string };

/** Carries messages between the windows of one presentation session. */
export interface SyncTransport {
  send(message: SyncMessage): void;
  /** Returns an unsubscribe function. */
  subscribe(listener: (message: SyncMessage) => void): () => void;
  close(): void;
}

/** Callbacks of {@link createSyncController}. */
export interface SyncHandlers {
  /** Apply a state that came from another window (do not publish from here). */
  onRemoteState(state: PresentState): void;
  /** Another window ended the presentation. */
  onEnd(): void;
  /** The state to answer a `hello` with (null when this window has nothing to say yet). */
  currentState(): PresentState | null;
}

/** The sync controller's interface, identical for every transport. */
export interface SyncController {
  /** Tell the other windows about a local change (skipped when nothing changed). Returns true when sent. */
  publish(state: PresentState): boolean;
  /** Ask the other windows for their state (on start). */
  hello(): void;
  /** End the presentation everywhere. */
  end(): void;
  /** The last state sent or received. */
  last(): PresentState | null;
  destroy(): void;
}

/** Starting state: first slide, nothing shown, not blacked out. */
export const INITIAL_STATE: PresentState = {
  indexh: 0,
  indexv: 0,
  indexf: -1,
  paused: false,
  overview: false,
};

/** Do two states show the same thing? */
export function sameState(a: PresentState | null, b: PresentState | null): boolean {
  if (!a || !b) return a === b;
  return (
    a.indexh === b.indexh &&
    a.indexv === b.indexv &&
    a.indexf === b.indexf &&
    a.paused === b.paused &&
    a.overview === b.overview
  );
}

function isNonNegativeInt(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value < 100_000;
}

/** Validates a state from another window (it is still input: reject anything malformed). */
export function parseState(value: unknown): PresentState | null {
  if (!value || typeof value !== 'object') return null;
  const candidate = value as Record<string, unknown>;
  const { indexh, indexv, indexf, paused, overview } = candidate;
  if (!isNonNegativeInt(indexh) || !isNonNegativeInt(indexv)) return null;
  if (typeof indexf !== 'number' || !Number.isInteger(indexf) || indexf < -1 || indexf > 10_000) return null;
  if (typeof paused !== 'boolean') return null;
  return { indexh, indexv, indexf, paused, overview: overview === true };
}

/** Validates any message from the transport. */
export function parseMessage(value: unknown): SyncMessage | null {
  if (!value || typeof value !== 'object') return null;
  const { type, from, state } = value as Record<string, unknown>;
  if (typeof from !== 'string' || from.length === 0 || from.length > 64) return null;
  if (type === 'hello' || type === 'end') return { type, from };
  if (type !== 'state') return null;
  const parsed = parseState(state);
  return parsed ? { type, from, state: parsed } : null;
}

/** A random id for one window of a session. */
export function newWindowId(): string {
  return Math.random().toString(36).slice(2, 10) + Date.now().toString(36);
}

/** Builds the controller for one window. */
export function createSyncController(
  transport: SyncTransport,
  handlers: SyncHandlers,
  selfId: string = newWindowId(),
): SyncController {
  let lastState: PresentState | null = null;
  const unsubscribe = transport.subscribe((raw) => {
    const message = parseMessage(raw);
    if (!message || message.from === selfId) return;
    if (message.type === 'end') handlers.onEnd();
    else if (message.type === 'hello') {
      const current = handlers.currentState() ?? lastState;
      if (current) transport.send({ type: 'state', from: selfId, state: current });
    } else if (!sameState(message.state, lastState)) {
      lastState = message.state;
      handlers.onRemoteState(message.state);
    }
  });
  return {
    publish(state) {
      if (sameState(state, lastState)) return false;
      lastState = { ...state };
      transport.send({ type: 'state', from: selfId, state: lastState });
      return true;
    },
    hello: () => transport.send({ type: 'hello', from: selfId }),
    end: () => transport.send({ type: 'end', from: selfId }),
    last: () => lastState,
    destroy() {
      unsubscribe();
      transport.close();
    },
  };
}
