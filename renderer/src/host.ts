/**
 * The renderer's one way to reach its host. In Electron the preload exposes `window.briefdeck` (a {@link HostApi});
 * anywhere else the renderer was served by the web host, and the same channels are answered over HTTP:
 * `POST /api/<channel>` with a JSON body and the per-launch token from `<meta name="briefdeck-token">`.
 */
import type {
  Channel,
  HostApi,
  HostEvent,
  RequestOf,
  ResponseOf,
  WindowMessage,
  WindowMessages,
} from '../../electron/ipc/contract';

/** The header carrying the web host's per-launch token. */
export const TOKEN_HEADER = 'x-briefdeck-token';
/** The meta tag the web host injects into index.html. */
export const TOKEN_META = 'briefdeck-token';

/** A host call that failed: refused by validation, or the host could not be reached. */
export class HostCallError extends Error {
  constructor(
    readonly channel: string,
    message: string,
  ) {
    super(message);
    this.name = 'HostCallError';
  }
}

/** What the web host answers. */
type WebReply = { ok: true; value: unknown } | { ok: false; error: unknown };

/** Options for the HTTP client (injectable for tests). */
export interface WebHostOptions {
  token: string;
  fetch?: typeof fetch;
  /** Prefix of the API, default `/api/`. */
  base?: string;
}

function errorMessage(error: unknown): string {
  if (typeof error === 'string') return error;
  if (error && typeof error === 'object' && 'message' in error && typeof error.message === 'string')
    return error.message;
  return 'The host refused the request.';
}

/** A {@link HostApi} that talks to the web host over HTTP. Host events are not delivered over HTTP yet. */
export function createWebHost(options: WebHostOptions): HostApi {
  const doFetch = options.fetch ?? ((input, init) => fetch(input, init));
  const base = options.base ?? '/api/';
  return {
    async invoke<C extends Channel>(channel: C, request: RequestOf<C>): Promise<ResponseOf<C>> {
      let response: Response;
      try {
        response = await doFetch(base + channel, {
          method: 'POST',
          headers: { 'content-type': 'application/json', [TOKEN_HEADER]: options.token },
          body: JSON.stringify(request),
          credentials: 'same-origin',
        });
      } catch (error) {
        throw new HostCallError(channel, `Could not reach the host: ${errorMessage(error)}`);
      }
      let reply: WebReply;
      try {
        reply = (await response.json()) as WebReply;
      } catch {
        throw new HostCallError(channel, `The host answered ${response.status} without a valid reply.`);
      }
      if (!reply || typeof reply !== 'object' || !('ok' in reply)) {
        throw new HostCallError(channel, `The host answered ${response.status} without a valid reply.`);
      }
      if (!reply.ok) throw new HostCallError(channel, errorMessage(reply.error));
      return reply.value as ResponseOf<C>;
    },
    on(_event: HostEvent, _listener: (payload: unknown) => void): () => void {
      return () => undefined;
    },
  };
}

/** Reads the web host's token from the served page ('' when absent). */
export function readToken(doc: Pick<Document, 'querySelector'>): string {
  return doc.querySelector(`meta[name="${TOKEN_META}"]`)?.getAttribute('content') ?? '';
}

/** The Electron preload's API, when present. */
function preloadApi(): HostApi | undefined {
  const candidate = (globalThis as { briefdeck?: HostApi }).briefdeck;
  return candidate && typeof candidate.invoke === 'function' ? candidate : undefined;
}

let current: HostApi | undefined;

/**
 * Does the host show file dialogs? Electron does; the web host has none, so the renderer asks for a path itself
 * (rather than calling a channel that can only refuse).
 */
export function hasFileDialogs(): boolean {
  return preloadApi() !== undefined;
}

/** The host this renderer runs in: Electron's preload API if present, else the web host. */
export function getHost(): HostApi {
  current ??= preloadApi() ?? createWebHost({ token: readToken(document) });
  return current;
}

/** Calls a host channel with its typed request; rejects with {@link HostCallError} when the host refuses it. */
export function invoke<C extends Channel>(channel: C, request: RequestOf<C>): Promise<ResponseOf<C>> {
  return getHost().invoke(channel, request);
}

/** Subscribes to a host event; returns an unsubscribe function. */
export function onHostEvent(event: HostEvent, listener: (payload: unknown) => void): () => void {
  return getHost().on(event, listener);
}

/** The path of a dropped file where the host knows paths (Electron), else null (the web host: send its bytes). */
export function pathForFile(file: File): string | null {
  const host = getHost();
  if (!host.pathForFile) return null;
  try {
    return host.pathForFile(file) || null;
  } catch {
    return null;
  }
}

/** Tells Electron main about this window; a no-op in the web host. */
export function tellHost<M extends WindowMessage>(message: M, payload: WindowMessages[M]): void {
  getHost().tell?.(message, payload);
}
