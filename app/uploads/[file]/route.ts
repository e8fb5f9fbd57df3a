import { readUploadFile } from '@/db/uploads';
import { ApiError } from '@/lib/api-errors';
import { withErrors } from '../../api/_lib/handler';

export const runtime = 'nodejs';

// GET /uploads/[file] – an uploaded image as stored (re-encoded, no metadata): its name and bytes never change
export const GET = withErrors<{ file: string }>(async (_request, { params }) => {
  const found = await readUploadFile((await params).file);
  if (!found) throw new ApiError('not_found', 'No such image.');
  return new Response(new Uint8Array(found.bytes), {
    headers: {
      'Content-Type': found.mimeType,
      'Content-Length': String(found.bytes.length),
      'Cache-Control': 'public, max-age=31536000, immutable',
      'X-Content-Type-Options': 'nosniff',
      // Opened as a page, it still runs nothing.
      'Content-Security-Policy': "default-src 'none'; sandbox",
    },
  });
});
