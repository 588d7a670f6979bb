/**
 * The one file adapter of the deck core: reads a `.deck.md` file and decodes it strictly. Saving (atomic,
 * fsynced) lives in the Electron services. Import it as `slides/fs`, never through `slides/index.ts`, so
 * browser code does not pull in `node:fs`.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';

/** The encodings a deck file may come in. Text is always returned decoded, its BOM kept as U+FEFF. */
export type DeckFileEncoding = 'utf-8' | 'utf-16le' | 'utf-16be';

/** A deck file's text, and the SHA-256 (hex) of its bytes, to detect changes made by others before saving. */
export interface DeckFileContents {
  text: string;
  hash: string;
  encoding: DeckFileEncoding;
}

function detectEncoding(bytes: Uint8Array): DeckFileEncoding {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return 'utf-8';
}

/** Finds the first byte that is not valid UTF-8, for the error message. */
function firstInvalidByte(bytes: Uint8Array): number {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  for (let i = 0; i < bytes.length; i++) {
    try {
      decoder.decode(bytes.subarray(i, i + 1), { stream: true });
    } catch {
      return i;
    }
  }
  return bytes.length;
}

/** Decodes deck bytes; throws an Error naming the line of the first invalid byte when they are not UTF-8. */
export function decodeDeckBytes(
  bytes: Uint8Array,
  name = 'The file',
): { text: string; encoding: DeckFileEncoding } {
  const encoding = detectEncoding(bytes);
  try {
    return { text: new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes), encoding };
  } catch {
    const at = encoding === 'utf-8' ? firstInvalidByte(bytes) : bytes.length;
    let line = 1;
    for (let i = 0; i < at; i++) if (bytes[i] === 0x0a) line++;
    const what = encoding === 'utf-8' ? `byte 0x${(bytes[at] ?? 0).toString(16).toUpperCase()}` : 'data';
    throw new Error(
      `${name} is not valid ${encoding.toUpperCase()} text (invalid ${what} on line ${line}). Save it as UTF-8 and open it again.`,
    );
  }
}

/** Reads and decodes a deck file. Rejects with a clear message when it is not valid text. */
export async function readDeckFile(path: string): Promise<DeckFileContents> {
  const bytes = await readFile(path);
  const { text, encoding } = decodeDeckBytes(bytes, path);
  return { text, hash: createHash('sha256').update(bytes).digest('hex'), encoding };
}
