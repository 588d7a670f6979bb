/**
 * A file dropped on the editor, as an `article:import` request: by path where the host knows paths (Electron,
 * through the preload's `webUtils.getPathForFile`), else its bytes with their name and type (the web host). Never
 * `file.text()`: the importer picks the reader by content, so a Word document or a PDF is read, not decoded as text.
 */
import type { ArticleFile } from '../../electron/ipc/contract';
import { MAX_FILE_BYTES } from '../../slides/import/limits';
import { pathForFile } from './host';

const DATA_URL_PREFIX = /^data:[^,]*,/;

/** The file's bytes, base64-encoded (the browser's own encoder, fast on large files). */
export function readBase64(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(DATA_URL_PREFIX, ''));
    reader.onerror = () => reject(reader.error ?? new Error('the file could not be read'));
    reader.readAsDataURL(file);
  });
}

/** What to import for a dropped file. Throws an Error with a one-line message when it cannot be sent. */
export async function droppedArticle(file: File): Promise<{ path: string } | { file: ArticleFile }> {
  const path = pathForFile(file);
  if (path) return { path };
  if (file.size === 0) throw new Error(`${file.name} is empty.`);
  if (file.size > MAX_FILE_BYTES) {
    throw new Error(`${file.name} is too large to import (the limit is 50 MB).`);
  }
  const base64 = await readBase64(file);
  return { file: { name: file.name || 'dropped file', ...(file.type ? { type: file.type } : {}), base64 } };
}

/** The path of a dropped deck where the host knows it (so saving writes back to it), else null. */
export function droppedDeckPath(file: File): string | null {
  return pathForFile(file);
}
