'use client';

import '../brand.css';
import './games.css';
import { sampleNames } from '@/lib/prelaunch-checks';
import { getDirection } from '@/lib/quiz-schema';
import { studioText, type StudioLocale, type StudioMessageKey } from '@/lib/studio-i18n';
import { BrandFrame } from '../brand/BrandFrame';
import { useGameDraft } from '../draft-context';
import { GamePreview } from './GamePreview';

const variables = ['{name}', '{result}', '{quiz}'] as const;

/**
 * The brand tab of a mini-game: the same name, logo, colors, card layout and font as a quiz's, the text that goes
 * with a share, and beside them the wheel or the scratch card in those colors, redrawn as they change.
 */
export function GameBrandPanel({ locale }: { locale: StudioLocale }) {
  const { draft } = useGameDraft();
  const t = (key: StudioMessageKey, values?: Record<string, string | number>) => studioText(locale, key, values);
  const previewLabel = draft.kind === 'wheel' ? t('games_preview_wheel', { count: draft.segments.length }) : t('games_preview_card');
  return (
    <BrandFrame
      locale={locale}
      shareCard={<GameShareTextCard locale={locale} />}
      previewTitle={t('games_preview_title')}
      preview={
        <div className="card stack-sm game-preview-card">
          <h2 className="games-subtitle">{t('games_preview_title')}</h2>
          <GamePreview draft={draft} label={previewLabel} emptyLabel={t('games_preview_empty')} />
          <p className="muted small">{t('games_brand_preview_note')}</p>
        </div>
      }
    />
  );
}

/** The text that goes with every share of a result, with its variables and how it reads for a sample winner. */
function GameShareTextCard({ locale }: { locale: StudioLocale }) {
  const { draft, updateDraft, isReadOnly } = useGameDraft();
  const t = (key: StudioMessageKey, values?: Record<string, string | number>) => studioText(locale, key, values);
  const fallback = t(draft.locale === 'ar' ? 'games_share_default_ar' : 'games_share_default_en');
  const text = draft.shareText ?? '';
  const prize = draft.prizes[0]?.title || t('games_prize_n', { n: 1 });
  const preview = (text.trim() || fallback).replaceAll('{name}', sampleNames[draft.locale]).replaceAll('{result}', prize).replaceAll('{quiz}', draft.title);
  return (
    <section className="card stack brand-card" aria-labelledby="brand-share-title">
      <div className="stack-sm">
        <h2 id="brand-share-title">{t('brand_share_title')}</h2>
        <p className="muted small">{t('games_share_text_lead')}</p>
      </div>
      <div className="field share-field">
        <label className="field-label" htmlFor="brand-shareText">
          {t('brand_share_default')}
        </label>
        <textarea
          id="brand-shareText"
          className="input share-textarea"
          rows={2}
          maxLength={280}
          dir="auto"
          value={text}
          placeholder={fallback}
          readOnly={isReadOnly}
          aria-describedby="brand-shareText-hint brand-shareText-preview"
          onChange={(event) => {
            const value = event.target.value;
            updateDraft((d) => ({ ...d, shareText: value === '' ? undefined : value }));
          }}
        />
        <p className="field-hint" id="brand-shareText-hint">
          {t('games_share_text_hint', { variables: variables.join(' ') })}
        </p>
        <p className="share-preview" id="brand-shareText-preview" dir={getDirection(draft.locale)} data-testid="brand-shareText-preview">
          <span className="share-preview-label">{t('brand_share_preview')}</span> {preview}
        </p>
      </div>
    </section>
  );
}
