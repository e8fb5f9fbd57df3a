import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { buildGamePlayMetadata, GamePlayPage } from '@/app/_lib/games';
import { getPageVisitor, getPublicOrigin } from '@/app/_lib/visitor';
import { EndedPage } from '@/components/EndedPage';
import { QuizPlayer } from '@/components/QuizPlayer';
import { getDb } from '@/db/client';
import { getPublishedGame } from '@/db/games';
import { getPlayerCampaign, getPublishedQuiz, recordView } from '@/db/queries';
import type { ClosedCampaignState } from '@/lib/campaign';
import { getDirection } from '@/lib/quiz-schema';
import { toPlayableQuiz } from '@/lib/quiz-view';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<{ preview?: string; play?: string }> };

// The studio links to /q/<slug>?preview=<state> so an author can see the closed page before players do.
const previewStates: ClosedCampaignState[] = ['ended', 'scheduled', 'paused', 'full'];

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const game = getPublishedGame(getDb(), (await params).slug);
  if (game) return buildGamePlayMetadata(game);
  const quiz = getPublishedQuiz(getDb(), (await params).slug);
  if (!quiz) return {};
  // oEmbed discovery: an editor that speaks oEmbed finds the embed of a pasted quiz URL here.
  const origin = await getPublicOrigin();
  const oembed = `${origin}/api/oembed?url=${encodeURIComponent(`${origin}/q/${quiz.slug}`)}&format=json`;
  return {
    title: quiz.definition.title,
    description: quiz.definition.description,
    openGraph: { title: quiz.definition.title, description: quiz.definition.description },
    alternates: { types: { 'application/json+oembed': [{ url: oembed, title: quiz.definition.title }] } },
  };
}

export default async function PlayPage({ params, searchParams }: Props) {
  const { slug } = await params;
  const db = getDb();
  const game = getPublishedGame(db, slug);
  if (game) {
    const { preview, play } = await searchParams;
    return <GamePlayPage db={db} game={game} preview={previewStates.find((state) => state === preview)} isReplay={play === 'again'} />;
  }
  const quiz = getPublishedQuiz(db, slug);
  if (!quiz) notFound();
  const visitor = await getPageVisitor();
  const campaign = getPlayerCampaign(db, { quizId: quiz.id, visitorId: visitor.visitorId, now: Date.now() });
  const { preview: asked } = await searchParams;
  const preview = previewStates.find((state) => state === asked);
  if (campaign && (preview || !campaign.isAdmitted)) {
    const state = preview ?? (campaign.state === 'live' ? 'ended' : campaign.state);
    return (
      <main className="page" lang={quiz.definition.locale} dir={getDirection(quiz.definition.locale)}>
        <EndedPage quiz={toPlayableQuiz(quiz.definition)} state={state} startsAt={campaign.startsAt ?? (preview ? Date.now() : null)} message={campaign.endedMessage} url={campaign.endedUrl} />
      </main>
    );
  }
  if (visitor.kind === 'human' && visitor.visitorId) recordView(db, { quizId: quiz.id, visitorId: visitor.visitorId, now: Date.now() });
  const { locale } = quiz.definition;
  return (
    <main className="page" lang={locale} dir={getDirection(locale)}>
      <QuizPlayer quiz={toPlayableQuiz(quiz.definition)} slug={quiz.slug} versionId={quiz.versionId} />
    </main>
  );
}
