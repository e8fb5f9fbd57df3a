const maxImageDataUriChars = 8 * 1024 * 1024;
const dataUriPattern = /^data:image\/(png|jpeg|gif|webp|svg\+xml);base64,([A-Za-z0-9+/]+={0,2})$/;

// The first bytes each raster format starts with; a data URI whose bytes do not match its type is refused.
const signatures: Record<string, (head: Buffer) => boolean> = {
  png: (head) => head.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
  jpeg: (head) => head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff,
  gif: (head) => head.subarray(0, 4).toString('latin1') === 'GIF8',
  webp: (head) => head.subarray(0, 4).toString('latin1') === 'RIFF' && head.subarray(8, 12).toString('latin1') === 'WEBP',
};

/**
 * The image source the card may draw, or undefined. The renderer never fetches: only a base64 `data:` URI of a
 * PNG, JPEG, GIF, WebP or SVG image is accepted, its bytes must match its type, and an SVG must not point
 * anywhere outside itself (no `href` or `url()` but `#fragment` or an embedded image, no entities), since the rasterizer
 * would otherwise resolve such references against the server's own files.
 */
export function toSafeImageSrc(src: string | undefined): string | undefined {
  if (!src || src.length > maxImageDataUriChars) return undefined;
  const match = dataUriPattern.exec(src);
  const [, type, payload] = match ?? [];
  if (!type || !payload) return undefined;
  if (type === 'svg+xml') return isSelfContainedSvg(Buffer.from(payload, 'base64').toString('utf8')) ? src : undefined;
  const head = Buffer.from(payload.slice(0, 24), 'base64');
  return signatures[type]?.(head) ? src : undefined;
}

function isSelfContainedSvg(svg: string): boolean {
  if (!/<svg[\s>]/i.test(svg)) return false;
  if (/<!ENTITY|<\?xml-stylesheet|@import/i.test(svg)) return false;
  if (/\bhref\s*=\s*["']\s*(?!#|data:image\/)/i.test(svg)) return false;
  return !/url\(\s*["']?\s*(?!#|data:image\/)/i.test(svg);
}

/**
 * The width-to-height ratio of an image in a data URI accepted by `toSafeImageSrc`, read from its header (PNG,
 * GIF, JPEG, WebP) or its `viewBox` (SVG), so a logo gets a box of its own shape; undefined when unknown.
 */
export function readImageAspectRatio(src: string): number | undefined {
  const [, type, payload] = dataUriPattern.exec(src) ?? [];
  if (!type || !payload) return undefined;
  const bytes = Buffer.from(payload, 'base64');
  const size = readImageSize(type, bytes);
  return size && size.width > 0 && size.height > 0 ? size.width / size.height : undefined;
}

function readImageSize(type: string, bytes: Buffer): { width: number; height: number } | undefined {
  if (bytes.length < 30) return undefined;
  if (type === 'png') return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
  if (type === 'gif') return { width: bytes.readUInt16LE(6), height: bytes.readUInt16LE(8) };
  if (type === 'webp') {
    const chunk = bytes.toString('latin1', 12, 16);
    if (chunk === 'VP8X') return { width: 1 + bytes.readUIntLE(24, 3), height: 1 + bytes.readUIntLE(27, 3) };
    if (chunk === 'VP8 ') return { width: bytes.readUInt16LE(26) & 0x3fff, height: bytes.readUInt16LE(28) & 0x3fff };
    if (chunk === 'VP8L') {
      const bits = bytes.readUInt32LE(21);
      return { width: 1 + (bits & 0x3fff), height: 1 + ((bits >> 14) & 0x3fff) };
    }
    return undefined;
  }
  if (type === 'jpeg') {
    for (let offset = 2; offset + 9 < bytes.length; ) {
      if (bytes[offset] !== 0xff) return undefined;
      const marker = bytes[offset + 1] ?? 0;
      const isStartOfFrame = marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
      if (isStartOfFrame) return { width: bytes.readUInt16BE(offset + 7), height: bytes.readUInt16BE(offset + 5) };
      offset += 2 + bytes.readUInt16BE(offset + 2);
    }
    return undefined;
  }
  const svgTag = /<svg[^>]*>/i.exec(bytes.toString('utf8'))?.[0] ?? '';
  const viewBox = /viewBox\s*=\s*["']\s*[-\d.]+[\s,]+[-\d.]+[\s,]+([\d.]+)[\s,]+([\d.]+)/i.exec(svgTag);
  if (viewBox) return { width: Number(viewBox[1]), height: Number(viewBox[2]) };
  const width = /\swidth\s*=\s*["']([\d.]+)(px)?["']/i.exec(svgTag);
  const height = /\sheight\s*=\s*["']([\d.]+)(px)?["']/i.exec(svgTag);
  return width && height ? { width: Number(width[1]), height: Number(height[1]) } : undefined;
}
