import { getConfiguredSecret } from '@/app/_lib/secret';
import { getPageVisitor } from '@/app/_lib/visitor';
import { EmbedFrame } from '@/components/embed/EmbedFrame';
import { EmbedMissing } from '@/components/embed/EmbedMissing';
import { EndedPage } from '@/components/EndedPage';
import { QuizPlayer } from '@/components/QuizPlayer';
import { getDb } from '@/db/client';
import { getEmbedOrigins, getShareLinkQuizId } from '@/db/embeds';
import { getPlayerCampaign, getPublishedQuiz, openShareLink, recordView } from '@/db/queries';
import { getClosedMessageKeys } from '@/lib/campaign';
import { getOriginOf } from '@/lib/embed/origins';
import { translate } from '@/lib/i18n';
import { getDirection } from '@/lib/quiz-schema';
import { toPlayableQuiz } from '@/lib/quiz-view';
import { verifyShareToken } from '@/lib/tokens';
import { readEmbedContext } from '../_lib/embed-context';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

/** The game in a company's page, framed by the loader (public/embed.js) or a pasted iframe. */
export default async function EmbedGamePage({ params, searchParams }: Props) {
  const { slug } = await params;
  const db = getDb();
  const quiz = getPublishedQuiz(db, slug);
  const context = await readEmbedContext(await searchParams, quiz ? (getEmbedOrigins(db, quiz.workspaceId) ?? []) : []);
  if (!quiz) return <EmbedMissing frameId={context.frameId} hostOrigin={getOriginOf(context.host)} />;
  const visitor = await getPageVisitor();
  const now = Date.now();
  // A share link that came back through the host page (?ripple=<token>) is a visit of /s/<token>: the click is
  // counted and becomes the first touch, before the view below could make it a direct one. A token that is not
  // ours, or is another quiz's, is ignored.
  if (context.token && verifyShareToken(getConfiguredSecret(), context.token) && getShareLinkQuizId(db, context.token) === quiz.id) {
    openShareLink(db, { token: context.token, visitorId: visitor.visitorId, visitorKind: visitor.kind, now });
  }
  const { locale } = quiz.definition;
  const campaign = getPlayerCampaign(db, { quizId: quiz.id, visitorId: visitor.visitorId, now });
  if (campaign && !campaign.isAdmitted) {
    const state = campaign.state === 'live' ? 'ended' : campaign.state;
    return (
      <EmbedFrame frameId={context.frameId} hostOrigin={context.hostOrigin} error={{ code: 'closed', message: translate(locale, getClosedMessageKeys(state).title) }}>
        <main className="page embed-page" data-mode={context.mode} data-loader={context.frameId ? '' : undefined} lang={locale} dir={getDirection(locale)}>
          <EndedPage quiz={toPlayableQuiz(quiz.definition)} state={state} startsAt={campaign.startsAt} message={campaign.endedMessage} url={campaign.endedUrl} />
        </main>
      </EmbedFrame>
    );
  }
  if (visitor.kind === 'human' && visitor.visitorId) recordView(db, { quizId: quiz.id, visitorId: visitor.visitorId, now, source: context.source, hostPage: context.hostPage });
  return (
    <EmbedFrame frameId={context.frameId} hostOrigin={context.hostOrigin}>
      <main className="page embed-page" data-mode={context.mode} data-loader={context.frameId ? '' : undefined} lang={locale} dir={getDirection(locale)}>
        <QuizPlayer quiz={toPlayableQuiz(quiz.definition)} slug={quiz.slug} versionId={quiz.versionId} embed={{ hostPage: context.hostPage, source: context.source, query: context.query }} />
      </main>
    </EmbedFrame>
  );
}
