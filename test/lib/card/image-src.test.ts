import { describe, expect, it } from 'vitest';
import { readImageAspectRatio, toSafeImageSrc } from '@/lib/card/image-src';

const base64 = (bytes: Buffer | string) => Buffer.from(bytes).toString('base64');
const pngHeader = (width: number, height: number) => {
  const bytes = Buffer.alloc(33);
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]).copy(bytes);
  bytes.write('IHDR', 12, 'latin1');
  bytes.writeUInt32BE(width, 16);
  bytes.writeUInt32BE(height, 20);
  return bytes;
};
const png = `data:image/png;base64,${base64(pngHeader(300, 100))}`;
const svg = (body: string) => `data:image/svg+xml;base64,${base64(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 32">${body}</svg>`)}`;

describe('toSafeImageSrc', () => {
  it.each([
    { label: 'a PNG data URI', src: png, isKept: true },
    { label: 'a JPEG data URI', src: `data:image/jpeg;base64,${base64(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16]))}`, isKept: true },
    { label: 'a self-contained SVG', src: svg('<circle cx="8" cy="8" r="8" fill="url(#g)"/>'), isKept: true },
    { label: 'nothing', src: undefined, isKept: false },
    { label: 'an https URL', src: 'https://example.com/logo.png', isKept: false },
    { label: 'a protocol-relative URL', src: '//example.com/logo.png', isKept: false },
    { label: 'a file URL', src: 'file:///etc/passwd', isKept: false },
    { label: 'a path', src: '/demo/logo.svg', isKept: false },
    { label: 'a data URI that is not an image', src: `data:text/html;base64,${base64('<script>alert(1)</script>')}`, isKept: false },
    { label: 'a data URI that is not base64', src: 'data:image/svg+xml,<svg onload=alert(1)>', isKept: false },
    { label: 'PNG bytes labelled JPEG', src: `data:image/jpeg;base64,${base64(pngHeader(1, 1))}`, isKept: false },
    { label: 'HTML labelled PNG', src: `data:image/png;base64,${base64('<html><body>hi</body></html>')}`, isKept: false },
    { label: 'an SVG that links a remote image', src: svg('<image href="https://example.com/x.png" width="8" height="8"/>'), isKept: false },
    { label: 'an SVG that links a local file', src: svg('<image xlink:href="/etc/hosts" width="8" height="8"/>'), isKept: false },
    { label: 'an SVG with an external CSS url()', src: svg('<rect style="fill: url(https://example.com/p.svg#x)"/>'), isKept: false },
    { label: 'an SVG with an entity', src: `data:image/svg+xml;base64,${base64('<!DOCTYPE svg [<!ENTITY x SYSTEM "file:///etc/passwd">]><svg>&x;</svg>')}`, isKept: false },
  ])('$label: kept $isKept', ({ src, isKept }) => {
    expect(toSafeImageSrc(src)).toBe(isKept ? src : undefined);
  });
});

describe('readImageAspectRatio', () => {
  it.each([
    { label: 'a PNG from its header', src: png, ratio: 3 },
    { label: 'an SVG from its viewBox', src: svg(''), ratio: 2 },
    { label: 'garbage', src: 'data:image/png;base64,AAAA', ratio: undefined },
  ])('$label', ({ src, ratio }) => {
    expect(readImageAspectRatio(src)).toBe(ratio);
  });
});
