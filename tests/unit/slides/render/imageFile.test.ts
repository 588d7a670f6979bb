/** Image files added to a deck: their kind by content, the name and alt text they get, the Markdown. */
import { describe, expect, it } from 'vitest';
import {
  imageAltText,
  imageMarkdown,
  safeImageStem,
  sniffImageKind,
  startsLikeSvg,
} from '../../../../slides/render/imageFile';

const bytes = (...values: number[]) => new Uint8Array(values);
const text = (value: string) => new TextEncoder().encode(value);

describe('sniffImageKind', () => {
  it('knows PNG, JPEG, GIF, WebP by their magic bytes and SVG by its first tag', () => {
    expect(sniffImageKind(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0))?.ext).toBe('png');
    expect(sniffImageKind(bytes(0xff, 0xd8, 0xff, 0xdb))?.mime).toBe('image/jpeg');
    expect(sniffImageKind(text('GIF87a....'))?.ext).toBe('gif');
    expect(sniffImageKind(text('RIFF\u0001\u0000\u0000\u0000WEBPVP8 '))?.ext).toBe('webp');
    expect(
      sniffImageKind(text('\ufeff<?xml version="1.0"?>\n<!-- made by hand -->\n<!DOCTYPE svg>\n<svg x="1">'))
        ?.ext,
    ).toBe('svg');
  });

  it('knows nothing else', () => {
    expect(sniffImageKind(bytes())).toBeNull();
    expect(sniffImageKind(text('RIFF\u0001\u0000\u0000\u0000WAVEfmt '))).toBeNull();
    expect(sniffImageKind(text('%PDF-1.7'))).toBeNull();
    expect(sniffImageKind(text('BM\u0000\u0000'))).toBeNull();
    expect(sniffImageKind(bytes(0x89, 0x50, 0x4e, 0x47))).toBeNull();
    expect(startsLikeSvg('<html><svg></svg></html>')).toBe(false);
    expect(startsLikeSvg('<svgfoo/>')).toBe(false);
    expect(startsLikeSvg('## Slide\n\n<svg>')).toBe(false);
  });
});

describe('names and alt text', () => {
  it('makes a safe file stem from any name', () => {
    expect(safeImageStem('Screenshot 2026-12-03 at 10.15.02.png')).toBe('screenshot-2026-12-03-at-10-15-02');
    expect(safeImageStem('C:\\Users\\x\\Ölpreis (neu).JPG')).toBe('olpreis-neu');
    expect(safeImageStem('../../../etc/passwd')).toBe('passwd');
    expect(safeImageStem('图表.png')).toBe('image');
    expect(safeImageStem('.png')).toBe('image');
    expect(safeImageStem('CON.png')).toBe('con-image');
    expect(safeImageStem(`${'a'.repeat(100)}.png`)).toHaveLength(48);
  });

  it('makes alt text that cannot break the Markdown image', () => {
    expect(imageAltText('Oil exports_2024.png')).toBe('Oil exports 2024');
    expect(imageAltText('a]b[c.png')).toBe('a b c');
    expect(imageAltText('C:\\shots\\Oil.png')).toBe('Oil');
    expect(imageAltText('.png')).toBe('image');
    expect(imageMarkdown('Oil [exports]', 'images/oil.png')).toBe('![Oil  exports ](images/oil.png)');
  });
});
