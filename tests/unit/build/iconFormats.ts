/** Readers for the icon containers scripts/make-icons.mjs writes, so tests check the bytes, not the script. */

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Width and height from a PNG's IHDR chunk; throws on anything that is not a PNG. */
export function pngSize(png: Buffer): { width: number; height: number } {
  if (
    png.length < 24 ||
    !png.subarray(0, 8).equals(PNG_SIGNATURE) ||
    png.toString('ascii', 12, 16) !== 'IHDR'
  ) {
    throw new Error('not a PNG');
  }
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

/** The entries of an ICO file: declared size (0 means 256) and payload. */
export function readIco(ico: Buffer): { size: number; png: Buffer }[] {
  if (ico.readUInt16LE(0) !== 0 || ico.readUInt16LE(2) !== 1) throw new Error('not an ICO file');
  const count = ico.readUInt16LE(4);
  return Array.from({ length: count }, (_, index) => {
    const at = 6 + 16 * index;
    const width = ico.readUInt8(at) || 256;
    const height = ico.readUInt8(at + 1) || 256;
    if (width !== height) throw new Error(`ICO entry ${index} is not square`);
    const length = ico.readUInt32LE(at + 8);
    const offset = ico.readUInt32LE(at + 12);
    if (offset + length > ico.length) throw new Error(`ICO entry ${index} runs past the end`);
    return { size: width, png: ico.subarray(offset, offset + length) };
  });
}

/** The typed entries of an ICNS file. */
export function readIcns(icns: Buffer): { type: string; png: Buffer }[] {
  if (icns.toString('ascii', 0, 4) !== 'icns' || icns.readUInt32BE(4) !== icns.length) {
    throw new Error('not an ICNS file (or its length field is wrong)');
  }
  const entries: { type: string; png: Buffer }[] = [];
  for (let at = 8; at < icns.length;) {
    const length = icns.readUInt32BE(at + 4);
    if (length < 8 || at + length > icns.length) throw new Error(`bad ICNS entry at ${at}`);
    entries.push({ type: icns.toString('ascii', at, at + 4), png: icns.subarray(at + 8, at + length) });
    at += length;
  }
  return entries;
}
