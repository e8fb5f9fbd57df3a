import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ApiError } from '@/lib/api-errors';
import { withErrors } from '../../_lib/handler';

// GET /api/emoji/[codepoints].svg – the shipped Twemoji image of an emoji, so pages and cards show the same one
export const GET = withErrors<{ file: string }>(async (_request, { params }) => {
  const { file } = await params;
  if (!/^[0-9a-f]{2,6}(-[0-9a-f]{2,6}){0,9}\.svg$/.test(file)) throw new ApiError('not_found', 'No such emoji.');
  const svg = await readFile(join(/*turbopackIgnore: true*/ process.cwd(), 'node_modules', '@twemoji', 'svg', file)).catch(() => undefined);
  if (!svg) throw new ApiError('not_found', 'No such emoji.');
  return new Response(new Uint8Array(svg), { headers: { 'Content-Type': 'image/svg+xml', 'Cache-Control': 'public, max-age=31536000, immutable' } });
});
