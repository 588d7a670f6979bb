/**
 * Electron's half of presentation sync, without Electron: which windows belong to which session, and relaying a
 * sync message to all of them as a `present:state` event. The renderer's sync controller ignores its own
 * messages, so the relay need not know the sender. An `end` message closes the session's windows.
 */
import type { PresentSyncMessage } from '../../ipc/contract';

/** A presentation window as the relay sees it (a BrowserWindow's webContents in Electron). */
export interface RelayTarget {
  send(event: 'present:state', payload: { session: string; message: PresentSyncMessage }): void;
  close(): void;
  isDestroyed(): boolean;
}

/** Tracks the windows of each presentation session and relays messages between them. */
export class PresentRelay {
  private readonly sessions = new Map<string, Set<RelayTarget>>();

  /** Adds a window to a session; returns a function that removes it (call it when the window closes). */
  add(session: string, target: RelayTarget): () => void {
    const set = this.sessions.get(session) ?? new Set<RelayTarget>();
    set.add(target);
    this.sessions.set(session, set);
    return () => {
      set.delete(target);
      if (set.size === 0) this.sessions.delete(session);
    };
  }

  /** Does this session have open windows? */
  has(session: string): boolean {
    return (this.sessions.get(session)?.size ?? 0) > 0;
  }

  /** Sends a message to every live window of the session; returns how many got it. */
  relay(session: string, message: PresentSyncMessage): number {
    const set = this.sessions.get(session);
    if (!set) return 0;
    let sent = 0;
    for (const target of [...set]) {
      if (target.isDestroyed()) {
        set.delete(target);
        continue;
      }
      target.send('present:state', { session, message });
      sent += 1;
    }
    if (message.type === 'end') this.close(session);
    return sent;
  }

  /** Closes every window of a session. */
  close(session: string): void {
    const set = this.sessions.get(session);
    this.sessions.delete(session);
    for (const target of set ?? []) if (!target.isDestroyed()) target.close();
  }
}

/** A display as `screen.getAllDisplays()` reports it (only what placement needs). */
export interface DisplayInfo {
  id: number;
  bounds: { x: number; y: number; width: number; height: number };
}

/** Where each window goes. */
export interface DisplayPlan {
  audience: DisplayInfo;
  presenter: DisplayInfo;
  /** True when the audience has a display of its own (a projector or second screen). */
  external: boolean;
}

/**
 * The audience goes on the first display that is not the primary one (the projector), the presenter on the
 * primary (the laptop). With one display both share it.
 */
export function planDisplays(displays: readonly DisplayInfo[], primary: DisplayInfo): DisplayPlan {
  const external = displays.find((display) => display.id !== primary.id);
  return external
    ? { audience: external, presenter: primary, external: true }
    : { audience: primary, presenter: primary, external: false };
}
