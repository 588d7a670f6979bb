/** Reads an article file from disk with size limits, then imports it (every format, Word included). */
import { open } from 'node:fs/promises';
import { basename } from 'node:path';
import { importArticle } from '../../../slides/import/importArticle';
import { MAX_FILE_BYTES, tooLargeError } from '../../../slides/import/limits';
import type { ImportedArticle } from '../../../slides/import/types';
import { importDocx } from './importDocx';

/** Why a file could not be opened, in words a user understands. */
const OPEN_FAILURES: Record<string, string> = {
  ENOENT: 'the file does not exist',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'it is a folder, not a file',
};

/** Reads a file's bytes, refusing (before reading them) files over the 50 MB limit. */
export async function readArticleBytes(path: string): Promise<Uint8Array> {
  let handle: Awaited<ReturnType<typeof open>>;
  try {
    handle = await open(path, 'r');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? '';
    throw new Error(`Cannot open ${basename(path)}: ${OPEN_FAILURES[code] ?? (error as Error).message}.`, {
      cause: error,
    });
  }
  try {
    const stats = await handle.stat();
    if (stats.isDirectory()) throw new Error(`Cannot open ${basename(path)}: ${OPEN_FAILURES['EISDIR']}.`);
    if (!stats.isFile()) throw new Error(`Cannot open ${basename(path)}: it is not a regular file.`);
    if (stats.size > MAX_FILE_BYTES) throw tooLargeError();
    return new Uint8Array(await handle.readFile());
  } finally {
    await handle.close();
  }
}

/** Reads and imports an article file. Throws ImportError on bad content, Error when the file cannot be read. */
export async function readArticleFile(path: string): Promise<ImportedArticle> {
  const bytes = await readArticleBytes(path);
  return importArticle({ bytes, fileName: basename(path) }, { importDocx });
}
