import { realpath, stat } from 'node:fs/promises';
import { isAbsolute, join, relative, sep } from 'node:path';

const NUL_PATTERN = /\0|%00/i;
const BACKSLASH_PATTERN = /\\|%5c/i;
const ENCODED_SLASH_PATTERN = /%2f/i;
const DRIVE_LETTER_PATTERN = /^[A-Za-z]:/;
const SCHEME_PATTERN = /^[A-Za-z][A-Za-z0-9+.-]*:/;

/** The page served for the root path. */
export const INDEX_FILE = 'index.html';

/** The raw path of a URL (`app://briefdeck/a/b?x` → `/a/b`), or the string itself when it is already a path. */
function rawPathOf(url: string): string {
  let rest = url;
  if (SCHEME_PATTERN.test(rest)) {
    rest = rest.replace(SCHEME_PATTERN, '');
    if (rest.startsWith('//')) {
      const slash = rest.indexOf('/', 2);
      rest = slash === -1 ? '/' : rest.slice(slash);
    }
  }
  const end = rest.search(/[?#]/);
  return end === -1 ? rest : rest.slice(0, end);
}

/**
 * The path segments a request URL names inside the app root, or null when the URL tries to leave it: `..` or `.`
 * segments (plain or percent-encoded), encoded slashes or backslashes, NUL bytes, drive letters, empty segments
 * (`//etc/passwd`) or malformed escapes. Pure: no file-system access. The root path gives `['index.html']`.
 */
export function safeRelativeSegments(url: string): string[] | null {
  const raw = rawPathOf(url);
  if (NUL_PATTERN.test(raw) || BACKSLASH_PATTERN.test(raw) || ENCODED_SLASH_PATTERN.test(raw)) return null;
  if (!raw.startsWith('/')) return null;
  const parts = raw.slice(1).split('/');
  if (parts.length === 1 && parts[0] === '') return [INDEX_FILE];
  const segments: string[] = [];
  for (const [index, part] of parts.entries()) {
    let decoded: string;
    try {
      decoded = decodeURIComponent(part);
    } catch {
      return null;
    }
    const last = index === parts.length - 1;
    if (decoded === '' && last) {
      segments.push(INDEX_FILE);
      continue;
    }
    if (decoded === '' || decoded === '.' || decoded === '..') return null;
    if (decoded.includes('/') || decoded.includes('\\') || decoded.includes('\0')) return null;
    if (index === 0 && DRIVE_LETTER_PATTERN.test(decoded)) return null;
    segments.push(decoded);
  }
  return segments;
}

function isInside(root: string, candidate: string): boolean {
  const rel = relative(root, candidate);
  return rel === '' || (!rel.startsWith('..' + sep) && rel !== '..' && !isAbsolute(rel));
}

/**
 * The real path of the file a request URL names under `root`, or null when it escapes the root (see
 * {@link safeRelativeSegments}, plus symlinks resolving outside the root), does not exist, or is not a file.
 */
export async function resolveAppPath(root: string, url: string): Promise<string | null> {
  const segments = safeRelativeSegments(url);
  if (!segments) return null;
  try {
    const realRoot = await realpath(root);
    const candidate = join(realRoot, ...segments);
    if (!isInside(realRoot, candidate)) return null;
    const real = await realpath(candidate);
    if (!isInside(realRoot, real)) return null;
    return (await stat(real)).isFile() ? real : null;
  } catch {
    return null;
  }
}
