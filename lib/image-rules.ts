/**
 * The rules an uploaded image must pass before Ripple decodes it, as pure functions of its bytes. The decoding and
 * re-encoding themselves (sharp) happen in db/uploads.ts; this file only decides what is acceptable.
 */

/** The largest upload accepted, in bytes (5 MB): a phone photo fits, a raw camera file does not. */
export const maxUploadBytes = 5 * 1024 * 1024;

/**
 * The most pixels an upload may decode to (40 megapixels, e.g. 8000 × 5000). A small file can declare a huge
 * canvas (a "decompression bomb"); this bound is checked on the header and again by the decoder.
 */
export const maxInputPixels = 40_000_000;

/** The longest side of a stored image, in pixels: enough for a 1200 px card at 2×, small enough to serve fast. */
export const maxStoredSidePx = 2400;

/** The JPEG quality stored images are re-encoded at. */
export const jpegQuality = 85;

export type ImageType = 'png' | 'jpeg' | 'webp' | 'gif';
export type StoredImageType = 'png' | 'jpeg';

export const storedImageMimeTypes: Record<StoredImageType, string> = { png: 'image/png', jpeg: 'image/jpeg' };
export const storedImageExtensions: Record<StoredImageType, string> = { png: 'png', jpeg: 'jpg' };

// Markup or code inside an image file makes it a polyglot: a browser or another program could read it as a page.
// Only the parts that are not compressed pixels are searched (chunks, segments, extensions, anything after the
// end), so random compressed bytes can never look like markup by chance.
const markupPattern = /<script|<html[\s>]|<svg[\s>]|<!doctype|<\?php|<iframe|<body[\s>]|<object[\s>]|<embed[\s>]|javascript:/i;
const zipEndOfDirectory = [0x50, 0x4b, 0x05, 0x06];

/**
 * The image type of a file by its first bytes (its "magic number"), never by its name or declared type:
 * PNG (89 50 4E 47 0D 0A 1A 0A), JPEG (FF D8 FF), GIF ("GIF87a"/"GIF89a"), WebP ("RIFF" size "WEBP").
 * Undefined for anything else, SVG included (an SVG is a document that can carry scripts, not a picture).
 */
export function sniffImageType(bytes: Uint8Array): ImageType | undefined {
  const head = Buffer.from(bytes.subarray(0, 16));
  if (head.length >= 8 && head.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'png';
  if (head.length >= 3 && head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff) return 'jpeg';
  const ascii = head.toString('latin1');
  if (ascii.startsWith('GIF87a') || ascii.startsWith('GIF89a')) return 'gif';
  if (head.length >= 12 && ascii.startsWith('RIFF') && ascii.slice(8, 12) === 'WEBP') return 'webp';
  return undefined;
}

export type ImageCheck = { ok: true; type: ImageType } | { ok: false; reason: 'too_large' | 'empty' | 'not_an_image' | 'truncated' | 'polyglot' };

/**
 * Everything that can be told about an upload before decoding it: not empty, at most `maxUploadBytes`, a PNG,
 * JPEG, GIF or WebP by content, complete (a PNG's chunks reach IEND, a GIF's blocks reach its trailer, a WebP is
 * as long as its RIFF header says, a JPEG's segments reach its image data and an end-of-image marker follows),
 * and not a polyglot: no markup or script text outside the compressed pixels, nothing hidden after the end of a
 * PNG, GIF or WebP, and no ZIP directory at the end of any file (as in "GIFAR" files). A JPEG may carry bytes
 * after its end marker (some cameras append their own trailer); they are searched for markup all the same.
 * The decoder has the last word.
 */
export function checkImageBytes(bytes: Uint8Array): ImageCheck {
  if (bytes.length === 0) return { ok: false, reason: 'empty' };
  if (bytes.length > maxUploadBytes) return { ok: false, reason: 'too_large' };
  const type = sniffImageType(bytes);
  if (!type) return { ok: false, reason: 'not_an_image' };
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const layout = readLayout(type, buffer);
  if (!layout) return { ok: false, reason: 'truncated' };
  const ranges: Array<[number, number]> = [...layout.metadata, [layout.end, buffer.length]];
  if (ranges.some(([from, to]) => markupPattern.test(buffer.toString('latin1', from, to)))) return { ok: false, reason: 'polyglot' };
  if (buffer.subarray(Math.max(0, buffer.length - 65_536)).includes(Buffer.from(zipEndOfDirectory))) return { ok: false, reason: 'polyglot' };
  if (type !== 'jpeg' && layout.end < buffer.length) return { ok: false, reason: 'polyglot' };
  return { ok: true, type };
}

/**
 * The stored format of an upload: JPEG stays JPEG (photos), PNG and GIF become PNG (a GIF keeps its first
 * frame), WebP becomes PNG when it has transparency and JPEG otherwise. WebP is not stored because the card
 * renderer (resvg) cannot draw it.
 */
export function chooseStoredType(type: ImageType, hasAlpha: boolean): StoredImageType {
  if (type === 'jpeg') return 'jpeg';
  if (type === 'webp') return hasAlpha ? 'png' : 'jpeg';
  return 'png';
}

/** Whether a width × height canvas is within `maxInputPixels` (both sides positive). */
export function isWithinPixelLimit(width: number, height: number): boolean {
  return width > 0 && height > 0 && width * height <= maxInputPixels;
}

/** A byte count as people read it in a message: "5 MB", "812 KB". */
export function formatMegabytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

/** Where an image's own data ends, and the byte ranges that are not compressed pixels. */
type Layout = { end: number; metadata: Array<[number, number]> };

// undefined when the file stops before its structure does.
function readLayout(type: ImageType, bytes: Buffer): Layout | undefined {
  switch (type) {
    case 'png':
      return readPngLayout(bytes);
    case 'gif':
      return readGifLayout(bytes);
    case 'webp':
      return readWebpLayout(bytes);
    case 'jpeg':
      return readJpegLayout(bytes);
  }
}

function readPngLayout(bytes: Buffer): Layout | undefined {
  const metadata: Array<[number, number]> = [];
  let offset = 8;
  while (offset + 12 <= bytes.length) {
    const length = bytes.readUInt32BE(offset);
    const type = bytes.toString('latin1', offset + 4, offset + 8);
    const next = offset + 12 + length;
    if (next > bytes.length) return undefined;
    if (type !== 'IDAT' && type !== 'fdAT') metadata.push([offset, next]);
    if (type === 'IEND') return { end: next, metadata };
    offset = next;
  }
  return undefined;
}

function readWebpLayout(bytes: Buffer): Layout | undefined {
  if (bytes.length < 12) return undefined;
  const riffEnd = 8 + bytes.readUInt32LE(4);
  if (bytes.length < riffEnd) return undefined;
  const metadata: Array<[number, number]> = [];
  let offset = 12;
  while (offset + 8 <= riffEnd) {
    const type = bytes.toString('latin1', offset, offset + 4);
    const size = bytes.readUInt32LE(offset + 4);
    const next = offset + 8 + size + (size % 2);
    if (offset + 8 + size > riffEnd) return undefined;
    if (!['VP8 ', 'VP8L', 'ALPH', 'ANMF'].includes(type)) metadata.push([offset, Math.min(next, riffEnd)]);
    offset = next;
  }
  return { end: Math.min(offset, bytes.length), metadata };
}

// A JPEG is segments (markers with a length) up to the first start-of-scan, then entropy-coded data that ends
// with an end-of-image marker (FF D9).
function readJpegLayout(bytes: Buffer): Layout | undefined {
  const metadata: Array<[number, number]> = [];
  let offset = 2;
  for (;;) {
    if (offset + 4 > bytes.length || bytes[offset] !== 0xff) return undefined;
    const marker = bytes[offset + 1] ?? 0;
    if (marker === 0xff) {
      offset += 1;
      continue;
    }
    const next = offset + 2 + bytes.readUInt16BE(offset + 2);
    if (next > bytes.length) return undefined;
    metadata.push([offset, next]);
    offset = next;
    if (marker === 0xda) break;
  }
  const last = bytes.lastIndexOf(Buffer.from([0xff, 0xd9]));
  return last < offset ? undefined : { end: last + 2, metadata };
}

// A GIF is a header, a logical screen (with an optional global color table), then blocks up to the 0x3B trailer.
function readGifLayout(bytes: Buffer): Layout | undefined {
  if (bytes.length < 13) return undefined;
  const packed = bytes[10] ?? 0;
  let offset = 13 + (packed & 0x80 ? 3 * 2 ** ((packed & 0x07) + 1) : 0);
  const metadata: Array<[number, number]> = [[0, 13]];
  const skipSubBlocks = (from: number): number | undefined => {
    let at = from;
    while (at < bytes.length) {
      const size = bytes[at] ?? 0;
      if (size === 0) return at + 1;
      at += size + 1;
    }
    return undefined;
  };
  while (offset < bytes.length) {
    const introducer = bytes[offset];
    if (introducer === 0x3b) return { end: offset + 1, metadata };
    if (introducer === 0x21) {
      const after = skipSubBlocks(offset + 2);
      if (after === undefined) return undefined;
      metadata.push([offset, after]);
      offset = after;
    } else if (introducer === 0x2c) {
      if (offset + 10 > bytes.length) return undefined;
      const local = bytes[offset + 9] ?? 0;
      const after = skipSubBlocks(offset + 10 + (local & 0x80 ? 3 * 2 ** ((local & 0x07) + 1) : 0) + 1);
      if (after === undefined) return undefined;
      offset = after;
    } else {
      return undefined;
    }
  }
  return undefined;
}
