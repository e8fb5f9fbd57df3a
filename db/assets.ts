import { readFile } from 'node:fs/promises';
import { join, normalize, sep } from 'node:path';
import { getServerConfig } from './config';

// Stored images never change under their path (demo files ship with the app, uploads get new random names), so
// their data URIs are kept in memory for the pages and cards that read them on every request.
const maxCachedAssets = 64;
const cachedAssets = new Map<string, string>();

const mimeTypes: Record<string, string> = { png: 'image/png', jpg: 'image/jpeg', jpeg: 'image/jpeg', webp: 'image/webp', gif: 'image/gif', svg: 'image/svg+xml' };

/**
 * Reads an image of Ripple's own storage (demo images shipped in public/demo, uploads in the data folder) and
 * returns it as a data URI for the card renderer, which never fetches a URL. Anything else is refused.
 */
export async function readAssetDataUri(assetPath: string | undefined): Promise<string | undefined> {
  if (!assetPath) return undefined;
  const match = /^\/(demo|uploads)\/([a-zA-Z0-9._-]+)\.(png|jpe?g|webp|gif|svg)$/.exec(assetPath);
  const [, area, name, extension] = match ?? [];
  if (!area || !name || !extension || name.includes('..')) return undefined;
  const root = area === 'demo' ? join(/*turbopackIgnore: true*/ process.cwd(), 'public', 'demo') : join(getServerConfig().dataDir, 'uploads');
  const file = normalize(join(/*turbopackIgnore: true*/ root, `${name}.${extension}`));
  if (!file.startsWith(root + sep)) return undefined;
  const cached = cachedAssets.get(file);
  if (cached) return cached;
  try {
    const bytes = await readFile(file);
    const dataUri = `data:${mimeTypes[extension] ?? 'application/octet-stream'};base64,${bytes.toString('base64')}`;
    if (cachedAssets.size >= maxCachedAssets) cachedAssets.delete(cachedAssets.keys().next().value ?? '');
    cachedAssets.set(file, dataUri);
    return dataUri;
  } catch {
    return undefined;
  }
}
