'use client';

import '../brand.css';
import type { ReactNode } from 'react';
import { studioText, type StudioLocale } from '@/lib/studio-i18n';
import { useAnyDraft } from '../draft-context';
import { ColorsCard } from './ColorsCard';
import { FontCard } from './FontCard';
import { IdentityCard } from './IdentityCard';
import { LayoutCard } from './LayoutCard';

/**
 * The brand tab as a quiz and a mini-game share it: the autosave state (or, for a viewer, why nothing can be
 * changed), the name and logo, colors, card layout and font cards, then the share texts and the preview, which
 * differ between the two and so are given by the caller.
 */
export function BrandFrame({ locale, shareCard, previewTitle, preview }: { locale: StudioLocale; shareCard: ReactNode; previewTitle: string; preview: ReactNode }) {
  const { isReadOnly, saveState, saveError, flush } = useAnyDraft();
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
          {shareCard}
        </div>
        <aside className="brand-aside" aria-label={previewTitle}>
          {preview}
        </aside>
      </div>
    </div>
  );
}
