import { NextResponse } from 'next/server';
import { z } from 'zod';
import { assertSameOrigin, requireQuizRole, requireUser } from '@/app/_lib/studio';
import { getDb } from '@/db/client';
import { getQuizEmbedSettings, saveShareLanding } from '@/db/embeds';
import { ApiError } from '@/lib/api-errors';
import { shareLandings } from '@/lib/embed/landing';
import { hasRole } from '@/lib/roles';
import { readJson, withErrors } from '../../../../_lib/handler';

const patchSchema = z.object({ shareLanding: z.enum(shareLandings) });

// GET /api/studio/quizzes/[id]/embed – the quiz's embed settings: slug, whether it is live, where share links land, the workspace's origins
export const GET = withErrors<{ id: string }>(async (request, { params }) => {
  const user = await requireUser(request);
  const { id } = await params;
  const { role } = requireQuizRole(user.id, id, 'viewer');
  const settings = getQuizEmbedSettings(getDb(), id);
  if (!settings) throw new ApiError('not_found', 'No such quiz.');
  return NextResponse.json({ ...settings, canEdit: hasRole(role, 'editor') }, { headers: { 'Cache-Control': 'no-store' } });
});

// PATCH /api/studio/quizzes/[id]/embed – where the share links of players who played in an embed land (editors and owners)
export const PATCH = withErrors<{ id: string }>(async (request, { params }) => {
  assertSameOrigin(request);
  const user = await requireUser(request);
  const { id } = await params;
  requireQuizRole(user.id, id, 'editor');
  const { shareLanding } = await readJson(request, patchSchema);
  const db = getDb();
  saveShareLanding(db, id, shareLanding, Date.now());
  const settings = getQuizEmbedSettings(db, id);
  if (!settings) throw new ApiError('not_found', 'No such quiz.');
  return NextResponse.json({ ...settings, canEdit: true }, { headers: { 'Cache-Control': 'no-store' } });
});
