import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import type { Contract, DeckDocument } from '../ipc/contract';
import { SaveError, saveFileAtomic, toSaveError, type SaveOptions } from './atomicFile';

export { SaveError, saveFileAtomic } from './atomicFile';

/** Largest deck file the host will read (bytes). */
export const MAX_DECK_BYTES = 50 * 1024 * 1024;

/** What `deck:save` answers. */
export type SaveResult = Contract['deck:save']['response'];

/** SHA-256 (hex) of some bytes or text (text is hashed as UTF-8). */
export function sha256(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

/** SHA-256 of a file's current bytes, or null when it does not exist. */
export async function hashFile(path: string): Promise<string | null> {
  try {
    return sha256(await readFile(path));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

/** Read a deck file exactly as stored, with the hash of its bytes. Throws a plain-language error. */
export async function readDeck(path: string): Promise<DeckDocument> {
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new Error(`${path} is not a file.`);
    if (info.size > MAX_DECK_BYTES) throw new Error(`${path} is larger than 50 MB; it is not a deck.`);
    const bytes = await readFile(path);
    return { path, text: bytes.toString('utf8'), hash: sha256(bytes) };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new Error(`${path} does not exist.`, { cause: error });
    if (code === 'EACCES' || code === 'EPERM')
      throw new Error(`${path} cannot be read (permission denied).`, { cause: error });
    throw error;
  }
}

/**
 * Save deck text atomically. With `expectedHash`, refuse with `conflict` when the file on disk changed since it was
 * read (a missing file is no conflict: nothing can be overwritten).
 */
export async function saveDeck(
  path: string,
  text: string,
  expectedHash?: string | null,
  options: SaveOptions = {},
): Promise<SaveResult> {
  try {
    if (expectedHash) {
      const current = await hashFile(path);
      if (current !== null && current !== expectedHash) {
        return {
          ok: false,
          reason: 'conflict',
          message: `${path} was changed on disk since it was opened; reload it, overwrite it, or save under another name.`,
        };
      }
    }
    const bytes = Buffer.from(text, 'utf8');
    await saveFileAtomic(path, bytes, options);
    return { ok: true, path, hash: sha256(bytes) };
  } catch (error) {
    const failure = error instanceof SaveError ? error : toSaveError(error, path);
    return { ok: false, reason: failure.reason, message: failure.message };
  }
}
