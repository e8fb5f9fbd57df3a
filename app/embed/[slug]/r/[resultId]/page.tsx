import type { CSSProperties } from 'react';
import { getCardPath, loadCardInput } from '@/app/_lib/cards';
import { getPageVisitor, getPublicOrigin } from '@/app/_lib/visitor';
import { EmbedFrame } from '@/components/embed/EmbedFrame';
import { EmbedMissing } from '@/components/embed/EmbedMissing';
import { ResultView } from '@/components/ResultView';
import { getDb } from '@/db/client';
import { getEmbedOrigins, getResultShareLanding } from '@/db/embeds';
import { getAnswerDistribution, getPublishedQuiz, getResultView } from '@/db/queries';
import { getBrandCssVariables } from '@/lib/brand-font';
import { buildShareLinks } from '@/lib/embed/landing';
import { getOriginOf } from '@/lib/embed/origins';
import { getDirection } from '@/lib/quiz-schema';
import { readEmbedContext } from '../../../_lib/embed-context';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ slug: string; resultId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

/**
 * A player's result inside the frame: the same result as on Ripple's page, with share links that land where the
 * quiz says (the host page when it is set to, for a player who played there), and a way to play again in the frame.
 */
export default async function EmbedResultPage({ params, searchParams }: Props) {
  const { slug, resultId } = await params;
  const db = getDb();
  const view = getResultView(db, resultId);
  const quiz = getPublishedQuiz(db, slug);
  const context = await readEmbedContext(await searchParams, quiz ? (getEmbedOrigins(db, quiz.workspaceId) ?? []) : []);
  if (!view || !quiz || view.quizSlug !== slug) return <EmbedMissing frameId={context.frameId} hostOrigin={getOriginOf(context.host)} />;
  const { summary } = view;
  const { definition } = summary;
  const [visitor, origin, cardInput] = await Promise.all([getPageVisitor(), getPublicOrigin(), loadCardInput(view)]);
  const landing = getResultShareLanding(db, resultId);
  const links = buildShareLinks(view.tokens, { rippleOrigin: origin, landing: landing?.shareLanding ?? 'ripple', hostPage: landing?.hostPage ?? '', embedOrigins: landing?.embedOrigins ?? [] });
  const brandStyle = getBrandCssVariables(definition.brand) as CSSProperties;
  return (
    <EmbedFrame frameId={context.frameId} hostOrigin={context.hostOrigin}>
      <main className="page embed-page" data-mode={context.mode} data-loader={context.frameId ? '' : undefined} lang={definition.locale} dir={getDirection(definition.locale)} style={brandStyle}>
        <ResultView
          resultId={resultId}
          summary={summary}
          answers={view.answers}
          isOwner={visitor.visitorId === view.visitorId}
          links={links}
          cardPath={getCardPath(resultId, cardInput, 'og')}
          storyPath={getCardPath(resultId, cardInput, 'story')}
          distribution={definition.kind === 'poll' ? getAnswerDistribution(db, view.quizId) : undefined}
          playAgainHref={`/embed/${encodeURIComponent(slug)}${context.query}`}
        />
      </main>
    </EmbedFrame>
  );
}
