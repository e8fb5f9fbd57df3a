import { mkdir, readFile, stat, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import sharp, { type Metadata } from 'sharp';
import {
  checkImageBytes,
  chooseStoredType,
  isWithinPixelLimit,
  jpegQuality,
  maxInputPixels,
  maxStoredSidePx,
  sniffImageType,
  storedImageExtensions,
  storedImageMimeTypes,
  type ImageCheck,
} from '@/lib/image-rules';
import type { Db } from './client';
import { getServerConfig } from './config';
import { uploads } from './schema';

export type StoredUpload = { id: string; path: string; mimeType: string; bytes: number; width: number; height: number };
export type UploadRefusal = Extract<ImageCheck, { ok: false }>['reason'] | 'too_many_pixels' | 'undecodable';

// The file names Ripple gives uploads: random base64url and the stored type's extension, nothing else.
const uploadFileName = /^[A-Za-z0-9_-]{16,64}\.(png|jpg)$/;

/** The folder uploads are stored in: `uploads/` inside the data folder (RIPPLE_DATA_DIR, `data/` by default). */
export function getUploadsDir(): string {
  return join(getServerConfig().dataDir, 'uploads');
}

/**
 * Checks an uploaded file by its content, decodes it and re-encodes it: turned upright by its EXIF orientation,
 * then every piece of metadata dropped (EXIF with its GPS position, XMP, ICC: colors are converted to sRGB),
 * shrunk to at most `maxStoredSidePx` on its longest side, stored as JPEG (quality 85) or PNG (see
 * `chooseStoredType`), written under the uploads folder with a random name and recorded for the workspace.
 * Refusals are returned, not thrown: the caller turns them into 413 or 415 with a clear message.
 */
export async function saveUpload(db: Db, input: { workspaceId: string; bytes: Uint8Array; now: number; newId: () => string }): Promise<{ ok: true; upload: StoredUpload } | { ok: false; reason: UploadRefusal }> {
  const check = checkImageBytes(input.bytes);
  if (!check.ok) return check;
  const encoded = await reencodeImage(input.bytes);
  if (!encoded.ok) return encoded;
  const id = input.newId();
  const fileName = `${id}.${storedImageExtensions[encoded.type]}`;
  const dir = getUploadsDir();
  await mkdir(dir, { recursive: true });
  const file = join(dir, fileName);
  await writeFile(file, encoded.data, { flag: 'wx' });
  const upload: StoredUpload = { id, path: `/uploads/${fileName}`, mimeType: storedImageMimeTypes[encoded.type], bytes: encoded.data.length, width: encoded.width, height: encoded.height };
  try {
    db.insert(uploads).values({ ...upload, workspaceId: input.workspaceId, createdAt: input.now }).run();
  } catch (error) {
    await unlink(file).catch(() => undefined);
    throw error;
  }
  return { ok: true, upload };
}

async function reencodeImage(bytes: Uint8Array): Promise<{ ok: true; type: 'png' | 'jpeg'; data: Buffer; width: number; height: number } | { ok: false; reason: UploadRefusal }> {
  const options = { limitInputPixels: maxInputPixels, failOn: 'warning', pages: 1 } as const;
  let metadata: Metadata;
  try {
    metadata = await sharp(bytes, options).metadata();
  } catch (error) {
    return { ok: false, reason: /pixel limit/i.test(String(error)) ? 'too_many_pixels' : 'undecodable' };
  }
  // The decoder must agree with the magic bytes: a file cannot be one format by its head and another inside.
  const sniffed = sniffImageType(bytes);
  if (!sniffed || metadata.format !== sniffed) return { ok: false, reason: 'not_an_image' };
  if (!isWithinPixelLimit(metadata.width ?? 0, metadata.pageHeight ?? metadata.height ?? 0)) return { ok: false, reason: 'too_many_pixels' };
  const type = chooseStoredType(sniffed, metadata.hasAlpha ?? false);
  try {
    const pipeline = sharp(bytes, options).rotate().resize({ width: maxStoredSidePx, height: maxStoredSidePx, fit: 'inside', withoutEnlargement: true });
    const encoded = type === 'jpeg' ? pipeline.jpeg({ quality: jpegQuality, mozjpeg: true }) : pipeline.png({ compressionLevel: 9, adaptiveFiltering: true });
    const { data, info } = await encoded.toBuffer({ resolveWithObject: true });
    return { ok: true, type, data, width: info.width, height: info.height };
  } catch (error) {
    return { ok: false, reason: /pixel limit/i.test(String(error)) ? 'too_many_pixels' : 'undecodable' };
  }
}

/**
 * An uploaded file's bytes and type for serving, or undefined. Only names of the form Ripple gives are read,
 * straight from the uploads folder, so no path can step outside it.
 */
export async function readUploadFile(fileName: string): Promise<{ bytes: Buffer; mimeType: string } | undefined> {
  const match = uploadFileName.exec(fileName);
  if (!match) return undefined;
  try {
    const bytes = await readFile(join(getUploadsDir(), fileName));
    return { bytes, mimeType: match[1] === 'jpg' ? storedImageMimeTypes.jpeg : storedImageMimeTypes.png };
  } catch {
    return undefined;
  }
}

/** Whether an image path of a quiz (/demo/… or /uploads/…) names a file Ripple has. */
export async function hasAssetFile(assetPath: string): Promise<boolean> {
  const upload = /^\/uploads\/([A-Za-z0-9._-]+)$/.exec(assetPath)?.[1];
  const demo = /^\/demo\/([A-Za-z0-9_-][A-Za-z0-9._-]*\.(png|jpe?g|webp|gif|svg))$/.exec(assetPath)?.[1];
  const file = upload && uploadFileName.test(upload) ? join(getUploadsDir(), upload) : demo && !demo.includes('..') ? join(/*turbopackIgnore: true*/ process.cwd(), 'public', 'demo', demo) : undefined;
  if (!file) return false;
  try {
    return (await stat(file)).isFile();
  } catch {
    return false;
  }
}
