import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { cache, type CSSProperties } from 'react';
import { getCardPath, loadCardInput } from '@/app/_lib/cards';
import { buildGameShareMetadata, GameSharePage } from '@/app/_lib/games';
import { getConfiguredSecret } from '@/app/_lib/secret';
import { getPageVisitor, getPublicOrigin } from '@/app/_lib/visitor';
import { Emoji } from '@/components/Emoji';
import { getDb } from '@/db/client';
import { getGameResultView } from '@/db/games';
import { getPlayerCampaign, getResultIdByToken, getResultView, openShareLink } from '@/db/queries';
import { translate } from '@/lib/i18n';
import { getDirection } from '@/lib/quiz-schema';
import { buildInvitation, buildStatLine, getOutcomeTitle } from '@/lib/result-text';
import { describeResult } from '@/lib/scoring';
import { verifyShareToken } from '@/lib/tokens';
import { getBrandCssVariables } from '@/lib/brand-font';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ token: string }> };

// The metadata and the page both need the result: looked up once per request.
const findView = cache((token: string) => {
  if (!verifyShareToken(getConfiguredSecret(), token)) return undefined;
  const db = getDb();
  const resultId = getResultIdByToken(db, token);
  return resultId ? getResultView(db, resultId) : undefined;
});

// A mini-game's result (getResultView leaves games out).
const findGameView = cache((token: string) => {
  if (!verifyShareToken(getConfiguredSecret(), token)) return undefined;
  const db = getDb();
  const resultId = getResultIdByToken(db, token);
  return resultId ? getGameResultView(db, resultId) : undefined;
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { token } = await params;
  const gameView = findGameView(token);
  if (gameView) return buildGameShareMetadata(gameView, token);
  const view = findView(token);
  if (!view) return { title: 'Not found' };
  const [origin, cardInput] = await Promise.all([getPublicOrigin(), loadCardInput(view)]);
  const title = buildInvitation(view.summary);
  const description = `${view.summary.definition.title} · ${buildStatLine(view.summary)}`;
  const image = { url: `${origin}${getCardPath(view.resultId, cardInput, 'og')}`, width: 1200, height: 630, alt: getOutcomeTitle(view.summary) };
  const url = `${origin}/s/${(await params).token}`;
  return {
    title,
    description,
    robots: { index: false },
    openGraph: { type: 'website', title, description, url, siteName: view.summary.definition.brand.name, images: [image], locale: view.summary.definition.locale === 'ar' ? 'ar_AR' : 'en_US' },
    twitter: { card: 'summary_large_image', title, description, images: [image.url] },
  };
}

export default async function SharePage({ params }: Props) {
  const { token } = await params;
  const gameView = findGameView(token);
  if (gameView) return <GameSharePage db={getDb()} view={gameView} token={token} />;
  const view = findView(token);
  if (!view) notFound();
  const visitor = await getPageVisitor();
  openShareLink(getDb(), { token, visitorId: visitor.visitorId, visitorKind: visitor.kind, now: Date.now() });
  // The link still opens when the campaign is over; its call to play then leads to the quiz's closed page.
  const isPlayable = getPlayerCampaign(getDb(), { quizId: view.quizId, visitorId: visitor.visitorId, now: Date.now() })?.isAdmitted ?? false;
  const { summary } = view;
  const { definition } = summary;
  const { locale } = definition;
  const cardInput = await loadCardInput(view);
  const outcome = describeResult(definition, summary.outcomeId);
  const brandStyle = getBrandCssVariables(definition.brand) as CSSProperties;
  return (
    <main className="page" lang={locale} dir={getDirection(locale)} style={brandStyle}>
      <div className="share-landing">
        <p className="muted">{definition.brand.name}</p>
        <h1 data-testid="invitation">{buildInvitation(summary)}</h1>
        {/* eslint-disable-next-line @next/next/no-img-element */}
        <img className="landing-card" src={getCardPath(view.resultId, cardInput, 'og')} width={1200} height={630} alt={translate(locale, 'card_alt', { result: outcome?.title ?? '' })} />
        <Link className="button primary big" href={`/q/${view.quizSlug}`} data-testid="play-cta" data-playable={isPlayable}>
          {definition.coverEmoji ? <Emoji emoji={definition.coverEmoji} size={28} label="" /> : null}
          <span>
            {translate(locale, isPlayable ? 'play_now' : 'campaign_see')}: {definition.title}
          </span>
        </Link>
      </div>
    </main>
  );
}
