import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

/** Largest API request body accepted (bytes): a 50 MB deck plus JSON escaping. */
export const MAX_BODY_BYTES = 64 * 1024 * 1024;

/** Header carrying the per-launch token on API requests. */
export const TOKEN_HEADER = 'x-briefdeck-token';

/** A request body that could not be read. */
export class BodyError extends Error {
  constructor(
    readonly status: 400 | 413,
    message: string,
  ) {
    super(message);
  }
}

/** The Host header values a request may carry: only our loopback address and port (a DNS-rebinding guard). */
export function allowedHosts(port: number): Set<string> {
  return new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
}

/** Does the request come to us by our own name, and (when it says) from our own origin? */
export function isAllowedOrigin(request: IncomingMessage, port: number): boolean {
  const hosts = allowedHosts(port);
  const host = request.headers.host;
  if (!host || !hosts.has(host.toLowerCase())) return false;
  const origin = request.headers.origin;
  if (origin === undefined) return true;
  return [...hosts].some((h) => origin === `http://${h}`);
}

/** Does the request carry the launch token? (constant-time compare) */
export function hasToken(request: IncomingMessage, token: string): boolean {
  const given = request.headers[TOKEN_HEADER];
  if (typeof given !== 'string') return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** Read a JSON body of at most `limit` bytes. */
export async function readJsonBody(request: IncomingMessage, limit = MAX_BODY_BYTES): Promise<unknown> {
  const declared = Number(request.headers['content-length'] ?? '0');
  if (declared > limit) throw new BodyError(413, 'request body too large');
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) throw new BodyError(413, 'request body too large');
    chunks.push(chunk);
  }
  if (size === 0) return undefined;
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown;
  } catch {
    throw new BodyError(400, 'request body is not valid JSON');
  }
}
