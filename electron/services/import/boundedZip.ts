/**
 * Proves that a ZIP archive inflates to no more than a limit, whatever sizes it declares: every entry is inflated as
 * a stream (node:zlib), its bytes are counted and thrown away, and inflating stops as soon as the count passes the
 * limit. Memory stays at the archive plus one inflate window; a 2 GiB entry that claims 40 KB fails after the first
 * 100 MB. Used before a zip-based document (docx) reaches a reader that would inflate it whole.
 */
import { createInflateRaw } from 'node:zlib';
import { entryData, readZipDirectory } from '../../../slides/import/zipDirectory';
import { ImportError } from '../../../slides/import/types';

const STORED = 0;
const DEFLATED = 8;
const FEED_BYTES = 256 * 1024;

/** What the archive turned out to hold. */
export interface InflatedTotal {
  /** Bytes all entries inflate to (counted, not declared). */
  bytes: number;
}

function tooLarge(kind: string, limit: number): ImportError {
  return new ImportError(
    `The ${kind} expands to more than ${Math.round(limit / 1024 / 1024)} MB, whatever it declares; it may be a zip bomb, so it was not read.`,
    'too-large',
  );
}

/** Inflate one deflated entry, counting output; resolves with its size, or rejects once `budget` is passed. */
function inflatedSize(data: Uint8Array, budget: number, onOver: () => Error): Promise<number> {
  return new Promise((resolve, reject) => {
    const inflate = createInflateRaw({ chunkSize: FEED_BYTES });
    let count = 0;
    let done = false;
    const stop = (error: Error | null) => {
      if (done) return;
      done = true;
      inflate.destroy();
      if (error) reject(error);
      else resolve(count);
    };
    inflate.on('data', (chunk: Buffer) => {
      count += chunk.length;
      if (count > budget) stop(onOver());
    });
    inflate.on('end', () => stop(null));
    inflate.on('error', (error) =>
      stop(
        new ImportError(
          `The archive is damaged and cannot be read (${error.message.split('\n')[0]}).`,
          'corrupt',
        ),
      ),
    );
    // Feed in slices, waiting for the inflater to drain, so output is counted (and dropped) as it is made.
    let offset = 0;
    const feed = () => {
      while (!done && offset < data.length) {
        const slice = data.subarray(offset, offset + FEED_BYTES);
        offset += slice.length;
        if (!inflate.write(slice)) return void inflate.once('drain', feed);
      }
      if (!done) inflate.end();
    };
    feed();
  });
}

/**
 * Checks that the archive inflates to at most `limit` bytes in total, counting what it really holds. Throws
 * ImportError 'too-large' (a zip bomb, true or false sizes alike), or 'corrupt' (unreadable, or a method no reader
 * supports).
 */
export async function assertInflatesWithin(
  bytes: Uint8Array,
  limit: number,
  kind = 'Word document',
): Promise<InflatedTotal> {
  let total = 0;
  for (const entry of readZipDirectory(bytes)) {
    const data = entryData(bytes, entry);
    if (entry.method === STORED) total += data.length;
    else if (entry.method === DEFLATED)
      total += await inflatedSize(data, limit - total, () => tooLarge(kind, limit));
    else
      throw new ImportError(
        `The ${kind} uses a compression method (${entry.method}) that cannot be read.`,
        'corrupt',
      );
    if (total > limit) throw tooLarge(kind, limit);
  }
  return { bytes: total };
}
