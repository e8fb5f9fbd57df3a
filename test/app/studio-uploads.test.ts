import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { crc32, deflateSync } from 'node:zlib';
import { eq } from 'drizzle-orm';
import { NextRequest } from 'next/server';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { POST as upload } from '@/app/api/studio/uploads/route';
import { GET as serveUpload } from '@/app/uploads/[file]/route';
import { getAuth } from '@/db/auth';
import { readAssetDataUri } from '@/db/assets';
import { getDb } from '@/db/client';
import { getServerConfig } from '@/db/config';
import { listMemberships } from '@/db/members';
import { uploads, workspaceMembers } from '@/db/schema';
import { maxUploadBytes } from '@/lib/image-rules';

const cookies = { owner: '', viewer: '', stranger: '' };
let ownWorkspaceId = '';

async function signUp(email: string, name: string): Promise<{ cookie: string; userId: string }> {
  const response = await getAuth().api.signUpEmail({ body: { email, password: 'a long enough password', name }, asResponse: true });
  const cookie = response.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  return { cookie, userId: ((await response.json()) as { user: { id: string } }).user.id };
}

beforeAll(async () => {
  const owner = await signUp('uploader@example.com', 'Uma');
  cookies.owner = owner.cookie;
  ownWorkspaceId = listMemberships(getDb(), owner.userId).find((m) => m.workspaceSlug !== 'demo')?.workspaceId ?? '';
  const viewer = await signUp('looker@example.com', 'Lou');
  cookies.viewer = viewer.cookie;
  getDb().insert(workspaceMembers).values({ workspaceId: ownWorkspaceId, userId: viewer.userId, role: 'viewer' }).run();
  cookies.stranger = (await signUp('outsider@example.com', 'Otto')).cookie;
});

function post(file: Blob | null, options: { who?: keyof typeof cookies | null; workspaceId?: string; filename?: string; headers?: Record<string, string> } = {}) {
  const form = new FormData();
  if (file) form.set('file', file, options.filename ?? 'image.png');
  form.set('workspaceId', options.workspaceId ?? ownWorkspaceId);
  const who = options.who === undefined ? 'owner' : options.who;
  const headers: Record<string, string> = { ...(who ? { cookie: cookies[who] } : {}), ...options.headers };
  return upload(new NextRequest('http://localhost/api/studio/uploads', { method: 'POST', body: form, headers }), { params: Promise.resolve({}) });
}

const serve = (file: string) => serveUpload(new NextRequest(`http://localhost/uploads/${file}`), { params: Promise.resolve({ file }) });

async function errorOf(response: Response) {
  return { status: response.status, ...((await response.json()) as { error: { code: string; message: string } }).error };
}

const photo = (format: 'png' | 'jpeg' | 'webp' | 'gif', width = 40, height = 30) => sharp({ create: { width, height, channels: 3, background: '#cc3344' } })[format]().toBuffer();
const blob = (bytes: Uint8Array, type = 'image/png') => new Blob([new Uint8Array(bytes)], { type });

describe('POST /api/studio/uploads', () => {
  it.each([
    { format: 'png', storedType: 'image/png', extension: 'png' },
    { format: 'jpeg', storedType: 'image/jpeg', extension: 'jpg' },
    { format: 'webp', storedType: 'image/jpeg', extension: 'jpg' },
    { format: 'gif', storedType: 'image/png', extension: 'png' },
  ] as const)('stores a $format as $storedType under the data folder, records it and serves it', async ({ format, storedType, extension }) => {
    const response = await post(blob(await photo(format), 'application/octet-stream'), { filename: 'whatever.bin' });
    expect(response.status).toBe(201);
    const body = (await response.json()) as { path: string; mimeType: string; width: number; height: number };
    expect(body).toMatchObject({ mimeType: storedType, width: 40, height: 30 });
    expect(body.path).toMatch(new RegExp(`^/uploads/[A-Za-z0-9_-]{16,64}\\.${extension}$`));
    const fileName = body.path.slice('/uploads/'.length);
    expect(readdirSync(join(getServerConfig().dataDir, 'uploads'))).toContain(fileName);
    expect(getDb().select().from(uploads).where(eq(uploads.path, body.path)).get()).toMatchObject({ workspaceId: ownWorkspaceId, mimeType: storedType });
    const served = await serve(fileName);
    expect(served.status).toBe(200);
    expect(served.headers.get('content-type')).toBe(storedType);
    expect(served.headers.get('x-content-type-options')).toBe('nosniff');
    expect(served.headers.get('cache-control')).toMatch(/immutable/);
    expect((await sharp(Buffer.from(await served.arrayBuffer())).metadata()).format).toBe(format === 'jpeg' || format === 'webp' ? 'jpeg' : 'png');
    // The card renderer reads it from the same place.
    expect(await readAssetDataUri(body.path)).toMatch(new RegExp(`^data:${storedType};base64,`));
  });

  it('turns a photo upright by its EXIF orientation, then strips EXIF, GPS, XMP and ICC metadata', async () => {
    // 60 wide, 20 tall, tagged "rotate 90° clockwise to display" (orientation 6) and full of metadata.
    const tagged = await sharp({ create: { width: 60, height: 20, channels: 3, background: '#22aa66' } })
      .withMetadata({ orientation: 6, exif: { IFD0: { Copyright: 'Secret Owner', ImageDescription: 'my house' }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '51/1 30/1 0/1' } } })
      .keepIccProfile()
      .jpeg()
      .toBuffer();
    const before = await sharp(tagged).metadata();
    expect(before.exif).toBeDefined();
    expect(before.orientation).toBe(6);
    const response = await post(blob(tagged, 'image/jpeg'), { filename: 'IMG_0001.JPG' });
    expect(response.status).toBe(201);
    const body = (await response.json()) as { path: string; width: number; height: number };
    expect(body).toMatchObject({ width: 20, height: 60 });
    const stored = Buffer.from(await (await serve(body.path.slice('/uploads/'.length))).arrayBuffer());
    const after = await sharp(stored).metadata();
    expect(after).toMatchObject({ width: 20, height: 60 });
    expect(after.exif).toBeUndefined();
    expect(after.xmp).toBeUndefined();
    expect(after.icc).toBeUndefined();
    expect(after.orientation).toBeUndefined();
    expect(stored.toString('latin1')).not.toContain('Secret Owner');
  });

  it('shrinks a large image to 2400 px on its longest side', async () => {
    const big = await photo('png', 3000, 1000);
    const body = (await (await post(blob(big))).json()) as { width: number; height: number };
    expect(body).toMatchObject({ width: 2400, height: 800 });
  });

  it(`refuses a file over ${maxUploadBytes / 1024 / 1024} MB with 413 and says the limit`, async () => {
    const noise = Buffer.alloc(maxUploadBytes + 1, 7);
    const failure = await errorOf(await post(blob(noise)));
    expect(failure).toMatchObject({ status: 413, code: 'payload_too_large' });
    expect(failure.message).toMatch(/larger than 5 MB/);
  });

  it('refuses a body whose Content-Length is over the limit before reading it', async () => {
    const failure = await errorOf(await post(blob(await photo('png')), { headers: { 'content-length': String(maxUploadBytes * 2) } }));
    expect(failure).toMatchObject({ status: 413 });
  });

  it('refuses a decompression bomb (a small file declaring a huge canvas) with 413', async () => {
    // A real, valid 1-bit PNG of 10000 × 10000 black pixels: about 12 KB of file, 100 megapixels decoded.
    const bomb = makeBlackPng(10_000, 10_000);
    expect(bomb.length).toBeLessThan(maxUploadBytes);
    const failure = await errorOf(await post(blob(bomb)));
    expect(failure).toMatchObject({ status: 413 });
    expect(failure.message).toMatch(/megapixels/);
  });

  it.each([
    { label: 'text renamed .png', make: async () => Buffer.from('I am not a picture at all'), message: /not a PNG, JPEG, WebP or GIF/ },
    { label: 'an SVG', make: async () => Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'), message: /SVG is not accepted/ },
    { label: 'a truncated PNG', make: async () => (await photo('png')).subarray(0, 60), message: /incomplete or damaged/ },
    { label: 'a PNG/HTML polyglot', make: async () => Buffer.concat([await photo('png'), Buffer.from('<html><script>alert(1)</script>')]), message: /something else hidden/ },
    { label: 'a JPEG whose pixels are garbage', make: async () => corruptJpeg(await photo('jpeg')), message: /damaged|could not be read/ },
  ])('refuses $label with 415 and a clear message', async ({ make, message }) => {
    const failure = await errorOf(await post(blob(await make(), 'image/png'), { filename: 'cat.png' }));
    expect(failure).toMatchObject({ status: 415, code: 'unsupported_media_type', message: expect.stringMatching(message) });
  });

  it('stores nothing when it refuses', async () => {
    const before = getDb().select().from(uploads).all().length;
    await post(blob(Buffer.from('nope')));
    expect(getDb().select().from(uploads).all().length).toBe(before);
  });

  it.each([
    { label: 'nobody signed in', who: null, status: 401 },
    { label: 'a viewer', who: 'viewer', status: 403 },
    { label: 'another workspace', who: 'stranger', status: 404 },
  ] as const)('refuses $label with $status', async ({ who, status }) => {
    expect((await post(blob(await photo('png')), { who })).status).toBe(status);
  });

  it('refuses a cross-site request', async () => {
    const failure = await errorOf(await post(blob(await photo('png')), { headers: { origin: 'https://evil.example' } }));
    expect(failure).toMatchObject({ status: 403, message: expect.stringMatching(/cross-site/i) });
  });

  it('asks for the file when there is none', async () => {
    expect(await errorOf(await post(null))).toMatchObject({ status: 400, message: expect.stringMatching(/"file"/) });
  });
});

describe('GET /uploads/[file]', () => {
  it.each(['../ripple.db', '..%2Fripple.db', 'secret', 'x.svg', '....png', `${'a'.repeat(20)}.png`, 'ripple.db'])('never serves %s', async (file) => {
    expect((await serve(file)).status).toBe(404);
  });
});

function makeBlackPng(width: number, height: number): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const frame = Buffer.alloc(12 + data.length);
    frame.writeUInt32BE(data.length, 0);
    body.copy(frame, 4);
    frame.writeUInt32BE(crc32(body), 8 + data.length);
    return frame;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 1; // bit depth
  header[9] = 0; // grayscale
  const rows = Buffer.alloc(height * (1 + Math.ceil(width / 8)));
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', deflateSync(rows, { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
}

// Keeps the JPEG's headers and end marker but overwrites its compressed data with bytes no decoder accepts.
function corruptJpeg(jpeg: Buffer): Buffer {
  const copy = Buffer.from(jpeg);
  const scan = copy.indexOf(Buffer.from([0xff, 0xda]));
  const dataStart = scan + 2 + copy.readUInt16BE(scan + 2);
  for (let i = dataStart; i < copy.length - 2; i++) copy[i] = i % 2 ? 0xff : 0xd0 + (i % 8);
  return copy;
}
