import { describe, expect, it } from 'vitest';
import { decodeText } from '../../../../slides/import/decodeText';
import { ImportError } from '../../../../slides/import/types';

const PNG_HEADER = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52];

function utf16(text: string, endian: 'le' | 'be', bom: boolean): Uint8Array {
  const bytes: number[] = bom ? (endian === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]) : [];
  for (const unit of Array.from(text, (char) => char.charCodeAt(0))) {
    const [high, low] = [unit >> 8, unit & 0xff];
    bytes.push(...(endian === 'le' ? [low, high] : [high, low]));
  }
  return new Uint8Array(bytes);
}

describe('decodeText', () => {
  it('decodes UTF-8, with or without a BOM', () => {
    expect(decodeText(new TextEncoder().encode('Bakı – Tbilisi'))).toBe('Bakı – Tbilisi');
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0x68, 0x69]))).toBe('hi');
  });

  it('decodes UTF-16 LE and BE with a BOM, and ASCII-range UTF-16 without one', () => {
    const text = 'Headline – Überschrift\nBody text.';
    expect(decodeText(utf16(text, 'le', true))).toBe(text);
    expect(decodeText(utf16(text, 'be', true))).toBe(text);
    expect(decodeText(utf16('Plain ASCII text in UTF-16.', 'le', false))).toBe('Plain ASCII text in UTF-16.');
  });

  it('refuses invalid UTF-8 with an encoding error', () => {
    const latin1 = new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x20, 0x61, 0x6e, 0x64]);
    expect(() => decodeText(latin1)).toThrowError(
      expect.objectContaining({
        code: 'encoding',
        message: expect.stringMatching(/^The file is not valid UTF-8 text/),
      }),
    );
  });

  it('refuses a PNG and other NUL-containing data as binary', () => {
    expect(() => decodeText(new Uint8Array(PNG_HEADER))).toThrowError(
      new ImportError('This is not a text file: it looks like a PNG image.', 'binary'),
    );
    expect(() => decodeText(new Uint8Array([0x41, 0x00, 0x00, 0x00, 0x42, 0x43, 0x01]))).toThrowError(
      expect.objectContaining({ code: 'binary' }),
    );
  });

  it('refuses no bytes at all as empty', () => {
    expect(() => decodeText(new Uint8Array())).toThrowError(expect.objectContaining({ code: 'empty' }));
  });
});
