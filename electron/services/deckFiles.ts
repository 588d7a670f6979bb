import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { sniffBinary } from '../../slides/import/decodeText';
import type { Contract, DeckDocument } from '../ipc/contract';
import { removeStaleTemps, SaveError, saveFileAtomic, toSaveError, type SaveOptions } from './atomicFile';

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

const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true });

/** True when the bytes are valid UTF-8 (a BOM is allowed). */
export function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    STRICT_UTF8.decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** Refuse bytes that are a binary file (an image, an archive, anything with NUL bytes), not deck text. */
function assertNotBinary(path: string, bytes: Uint8Array): void {
  const binary = sniffBinary(bytes);
  if (binary) throw new Error(`${path} is ${binary}, not a deck; Briefdeck opens only .deck.md text files.`);
}

/** Why a file's bytes must not be overwritten by a save in place (null when they may be). */
export function unsafeToOverwrite(path: string, bytes: Uint8Array): string | null {
  const binary = sniffBinary(bytes);
  if (binary)
    return `${path} is ${binary}, not a deck; it was not overwritten. Save the deck under another name.`;
  if (!isValidUtf8(bytes))
    return `${path} is not valid UTF-8 text, so Briefdeck cannot save it faithfully; it was not overwritten. Save the deck under another name.`;
  return null;
}

/**
 * Read a deck file exactly as stored, with the hash of its bytes. Throws a plain-language error, also for binary
 * files. A file that is not valid UTF-8 opens read-only (`readOnly` says why): saving it in place would change
 * bytes the editor could not read.
 */
export async function readDeck(path: string): Promise<DeckDocument> {
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new Error(`${path} is not a file.`);
    if (info.size > MAX_DECK_BYTES) throw new Error(`${path} is larger than 50 MB; it is not a deck.`);
    const bytes = await readFile(path);
    // Temporary files that a killed save of this deck left behind go when it is next opened (or saved).
    void removeStaleTemps(path);
    assertNotBinary(path, bytes);
    const doc: DeckDocument = { path, text: bytes.toString('utf8'), hash: sha256(bytes) };
    if (!isValidUtf8(bytes)) {
      doc.readOnly =
        `${path} is not valid UTF-8 text: the characters it cannot read are shown as \uFFFD. ` +
        'It is open read-only; Save As writes a copy elsewhere and leaves the file as it is.';
    }
    return doc;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new Error(`${path} does not exist.`, { cause: error });
    if (code === 'EACCES' || code === 'EPERM')
      throw new Error(`${path} cannot be read (permission denied).`, { cause: error });
    throw error;
  }
}

/** The bytes at `path`, or null when there is no file. */
async function currentBytes(path: string): Promise<Buffer | null> {
  try {
    return await readFile(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

/**
 * Save deck text atomically. With `expectedHash`, refuse with `conflict` when the file on disk changed since it was
 * read, or was deleted (the user decides whether to recreate it). A file that is binary or not valid UTF-8 is never
 * overwritten in place (`readonly`): the editor could not have shown it faithfully.
 */
export async function saveDeck(
  path: string,
  text: string,
  expectedHash?: string | null,
  options: SaveOptions = {},
): Promise<SaveResult> {
  try {
    const current = await currentBytes(path);
    if (current !== null) {
      const unsafe = unsafeToOverwrite(path, current);
      if (unsafe) return { ok: false, reason: 'readonly', message: unsafe };
    }
    if (expectedHash) {
      if (current === null) {
        return {
          ok: false,
          reason: 'conflict',
          message: `${path} was deleted on disk since it was opened; save it again to recreate it, or save under another name.`,
        };
      }
      if (sha256(current) !== expectedHash) {
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
