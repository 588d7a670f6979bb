/**
 * Reads a ZIP archive's central directory (never inflating anything) so a .docx can be refused before mammoth
 * sees it: a 700 KB zip bomb that inflates to hundreds of megabytes kept mammoth busy for minutes.
 */
import { MAX_DOCX_UNCOMPRESSED_BYTES } from './limits';
import { ImportError } from './types';

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const END_RECORD_SIZE = 22;
const MAX_COMMENT = 0xffff;
const ZIP64_MARKER = 0xffffffff;
const MAX_ENTRIES = 10_000;

/** One file listed in the archive. */
export interface ZipEntry {
  name: string;
  compressedSize: number;
  /** The size the archive declares; it can lie, so never trust it alone (see {@link entryData}). */
  uncompressedSize: number;
  /** 0 stored, 8 deflated (the only two methods Word and the zip readers we use support). */
  method: number;
  /** Where the entry's local header starts. */
  localHeaderOffset: number;
}

const LOCAL_HEADER = 0x04034b50;
const LOCAL_HEADER_SIZE = 30;

const corrupt = (): ImportError =>
  new ImportError(
    'The Word document is damaged or incomplete (its ZIP directory cannot be read).',
    'corrupt',
  );

/** Lists the archive's entries from its central directory. Throws ImportError 'corrupt' when it is unreadable. */
export function readZipDirectory(bytes: Uint8Array): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = findEndRecord(view);
  const count = view.getUint16(end + 10, true);
  const size = view.getUint32(end + 12, true);
  const offset = view.getUint32(end + 16, true);
  if (count > MAX_ENTRIES)
    throw new ImportError(`The Word document has too many parts (${count}).`, 'too-large');
  if (offset === ZIP64_MARKER || offset + size > end) throw corrupt();
  const entries: ZipEntry[] = [];
  let at = offset;
  for (let index = 0; index < count; index += 1) {
    if (at + 46 > end || view.getUint32(at, true) !== DIRECTORY_ENTRY) throw corrupt();
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const name = new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength));
    entries.push({
      name,
      method: view.getUint16(at + 10, true),
      compressedSize: view.getUint32(at + 20, true),
      uncompressedSize: view.getUint32(at + 24, true),
      localHeaderOffset: view.getUint32(at + 42, true),
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/**
 * The entry's stored (usually deflated) bytes, as a zip reader takes them: after its local header, as many bytes as
 * the directory says. Throws ImportError 'corrupt' when the local header is not where the directory says.
 */
export function entryData(bytes: Uint8Array, entry: ZipEntry): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.localHeaderOffset;
  if (at + LOCAL_HEADER_SIZE > bytes.length || view.getUint32(at, true) !== LOCAL_HEADER) throw corrupt();
  const start = at + LOCAL_HEADER_SIZE + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  if (start > bytes.length) throw corrupt();
  return bytes.subarray(start, Math.min(bytes.length, start + entry.compressedSize));
}

function findEndRecord(view: DataView): number {
  const lowest = Math.max(0, view.byteLength - END_RECORD_SIZE - MAX_COMMENT);
  for (let at = view.byteLength - END_RECORD_SIZE; at >= lowest; at -= 1) {
    if (view.getUint32(at, true) === END_OF_DIRECTORY) return at;
  }
  throw corrupt();
}

/**
 * Refuses a .docx whose parts declare more than {@link MAX_DOCX_UNCOMPRESSED_BYTES} in total (ZIP64 sizes count
 * as over the limit), or that has no `word/document.xml`.
 */
export function checkDocxArchive(bytes: Uint8Array): void {
  const entries = readZipDirectory(bytes);
  const total = entries.reduce(
    (sum, entry) => sum + (entry.uncompressedSize === ZIP64_MARKER ? Infinity : entry.uncompressedSize),
    0,
  );
  if (total > MAX_DOCX_UNCOMPRESSED_BYTES) {
    const megabytes = Number.isFinite(total) ? `${Math.round(total / 1024 / 1024)} MB` : 'over 4 GB';
    throw new ImportError(
      `The Word document would expand to ${megabytes}, over the 100 MB limit; it may be a zip bomb.`,
      'too-large',
    );
  }
  if (!entries.some((entry) => entry.name === 'word/document.xml')) {
    throw new ImportError('This is not a Word document (.docx): it has no word/document.xml.', 'corrupt');
  }
}
