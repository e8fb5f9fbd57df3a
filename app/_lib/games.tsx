import type { Metadata } from 'next';
import Link from 'next/link';
import type { CSSProperties } from 'react';
import { getCardPath, loadGameCardInput } from '@/app/_lib/cards';
import { loadGameSharePack, summarizeGameResult } from '@/app/_lib/game-share';
import { getPageVisitor, getPublicOrigin } from '@/app/_lib/visitor';
import { Emoji } from '@/components/Emoji';
import { EndedPage } from '@/components/EndedPage';
import { GamePlayer } from '@/components/games/GamePlayer';
import { GameResult } from '@/components/games/GameResult';
import { PlaysStatus } from '@/components/games/PlaysStatus';
import type { Db } from '@/db/client';
import { getGameStatus, type GameResultView, type PublishedGame } from '@/db/games';
import { getPlayerCampaign, openShareLink, recordView } from '@/db/queries';
import { getBrandCssVariables } from '@/lib/brand-font';
import type { ClosedCampaignState } from '@/lib/campaign';
import { toPlayableGame } from '@/lib/games/playable-game';
import { translate } from '@/lib/i18n';
import { getDirection } from '@/lib/quiz-schema';
import { buildGameInvitation, buildGameStatLine } from '@/lib/result-text';
import '@/components/games/games.css';

/**
 * The mini-games' branches of the public pages (/q/<slug>, /q/<slug>/r/<resultId>, /s/<token>): each page looks
 * up a game first and hands it here, so the quiz pages stay as they are.
 */

/** The metadata of a game's play page. */
export function buildGamePlayMetadata(game: PublishedGame): Metadata {
  const { title, description } = game.definition;
  return { title, description, openGraph: { title, description } };
}

/** /q/<slug> for a game: its closed page when the campaign does not admit the visitor, else the player. */
export async function GamePlayPage({ db, game, preview, isReplay }: { db: Db; game: PublishedGame; preview: ClosedCampaignState | undefined; isReplay: boolean }) {
  const { definition } = game;
  const { locale } = definition;
  const visitor = await getPageVisitor();
  const now = Date.now();
  const campaign = getPlayerCampaign(db, { quizId: game.id, visitorId: visitor.visitorId, now });
  if (campaign && (preview || !campaign.isAdmitted)) {
    const state = preview ?? (campaign.state === 'live' ? 'ended' : campaign.state);
    return (
      <main className="page" lang={locale} dir={getDirection(locale)}>
        <EndedPage quiz={{ locale, title: definition.title, coverImage: definition.coverImage, coverImageAlt: definition.coverImageAlt, coverEmoji: definition.coverEmoji, brand: definition.brand }} state={state} startsAt={campaign.startsAt ?? (preview ? now : null)} message={campaign.endedMessage} url={campaign.endedUrl} />
      </main>
    );
  }
  if (visitor.kind === 'human' && visitor.visitorId) recordView(db, { quizId: game.id, visitorId: visitor.visitorId, now });
  const status = getGameStatus(db, { quizId: game.id, visitorId: visitor.visitorId, now });
  if (!status) return null;
  return (
    <main className="page" lang={locale} dir={getDirection(locale)} style={getBrandCssVariables(definition.brand) as CSSProperties}>
      <GamePlayer game={toPlayableGame(definition)} slug={game.slug} initialStatus={status} startAtPlay={isReplay} />
    </main>
  );
}

/** The metadata of a game result's own page: nothing to index. */
export function buildGameResultMetadata(view: GameResultView): Metadata {
  return { title: `${view.outcome?.title ?? ''} · ${view.definition.title}`, robots: { index: false } };
}

/**
 * /q/<slug>/r/<resultId> for a game: the play's outcome (its code is never shown again: only that there was one),
 * and for its own player the live share-to-play-again status with Play again, and the share buttons.
 */
export async function GameResultPage({ db, view }: { db: Db; view: GameResultView }) {
  const { definition } = view;
  const { locale } = definition;
  const visitor = await getPageVisitor();
  const isOwner = visitor.visitorId !== null && visitor.visitorId === view.visitorId;
  const cardInput = await loadGameCardInput(view);
  const share = isOwner ? await loadGameSharePack(db, view) : null;
  const status = isOwner ? getGameStatus(db, { quizId: view.quizId, visitorId: visitor.visitorId, now: Date.now() }) : undefined;
  const game = toPlayableGame(definition);
  const outcome = view.outcome ?? { id: view.outcomeId, isWin: false, title: definition.tryAgain.title, description: '' };
  return (
    <main className="page" lang={locale} dir={getDirection(locale)} style={getBrandCssVariables(definition.brand) as CSSProperties}>
      <div className="player game-player">
        <GameResult
          game={game}
          outcome={outcome}
          code={null}
          hasCode={isOwner && view.hasCode}
          share={share}
          cardPath={getCardPath(view.resultId, cardInput, 'og')}
          storyPath={getCardPath(view.resultId, cardInput, 'story')}
        >
          {status ? (
            <PlaysStatus slug={view.slug} game={game} initialStatus={status} playAgain={{ href: `/q/${view.slug}?play=again` }} />
          ) : (
            <p className="center">
              <Link className="button primary big" href={`/q/${view.slug}`} data-testid="try-your-luck">
                {translate(locale, 'game_cta')}
              </Link>
            </p>
          )}
        </GameResult>
      </div>
    </main>
  );
}

/** The metadata of a game result's share page: the invitation, and the card as its preview image. */
export async function buildGameShareMetadata(view: GameResultView, token: string): Promise<Metadata> {
  const [origin, cardInput] = await Promise.all([getPublicOrigin(), loadGameCardInput(view)]);
  const summary = summarizeGameResult(view);
  const title = buildGameInvitation(summary);
  const description = `${view.definition.title} · ${buildGameStatLine(summary)}`;
  const image = { url: `${origin}${getCardPath(view.resultId, cardInput, 'og')}`, width: 1200, height: 630, alt: view.outcome?.title ?? view.definition.title };
  return {
    title,
    description,
    robots: { index: false },
    openGraph: { type: 'website', title, description, url: `${origin}/s/${token}`, siteName: view.definition.brand.name, images: [image], locale: view.definition.locale === 'ar' ? 'ar_AR' : 'en_US' },
    twitter: { card: 'summary_large_image', title, description, images: [image.url] },
  };
}

/**
 * /s/<token> for a game result: counts the visit like a quiz's share link (the friend is attributed, so their
 * play earns the sharer a play), then invites the friend to try their luck.
 */
export async function GameSharePage({ db, view, token }: { db: Db; view: GameResultView; token: string }) {
  const visitor = await getPageVisitor();
  const now = Date.now();
  openShareLink(db, { token, visitorId: visitor.visitorId, visitorKind: visitor.kind, now });
  const isPlayable = getPlayerCampaign(db, { quizId: view.quizId, visitorId: visitor.visitorId, now })?.isAdmitted ?? false;
  const { definition } = view;
  const { locale } = definition;
  const cardInput = await loadGameCardInput(view);
  const game = toPlayableGame(definition);
  return (
    <main className="page" lang={locale} dir={getDirection(locale)} style={getBrandCssVariables(definition.brand) as CSSProperties}>
      <div className="share-landing game-landing">
        <p className="muted">{definition.brand.name}</p>
        <h1 data-testid="invitation">{buildGameInvitation(summarizeGameResult(view))}</h1>
        {/* eslint-disable-next-line @next/next/no-img-element */}
        <img className="landing-card" src={getCardPath(view.resultId, cardInput, 'og')} width={1200} height={630} alt={translate(locale, 'card_alt', { result: view.outcome?.title ?? '' })} />
        <Link className="button primary big" href={`/q/${view.slug}`} data-testid="play-cta" data-playable={isPlayable}>
          {definition.coverEmoji ? <Emoji emoji={definition.coverEmoji} size={28} label="" /> : null}
          <span>
            {translate(locale, isPlayable ? 'game_cta' : 'campaign_see')}: {definition.title}
          </span>
        </Link>
        {game.prizes.length > 0 ? (
          <ul className="landing-prizes" aria-label={translate(locale, 'game_prizes_title')}>
            {game.prizes.map((prize) => (
              <li key={prize.id}>
                {prize.emoji ? <Emoji emoji={prize.emoji} size={22} label="" /> : null}
                <span>{prize.title}</span>
              </li>
            ))}
          </ul>
        ) : null}
      </div>
    </main>
  );
}
