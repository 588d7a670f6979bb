import { describe, expect, it } from 'vitest';
import { planDisplays, PresentRelay, type RelayTarget } from '../../../../electron/services/present/relay';
import type { PresentSyncMessage } from '../../../../electron/ipc/contract';

function fakeWindow() {
  const received: unknown[] = [];
  let closed = false;
  const target: RelayTarget = {
    send: (_event, payload) => received.push(payload),
    close: () => (closed = true),
    isDestroyed: () => closed,
  };
  return { target, received, closed: () => closed };
}

const state: PresentSyncMessage = {
  type: 'state',
  from: 'w1',
  state: { indexh: 2, indexv: 0, indexf: -1, paused: false },
};

describe('PresentRelay', () => {
  it('relays a message to every window of its session only', () => {
    const relay = new PresentRelay();
    const audience = fakeWindow();
    const presenter = fakeWindow();
    const other = fakeWindow();
    relay.add('session1', audience.target);
    relay.add('session1', presenter.target);
    relay.add('session2', other.target);
    expect(relay.relay('session1', state)).toBe(2);
    expect(audience.received).toEqual([{ session: 'session1', message: state }]);
    expect(other.received).toEqual([]);
    expect(relay.relay('nobody', state)).toBe(0);
  });

  it('closes the session windows on end, and forgets removed windows', () => {
    const relay = new PresentRelay();
    const audience = fakeWindow();
    const presenter = fakeWindow();
    const remove = relay.add('s', audience.target);
    relay.add('s', presenter.target);
    remove();
    expect(relay.relay('s', state)).toBe(1);
    relay.relay('s', { type: 'end', from: 'w1' });
    expect(presenter.closed()).toBe(true);
    expect(relay.has('s')).toBe(false);
  });
});

describe('planDisplays', () => {
  const laptop = { id: 1, bounds: { x: 0, y: 0, width: 1440, height: 900 } };
  const projector = { id: 2, bounds: { x: 1440, y: 0, width: 1920, height: 1080 } };

  it('puts the audience on the external display and the presenter on the primary one', () => {
    expect(planDisplays([laptop, projector], laptop)).toEqual({
      audience: projector,
      presenter: laptop,
      external: true,
    });
    expect(planDisplays([projector, laptop], laptop).audience).toBe(projector);
  });

  it('shares the only display when there is no other', () => {
    expect(planDisplays([laptop], laptop)).toEqual({ audience: laptop, presenter: laptop, external: false });
  });
});
