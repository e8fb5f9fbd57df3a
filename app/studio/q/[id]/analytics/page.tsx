import type { Metadata } from 'next';
import { notFound, redirect } from 'next/navigation';
import { getStudioUser } from '@/app/_lib/studio';
import { getStudioLocale } from '@/app/_lib/studio-locale';
import { AnalyticsDashboard } from '@/components/analytics/AnalyticsDashboard';
import { QuizSectionTabs } from '@/components/analytics/QuizSectionTabs';
import { readDashboardSearch } from '@/components/analytics/url-state';
import { getDb } from '@/db/client';
import { getMembership } from '@/db/members';
import { getStudioQuiz } from '@/db/studio-queries';
import { toDay } from '@/lib/analytics/periods';
import { getDirection } from '@/lib/quiz-schema';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Analytics', robots: { index: false } };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

/** A quiz's analytics dashboard, for any member of its workspace (viewers too); its figures come from the analytics API. */
export default async function QuizAnalyticsPage({ params, searchParams }: Props) {
  const { id } = await params;
  const user = await getStudioUser();
  if (!user) redirect(`/sign-in?next=${encodeURIComponent(`/studio/q/${id}/analytics`)}`);
  const db = getDb();
  const quiz = getStudioQuiz(db, id);
  // Another workspace's quiz is "not found", exactly like a quiz that does not exist.
  if (!quiz || !getMembership(db, quiz.workspaceId, user.id)) notFound();
  const locale = await getStudioLocale();
  const { range, filters } = readDashboardSearch(await searchParams);
  const title = quiz.title || quiz.draft.title;
  return (
    <main>
      <QuizSectionTabs locale={locale} quizId={quiz.id} title={title} />
      <AnalyticsDashboard locale={locale} subject={{ kind: 'quiz', quizId: quiz.id, title, dir: getDirection(quiz.draft.locale) }} today={toDay(Date.now())} initialRange={range} initialFilters={filters} />
    </main>
  );
}
