import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getPageVisitor } from '@/app/_lib/visitor';
import { QuizPlayer } from '@/components/QuizPlayer';
import { getDb } from '@/db/client';
import { getPublishedQuiz, recordView } from '@/db/queries';
import { getDirection } from '@/lib/quiz-schema';
import { toPlayableQuiz } from '@/lib/quiz-view';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const quiz = getPublishedQuiz(getDb(), (await params).slug);
  if (!quiz) return {};
  return { title: quiz.definition.title, description: quiz.definition.description, openGraph: { title: quiz.definition.title, description: quiz.definition.description } };
}

export default async function PlayPage({ params }: Props) {
  const { slug } = await params;
  const db = getDb();
  const quiz = getPublishedQuiz(db, slug);
  if (!quiz) notFound();
  const visitor = await getPageVisitor();
  if (visitor.kind === 'human' && visitor.visitorId) recordView(db, { quizId: quiz.id, visitorId: visitor.visitorId, now: Date.now() });
  const { locale } = quiz.definition;
  return (
    <main className="page" lang={locale} dir={getDirection(locale)}>
      <QuizPlayer quiz={toPlayableQuiz(quiz.definition)} slug={quiz.slug} versionId={quiz.versionId} />
    </main>
  );
}
