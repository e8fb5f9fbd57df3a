'use client';

import './brand.css';
import { studioText, type StudioLocale } from '@/lib/studio-i18n';
import { ColorsCard } from './brand/ColorsCard';
import { FontCard } from './brand/FontCard';
import { IdentityCard } from './brand/IdentityCard';
import { LayoutCard } from './brand/LayoutCard';
import { PreviewPane } from './brand/PreviewPane';
import { ShareTextsCard } from './brand/ShareTextsCard';
import { useDraft } from './draft-context';

/**
 * The brand tab: name and logo, colors with their contrast, font, card layout and share texts on one side; on
 * the other, a live preview of the result card (rendered by the server) and of the play page.
 */
export function BrandPanel({ locale }: { locale: StudioLocale }) {
  const { isReadOnly, saveState, saveError, flush } = useDraft();
  const t = (key: Parameters<typeof studioText>[1], values?: Record<string, string | number>) => studioText(locale, key, values);
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
          <ShareTextsCard locale={locale} />
        </div>
        <aside className="brand-aside" aria-label={t('brand_preview_title')}>
          <PreviewPane locale={locale} />
        </aside>
      </div>
    </div>
  );
}
