import * as nodeFs from 'node:fs/promises';
import { constants } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { basename, dirname, join } from 'node:path';

/** Why a save failed, as the contract reports it. */
export type SaveFailureReason = 'readonly' | 'nospace' | 'error';

/** A save that did not happen; the target file is untouched and no temporary file is left behind. */
export class SaveError extends Error {
  constructor(
    readonly reason: SaveFailureReason,
    message: string,
    readonly code?: string,
  ) {
    super(message);
    this.name = 'SaveError';
  }
}

/** The slice of `node:fs/promises` a save needs; tests inject a failing one to simulate a full disk. */
export type AtomicFs = Pick<typeof nodeFs, 'open' | 'rename' | 'unlink' | 'stat' | 'access'>;

/** Options for {@link saveFileAtomic}. */
export interface SaveOptions {
  /** File system to use (default: node:fs/promises). */
  fs?: AtomicFs;
}

const NO_SPACE_CODES = new Set(['ENOSPC', 'EDQUOT', 'EFBIG']);
const READ_ONLY_CODES = new Set(['EACCES', 'EPERM', 'EROFS']);
const ANY_WRITE_BIT = 0o222;

function errorCode(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error
    ? String((error as { code: unknown }).code)
    : undefined;
}

/** Map a file-system error onto a save failure with a message a person can act on. */
export function toSaveError(error: unknown, path: string): SaveError {
  if (error instanceof SaveError) return error;
  const code = errorCode(error);
  if (code && NO_SPACE_CODES.has(code)) {
    return new SaveError(
      'nospace',
      `Not enough disk space to save ${path}; the file on disk is unchanged.`,
      code,
    );
  }
  if (code && READ_ONLY_CODES.has(code)) {
    return new SaveError(
      'readonly',
      `${path} is read-only (or its folder is); save it under another name.`,
      code,
    );
  }
  const detail = error instanceof Error ? error.message : String(error);
  return new SaveError('error', `Could not save ${path}: ${detail}`, code);
}

/** Refuse early when the target or its folder cannot be written, including 0444 files that root could overwrite. */
async function assertWritable(fs: AtomicFs, path: string): Promise<number | undefined> {
  let mode: number | undefined;
  try {
    const stat = await fs.stat(path);
    if (!stat.isFile()) throw new SaveError('error', `${path} is not a regular file.`);
    mode = stat.mode & 0o777;
    if ((stat.mode & ANY_WRITE_BIT) === 0)
      throw new SaveError('readonly', `${path} is read-only; save it under another name.`);
    await fs.access(path, constants.W_OK);
  } catch (error) {
    if (errorCode(error) !== 'ENOENT') throw toSaveError(error, path);
  }
  try {
    await fs.access(dirname(path), constants.W_OK);
  } catch (error) {
    throw toSaveError(error, path);
  }
  return mode;
}

async function syncFolder(fs: AtomicFs, folder: string): Promise<void> {
  let handle: nodeFs.FileHandle | undefined;
  try {
    handle = await fs.open(folder, 'r');
    await handle.sync();
  } catch (error) {
    // Some platforms and file systems cannot fsync a directory; the rename itself already happened.
    const code = errorCode(error);
    if (code !== 'EISDIR' && code !== 'EINVAL' && code !== 'EPERM' && code !== 'EBADF') throw error;
  } finally {
    await handle?.close().catch(() => undefined);
  }
}

/** Our temporary files beside `name`: `.name.PID.RANDOM.tmp`. */
function tempPattern(name: string): RegExp {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`^\\.${escaped}\\.(\\d+)\\.[0-9a-f]{12}\\.tmp$`);
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return errorCode(error) === 'EPERM';
  }
}

/**
 * Remove temporary files a save of `path` left behind when its process was killed (their process is gone). Never
 * touches a save in progress (ours, or another live process's). Returns how many were removed; never throws.
 */
export async function removeStaleTemps(path: string): Promise<number> {
  const pattern = tempPattern(basename(path));
  let removed = 0;
  let names: string[];
  try {
    names = await nodeFs.readdir(dirname(path));
  } catch {
    return 0;
  }
  for (const name of names) {
    const pid = Number(pattern.exec(name)?.[1] ?? NaN);
    if (!Number.isInteger(pid) || pid === process.pid || processAlive(pid)) continue;
    try {
      await nodeFs.unlink(join(dirname(path), name));
      removed += 1;
    } catch {
      // Gone already, or not ours to remove.
    }
  }
  return removed;
}

/** Where a save writes: through a symbolic link to the file it leads to, so the link stays a link. */
async function throughLinks(path: string): Promise<string> {
  try {
    if (!(await nodeFs.lstat(path)).isSymbolicLink()) return path;
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return path;
    throw toSaveError(error, path);
  }
  try {
    return await nodeFs.realpath(path);
  } catch (error) {
    throw new SaveError(
      'error',
      `${path} is a link to a file that does not exist; save the deck under another name.`,
      errorCode(error),
    );
  }
}

/** Write every byte into an existing file in place (it has other hard links, which a rename would split). */
async function writeInPlace(fs: AtomicFs, path: string, bytes: Buffer): Promise<void> {
  const handle = await fs.open(path, 'r+');
  try {
    let offset = 0;
    while (offset < bytes.length) {
      const { bytesWritten } = await handle.write(bytes, offset, bytes.length - offset, offset);
      if (bytesWritten <= 0)
        throw Object.assign(new Error('the disk accepted no more bytes'), { code: 'ENOSPC' });
      offset += bytesWritten;
    }
    await handle.truncate(bytes.length);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/**
 * Save `data` to `path` atomically and durably: write a temporary file in the same folder until every byte is
 * written, fsync it, check its size, rename it over the target, then fsync the folder. On any failure the old file
 * is intact, the temporary file is removed, and a {@link SaveError} says why (`readonly`, `nospace` or `error`).
 * A symbolic link is written through (the file it leads to is saved; the link stays). A file with other hard links
 * is rewritten in place once the temporary copy has proved the bytes fit, so the links keep sharing it. Temporary
 * files that killed saves left beside the file are removed first.
 */
export async function saveFileAtomic(
  requestedPath: string,
  data: string | Uint8Array,
  options: SaveOptions = {},
): Promise<void> {
  const fs = options.fs ?? nodeFs;
  const bytes =
    typeof data === 'string'
      ? Buffer.from(data, 'utf8')
      : Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  const path = await throughLinks(requestedPath);
  await removeStaleTemps(path);
  const mode = await assertWritable(fs, path);
  const links = mode === undefined ? 1 : (await fs.stat(path)).nlink;
  const folder = dirname(path);
  const temp = join(folder, `.${basename(path)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  let handle: nodeFs.FileHandle | undefined;
  let tempCreated = false;
  try {
    handle = await fs.open(temp, 'wx', mode ?? 0o644);
    tempCreated = true;
    let offset = 0;
    while (offset < bytes.length) {
      const { bytesWritten } = await handle.write(bytes, offset, bytes.length - offset, offset);
      if (bytesWritten <= 0)
        throw Object.assign(new Error('the disk accepted no more bytes'), { code: 'ENOSPC' });
      offset += bytesWritten;
    }
    await handle.sync();
    const written = await handle.stat();
    if (written.size !== bytes.length) {
      throw Object.assign(new Error(`wrote ${written.size} of ${bytes.length} bytes`), { code: 'ENOSPC' });
    }
    await handle.close();
    handle = undefined;
    if (links > 1) {
      // The bytes fit (the copy proved it); free the copy's space, then rewrite the shared file itself.
      await fs.unlink(temp);
      tempCreated = false;
      await writeInPlace(fs, path, bytes);
      return;
    }
    await fs.rename(temp, path);
    tempCreated = false;
    await syncFolder(fs, folder);
  } catch (error) {
    await handle?.close().catch(() => undefined);
    if (tempCreated) await fs.unlink(temp).catch(() => undefined);
    throw toSaveError(error, requestedPath);
  }
}
