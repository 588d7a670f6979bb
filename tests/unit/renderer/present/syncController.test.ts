import { describe, expect, it } from 'vitest';
import {
  createSyncController,
  parseMessage,
  type PresentState,
  type SyncMessage,
  type SyncTransport,
} from '../../../../renderer/src/present/syncController';

/** A bus like BroadcastChannel: delivers to every other subscriber, never back to the sender. */
function makeBus() {
  const ends: { listeners: ((m: SyncMessage) => void)[] }[] = [];
  const sent: SyncMessage[] = [];
  function transport(): SyncTransport {
    const end = { listeners: [] as ((m: SyncMessage) => void)[] };
    ends.push(end);
    return {
      send(message) {
        sent.push(message);
        for (const other of ends)
          if (other !== end) other.listeners.forEach((l) => l(structuredClone(message)));
      },
      subscribe(listener) {
        end.listeners.push(listener);
        return () => (end.listeners = end.listeners.filter((l) => l !== listener));
      },
      close: () => undefined,
    };
  }
  return { transport, sent };
}

const at = (indexh: number, indexf = -1, paused = false): PresentState => ({
  indexh,
  indexv: 0,
  indexf,
  paused,
  overview: false,
});

/** A window: applies remote state and, like reveal, reports the change back as a local event. */
function makeWindow(transport: SyncTransport, id: string) {
  let current: PresentState | null = null;
  const applied: PresentState[] = [];
  let ended = 0;
  const controller = createSyncController(
    transport,
    {
      onRemoteState(state) {
        applied.push(state);
        current = state;
        // reveal fires slidechanged while applying: the window publishes what it now shows.
        controller.publish(state);
      },
      onEnd: () => (ended += 1),
      currentState: () => current,
    },
    id,
  );
  return {
    controller,
    applied,
    ended: () => ended,
    local(state: PresentState) {
      current = state;
      return controller.publish(state);
    },
  };
}

describe('createSyncController', () => {
  it('relays a local change to the other window once, without echoing it back', () => {
    const bus = makeBus();
    const presenter = makeWindow(bus.transport(), 'presenter');
    const audience = makeWindow(bus.transport(), 'audience');
    expect(presenter.local(at(1))).toBe(true);
    expect(audience.applied).toEqual([at(1)]);
    expect(presenter.applied).toEqual([]);
    expect(bus.sent.filter((m) => m.type === 'state')).toHaveLength(1);
  });

  it('does not publish a state that has not changed', () => {
    const bus = makeBus();
    const presenter = makeWindow(bus.transport(), 'presenter');
    makeWindow(bus.transport(), 'audience');
    presenter.local(at(2, 0));
    expect(presenter.local(at(2, 0))).toBe(false);
    expect(presenter.local(at(2, 1))).toBe(true);
    expect(bus.sent).toHaveLength(2);
  });

  it('follows whichever window changes, including blackout and fragments', () => {
    const bus = makeBus();
    const presenter = makeWindow(bus.transport(), 'presenter');
    const audience = makeWindow(bus.transport(), 'audience');
    presenter.local(at(1));
    audience.local(at(1, 0));
    audience.local(at(1, 0, true));
    expect(presenter.applied).toEqual([at(1, 0), at(1, 0, true)]);
    presenter.local(at(1, 0, false));
    expect(audience.applied.at(-1)).toEqual(at(1, 0, false));
  });

  it('answers a late window hello with the current state', () => {
    const bus = makeBus();
    const presenter = makeWindow(bus.transport(), 'presenter');
    presenter.local(at(4));
    const audience = makeWindow(bus.transport(), 'audience');
    audience.controller.hello();
    expect(audience.applied).toEqual([at(4)]);
  });

  it('ignores its own messages reflected by a relay, and malformed ones', () => {
    const listeners: ((m: SyncMessage) => void)[] = [];
    const reflecting: SyncTransport = {
      send: (m) => listeners.forEach((l) => l(m)),
      subscribe: (l) => (listeners.push(l), () => undefined),
      close: () => undefined,
    };
    const window = makeWindow(reflecting, 'me');
    window.local(at(3));
    expect(window.applied).toEqual([]);
    listeners.forEach((l) =>
      l({ type: 'state', from: 'other', state: { indexh: -1 } } as unknown as SyncMessage),
    );
    expect(window.applied).toEqual([]);
  });

  it('ends every other window', () => {
    const bus = makeBus();
    const presenter = makeWindow(bus.transport(), 'presenter');
    const audience = makeWindow(bus.transport(), 'audience');
    presenter.controller.end();
    expect(audience.ended()).toBe(1);
    expect(presenter.ended()).toBe(0);
  });
});

describe('parseMessage', () => {
  it('accepts well-formed messages and rejects the rest', () => {
    expect(parseMessage({ type: 'hello', from: 'a' })).toEqual({ type: 'hello', from: 'a' });
    expect(parseMessage({ type: 'state', from: 'a', state: at(2, 1) })).toEqual({
      type: 'state',
      from: 'a',
      state: at(2, 1),
    });
    expect(parseMessage({ type: 'state', from: 'a', state: { ...at(2), indexf: -2 } })).toBeNull();
    expect(parseMessage({ type: 'state', from: 'a', state: { ...at(2), paused: 'yes' } })).toBeNull();
    expect(parseMessage({ type: 'navigate', from: 'a' })).toBeNull();
    expect(parseMessage({ type: 'end', from: '' })).toBeNull();
    expect(parseMessage(null)).toBeNull();
  });
});
