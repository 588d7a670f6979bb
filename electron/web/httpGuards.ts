import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

/** Largest API request body accepted (bytes): a 50 MB deck plus JSON escaping. */
export const MAX_BODY_BYTES = 64 * 1024 * 1024;
/** Most request-body bytes held at once over all requests (parallel 48 MB saves would otherwise add up). */
export const MAX_PENDING_BODY_BYTES = 2 * MAX_BODY_BYTES;

/** Header carrying the per-launch token on API requests. */
export const TOKEN_HEADER = 'x-briefdeck-token';

/** A request body that could not be read. */
export class BodyError extends Error {
  constructor(
    readonly status: 400 | 413 | 503,
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

/** Constant-time comparison of a secret with what a request gave. */
export function sameSecret(given: string | undefined, secret: string): boolean {
  if (typeof given !== 'string') return false;
  const a = Buffer.from(given);
  const b = Buffer.from(secret);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** Does the request carry the launch token in its header? (the print server's check; constant-time) */
export function hasToken(request: IncomingMessage, token: string): boolean {
  const given = request.headers[TOKEN_HEADER];
  return typeof given === 'string' && sameSecret(given, token);
}

/** The value of one cookie of the request (undefined when absent). */
export function cookieValue(request: IncomingMessage, name: string): string | undefined {
  const header = request.headers.cookie;
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const at = part.indexOf('=');
    if (at > 0 && part.slice(0, at).trim() === name) return part.slice(at + 1).trim();
  }
  return undefined;
}

/** Bytes of request bodies being read right now, over all requests (see {@link MAX_PENDING_BODY_BYTES}). */
export class BodyBudget {
  private pending = 0;
  constructor(readonly limit = MAX_PENDING_BODY_BYTES) {}
  /** Take `bytes` from the budget; false (and nothing taken) when that would go over it. */
  take(bytes: number): boolean {
    if (this.pending + bytes > this.limit) return false;
    this.pending += bytes;
    return true;
  }
  give(bytes: number): void {
    this.pending = Math.max(0, this.pending - bytes);
  }
  get inUse(): number {
    return this.pending;
  }
}

/**
 * Read a JSON body of at most `limit` bytes. With a `budget`, the bytes held count against it while the body is
 * read and parsed, and a request that would go over it is refused with 503 (busy) instead of buffering it.
 */
export async function readJsonBody(
  request: IncomingMessage,
  limit = MAX_BODY_BYTES,
  budget?: BodyBudget,
): Promise<unknown> {
  const declared = Number(request.headers['content-length'] ?? '0');
  if (declared > limit) throw new BodyError(413, 'request body too large');
  const chunks: Buffer[] = [];
  let size = 0;
  let held = 0;
  try {
    for await (const chunk of request as AsyncIterable<Buffer>) {
      size += chunk.length;
      if (size > limit) throw new BodyError(413, 'request body too large');
      if (budget && !budget.take(chunk.length))
        throw new BodyError(503, 'the host is busy with other large requests; try again in a moment');
      if (budget) held += chunk.length;
      chunks.push(chunk);
    }
    if (size === 0) return undefined;
    try {
      return JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown;
    } catch {
      throw new BodyError(400, 'request body is not valid JSON');
    }
  } finally {
    budget?.give(held);
  }
}
