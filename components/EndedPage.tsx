'use client';

import { useEffect, useState, type CSSProperties } from 'react';
import { getBrandCssVariables } from '@/lib/brand-font';
import { getClosedMessageKeys, type ClosedCampaignState } from '@/lib/campaign';
import { translate } from '@/lib/i18n';
import type { PlayableQuiz } from '@/lib/quiz-view';
import { Emoji } from './Emoji';

type Props = {
  quiz: Pick<PlayableQuiz, 'locale' | 'title' | 'coverImage' | 'coverImageAlt' | 'coverEmoji' | 'brand'>;
  state: ClosedCampaignState;
  startsAt: number | null;
  message: string | null;
  url: string | null;
};

/**
 * What players see instead of a quiz that is not live: a page in the quiz's colors and language saying the
 * campaign has ended (or starts on a date, is paused, is full), with the author's optional message and link.
 */
export function EndedPage({ quiz, state, startsAt, message, url }: Props) {
  const { locale, brand } = quiz;
  const keys = getClosedMessageKeys(state);
  const date = useStartDate(locale, startsAt);
  const brandStyle = getBrandCssVariables(brand) as CSSProperties;
  return (
    <div className="player" style={brandStyle} data-testid="campaign-closed" data-state={state}>
      <section className="cover" aria-labelledby="closed-title">
        <div className="cover-art">
          {quiz.coverImage ? (
            // eslint-disable-next-line @next/next/no-img-element
            <img src={quiz.coverImage} alt={quiz.coverImageAlt ?? ''} style={{ opacity: 0.55 }} />
          ) : null}
          {quiz.coverEmoji ? (
            <span className="cover-emoji">
              <Emoji emoji={quiz.coverEmoji} size={88} label="" />
            </span>
          ) : null}
        </div>
        <div className="cover-body">
          <p className="pill">{quiz.title}</p>
          <h1 id="closed-title">{translate(locale, keys.title)}</h1>
          <p className="lead">{translate(locale, keys.text, { date })}</p>
          {message ? (
            <p data-testid="closed-message" style={{ whiteSpace: 'pre-line', fontSize: '1.05rem' }}>
              {message}
            </p>
          ) : null}
          {url ? (
            <a className="button primary big" href={url} rel="noopener noreferrer" data-testid="closed-link">
              {translate(locale, 'campaign_link')}
            </a>
          ) : null}
          <p className="muted small" style={{ marginBlockStart: '1.25rem' }}>
            {brand.logo ? (
              // eslint-disable-next-line @next/next/no-img-element
              <img src={brand.logo} alt="" style={{ blockSize: 28, inlineSize: 'auto', maxInlineSize: 120, verticalAlign: 'middle', marginInlineEnd: 8 }} />
            ) : null}
            {brand.name}
          </p>
        </div>
      </section>
    </div>
  );
}

// The start date is written in UTC on the server, then in the reader's own time zone once in the browser.
function useStartDate(locale: PlayableQuiz['locale'], startsAt: number | null): string {
  const format = (timeZone: string | undefined) =>
    startsAt === null
      ? ''
      : new Intl.DateTimeFormat(locale === 'ar' ? 'ar-u-nu-latn' : 'en', { year: 'numeric', month: 'long', day: 'numeric', hour: 'numeric', minute: '2-digit', timeZone, timeZoneName: 'short' }).format(startsAt);
  const [text, setText] = useState(() => format('UTC'));
  useEffect(() => setText(format(undefined)), [locale, startsAt]); // eslint-disable-line react-hooks/exhaustive-deps
  return text;
}
