import { NextResponse } from 'next/server';
import { assertSameOrigin, requireQuizRole, requireUser } from '@/app/_lib/studio';
import { getDb } from '@/db/client';
import { getStudioCampaign, saveCampaignSettings } from '@/db/studio-queries';
import { ApiError } from '@/lib/api-errors';
import { applyCampaignChange, campaignChangeSchema } from '@/lib/campaign';
import { readJson, withErrors } from '../../../../_lib/handler';

// GET /api/studio/quizzes/[id]/campaign – the campaign's settings, player count and state now
export const GET = withErrors<{ id: string }>(async (request, { params }) => {
  const user = await requireUser(request);
  const { id } = await params;
  requireQuizRole(user.id, id, 'viewer');
  const campaign = getStudioCampaign(getDb(), id, Date.now());
  if (!campaign) throw new ApiError('not_found', 'No such quiz.');
  return NextResponse.json(campaign, { headers: { 'Cache-Control': 'no-store' } });
});

// PATCH /api/studio/quizzes/[id]/campaign – schedule, pause or resume, stop, cap, and the ended page's message and link
export const PATCH = withErrors<{ id: string }>(async (request, { params }) => {
  assertSameOrigin(request);
  const user = await requireUser(request);
  const { id } = await params;
  requireQuizRole(user.id, id, 'editor');
  const change = await readJson(request, campaignChangeSchema);
  const db = getDb();
  const now = Date.now();
  const current = getStudioCampaign(db, id, now);
  if (!current) throw new ApiError('not_found', 'No such quiz.');
  const applied = applyCampaignChange(current, change, now);
  if (!applied.ok) throw new ApiError('bad_request', applied.issues.map((i) => `${i.path}: ${i.message}`).join(' '), applied.issues);
  saveCampaignSettings(db, id, applied.settings, now);
  return NextResponse.json(getStudioCampaign(db, id, now), { headers: { 'Cache-Control': 'no-store' } });
});
