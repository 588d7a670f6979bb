/**
 * What an article's bytes (or pasted text) really are, judged by content, never by name: a PDF starts with
 * `%PDF`, a Word document is a ZIP archive holding `word/document.xml`, anything else must read as text. Every
 * import path (drop, Import dialog, CLI, paste) goes through here, so binary is refused, never decoded as text.
 */
import { sniffBinary, startsWith } from './decodeText';
import { readZipDirectory } from './zipDirectory';

const PDF_MAGIC = [0x25, 0x50, 0x44, 0x46]; // "%PDF"
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04]; // "PK\3\4"
const EMPTY_ZIP_MAGIC = [0x50, 0x4b, 0x05, 0x06];
/** PDF readers accept the header anywhere in the first kilobyte (some generators prepend junk). */
const PDF_HEADER_WINDOW = 1024;
/** An OpenDocument or EPUB archive names its type in a first entry called `mimetype`. */
const MIMETYPE_ENTRY = 'mimetype';

/** What {@link sniffContent} found. */
export type SniffedContent =
  | { kind: 'pdf' }
  | { kind: 'docx' }
  /** A ZIP archive that is not a Word document (`readable` false when its directory is damaged). */
  | { kind: 'zip'; readable: boolean; hasMimetype: boolean }
  /** Another binary format, described for the user ("a PNG image"). */
  | { kind: 'binary'; description: string }
  | { kind: 'text' };

function hasPdfHeader(bytes: Uint8Array): boolean {
  if (startsWith(bytes, PDF_MAGIC)) return true;
  const window = bytes.subarray(0, PDF_HEADER_WINDOW);
  for (let at = window.indexOf(0x25); at >= 0; at = window.indexOf(0x25, at + 1)) {
    if (startsWith(window.subarray(at), [...PDF_MAGIC, 0x2d])) return true; // "%PDF-"
  }
  return false;
}

/** Classifies a file's bytes by their content. Never throws. */
export function sniffContent(bytes: Uint8Array): SniffedContent {
  if (hasPdfHeader(bytes)) return { kind: 'pdf' };
  if (startsWith(bytes, ZIP_MAGIC) || startsWith(bytes, EMPTY_ZIP_MAGIC)) {
    try {
      const names = readZipDirectory(bytes).map((entry) => entry.name);
      if (names.includes('word/document.xml')) return { kind: 'docx' };
      return { kind: 'zip', readable: true, hasMimetype: names.includes(MIMETYPE_ENTRY) };
    } catch {
      return { kind: 'zip', readable: false, hasMimetype: false };
    }
  }
  const binary = sniffBinary(bytes);
  return binary ? { kind: 'binary', description: binary } : { kind: 'text' };
}

/** Share of U+FFFD (what a text decoder puts for bytes it cannot read) above which pasted text is junk. */
const REPLACEMENT_SHARE = 0.02;
/** C0 control characters other than tab, line feed, form feed and carriage return. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL_CHARS = /[\u0000-\u0008\u000b\u000e-\u001f\u007f]/g;
const REPLACEMENT_CHARS = /\ufffd/g;
const SAMPLE_CHARS = 16_384;
/** Files whose raw bytes people end up pasting (or a drop read with `file.text()` sends). */
const RAW_FILE_STARTS: readonly { pattern: RegExp; name: string }[] = [
  { pattern: /^\s*%PDF-/, name: 'a PDF file' },
  // eslint-disable-next-line no-control-regex -- a ZIP's signature holds control characters
  { pattern: /^PK\u0003\u0004/, name: 'a Word document or other ZIP archive' },
  { pattern: /^\{\\rtf/, name: 'an RTF file' },
];

/**
 * Why pasted text is really a binary file's bytes decoded as text (a PDF's "%PDF-1.7 ��…"), or undefined when it
 * reads as text. Looks at NUL and other control characters and at decoder replacement characters.
 */
export function binaryTextReason(text: string): string | undefined {
  const start = RAW_FILE_STARTS.find((candidate) => candidate.pattern.test(text.slice(0, 64)));
  if (start) return `it is the raw content of ${start.name}`;
  const sample = text.slice(0, SAMPLE_CHARS);
  if (sample.includes('\u0000')) return 'it contains NUL characters, so it is binary data';
  const replacements = sample.match(REPLACEMENT_CHARS)?.length ?? 0;
  const controls = sample.match(CONTROL_CHARS)?.length ?? 0;
  if (sample.length > 0 && (replacements + controls) / sample.length > REPLACEMENT_SHARE) {
    return 'it is full of unreadable characters, so it is binary data decoded as text';
  }
  return undefined;
}
