/** Bytes to text: strict UTF-8, or UTF-16 with a byte-order mark; binary files are refused with a clear message. */
import { ImportError } from './types';

const UTF8_BOM = [0xef, 0xbb, 0xbf];
const UTF16LE_BOM = [0xff, 0xfe];
const UTF16BE_BOM = [0xfe, 0xff];
/** Magic numbers of binary files people rename or pick by mistake. */
const BINARY_SIGNATURES: readonly { name: string; bytes: readonly number[] }[] = [
  { name: 'a PNG image', bytes: [0x89, 0x50, 0x4e, 0x47] },
  { name: 'a JPEG image', bytes: [0xff, 0xd8, 0xff] },
  { name: 'a GIF image', bytes: [0x47, 0x49, 0x46, 0x38] },
  { name: 'a WebP or RIFF file', bytes: [0x52, 0x49, 0x46, 0x46] },
  { name: 'a ZIP archive', bytes: [0x50, 0x4b, 0x03, 0x04] },
  { name: 'a PDF', bytes: [0x25, 0x50, 0x44, 0x46] },
  { name: 'a gzip archive', bytes: [0x1f, 0x8b] },
  { name: 'an old Word (.doc) or Office file', bytes: [0xd0, 0xcf, 0x11, 0xe0] },
];
/** Text never contains NUL; binary files nearly always do within the first few kilobytes. */
const SNIFF_BYTES = 8192;

/** True when `bytes` starts with `prefix`. */
export function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.length <= bytes.length && prefix.every((value, index) => bytes[index] === value);
}

/** The kind of binary file the bytes look like ("a PNG image"), or undefined for text-like bytes. */
export function sniffBinary(bytes: Uint8Array): string | undefined {
  const signature = BINARY_SIGNATURES.find((candidate) => startsWith(bytes, candidate.bytes));
  if (signature) return signature.name;
  return bytes.subarray(0, SNIFF_BYTES).includes(0) ? 'a binary file' : undefined;
}

/**
 * Decodes article bytes. UTF-8 (with or without BOM) must be valid; UTF-16 needs its BOM, or is recognised
 * from its zero bytes when it is ASCII-range text.
 * Throws ImportError 'empty', 'binary' or 'encoding' with a one-line message.
 */
export function decodeText(bytes: Uint8Array): string {
  if (bytes.length === 0) throw new ImportError('The file is empty.', 'empty');
  if (startsWith(bytes, UTF16LE_BOM)) return decodeWith('utf-16le', bytes.subarray(2));
  if (startsWith(bytes, UTF16BE_BOM)) return decodeWith('utf-16be', bytes.subarray(2));
  if (startsWith(bytes, UTF8_BOM)) return decodeUtf8(bytes.subarray(3));
  const bomless = guessBomlessUtf16(bytes);
  if (bomless) return decodeWith(bomless, bytes);
  const binary = sniffBinary(bytes);
  if (binary) throw new ImportError(`This is not a text file: it looks like ${binary}.`, 'binary');
  return decodeUtf8(bytes);
}

function decodeUtf8(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new ImportError(
      'The file is not valid UTF-8 text (perhaps an older encoding such as Windows-1252): save it as UTF-8 and try again.',
      'encoding',
    );
  }
}

function decodeWith(encoding: 'utf-16le' | 'utf-16be', bytes: Uint8Array): string {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new ImportError('The file is not valid UTF-16 text.', 'encoding');
  }
}

/** ASCII-range UTF-16 without a BOM: (nearly) every byte at one parity is zero and none at the other. */
function guessBomlessUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const sample = bytes.subarray(0, SNIFF_BYTES & ~1);
  if (sample.length < 16 || sample.length % 2 !== 0) return undefined;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let index = 0; index < sample.length; index += 2) {
    if (sample[index] === 0) evenZeros += 1;
    if (sample[index + 1] === 0) oddZeros += 1;
  }
  const pairs = sample.length / 2;
  if (oddZeros >= pairs * 0.9 && evenZeros === 0) return 'utf-16le';
  if (evenZeros >= pairs * 0.9 && oddZeros === 0) return 'utf-16be';
  return undefined;
}
