import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import type { CSSProperties } from 'react';
import { getCardPath, loadCardInput } from '@/app/_lib/cards';
import { buildGameResultMetadata, GameResultPage } from '@/app/_lib/games';
import { getPageVisitor, getPublicOrigin } from '@/app/_lib/visitor';
import { ResultView } from '@/components/ResultView';
import { getDb } from '@/db/client';
import { getResultShareLanding } from '@/db/embeds';
import { getGameResultView } from '@/db/games';
import { getAnswerDistribution, getResultView } from '@/db/queries';
import { getBrandCssVariables } from '@/lib/brand-font';
import { buildShareLinks } from '@/lib/embed/landing';
import { getDirection } from '@/lib/quiz-schema';
import { getOutcomeTitle } from '@/lib/result-text';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ slug: string; resultId: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { resultId } = await params;
  const gameView = getGameResultView(getDb(), resultId);
  if (gameView) return buildGameResultMetadata(gameView);
  const view = getResultView(getDb(), resultId);
  // A result page is the player's own: search engines get nothing to index.
  return view ? { title: `${getOutcomeTitle(view.summary)} · ${view.summary.definition.title}`, robots: { index: false } } : {};
}

export default async function ResultPage({ params }: Props) {
  const { slug, resultId } = await params;
  const db = getDb();
  const gameView = getGameResultView(db, resultId);
  if (gameView) {
    if (gameView.slug !== slug) notFound();
    return <GameResultPage db={db} view={gameView} />;
  }
  const view = getResultView(db, resultId);
  if (!view || view.quizSlug !== slug) notFound();
  const { summary } = view;
  const { definition } = summary;
  const [visitor, origin, cardInput] = await Promise.all([getPageVisitor(), getPublicOrigin(), loadCardInput(view)]);
  const landing = getResultShareLanding(db, resultId);
  const links = buildShareLinks(view.tokens, { rippleOrigin: origin, landing: landing?.shareLanding ?? 'ripple', hostPage: landing?.hostPage ?? '', embedOrigins: landing?.embedOrigins ?? [] });
  const brandStyle = getBrandCssVariables(definition.brand) as CSSProperties;

  return (
    <main className="page" lang={definition.locale} dir={getDirection(definition.locale)} style={brandStyle}>
      <ResultView
        resultId={resultId}
        summary={summary}
        answers={view.answers}
        isOwner={visitor.visitorId === view.visitorId}
        links={links}
        cardPath={getCardPath(resultId, cardInput, 'og')}
        storyPath={getCardPath(resultId, cardInput, 'story')}
        distribution={definition.kind === 'poll' ? getAnswerDistribution(db, view.quizId) : undefined}
        playAgainHref={`/q/${slug}`}
      />
    </main>
  );
}
