'use client';

import { useState, type ReactNode, type Ref } from 'react';
import type { GameOutcome } from '@/lib/games/game-schema';
import type { GameSharePack, PlayableGame } from '@/lib/games/playable-game';
import { translate } from '@/lib/i18n';
import { Emoji } from '../Emoji';
import { ShareButtons } from '../ShareButtons';
import './games.css';

/**
 * A game play's result: the prize (or "try again") with its picture, text and link; the win code when this is
 * the answer that revealed it (shown once, with a copy button and a word that it will not be shown again), or a
 * note that it was shown on the play page; then `children` (share to play again), the share buttons and the card.
 */
export function GameResult(props: {
  game: Pick<PlayableGame, 'locale' | 'title'>;
  outcome: GameOutcome;
  /** the code, only right after the play that won it */
  code: string | null;
  hasCode: boolean;
  /** the owner's links and texts; null for someone else's result, or while they load */
  share: GameSharePack | null;
  /** the card's path, shown to anyone */
  cardPath: string | null;
  storyPath: string | null;
  headingRef?: Ref<HTMLHeadingElement>;
  children?: ReactNode;
}) {
  const { game, outcome, code, hasCode, share, cardPath, storyPath, headingRef, children } = props;
  const { locale } = game;
  const t = (key: Parameters<typeof translate>[1], values?: Record<string, string | number>) => translate(locale, key, values);
  return (
    <div className="result game-result" data-outcome={outcome.id} data-win={outcome.isWin}>
      <section className={`result-head${outcome.isWin ? ' is-win' : ''}`} aria-labelledby="result-title">
        <p className="muted">{game.title}</p>
        {outcome.image ? (
          // eslint-disable-next-line @next/next/no-img-element
          <img className="prize-image" src={outcome.image} alt={outcome.imageAlt ?? ''} width={160} height={160} />
        ) : outcome.emoji ? (
          <span className="prize-emoji">
            <Emoji emoji={outcome.emoji} size={80} label="" />
          </span>
        ) : null}
        {outcome.isWin ? <p className="pill">{t('game_you_won')}</p> : null}
        <h1 id="result-title" ref={headingRef} tabIndex={-1}>
          {outcome.title}
        </h1>
        {outcome.description ? <p className="lead">{outcome.description}</p> : null}
        {code ? <WinCode code={code} locale={locale} /> : hasCode ? <p className="muted small" data-testid="code-shown">{t('game_code_shown')}</p> : null}
        {outcome.cta ? (
          <a className="button ghost" href={outcome.cta.url} rel="noopener noreferrer" target="_blank">
            {outcome.cta.label}
          </a>
        ) : null}
      </section>

      {children}

      {share ? (
        <ShareButtons
          resultId={share.resultId}
          locale={locale}
          links={share.links}
          text={share.shareText}
          texts={share.shareTexts}
          title={game.title}
          cardPath={share.cardPath}
        />
      ) : null}

      {cardPath ? (
        <section className="card-preview">
          {/* eslint-disable-next-line @next/next/no-img-element */}
          <img src={cardPath} width={1200} height={630} alt={t('card_alt', { result: outcome.title })} data-testid="result-card" />
          <div className="card-actions">
            <a className="button ghost" href={cardPath} download="ripple-card.png">
              {t('download_card')}
            </a>
            {storyPath ? (
              <a className="button ghost" href={storyPath} download="ripple-story.png">
                {t('download_story')}
              </a>
            ) : null}
          </div>
        </section>
      ) : null}
    </div>
  );
}

function WinCode({ code, locale }: { code: string; locale: PlayableGame['locale'] }) {
  const t = (key: Parameters<typeof translate>[1]) => translate(locale, key);
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  async function copy() {
    try {
      await navigator.clipboard.writeText(code);
      setState('copied');
    } catch {
      setState('failed');
    }
  }
  return (
    <div className="win-code" data-testid="win-code">
      <p className="win-code-label" id="win-code-label">
        {t('game_code_label')}
      </p>
      <div className="win-code-row">
        <output className="win-code-value" aria-labelledby="win-code-label" dir="ltr" data-testid="win-code-value">
          {code}
        </output>
        <button type="button" className="button ghost" onClick={() => void copy()} data-testid="copy-code">
          {state === 'copied' ? t('game_code_copied') : t('game_code_copy')}
        </button>
      </div>
      <p className="small win-code-note">{t('game_code_once')}</p>
      <p className="visually-hidden" role="status">
        {state === 'copied' ? t('game_code_copied') : ''}
      </p>
    </div>
  );
}
