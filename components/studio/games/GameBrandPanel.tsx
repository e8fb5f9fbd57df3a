'use client';

import '../brand.css';
import './games.css';
import { sampleNames } from '@/lib/prelaunch-checks';
import { getDirection } from '@/lib/quiz-schema';
import { studioText, type StudioLocale, type StudioMessageKey } from '@/lib/studio-i18n';
import { ColorsCard } from '../brand/ColorsCard';
import { FontCard } from '../brand/FontCard';
import { IdentityCard } from '../brand/IdentityCard';
import { LayoutCard } from '../brand/LayoutCard';
import { useGameDraft } from '../draft-context';
import { GamePreview } from './GamePreview';

const variables = ['{name}', '{result}', '{quiz}'] as const;

/**
 * The brand tab of a mini-game: the same name, logo, colors, card layout and font as a quiz's, the text that goes
 * with a share, and beside them the wheel or the scratch card in those colors, redrawn as they change.
 */
export function GameBrandPanel({ locale }: { locale: StudioLocale }) {
  const { draft, isReadOnly, saveState, saveError, flush } = useGameDraft();
  const t = (key: StudioMessageKey, values?: Record<string, string | number>) => studioText(locale, key, values);
  const previewLabel = draft.kind === 'wheel' ? t('games_preview_wheel', { count: draft.segments.length }) : t('games_preview_card');
  return (
    <div className="brand-panel" data-testid="brand-panel">
      {isReadOnly ? (
        <p className="notice brand-viewer-note">{t('brand_viewer_note')}</p>
      ) : (
        <div className="brand-save-row">
          {saveState === 'error' ? (
            <button type="button" className="btn btn-sm btn-danger" onClick={() => void flush()} data-testid="brand-save-state">
              {t('brand_save_error', { message: saveError ?? '' })}
            </button>
          ) : (
            <span className={`brand-save-state is-${saveState}`} role="status" data-testid="brand-save-state">
              {t(saveState === 'saved' ? 'brand_save_saved' : saveState === 'saving' ? 'brand_save_saving' : 'brand_save_unsaved')}
            </span>
          )}
        </div>
      )}
      <div className="brand-layout">
        <div className="stack brand-form">
          <IdentityCard locale={locale} />
          <ColorsCard locale={locale} />
          <LayoutCard locale={locale} />
          <FontCard locale={locale} />
          <GameShareTextCard locale={locale} />
        </div>
        <aside className="brand-aside" aria-label={t('games_preview_title')}>
          <div className="card stack-sm game-preview-card">
            <h2 className="games-subtitle">{t('games_preview_title')}</h2>
            <GamePreview draft={draft} label={previewLabel} emptyLabel={t('games_preview_empty')} />
            <p className="muted small">{t('games_brand_preview_note')}</p>
          </div>
        </aside>
      </div>
    </div>
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
