import type { Metadata } from 'next';
import { notFound, redirect } from 'next/navigation';
import { getStudioLocale } from '@/app/_lib/studio-locale';
import { getStudioUser } from '@/app/_lib/studio';
import { QuizEditor } from '@/components/studio/QuizEditor';
import { getDb } from '@/db/client';
import { getMembership } from '@/db/members';
import { getStudioQuiz, validateDraft } from '@/db/studio-queries';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ tab?: string }> };

export const metadata: Metadata = { title: 'Edit quiz', robots: { index: false } };

export default async function EditQuizPage({ params, searchParams }: Props) {
  const { id } = await params;
  const { tab } = await searchParams;
  const user = await getStudioUser();
  if (!user) redirect(`/sign-in?next=/studio/q/${encodeURIComponent(id)}`);
  const db = getDb();
  const quiz = getStudioQuiz(db, id);
  const role = quiz ? getMembership(db, quiz.workspaceId, user.id) : undefined;
  // Another workspace's quiz is "not found", exactly like a quiz that does not exist.
  if (!quiz || !role) notFound();
  const locale = await getStudioLocale();
  return <QuizEditor locale={locale} quiz={quiz} role={role} initialIssues={validateDraft(quiz.draft)} initialTab={tab} />;
}
