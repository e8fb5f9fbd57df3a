'use client';

import './brand.css';
import { studioText, type StudioLocale } from '@/lib/studio-i18n';
import { BrandFrame } from './brand/BrandFrame';
import { PreviewPane } from './brand/PreviewPane';
import { ShareTextsCard } from './brand/ShareTextsCard';

/**
 * The brand tab: name and logo, colors with their contrast, font, card layout and share texts on one side; on
 * the other, a live preview of the result card (rendered by the server) and of the play page.
 */
export function BrandPanel({ locale }: { locale: StudioLocale }) {
  return (
    <BrandFrame locale={locale} shareCard={<ShareTextsCard locale={locale} />} previewTitle={studioText(locale, 'brand_preview_title')} preview={<PreviewPane locale={locale} />} />
  );
}
