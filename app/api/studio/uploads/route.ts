import { NextResponse, type NextRequest } from 'next/server';
import { z } from 'zod';
import { assertSameOrigin, requireQuizRole, requireUser, requireWorkspaceRole, workspaceCookie } from '@/app/_lib/studio';
import { getDb } from '@/db/client';
import { listMemberships } from '@/db/members';
import { saveUpload, type UploadRefusal } from '@/db/uploads';
import { ApiError } from '@/lib/api-errors';
import { formatMegabytes, maxInputPixels, maxUploadBytes } from '@/lib/image-rules';
import { hasRole } from '@/lib/roles';
import { createRandomId } from '@/lib/tokens';
import { withErrors } from '../../_lib/handler';

// The multipart envelope around the file (boundaries, headers, the other fields) is small.
const maxBodyBytes = maxUploadBytes + 64 * 1024;
const fieldsSchema = z.object({ workspaceId: z.string().min(1).max(64).optional(), quizId: z.string().min(1).max(64).optional() });
const tooLarge = `The image is larger than ${formatMegabytes(maxUploadBytes)}. Export it smaller (2400 px on the long side is plenty) and try again.`;

const refusals: Record<UploadRefusal, ApiError> = {
  too_large: new ApiError('payload_too_large', tooLarge),
  too_many_pixels: new ApiError('payload_too_large', `The image has more than ${maxInputPixels / 1_000_000} megapixels. Use a smaller image.`),
  empty: new ApiError('unsupported_media_type', 'The file is empty. Choose a PNG, JPEG, WebP or GIF image.'),
  not_an_image: new ApiError('unsupported_media_type', 'This file is not a PNG, JPEG, WebP or GIF image (whatever its name says). SVG is not accepted.'),
  truncated: new ApiError('unsupported_media_type', 'This image is incomplete or damaged. Export it again and retry.'),
  polyglot: new ApiError('unsupported_media_type', 'This file is an image with something else hidden in it, so it is refused. Export a clean copy and retry.'),
  undecodable: new ApiError('unsupported_media_type', 'This image could not be read: it is damaged or in a form Ripple does not support.'),
};

// POST /api/studio/uploads – upload an image (multipart field "file") to a workspace: checked, re-encoded, stored
export const POST = withErrors(async (request) => {
  assertSameOrigin(request);
  const user = await requireUser(request);
  const form = await readMultipart(request);
  const parsed = fieldsSchema.safeParse({ workspaceId: form.get('workspaceId') ?? undefined, quizId: form.get('quizId') ?? undefined });
  if (!parsed.success) throw new ApiError('bad_request', 'workspaceId and quizId must be ids.');
  const fields = parsed.data;
  const workspaceId = fields.quizId ? requireQuizRole(user.id, fields.quizId, 'editor').workspaceId : (fields.workspaceId ?? pickCurrentWorkspace(request, user.id));
  requireWorkspaceRole(user.id, workspaceId, 'editor');
  const file = form.get('file');
  if (!(file instanceof Blob)) throw new ApiError('bad_request', 'Attach the image as the "file" field.');
  if (file.size > maxUploadBytes) throw refusals.too_large;
  const saved = await saveUpload(getDb(), { workspaceId, bytes: new Uint8Array(await file.arrayBuffer()), now: Date.now(), newId: () => createRandomId(18) });
  if (!saved.ok) throw refusals[saved.reason];
  return NextResponse.json(saved.upload, { status: 201 });
});

// The workspace the studio shows (its cookie), when it is one the user may edit; else their first such one.
function pickCurrentWorkspace(request: NextRequest, userId: string): string {
  const editable = listMemberships(getDb(), userId).filter((m) => hasRole(m.role, 'editor'));
  const chosen = editable.find((m) => m.workspaceId === request.cookies.get(workspaceCookie)?.value) ?? editable[0];
  if (!chosen) throw new ApiError('forbidden', 'Viewers can look but not change anything.');
  return chosen.workspaceId;
}

// Reads the body with a cap, whatever Content-Length says, then parses it as multipart form data.
async function readMultipart(request: NextRequest): Promise<FormData> {
  if (Number(request.headers.get('content-length') ?? '0') > maxBodyBytes) throw refusals.too_large;
  if (!/^multipart\/form-data;/i.test(request.headers.get('content-type') ?? '')) throw new ApiError('bad_request', 'Send the image as multipart/form-data.');
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = request.body?.getReader();
  for (;;) {
    const chunk = reader ? await reader.read() : { done: true as const, value: undefined };
    if (chunk.done) break;
    size += chunk.value.byteLength;
    if (size > maxBodyBytes) {
      await reader?.cancel();
      throw refusals.too_large;
    }
    chunks.push(chunk.value);
  }
  try {
    return await new Response(Buffer.concat(chunks), { headers: { 'content-type': request.headers.get('content-type') ?? '' } }).formData();
  } catch {
    throw new ApiError('bad_request', 'The upload could not be read as multipart/form-data.');
  }
}
