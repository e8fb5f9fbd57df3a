import type { Metadata } from 'next';
import { getCurrentWorkspace } from '@/app/_lib/studio';
import { getStudioLocale } from '@/app/_lib/studio-locale';
import { AnalyticsDashboard } from '@/components/analytics/AnalyticsDashboard';
import { readDashboardSearch } from '@/components/analytics/url-state';
import { getDb } from '@/db/client';
import { listWorkspaceQuizzes } from '@/db/members';
import { toDay } from '@/lib/analytics/periods';
import { studioText } from '@/lib/studio-i18n';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Analytics', robots: { index: false } };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** The current workspace's analytics: all its quizzes together, with a way into each quiz's own dashboard. */
export default async function WorkspaceAnalyticsPage({ searchParams }: Props) {
  const { workspaceId, workspaceName } = await getCurrentWorkspace('/studio/analytics');
  const locale = await getStudioLocale();
  const { range, filters } = readDashboardSearch(await searchParams);
  const quizzes = listWorkspaceQuizzes(getDb(), workspaceId).map((quiz) => ({ id: quiz.id, title: quiz.title || studioText(locale, 'home_untitled') }));
  return (
    <main>
      <AnalyticsDashboard locale={locale} subject={{ kind: 'workspace', workspaceId, name: workspaceName, quizzes }} today={toDay(Date.now())} initialRange={range} initialFilters={filters} />
    </main>
  );
}
