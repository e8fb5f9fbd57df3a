'use client';

import { useState } from 'react';
import { studioText, type StudioLocale, type StudioMessageKey } from '@/lib/studio-i18n';
import { useDraft } from '../draft-context';
import { PlayPreview } from './PlayPreview';
import { listDraftOutcomes } from './sample';
import { usePreviewCard } from './use-preview-card';

/**
 * The brand tab's live preview: the result card as the server renders it (a real PNG, redrawn 400 ms after the
 * last edit) for a result and a size of the author's choice, and the play page's cover with the brand applied.
 */
export function PreviewPane({ locale }: { locale: StudioLocale }) {
  const { draft, quizId } = useDraft();
  const t = (key: StudioMessageKey, values?: Record<string, string | number>) => studioText(locale, key, values);
  const outcomes = listDraftOutcomes(draft);
  const [resultId, setResultId] = useState<string | undefined>(undefined);
  const [variant, setVariant] = useState<'og' | 'story'>('og');
  const chosen = outcomes.find((o) => o.id === resultId) ?? outcomes[0];
  const card = usePreviewCard({ quizId, definition: draft, variant, resultId: chosen?.id });
  return (
    <div className="stack preview-pane">
      <section className="card stack-sm preview-card-section" aria-labelledby="brand-preview-card-title">
        <div className="row row-between">
          <h2 id="brand-preview-card-title">{t('brand_preview_card')}</h2>
          <span className={`preview-status is-${card.state}`} role="status" aria-live="polite">
            {card.state === 'loading' ? t('brand_preview_updating') : ''}
          </span>
        </div>
        <div className="preview-controls">
          {outcomes.length > 1 ? (
            <label className="field preview-outcome">
              <span className="field-label">{t('brand_preview_outcome')}</span>
              <select className="select" value={chosen?.id ?? ''} onChange={(event) => setResultId(event.target.value)} data-testid="brand-preview-outcome">
                {outcomes.map((o) => (
                  <option key={o.id} value={o.id}>
                    {o.title || o.id}
                  </option>
                ))}
              </select>
            </label>
          ) : null}
          <div className="segmented">
            <span className="field-label" id="brand-preview-size">
              {t('brand_preview_size')}
            </span>
            <div className="segmented-options" role="radiogroup" aria-labelledby="brand-preview-size">
              {(['og', 'story'] as const).map((v) => (
                <label key={v} className={variant === v ? 'is-selected' : undefined}>
                  <input type="radio" name="brand-preview-variant" value={v} checked={variant === v} onChange={() => setVariant(v)} />
                  {t(v === 'og' ? 'brand_preview_og' : 'brand_preview_story')}
                </label>
              ))}
            </div>
          </div>
        </div>
        <div className={`preview-card-frame is-${variant}${card.state === 'loading' ? ' is-loading' : ''}`}>
          {card.url ? (
            // eslint-disable-next-line @next/next/no-img-element
            <img src={card.url} alt={t('brand_preview_card_alt', { result: chosen?.title ?? '' })} data-testid="brand-preview-card" data-version={card.version} width={variant === 'og' ? 1200 : 1080} height={variant === 'og' ? 630 : 1920} />
          ) : (
            <div className="preview-card-placeholder" aria-hidden="true" />
          )}
        </div>
        <p className="muted small preview-size-note">{t('brand_preview_size_note', variant === 'og' ? { width: 1200, height: 630 } : { width: 1080, height: 1920 })}</p>
        {card.state === 'error' ? (
          <p className="field-error" role="alert">
            {t('brand_preview_error', { message: card.error ?? '' })}
          </p>
        ) : null}
      </section>
      <section className="card stack-sm" aria-labelledby="brand-preview-play-title">
        <h2 id="brand-preview-play-title">{t('brand_preview_play')}</h2>
        <PlayPreview draft={draft} label={t('brand_preview_play_label')} scale={0.62} />
      </section>
    </div>
  );
}
