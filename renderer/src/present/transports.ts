/**
 * The two transports of the sync controller: BroadcastChannel between same-origin browser windows, and IPC
 * through Electron main, which relays each message to the other windows of the session as a `present:state`
 * host event.
 */
import type { HostApi } from '../../../electron/ipc/contract';
import type { SyncMessage, SyncTransport } from './syncController';

/** The BroadcastChannel name for a session. */
export function channelName(session: string): string {
  return `briefdeck-present-${session}`;
}

/** A transport over `BroadcastChannel` (same origin; never delivers to the sending window itself). */
export function broadcastTransport(
  session: string,
  Channel: typeof BroadcastChannel = BroadcastChannel,
): SyncTransport {
  const channel = new Channel(channelName(session));
  return {
    send: (message) => channel.postMessage(message),
    subscribe(listener) {
      const handle = (event: MessageEvent) => listener(event.data as SyncMessage);
      channel.addEventListener('message', handle);
      return () => channel.removeEventListener('message', handle);
    },
    close: () => channel.close(),
  };
}

/** A transport over the Electron host: `present:sync` out, `present:state` events in (filtered by session). */
export function ipcTransport(session: string, host: HostApi): SyncTransport {
  return {
    send(message) {
      host.invoke('present:sync', { session, message }).catch(() => undefined);
    },
    subscribe(listener) {
      return host.on('present:state', (payload) => {
        const envelope = payload as { session?: unknown; message?: unknown } | null;
        if (envelope && envelope.session === session) listener(envelope.message as SyncMessage);
      });
    },
    close: () => undefined,
  };
}
