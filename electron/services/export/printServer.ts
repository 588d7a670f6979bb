import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parseRequest } from '../../ipc/schemas';
import { BodyError, hasToken, isAllowedOrigin, readJsonBody } from '../../web/httpGuards';
import { loadStaticFile, SECURITY_HEADERS } from '../staticFiles';
import { printJob } from './printJobs';

/** The one API path the print server answers (the print view's `print:job` call over HTTP). */
const PRINT_JOB_PATH = '/api/print:job';
const HEAD_TAG = /<head(\s[^>]*)?>/i;

/** A loopback server for the built renderer's print view. */
export interface PrintServer {
  /** Base URL, e.g. `http://127.0.0.1:41234/`. */
  url: string;
  close(): Promise<void>;
}

function reply(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': 'application/json; charset=utf-8' });
  response.end(JSON.stringify(body));
}

async function answerJob(request: IncomingMessage, response: ServerResponse, token: string): Promise<void> {
  const channel = 'print:job';
  if (request.method !== 'POST' || !hasToken(request, token))
    return reply(response, 403, { ok: false, error: { channel, message: 'refused' } });
  let body: unknown;
  try {
    body = await readJsonBody(request);
  } catch (error) {
    const status = error instanceof BodyError ? error.status : 400;
    return reply(response, status, { ok: false, error: { channel, message: (error as Error).message } });
  }
  const parsed = parseRequest(channel, body);
  if (!parsed.ok) return reply(response, 400, { ok: false, error: { channel, message: parsed.message } });
  reply(response, 200, { ok: true, value: printJob(parsed.value.id) });
}

/**
 * Serves `root` (the built renderer) on 127.0.0.1 with the app's security headers, and answers the print view's
 * `print:job` request from the job store. Like the web host, it checks the Host header and a per-launch token.
 */
export async function startPrintServer(root: string): Promise<PrintServer> {
  const token = randomBytes(24).toString('hex');
  const meta = `<meta name="briefdeck-token" content="${token}">`;
  let port = 0;
  const server = createServer((request, response) => {
    void (async () => {
      const path = (request.url ?? '/').split('?')[0] ?? '/';
      if (!isAllowedOrigin(request, port)) return reply(response, 403, { ok: false });
      if (path === PRINT_JOB_PATH) return answerJob(request, response, token);
      const file = await loadStaticFile(root, request.url ?? '/', (html) =>
        html.replace(HEAD_TAG, (tag) => tag + meta),
      );
      response.writeHead(file.status, { ...file.headers, 'Content-Length': String(file.body.length) });
      response.end(file.body);
    })().catch((error: unknown) => {
      if (!response.headersSent) reply(response, 500, { ok: false, error: { message: String(error) } });
      else response.destroy();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
