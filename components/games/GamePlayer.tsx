'use client';

import Link from 'next/link';
import { useEffect, useRef, useState, type CSSProperties } from 'react';
import { getBrandCssVariables } from '@/lib/brand-font';
import type { GamePlayResponse, GameStatus } from '@/lib/games/api-types';
import type { GameOutcome } from '@/lib/games/game-schema';
import type { GameSharePack, PlayableGame } from '@/lib/games/playable-game';
import { formatCount, translate } from '@/lib/i18n';
import { Emoji } from '../Emoji';
import { createRequestId, getSharePack, postPlay } from './game-api';
import { GameResult } from './GameResult';
import { LeadForm } from './LeadForm';
import { PlaysStatus } from './PlaysStatus';
import { ScratchGame } from './ScratchGame';
import { WheelGame } from './WheelGame';
import './games.css';

type Stage = { at: 'cover' } | { at: 'details' } | { at: 'play'; round: number } | { at: 'result'; play: GamePlayResponse; outcome: GameOutcome; round: number };

/**
 * The play page of a mini-game: a cover in the brand's colors with the prizes to win, then (when the game asks)
 * the first name and the e-mail with its consent box, then the wheel or the scratch card, then the result with
 * its code, share to play again and the share buttons. The server draws every outcome (POST /api/games/play);
 * the browser only animates to it. Each press of Spin or Reveal is one play with a new request id, sent again
 * unchanged when that same play is retried, so a retry never draws twice.
 */
export function GamePlayer(props: { game: PlayableGame; slug: string; initialStatus: GameStatus; startAtPlay?: boolean }) {
  const { game, slug } = props;
  const { locale } = game;
  const t = (key: Parameters<typeof translate>[1], values?: Record<string, string | number>) => translate(locale, key, values);
  const [status, setStatus] = useState<GameStatus>(props.initialStatus);
  const canStartAtPlay = props.startAtPlay === true && props.initialStatus.playsLeft > 0 && !props.initialStatus.isLeadRequired;
  const [stage, setStage] = useState<Stage>(canStartAtPlay ? { at: 'play', round: 0 } : { at: 'cover' });
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [share, setShare] = useState<GameSharePack | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const pendingRequestRef = useRef<string | null>(null);
  const lastPlayRef = useRef<GamePlayResponse | null>(null);
  const resultHeadingRef = useRef<HTMLHeadingElement>(null);
  const brandStyle = getBrandCssVariables(game.brand) as CSSProperties;
  // Set once the page is interactive: a press before then would do nothing, so tests wait for it.
  const [isHydrated, setIsHydrated] = useState(false);
  useEffect(() => setIsHydrated(true), []);

  useEffect(() => {
    if (stage.at === 'result') resultHeadingRef.current?.focus();
  }, [stage]);

  function begin() {
    setError(null);
    setStage(game.askName || status.isLeadRequired ? { at: 'details' } : { at: 'play', round: 0 });
  }

  async function play(): Promise<GamePlayResponse | null> {
    const requestId = pendingRequestRef.current ?? createRequestId();
    pendingRequestRef.current = requestId;
    setError(null);
    const trimmed = name.trim();
    const answer = await postPlay({ slug, requestId, name: game.askName && trimmed ? trimmed : undefined });
    if (answer.ok) {
      pendingRequestRef.current = null;
      lastPlayRef.current = answer.data;
      setStatus((current) => ({ ...current, playsUsed: answer.data.playsUsed, playsAllowed: answer.data.playsAllowed, playsLeft: answer.data.playsLeft }));
      return answer.data;
    }
    // A failure that reached no decision (the network, a server error) keeps the request id: the next press
    // retries the same play. A refusal is final, and the next press is a new play.
    if (answer.status !== 0 && answer.status < 500) pendingRequestRef.current = null;
    if (answer.reason === 'lead_required') {
      setStatus((current) => ({ ...current, isLeadRequired: true, hasLead: false }));
      setStage({ at: 'details' });
    } else if (answer.reason === 'no_plays_left') {
      setStatus((current) => ({ ...current, playsLeft: 0 }));
      setError(t('game_no_plays_left'));
    } else if (answer.status === 410) {
      setError(answer.message);
    } else if (answer.status === 400 && /cookie/i.test(answer.message)) {
      setError(t('game_cookies_needed'));
    } else {
      setError(t('error_generic'));
    }
    return null;
  }

  function showResult() {
    const played = lastPlayRef.current;
    if (!played?.outcome) return;
    const { outcome } = played;
    setStage({ at: 'result', play: played, outcome, round: stage.at === 'play' ? stage.round : 0 });
    setAnnouncement(outcome.isWin ? t('game_won_announce', { prize: outcome.title }) : `${outcome.title} ${outcome.description}`);
    setShare(null);
    void getSharePack(played.resultId).then((answer) => {
      if (answer.ok && answer.data.resultId === played.resultId) setShare(answer.data);
    });
  }

  function playAgain() {
    setError(null);
    setAnnouncement('');
    setStage({ at: 'play', round: (stage.at === 'result' ? stage.round : 0) + 1 });
  }

  const isOutOfPlays = status.playsLeft <= 0;
  const lastResultId = status.plays.at(-1)?.resultId;

  return (
    <div className="player game-player" style={brandStyle} data-kind={game.kind} data-stage={stage.at} data-hydrated={isHydrated || undefined}>
      {stage.at === 'cover' ? (
        <section className="cover" aria-labelledby="game-title">
          <div className="cover-art">
            {game.coverImage ? (
              // eslint-disable-next-line @next/next/no-img-element
              <img src={game.coverImage} alt={game.coverImageAlt ?? ''} />
            ) : null}
            {game.coverEmoji ? (
              <span className="cover-emoji">
                <Emoji emoji={game.coverEmoji} size={88} label="" />
              </span>
            ) : null}
          </div>
          <div className="cover-body">
            <p className="pill">{t(game.kind === 'wheel' ? 'game_kind_wheel' : 'game_kind_scratch')}</p>
            <h1 id="game-title">{game.title}</h1>
            {game.description ? <p className="lead">{game.description}</p> : null}
            <PrizeList game={game} />
            <p className="muted small game-rules">
              {t('game_free_plays', { count: formatCount(locale, game.playsPerPlayer) })}
              {game.shareToPlayAgain.isEnabled ? (
                <>
                  {' · '}
                  {t(game.shareToPlayAgain.extraPlaysPerFriend === 1 ? 'game_share_rule_one' : 'game_share_rule_many', {
                    n: game.shareToPlayAgain.extraPlaysPerFriend,
                    max: formatCount(locale, game.shareToPlayAgain.maxExtraPlays),
                  })}
                </>
              ) : null}
            </p>
            {isOutOfPlays ? (
              <div className="out-of-plays" data-testid="out-of-plays">
                <p>
                  <strong>{t('game_used_plays')}</strong>
                </p>
                {lastResultId ? (
                  <Link className="button primary big" href={`/q/${slug}/r/${lastResultId}`}>
                    {t('see_result')}
                  </Link>
                ) : null}
              </div>
            ) : (
              <button type="button" className="button primary big" onClick={begin} autoFocus data-testid="game-start">
                {t('game_start')}
              </button>
            )}
            <BrandLine game={game} />
          </div>
        </section>
      ) : null}

      {stage.at === 'details' ? (
        <section className="play-card">
          <GameHeader game={game} playsLeft={status.playsLeft} />
          <LeadForm
            slug={slug}
            locale={locale}
            askName={game.askName}
            name={name}
            onNameChange={setName}
            consentText={status.isLeadRequired ? game.consentText : null}
            onDone={() => {
              setStatus((current) => ({ ...current, isLeadRequired: false, hasLead: current.hasLead || current.isLeadRequired }));
              setStage({ at: 'play', round: 0 });
            }}
          />
        </section>
      ) : null}

      {stage.at === 'play' ? (
        <section className="play-card game-stage" aria-labelledby="game-stage-title">
          <GameHeader game={game} playsLeft={status.playsLeft} titleId="game-stage-title" />
          {game.kind === 'wheel' ? (
            <WheelGame
              key={stage.round}
              game={game}
              isDisabled={isOutOfPlays}
              onSpin={async () => {
                const played = await play();
                return played?.segmentId ? { segmentId: played.segmentId } : null;
              }}
              onLanded={showResult}
            />
          ) : (
            <ScratchGame key={stage.round} game={game} isDisabled={isOutOfPlays} onStart={async () => (await play())?.outcome ?? null} onRevealed={showResult} />
          )}
          {error ? (
            <p className="error" role="alert" data-testid="game-error">
              {error}
            </p>
          ) : null}
        </section>
      ) : null}

      {stage.at === 'result' ? (
        <GameResult
          game={game}
          outcome={stage.outcome}
          code={stage.play.code}
          hasCode={stage.play.hasCode}
          share={share}
          cardPath={share?.cardPath ?? null}
          storyPath={share?.storyPath ?? null}
          headingRef={resultHeadingRef}
        >
          <PlaysStatus key={stage.play.playId} slug={slug} game={game} initialStatus={status} playAgain={{ onPlayAgain: playAgain }} />
        </GameResult>
      ) : null}

      <p className="visually-hidden" role="status" aria-live="polite" data-testid="game-announcement">
        {announcement}
      </p>
    </div>
  );
}

function GameHeader({ game, playsLeft, titleId }: { game: PlayableGame; playsLeft: number; titleId?: string }) {
  return (
    <header className="game-header">
      {game.brand.logo ? (
        // eslint-disable-next-line @next/next/no-img-element
        <img src={game.brand.logo} alt={game.brand.logoAlt ?? ''} className="game-header-logo" />
      ) : null}
      <h1 className="game-header-title" id={titleId}>
        {game.title}
      </h1>
      <span className="pill game-header-plays" data-testid="header-plays-left">
        {translate(game.locale, 'game_plays_left', { count: formatCount(game.locale, playsLeft) })}
      </span>
    </header>
  );
}

function PrizeList({ game }: { game: PlayableGame }) {
  if (game.prizes.length === 0) return null;
  const t = (key: Parameters<typeof translate>[1], values?: Record<string, string | number>) => translate(game.locale, key, values);
  return (
    <div className="prize-list">
      <h2 className="prize-list-title">{t('game_prizes_title')}</h2>
      <ul>
        {game.prizes.map((prize) => (
          <li key={prize.id}>
            {prize.emoji ? <Emoji emoji={prize.emoji} size={28} label="" /> : <span className="prize-dot" aria-hidden="true" />}
            <span>{prize.title}</span>
          </li>
        ))}
        {game.tiers.flatMap((tier) =>
          tier.prizes.map((prize) => (
            <li key={prize.id} className="is-locked">
              {prize.emoji ? <Emoji emoji={prize.emoji} size={28} label="" /> : <span className="prize-dot" aria-hidden="true" />}
              <span>
                {prize.title}
                <small>
                  <Emoji emoji="🔒" size={14} label="" /> {t('game_tier_unlock', { friends: formatCount(game.locale, tier.friends) })}
                </small>
              </span>
            </li>
          )),
        )}
      </ul>
    </div>
  );
}

function BrandLine({ game }: { game: PlayableGame }) {
  return (
    <p className="muted small brand-line">
      {game.brand.logo ? (
        // eslint-disable-next-line @next/next/no-img-element
        <img src={game.brand.logo} alt={game.brand.logoAlt ?? ''} />
      ) : null}
      {game.brand.name}
    </p>
  );
}
