'use client';

import type { CSSProperties } from 'react';
import { Emoji } from '@/components/Emoji';
import type { EmbedOptions } from '@/lib/embed/options';
import { translate } from '@/lib/i18n';
import { getDirection, type QuizDefinition } from '@/lib/quiz-schema';
import { studioText, type StudioLocale } from '@/lib/studio-i18n';

/** Text color that reads on a background color (the loader picks its button's ink the same way). */
function getInk(hex: string): string {
  const n = parseInt(hex.slice(1), 16);
  return (n >> 16) * 0.299 + ((n >> 8) & 255) * 0.587 + (n & 255) * 0.114 > 160 ? '#111827' : '#ffffff';
}

/** The game's cover in miniature, in the draft's colors: what the frame shows first. */
function GameSketch({ draft, startLabel }: { draft: QuizDefinition; startLabel: string }) {
  const style = { '--ep-brand': draft.brand.primary, '--ep-brand-bg': draft.brand.background } as CSSProperties;
  return (
    <div className="ep-game" style={style} lang={draft.locale} dir={getDirection(draft.locale)} data-testid="embed-preview-game">
      <div className="ep-cover">{draft.coverEmoji ? <Emoji emoji={draft.coverEmoji} size={28} label="" /> : null}</div>
      <div className="ep-game-body">
        <strong className="ep-game-title">{draft.title}</strong>
        <span className="ep-start">{startLabel}</span>
      </div>
    </div>
  );
}

/**
 * A sketch of a company's page with the game where the snippet puts it: in the text (inline), over the page
 * (popup, shown open, with its button), sliding in from a side (slider, with its corner button) or covering it
 * (full page). It follows every option as it is changed; the trigger is named under it.
 */
export function EmbedPreview({ locale, options, draft }: { locale: StudioLocale; options: EmbedOptions; draft: QuizDefinition }) {
  const t = (key: Parameters<typeof studioText>[1], values?: Record<string, string | number>) => studioText(locale, key, values);
  const { mode } = options;
  const isOverlay = mode === 'popup' || mode === 'slider';
  const chrome = { '--ep-color': options.color, '--ep-ink': getInk(options.color) } as CSSProperties;
  const buttonText = options.buttonText.trim() || draft.title;
  const lines = (count: number, key: string) => Array.from({ length: count }, (_, i) => <span key={`${key}${i}`} className="ep-line" style={{ inlineSize: `${[92, 100, 84, 96, 70][i % 5]}%` }} />);
  // The preview page is drawn 560 px wide; widths scale to it.
  const scale = 0.42;
  const gameWidth = mode === 'inline' ? (options.width > 0 ? `${Math.min(100, (options.width * scale * 100) / 560)}%` : '100%') : mode === 'fullpage' ? '100%' : `${Math.min(92, (options.width * scale * 100) / 560 + 20)}%`;
  const trigger =
    isOverlay && options.trigger === 'delay'
      ? t('embed_preview_trigger_delay', { seconds: options.delaySeconds })
      : isOverlay && options.trigger === 'scroll'
        ? t('embed_preview_trigger_scroll', { percent: options.scrollPercent })
        : isOverlay && options.trigger === 'exit'
          ? t('embed_preview_trigger_exit')
          : null;
  return (
    <section className="card stack-sm" aria-labelledby="embed-preview-title">
      <h2 id="embed-preview-title">{t('embed_preview_heading')}</h2>
      <p className="field-hint">{t('embed_preview_hint')}</p>
      <figure className={`embed-preview ep-${mode}`} style={chrome} data-testid="embed-preview" data-mode={mode} aria-label={t('embed_preview_heading')} dir="ltr">
        <div className="ep-bar" aria-hidden="true">
          <span className="ep-dots" />
          <span className="ep-url">{t('embed_preview_site')}</span>
        </div>
        <div className="ep-page" inert>
          <span className="ep-heading" />
          {lines(3, 'a')}
          {mode === 'inline' ? (
            <div className="ep-inline" style={{ inlineSize: gameWidth }}>
              <GameSketch draft={draft} startLabel={translate(draft.locale, 'start')} />
            </div>
          ) : null}
          {mode === 'popup' && options.trigger === 'button' ? <span className="ep-launcher">{buttonText}</span> : null}
          {lines(4, 'b')}
          {mode === 'slider' ? <span className={`ep-launcher ep-corner ep-${options.side}`}>{buttonText}</span> : null}
          {mode === 'popup' ? (
            <div className="ep-shade">
              <div className="ep-dialog" style={{ inlineSize: gameWidth }}>
                <span className="ep-close">×</span>
                <GameSketch draft={draft} startLabel={translate(draft.locale, 'start')} />
              </div>
            </div>
          ) : null}
          {mode === 'slider' ? (
            <div className={`ep-panel ep-${options.side}`} style={{ inlineSize: gameWidth }}>
              <span className="ep-close">×</span>
              <GameSketch draft={draft} startLabel={translate(draft.locale, 'start')} />
            </div>
          ) : null}
          {mode === 'fullpage' ? (
            <div className="ep-full">
              <GameSketch draft={draft} startLabel={translate(draft.locale, 'start')} />
            </div>
          ) : null}
        </div>
      </figure>
      {trigger ? (
        <p className="embed-trigger-note" data-testid="embed-preview-trigger">
          {trigger}
        </p>
      ) : null}
    </section>
  );
}
