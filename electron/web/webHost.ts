import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createReadStream } from 'node:fs';
import { mkdir, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { parseDeck } from '../../slides/format/parse';
import type { HostReply } from '../ipc/contract';
import { createHostServices, type HostServices } from '../services/hostServices';
import type { HandlerOverrides } from '../services/registry';
import { loadStaticFile, SECURITY_HEADERS } from '../services/staticFiles';
import {
  BodyBudget,
  BodyError,
  cookieValue,
  isAllowedOrigin,
  MAX_BODY_BYTES,
  MAX_PENDING_BODY_BYTES,
  readJsonBody,
  sameSecret,
} from './httpGuards';
import { createWebDialogs, freshName } from './webDialogs';

/** The web host's default port. */
export const DEFAULT_PORT = 4646;
/** How many ports after the default one are tried when it is taken. */
const PORT_TRIES = 20;

/** Options for {@link startWebHost}. */
export interface WebHostOptions {
  /** TCP port on 127.0.0.1; 0 picks a free one. Default 4646 (or the next free one after it). */
  port?: number;
  /** True when the user asked for `port` explicitly: a port in use is then an error, not a reason to move on. */
  strictPort?: boolean;
  /** The built renderer to serve (default `<appRoot>/out/renderer`). */
  root?: string;
  /** Where recent files and recovery journals live (keep tests isolated with a temp dir). */
  userDataDir: string;
  /** A deck for `deck:initial` instead of the bundled briefing. */
  initialDeckPath?: string | null;
  /** The app root holding package.json and slides/decks (default: found from this file). */
  appRoot: string;
  /** Where the web host's "Save As" writes new decks (default `<userDataDir>/documents`). */
  saveDir?: string;
  /** Version reported by `app:info`. */
  version?: string;
  /** Replace channel handlers (e.g. an `export:pdf` driven by Playwright). */
  overrides?: HandlerOverrides;
  /** Most request-body bytes held at once over all requests (default {@link MAX_PENDING_BODY_BYTES}). */
  maxPendingBodyBytes?: number;
}

/**
 * A running web host. Only its owner is let in: `loginUrl` carries the launch token (printed for the owner to open);
 * opening it exchanges the token for an HttpOnly, SameSite=Strict session cookie and redirects to the app. Nothing the
 * host serves ever contains the token or the cookie's value; every page and API call needs the cookie.
 */
export interface WebHost {
  /** The app's address, without credentials (a browser must have logged in through `loginUrl`). */
  url: string;
  /** The address the owner opens once: the app's address with `?token=`. */
  loginUrl: string;
  port: number;
  /** The launch token (only in `loginUrl`). */
  token: string;
  /** `name=value` of the session cookie, for in-process test clients. */
  sessionCookie: string;
  services: HostServices;
  close(): Promise<void>;
}

const API_PREFIX = '/api/';
const DOWNLOAD_PREFIX = '/download/';
const TOKEN_PARAM = 'token';
const EXPORT_CHANNELS = new Set(['export:pdf', 'export:html', 'export:pptx']);

/** A file name from the deck's title: lower case, dashes, at most 60 characters, cut between words. */
export function deckFileStem(deckText: string): string {
  const slug = (parseDeck(deckText).deck.meta.title || 'briefing')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return (
    (slug.length <= 60 ? slug : slug.slice(0, 61).replace(/-[^-]*$/, '') || slug.slice(0, 60)) || 'briefing'
  );
}

/** Exported files the browser may download, by a random id (the browser gets `/download/<id>`). */
class Downloads {
  private readonly files = new Map<string, string>();
  add(path: string): string {
    const id = randomBytes(16).toString('hex');
    this.files.set(id, path);
    return `${DOWNLOAD_PREFIX}${id}`;
  }
  get(id: string): string | undefined {
    return this.files.get(id);
  }
}

/**
 * The browser has no folder picker: an export without a path goes to the save folder under the deck's name
 * (`<title>-notes.pdf`, `<title>.html`, never over an existing file), and the reply carries a download URL so the
 * browser also saves it where the user keeps downloads.
 */
async function exportRequest(channel: string, body: unknown, saveDir: string): Promise<unknown> {
  if (!EXPORT_CHANNELS.has(channel) || !body || typeof body !== 'object') return body;
  const request = body as { text?: unknown; kind?: unknown; outPath?: unknown };
  if (request.outPath !== undefined || typeof request.text !== 'string') return body;
  const stem = deckFileStem(request.text);
  const name =
    channel === 'export:pptx'
      ? `${stem}.pptx`
      : channel === 'export:html'
        ? `${stem}.html`
        : `${stem}-${typeof request.kind === 'string' ? request.kind : 'slides'}.pdf`;
  await mkdir(saveDir, { recursive: true });
  return { ...request, outPath: freshName(saveDir, name) };
}

function sendDownload(response: ServerResponse, path: string, size: number): void {
  const name = basename(path);
  const ascii = name.replace(/[^\x20-\x7e]|["\\]/g, '_');
  response.writeHead(200, {
    ...SECURITY_HEADERS,
    // Never rendered here (an exported HTML deck runs scripts): a download, in a sandbox if anything opens it.
    'Content-Security-Policy': 'sandbox',
    'Content-Type': 'application/octet-stream',
    'Content-Disposition': `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`,
    'Content-Length': String(size),
    'Cache-Control': 'no-store',
  });
  createReadStream(path).pipe(response);
}

/** The session cookie's name: one per port, so two hosts on 127.0.0.1 (cookies ignore ports) never clash. */
export function sessionCookieName(port: number): string {
  return `briefdeck-session-${port}`;
}

const NOT_SIGNED_IN = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Briefdeck: sign in</title></head>
<body><h1>Open Briefdeck from its own link</h1><p>This Briefdeck web host only serves the person who started it.
Open the address it printed when it started (the one that ends in <code>?token=…</code>); the browser then stays
signed in until the host stops.</p></body></html>`;

function send(response: ServerResponse, status: number, body: HostReply<unknown>): void {
  const text = JSON.stringify(body);
  response.writeHead(status, {
    ...SECURITY_HEADERS,
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
  });
  response.end(text);
}

function refuse(response: ServerResponse, status: number, channel: string, message: string): void {
  send(response, status, { ok: false, error: { channel, message } });
}

function sendPage(
  response: ServerResponse,
  status: number,
  html: string,
  extra: Record<string, string> = {},
) {
  const body = Buffer.from(html, 'utf8');
  response.writeHead(status, {
    ...SECURITY_HEADERS,
    'Content-Type': 'text/html; charset=utf-8',
    'Cache-Control': 'no-store',
    'Content-Length': String(body.length),
    ...extra,
  });
  response.end(body);
}

async function handleApi(
  request: IncomingMessage,
  response: ServerResponse,
  services: HostServices,
  budget: BodyBudget,
  path: string,
  exports: { saveDir: string; downloads: Downloads },
) {
  let channel: string;
  try {
    channel = decodeURIComponent(path.slice(API_PREFIX.length));
  } catch {
    return refuse(response, 404, '', 'unknown channel');
  }
  if (request.method !== 'POST') return refuse(response, 405, channel, 'use POST');
  if (!(request.headers['content-type'] ?? '').startsWith('application/json')) {
    return refuse(response, 415, channel, 'send JSON (Content-Type: application/json)');
  }
  // A declared body holds its share of the budget until the answer is sent (the parsed text lives that long);
  // a body of unknown length is counted chunk by chunk while it is read.
  const declared = Number(request.headers['content-length'] ?? '0') || 0;
  if (declared > MAX_BODY_BYTES) return refuse(response, 413, channel, 'request body too large');
  if (!budget.take(declared)) {
    request.resume();
    return refuse(
      response,
      503,
      channel,
      'the host is busy with other large requests; try again in a moment',
    );
  }
  try {
    let body: unknown;
    try {
      body = await readJsonBody(request, MAX_BODY_BYTES, declared > 0 ? undefined : budget);
    } catch (error) {
      if (error instanceof BodyError) return refuse(response, error.status, channel, error.message);
      throw error;
    }
    const result = await services.dispatch(channel, await exportRequest(channel, body, exports.saveDir));
    const value = result.reply.ok ? (result.reply.value as { ok?: boolean; path?: string } | null) : null;
    if (EXPORT_CHANNELS.has(channel) && value?.ok && typeof value.path === 'string')
      result.reply = { ok: true, value: { ...value, download: exports.downloads.add(value.path) } };
    send(response, result.status, result.reply);
  } finally {
    budget.give(declared);
  }
}

/** Listen on 127.0.0.1:`port`; resolves with the error code when the port cannot be had. */
function listen(server: Server, port: number): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const onError = (error: NodeJS.ErrnoException) => {
      server.off('listening', onListening);
      if (error.code === 'EADDRINUSE' || error.code === 'EACCES') resolve(error.code);
      else reject(error);
    };
    const onListening = () => {
      server.off('error', onError);
      resolve(null);
    };
    server.once('error', onError);
    server.once('listening', onListening);
    server.listen(port, '127.0.0.1');
  });
}

/**
 * Listen on the wanted port; when it is taken and the user did not insist on it, on the next free one after it.
 * Throws one clear sentence (which port, how to choose another) instead of a raw `EADDRINUSE`.
 */
async function listenNear(server: Server, wanted: number, strict: boolean): Promise<void> {
  const last = wanted === 0 || strict ? wanted : Math.min(65535, wanted + PORT_TRIES);
  for (let port = wanted; port <= last; port += 1) {
    const failure = await listen(server, port);
    if (failure === null) return;
    if (port === last) {
      const why = failure === 'EACCES' ? 'is not allowed for this user' : 'is already in use';
      const tried = last > wanted ? `Ports ${wanted}–${last} are all taken` : `Port ${wanted} ${why}`;
      throw new Error(
        `${tried} (another Briefdeck or another program is using it). Choose another port with --port N ` +
          '(or PORT=N), or --port 0 for any free port.',
      );
    }
  }
}

/** Start the web host: the built renderer and every contract channel over HTTP on 127.0.0.1. */
export async function startWebHost(options: WebHostOptions): Promise<WebHost> {
  const token = randomBytes(24).toString('hex');
  const session = randomBytes(32).toString('base64url');
  const budget = new BodyBudget(options.maxPendingBodyBytes ?? MAX_PENDING_BODY_BYTES);
  const saveDir = options.saveDir ?? join(options.userDataDir, 'documents');
  const downloads = new Downloads();
  const root = options.root ?? join(options.appRoot, 'out', 'renderer');
  const services = createHostServices({
    host: 'web',
    version: options.version ?? '0.0.0',
    userDataDir: options.userDataDir,
    appRoot: options.appRoot,
    dialogs: createWebDialogs(saveDir),
    writableFolders: [saveDir],
    initialDeckPath: options.initialDeckPath ?? null,
    overrides: options.overrides,
  });
  let port = 0;

  const server = createServer((request, response) => {
    void (async () => {
      const url = new URL(request.url ?? '/', 'http://127.0.0.1');
      const path = (request.url ?? '/').split('?')[0] ?? '/';
      if (!isAllowedOrigin(request, port)) return refuse(response, 403, '', 'wrong Host or Origin header');
      const cookieName = sessionCookieName(port);
      const given = url.searchParams.get(TOKEN_PARAM);
      if (given !== null && request.method === 'GET' && !path.startsWith(API_PREFIX)) {
        if (!sameSecret(given, token)) return sendPage(response, 403, NOT_SIGNED_IN);
        // Exchange the token for the session cookie, and take the token out of the address bar.
        url.searchParams.delete(TOKEN_PARAM);
        return sendPage(response, 303, '', {
          'Set-Cookie': `${cookieName}=${session}; HttpOnly; SameSite=Strict; Path=/`,
          Location: url.pathname + url.search,
        });
      }
      if (!sameSecret(cookieValue(request, cookieName), session)) {
        if (path.startsWith(API_PREFIX)) return refuse(response, 403, '', 'not signed in');
        return sendPage(response, 401, NOT_SIGNED_IN);
      }
      if (path.startsWith(API_PREFIX))
        return handleApi(request, response, services, budget, path, { saveDir, downloads });
      if (path.startsWith(DOWNLOAD_PREFIX) && request.method === 'GET') {
        const file = downloads.get(path.slice(DOWNLOAD_PREFIX.length));
        const info = file ? await stat(file).catch(() => null) : null;
        if (!file || !info?.isFile()) return refuse(response, 404, '', 'no such download');
        return sendDownload(response, file, info.size);
      }
      if (request.method !== 'GET' && request.method !== 'HEAD') return refuse(response, 405, '', 'use GET');
      const file = await loadStaticFile(root, request.url ?? '/');
      response.writeHead(file.status, { ...file.headers, 'Content-Length': String(file.body.length) });
      response.end(request.method === 'HEAD' ? undefined : file.body);
    })().catch((error: unknown) => {
      if (!response.headersSent)
        refuse(response, 500, '', error instanceof Error ? error.message : String(error));
      else response.destroy();
    });
  });

  await listenNear(server, options.port ?? DEFAULT_PORT, options.strictPort ?? false);
  port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/`,
    loginUrl: `http://127.0.0.1:${port}/?${TOKEN_PARAM}=${token}`,
    port,
    token,
    sessionCookie: `${sessionCookieName(port)}=${session}`,
    services,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
