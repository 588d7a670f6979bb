import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { HostReply } from '../ipc/contract';
import { createHostServices, type HostServices } from '../services/hostServices';
import type { HandlerOverrides } from '../services/registry';
import { loadStaticFile, SECURITY_HEADERS } from '../services/staticFiles';
import { BodyError, hasToken, isAllowedOrigin, readJsonBody } from './httpGuards';
import { createWebDialogs } from './webDialogs';

/** Options for {@link startWebHost}. */
export interface WebHostOptions {
  /** TCP port on 127.0.0.1; 0 picks a free one. Default 4646. */
  port?: number;
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
}

/** A running web host. */
export interface WebHost {
  url: string;
  port: number;
  token: string;
  services: HostServices;
  close(): Promise<void>;
}

const API_PREFIX = '/api/';
const HEAD_TAG_PATTERN = /<head(\s[^>]*)?>/i;

/** Insert the token meta tag right after `<head>`. */
export function injectToken(html: string, token: string): string {
  const meta = `<meta name="briefdeck-token" content="${token}">`;
  return HEAD_TAG_PATTERN.test(html) ? html.replace(HEAD_TAG_PATTERN, (tag) => tag + meta) : meta + html;
}

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

async function handleApi(
  request: IncomingMessage,
  response: ServerResponse,
  services: HostServices,
  token: string,
  path: string,
) {
  let channel: string;
  try {
    channel = decodeURIComponent(path.slice(API_PREFIX.length));
  } catch {
    return refuse(response, 404, '', 'unknown channel');
  }
  if (request.method !== 'POST') return refuse(response, 405, channel, 'use POST');
  if (!hasToken(request, token)) return refuse(response, 403, channel, 'missing or wrong token');
  if (!(request.headers['content-type'] ?? '').startsWith('application/json')) {
    return refuse(response, 415, channel, 'send JSON (Content-Type: application/json)');
  }
  let body: unknown;
  try {
    body = await readJsonBody(request);
  } catch (error) {
    if (error instanceof BodyError) return refuse(response, error.status, channel, error.message);
    throw error;
  }
  const result = await services.dispatch(channel, body);
  send(response, result.status, result.reply);
}

/** Start the web host: the built renderer and every contract channel over HTTP on 127.0.0.1. */
export async function startWebHost(options: WebHostOptions): Promise<WebHost> {
  const token = randomBytes(24).toString('hex');
  const root = options.root ?? join(options.appRoot, 'out', 'renderer');
  const services = createHostServices({
    host: 'web',
    version: options.version ?? '0.0.0',
    userDataDir: options.userDataDir,
    appRoot: options.appRoot,
    dialogs: createWebDialogs(options.saveDir ?? join(options.userDataDir, 'documents')),
    initialDeckPath: options.initialDeckPath ?? null,
    overrides: options.overrides,
  });
  let port = 0;

  const server = createServer((request, response) => {
    void (async () => {
      const path = (request.url ?? '/').split('?')[0] ?? '/';
      if (!isAllowedOrigin(request, port)) return refuse(response, 403, '', 'wrong Host or Origin header');
      if (path.startsWith(API_PREFIX)) return handleApi(request, response, services, token, path);
      if (request.method !== 'GET' && request.method !== 'HEAD') return refuse(response, 405, '', 'use GET');
      const file = await loadStaticFile(root, request.url ?? '/', (html) => injectToken(html, token));
      response.writeHead(file.status, { ...file.headers, 'Content-Length': String(file.body.length) });
      response.end(request.method === 'HEAD' ? undefined : file.body);
    })().catch((error: unknown) => {
      if (!response.headersSent)
        refuse(response, 500, '', error instanceof Error ? error.message : String(error));
      else response.destroy();
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 4646, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/`,
    port,
    token,
    services,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
