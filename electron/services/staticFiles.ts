import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { resolveAppPath } from './appPath';

/**
 * The Content-Security-Policy on every page the app serves (custom protocol and web host alike): nothing but the
 * app's own files, no inline or evaluated script, no inline style elements, no plugins, frames or forms.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "media-src 'self' data: blob:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "frame-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** Headers sent with every served file. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'X-Frame-Options': 'DENY',
};

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.wasm': 'application/wasm',
};

/** The Content-Type for a file name (unknown types are served as opaque bytes). */
export function contentTypeFor(path: string): string {
  return CONTENT_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
}

/** A static response, independent of the transport (Electron protocol or Node http). */
export interface StaticResponse {
  status: 200 | 404;
  headers: Record<string, string>;
  body: Buffer;
  /** The file served, when one was. */
  filePath?: string;
}

/**
 * Serve the file a URL names under `root` with the security headers, or a 404 for anything outside it.
 * `transformHtml` may rewrite HTML pages (the web host injects its token this way).
 */
export async function loadStaticFile(
  root: string,
  url: string,
  transformHtml?: (html: string) => string,
): Promise<StaticResponse> {
  const filePath = await resolveAppPath(root, url);
  if (!filePath) {
    return {
      status: 404,
      headers: { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' },
      body: Buffer.from('Not found'),
    };
  }
  const type = contentTypeFor(filePath);
  let body = await readFile(filePath);
  if (transformHtml && type.startsWith('text/html'))
    body = Buffer.from(transformHtml(body.toString('utf8')), 'utf8');
  return {
    status: 200,
    headers: { ...SECURITY_HEADERS, 'Content-Type': type, 'Cache-Control': 'no-store' },
    body,
    filePath,
  };
}
