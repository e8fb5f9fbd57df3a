import { NextResponse } from 'next/server';
import { z } from 'zod';
import { assertSameOrigin, requireUser, requireWorkspaceRole } from '@/app/_lib/studio';
import { getDb } from '@/db/client';
import { getBlockedWords, saveBlockedWords } from '@/db/workspace-settings';
import { ApiError } from '@/lib/api-errors';
import { maxBlockedWordLength, maxBlockedWords, parseBlockedWordsInput } from '@/lib/blocked-words';
import { hasRole } from '@/lib/roles';
import { readJson, withErrors } from '../../_lib/handler';

const workspaceIdSchema = z.string().min(1).max(64);
// The list arrives as the words themselves; null goes back to the defaults.
const putSchema = z.object({
  workspaceId: workspaceIdSchema,
  blockedWords: z.array(z.string().max(maxBlockedWordLength * 4)).max(maxBlockedWords * 2).nullable(),
});

// GET /api/studio/workspace-settings?workspaceId= – the workspace's blocked words, and whether the user may edit them
export const GET = withErrors(async (request) => {
  const user = await requireUser(request);
  const parsed = workspaceIdSchema.safeParse(request.nextUrl.searchParams.get('workspaceId'));
  if (!parsed.success) throw new ApiError('bad_request', 'workspaceId is missing.');
  const role = requireWorkspaceRole(user.id, parsed.data, 'viewer');
  const blocked = getBlockedWords(getDb(), parsed.data);
  if (!blocked) throw new ApiError('not_found', 'No such workspace.');
  return NextResponse.json({ workspaceId: parsed.data, blockedWords: blocked.words, isDefault: blocked.isDefault, canEdit: hasRole(role, 'editor') });
});

// PUT /api/studio/workspace-settings – replace the workspace's blocked words (editors and owners)
export const PUT = withErrors(async (request) => {
  assertSameOrigin(request);
  const user = await requireUser(request);
  const body = await readJson(request, putSchema, 64 * 1024);
  requireWorkspaceRole(user.id, body.workspaceId, 'editor');
  const words = body.blockedWords === null ? null : parseBlockedWordsInput(body.blockedWords.join('\n'));
  if (words && !words.ok) {
    throw new ApiError('bad_request', words.reason === 'too_many' ? `Keep the list to ${maxBlockedWords} words.` : `"${words.word}" is longer than ${maxBlockedWordLength} characters.`);
  }
  const db = getDb();
  saveBlockedWords(db, body.workspaceId, words ? words.words : null);
  const saved = getBlockedWords(db, body.workspaceId);
  return NextResponse.json({ workspaceId: body.workspaceId, blockedWords: saved?.words ?? [], isDefault: saved?.isDefault ?? true, canEdit: true });
});
