import { CHANNELS, type Channel, type HostReply, type RequestOf } from '../ipc/contract';
import { parseRequest } from '../ipc/schemas';
import { createCoreHandlers } from './coreHandlers';
import { createRecentList } from './recent';
import { createRecoveryStore } from './recovery';
import { laterHandlers, type HandlerOverrides } from './registry';
import { HostRequestError, type HostContext, type HostDialogs, type Handlers } from './types';

/** How a dispatched request ended: an HTTP-like status and the reply to send back. */
export interface DispatchResult {
  /** 200 answered, 400 invalid request, 404 unknown channel, 500 the handler failed. */
  status: 200 | 400 | 404 | 500;
  reply: HostReply<unknown>;
}

/** What a host (Electron main or the web host) provides to build its services. */
export interface HostServicesOptions {
  host: 'electron' | 'web';
  version: string;
  userDataDir: string;
  appRoot: string;
  dialogs: HostDialogs;
  /** A deck named on the command line, opened by `deck:initial` instead of the bundled briefing. */
  initialDeckPath?: string | null;
  /** Replace any handler (e.g. Electron's own `export:pdf`). */
  overrides?: HandlerOverrides;
  /** Called after the recent-files list changes (Electron rebuilds its menu and tells the OS). */
  onRecentChange?: (files: string[]) => void;
}

/** The host services shared by Electron main and the web host. */
export interface HostServices {
  readonly context: HostContext;
  readonly handlers: Handlers;
  /** Validate and answer one request; never throws. */
  dispatch(channel: string, request: unknown): Promise<DispatchResult>;
}

/** Is `name` one of the contract's channels? */
export function isChannel(name: string): name is Channel {
  return (CHANNELS as readonly string[]).includes(name);
}

/** Build the services for a host. */
export function createHostServices(options: HostServicesOptions): HostServices {
  const context: HostContext = {
    host: options.host,
    version: options.version,
    userDataDir: options.userDataDir,
    appRoot: options.appRoot,
    dialogs: options.dialogs,
    recent: createRecentList(options.userDataDir, options.onRecentChange),
    recovery: createRecoveryStore(options.userDataDir),
  };
  const handlers: Handlers = {
    ...createCoreHandlers(options.initialDeckPath ?? null),
    ...laterHandlers,
    ...options.overrides,
  };

  async function run<C extends Channel>(channel: C, raw: unknown): Promise<DispatchResult> {
    const parsed = parseRequest(channel, raw);
    if (!parsed.ok) return { status: 400, reply: { ok: false, error: { channel, message: parsed.message } } };
    try {
      const handler = handlers[channel] as (request: RequestOf<C>, context: HostContext) => Promise<unknown>;
      return { status: 200, reply: { ok: true, value: await handler(parsed.value, context) } };
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      return {
        status: error instanceof HostRequestError ? 400 : 500,
        reply: { ok: false, error: { channel, message } },
      };
    }
  }

  return {
    context,
    handlers,
    dispatch(channel, request) {
      if (!isChannel(channel)) {
        return Promise.resolve({
          status: 404,
          reply: { ok: false, error: { channel, message: `unknown channel: ${channel}` } },
        });
      }
      return run(channel, request);
    },
  };
}
