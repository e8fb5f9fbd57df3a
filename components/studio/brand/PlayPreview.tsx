'use client';

import type { CSSProperties } from 'react';
import { Emoji } from '@/components/Emoji';
import { translate } from '@/lib/i18n';
import { getDirection, type QuizDefinition } from '@/lib/quiz-schema';

/** The phone-sized frame the play page is drawn in, in CSS pixels, before it is scaled down. */
export const playFrame = { width: 390, height: 660 };

/**
 * The play page's cover as a player sees it on a phone, drawn with the player's own styles and the draft's brand,
 * scaled down and inert (nothing in it can be clicked or focused): the colors, logo, cover, title and Start
 * button follow every edit at once.
 */
export function PlayPreview({ draft, label, scale }: { draft: QuizDefinition; label: string; scale: number }) {
  const { brand, locale } = draft;
  const t = (key: Parameters<typeof translate>[1]) => translate(locale, key);
  const brandStyle = { '--brand': brand.primary, '--brand-bg': brand.background, '--brand-text': brand.text } as CSSProperties;
  return (
    <figure className="play-preview" aria-label={label} style={{ inlineSize: playFrame.width * scale, blockSize: playFrame.height * scale }}>
      <div className="play-preview-frame" inert style={{ width: playFrame.width, height: playFrame.height, transform: `scale(${scale})` }}>
        <main className="page play-preview-page" lang={locale} dir={getDirection(locale)} style={brandStyle} data-testid="play-preview">
          <div className="player">
            <section className="cover">
              <div className="cover-art">
                {draft.coverImage ? (
                  // eslint-disable-next-line @next/next/no-img-element
                  <img src={draft.coverImage} alt={draft.coverImageAlt ?? ''} />
                ) : null}
                {draft.coverEmoji ? (
                  <span className="cover-emoji">
                    <Emoji emoji={draft.coverEmoji} size={72} label="" />
                  </span>
                ) : null}
              </div>
              <div className="cover-body">
                <p className="pill">{t(`kind_${draft.kind}`)}</p>
                <h1 className="play-preview-title">{draft.title}</h1>
                {draft.description ? <p className="lead play-preview-lead">{draft.description}</p> : null}
                <span className="button primary big">{t('start')}</span>
                <p className="muted small play-preview-brand">
                  {brand.logo ? (
                    // eslint-disable-next-line @next/next/no-img-element
                    <img src={brand.logo} alt={brand.logoAlt ?? ''} />
                  ) : null}
                  {brand.name}
                </p>
              </div>
            </section>
          </div>
        </main>
      </div>
    </figure>
  );
}
