import { NextResponse } from 'next/server';
import { requireQuizRole, requireUser } from '@/app/_lib/studio';
import { getDb } from '@/db/client';
import { listLeads } from '@/db/games';
import { withErrors } from '../../../../_lib/handler';

// GET /api/studio/quizzes/[id]/leads – the e-mails a game collected, newest first, with their consent text (editors and owners: they are personal data)
export const GET = withErrors<{ id: string }>(async (request, { params }) => {
  const user = await requireUser(request);
  const { id } = await params;
  requireQuizRole(user.id, id, 'editor');
  return NextResponse.json({ leads: listLeads(getDb(), id) }, { headers: { 'Cache-Control': 'no-store' } });
});
