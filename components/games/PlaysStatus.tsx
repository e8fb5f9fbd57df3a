'use client';

import Link from 'next/link';
import { useEffect, useRef, useState } from 'react';
import type { GameStatus } from '@/lib/games/api-types';
import type { PlayableGame } from '@/lib/games/playable-game';
import { formatCount, translate } from '@/lib/i18n';
import { Emoji } from '../Emoji';
import { getStatus } from './game-api';
import './games.css';

/** How often the status is asked for while the page is in view. */
const pollMs = 3000;

/**
 * Share to play again, live: plays left, what each friend who plays through the player's link earns ("2 of 3
 * earned"), the friends so far, the reward tiers, and Play again, enabled while a play is left. The status is
 * polled every few seconds while the page is visible (and at once when it becomes visible again), so a friend's
 * play shows without a reload; a new play earned is announced to screen readers.
 */
export function PlaysStatus(props: {
  slug: string;
  game: Pick<PlayableGame, 'locale' | 'shareToPlayAgain' | 'prizes' | 'tiers'>;
  initialStatus: GameStatus | null;
  /** Play again: a button in the play page, a link back to it elsewhere */
  playAgain: { onPlayAgain: () => void } | { href: string };
}) {
  const { slug, game, playAgain } = props;
  const { locale, shareToPlayAgain: share } = game;
  const t = (key: Parameters<typeof translate>[1], values?: Record<string, string | number>) => translate(locale, key, values);
  const [status, setStatus] = useState<GameStatus | null>(props.initialStatus);
  const [announcement, setAnnouncement] = useState('');
  const allowedRef = useRef<number | null>(props.initialStatus?.playsAllowed ?? null);

  useEffect(() => {
    let isActive = true;
    const refresh = async () => {
      if (document.visibilityState !== 'visible') return;
      const answer = await getStatus(slug);
      if (!isActive || !answer.ok) return;
      const before = allowedRef.current;
      if (before !== null && answer.data.playsAllowed > before) setAnnouncement(t('game_earned_announce'));
      allowedRef.current = answer.data.playsAllowed;
      setStatus(answer.data);
    };
    void refresh();
    const timer = window.setInterval(() => void refresh(), pollMs);
    const onVisible = () => void refresh();
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      isActive = false;
      window.clearInterval(timer);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [slug]); // eslint-disable-line react-hooks/exhaustive-deps

  if (!status) return null;
  const titleOf = (id: string) => [...game.prizes, ...game.tiers.flatMap((tier) => tier.prizes)].find((p) => p.id === id)?.title ?? id;
  const tierPrizes = (pool: string[]) => pool.filter((id) => game.tiers.some((tier) => tier.prizes.some((p) => p.id === id))).map(titleOf).join(', ');
  const canPlay = status.playsLeft > 0;
  const earned = { earned: formatCount(locale, status.extraPlays), max: formatCount(locale, share.maxExtraPlays), n: share.extraPlaysPerFriend };

  return (
    <section className="game-status" aria-labelledby="game-status-title" data-testid="plays-status">
      <h2 id="game-status-title" className="share-title">
        {share.isEnabled ? t('game_share_title') : t('play_again')}
      </h2>
      <p className="plays-left" data-testid="plays-left">
        <strong>{t('game_plays_left', { count: formatCount(locale, status.playsLeft) })}</strong>
      </p>
      {share.isEnabled ? (
        <>
          <p data-testid="share-line" className="share-line">
            {status.isMaxReached ? t('game_max_reached', earned) : t(share.extraPlaysPerFriend === 1 ? 'game_share_line_one' : 'game_share_line_many', earned)}
          </p>
          <p className="muted small" data-testid="friends">
            {t('game_friends', { count: formatCount(locale, status.friends) })}
          </p>
          {status.isDailyCapReached && !status.isMaxReached ? <p className="muted small">{t('game_daily_cap')}</p> : null}
          {status.tiersReached.length > 0 || status.nextTier ? (
            <ul className="tiers">
              {status.tiersReached.map((tier) => (
                <li key={tier.friends} className="is-reached">
                  <Emoji emoji="🔓" size={18} label="" /> {t('game_tier_reached', { prizes: tierPrizes(tier.prizePool) })}
                </li>
              ))}
              {status.nextTier ? (
                <li data-testid="next-tier">
                  <Emoji emoji="🔒" size={18} label="" />{' '}
                  {t('game_tier_next', { friends: formatCount(locale, status.nextTier.friends), prizes: tierPrizes(status.nextTier.prizePool), count: formatCount(locale, status.nextTier.friendsNeeded) })}
                  <span className="tier-track" aria-hidden="true">
                    <span style={{ transform: `scaleX(${Math.min(1, status.friends / status.nextTier.friends)})` }} />
                  </span>
                </li>
              ) : null}
            </ul>
          ) : null}
        </>
      ) : null}
      <p className="center">
        {canPlay && 'href' in playAgain ? (
          <Link className="button primary big" href={playAgain.href} data-testid="play-again">
            {t('play_again')}
          </Link>
        ) : (
          <button type="button" className="button primary big" disabled={!canPlay} onClick={'onPlayAgain' in playAgain ? playAgain.onPlayAgain : undefined} data-testid="play-again">
            {t('play_again')}
          </button>
        )}
      </p>
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
    </section>
  );
}
