import type { Metadata } from 'next';
import { notFound, redirect } from 'next/navigation';
import { getStudioUser } from '@/app/_lib/studio';
import { getDb } from '@/db/client';
import { getMembership } from '@/db/members';
import { getPublishedQuiz } from '@/db/queries';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: `Stats · ${(await params).slug}`, robots: { index: false } };
}

/** The old stats address of a quiz: its figures now live in the studio's analytics dashboard, so it leads there. */
export default async function StatsPage({ params }: Props) {
  const { slug } = await params;
  // The figures are the workspace's business: sign in first, and a quiz of another workspace is "not found".
  const user = await getStudioUser();
  if (!user) redirect(`/sign-in?next=${encodeURIComponent(`/stats/${slug}`)}`);
  const db = getDb();
  const quiz = getPublishedQuiz(db, slug);
  if (!quiz || !getMembership(db, quiz.workspaceId, user.id)) notFound();
  redirect(`/studio/q/${encodeURIComponent(quiz.id)}/analytics`);
}
