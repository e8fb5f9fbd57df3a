import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkImageBytes, chooseStoredType, formatMegabytes, isWithinPixelLimit, maxUploadBytes, sniffImageType, type ImageType } from '@/lib/image-rules';

const real: Record<ImageType, Buffer> = { png: Buffer.alloc(0), jpeg: Buffer.alloc(0), webp: Buffer.alloc(0), gif: Buffer.alloc(0) };

beforeAll(async () => {
  const base = () => sharp({ create: { width: 12, height: 8, channels: 3, background: '#3366cc' } });
  real.png = await base().png().toBuffer();
  real.jpeg = await base().jpeg().toBuffer();
  real.webp = await base().webp().toBuffer();
  real.gif = await base().gif().toBuffer();
});

const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script></svg>');

describe('sniffImageType', () => {
  it.each(['png', 'jpeg', 'webp', 'gif'] as const)('knows a real %s by its bytes', (type) => {
    expect(sniffImageType(real[type])).toBe(type);
  });

  it.each([
    { label: 'text renamed .png', bytes: Buffer.from('hello, I am a text file named cat.png') },
    { label: 'an SVG', bytes: svg },
    { label: 'an HTML page', bytes: Buffer.from('<!doctype html><html><body>hi</body></html>') },
    { label: 'a PDF', bytes: Buffer.from('%PDF-1.7\n%âãÏÓ\n') },
    { label: 'a RIFF that is not WebP (WAV)', bytes: Buffer.from('RIFF\x24\x00\x00\x00WAVEfmt ', 'latin1') },
    { label: 'two bytes of a JPEG', bytes: Buffer.from([0xff, 0xd8]) },
    { label: 'nothing', bytes: Buffer.alloc(0) },
  ])('finds no image in $label', ({ bytes }) => {
    expect(sniffImageType(bytes)).toBeUndefined();
  });
});

describe('checkImageBytes', () => {
  it.each(['png', 'jpeg', 'webp', 'gif'] as const)('accepts a real %s', (type) => {
    expect(checkImageBytes(real[type])).toEqual({ ok: true, type });
  });

  it('accepts a real JPEG carrying EXIF metadata (it is stripped later)', async () => {
    const withExif = await sharp(real.jpeg).withMetadata({ exif: { IFD0: { Copyright: 'Someone', ImageDescription: 'holiday' } } }).jpeg().toBuffer();
    expect(checkImageBytes(withExif)).toEqual({ ok: true, type: 'jpeg' });
  });

  const cases: Array<{ label: string; make: () => Buffer; reason: string }> = [
    { label: 'an empty file', make: () => Buffer.alloc(0), reason: 'empty' },
    { label: 'text renamed .png', make: () => Buffer.from('just some text, renamed to photo.png'), reason: 'not_an_image' },
    { label: 'an SVG with a script', make: () => svg, reason: 'not_an_image' },
    { label: 'a PNG cut in half', make: () => real.png.subarray(0, Math.floor(real.png.length / 2)), reason: 'truncated' },
    { label: 'a PNG header alone', make: () => real.png.subarray(0, 8), reason: 'truncated' },
    { label: 'a GIF without its trailer', make: () => real.gif.subarray(0, real.gif.length - 1), reason: 'truncated' },
    { label: 'a WebP shorter than its RIFF size', make: () => real.webp.subarray(0, real.webp.length - 4), reason: 'truncated' },
    { label: 'a JPEG without its end marker', make: () => real.jpeg.subarray(0, real.jpeg.length - 2), reason: 'truncated' },
    { label: 'a PNG with an HTML page after IEND', make: () => Buffer.concat([real.png, Buffer.from('<html><script>alert(1)</script></html>')]), reason: 'polyglot' },
    { label: 'a PNG with plain bytes after IEND', make: () => Buffer.concat([real.png, Buffer.from('extra')]), reason: 'polyglot' },
    { label: 'a GIF with a JavaScript comment payload (GIF/JS polyglot)', make: () => gifWithComment(real.gif, '*/=1;alert(1);/*'.replace('alert', '<script>alert')), reason: 'polyglot' },
    { label: 'a GIF with a ZIP appended (GIFAR)', make: () => Buffer.concat([real.gif, Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(30), Buffer.from([0x50, 0x4b, 0x05, 0x06]), Buffer.alloc(18)]), reason: 'polyglot' },
    { label: 'a JPEG with a <script> in a comment segment', make: () => jpegWithComment(real.jpeg, '<script>alert(1)</script>'), reason: 'polyglot' },
    { label: 'a JPEG with an HTML page after its end', make: () => Buffer.concat([real.jpeg, Buffer.from('<!DOCTYPE html><p>hi')]), reason: 'polyglot' },
    { label: 'a file over the size limit', make: () => Buffer.concat([real.png, Buffer.alloc(maxUploadBytes)]), reason: 'too_large' },
  ];
  it.each(cases)('refuses $label as $reason', ({ make, reason }) => {
    expect(checkImageBytes(make())).toEqual({ ok: false, reason });
  });

  it('accepts a JPEG with a harmless camera trailer after its end marker', () => {
    expect(checkImageBytes(Buffer.concat([real.jpeg, Buffer.from('SEFH\x00\x01\x02', 'latin1')]))).toEqual({ ok: true, type: 'jpeg' });
  });
});

describe('chooseStoredType', () => {
  it.each([
    { type: 'jpeg', hasAlpha: false, stored: 'jpeg' },
    { type: 'png', hasAlpha: true, stored: 'png' },
    { type: 'png', hasAlpha: false, stored: 'png' },
    { type: 'gif', hasAlpha: true, stored: 'png' },
    { type: 'webp', hasAlpha: true, stored: 'png' },
    { type: 'webp', hasAlpha: false, stored: 'jpeg' },
  ] as const)('stores a $type (alpha: $hasAlpha) as $stored', ({ type, hasAlpha, stored }) => {
    expect(chooseStoredType(type, hasAlpha)).toBe(stored);
  });
});

describe('size rules', () => {
  it.each([
    { label: '8000 × 5000 (40 MP)', width: 8000, height: 5000, ok: true },
    { label: '8001 × 5000', width: 8001, height: 5000, ok: false },
    { label: '100000 × 1000 (a 1-bit bomb)', width: 100_000, height: 1000, ok: false },
    { label: 'zero width', width: 0, height: 10, ok: false },
  ])('$label within the pixel limit: $ok', ({ width, height, ok }) => {
    expect(isWithinPixelLimit(width, height)).toBe(ok);
  });

  it.each([
    { bytes: 5 * 1024 * 1024, text: '5 MB' },
    { bytes: 812 * 1024, text: '812 KB' },
    { bytes: 10, text: '1 KB' },
  ])('writes $bytes bytes as $text', ({ bytes, text }) => {
    expect(formatMegabytes(bytes)).toBe(text);
  });
});

// A GIF comment extension (21 FE, sub-blocks, 00) inserted right after the logical screen and its color table.
function gifWithComment(gif: Buffer, comment: string): Buffer {
  const packed = gif[10] ?? 0;
  const at = 13 + (packed & 0x80 ? 3 * 2 ** ((packed & 0x07) + 1) : 0);
  const text = Buffer.from(comment, 'latin1');
  return Buffer.concat([gif.subarray(0, at), Buffer.from([0x21, 0xfe, text.length]), text, Buffer.from([0]), gif.subarray(at)]);
}

// A JPEG COM segment (FF FE, length) right after the start-of-image marker.
function jpegWithComment(jpeg: Buffer, comment: string): Buffer {
  const text = Buffer.from(comment, 'latin1');
  const header = Buffer.from([0xff, 0xfe, 0, 0]);
  header.writeUInt16BE(text.length + 2, 2);
  return Buffer.concat([jpeg.subarray(0, 2), header, text, jpeg.subarray(2)]);
}
