'use client';

import type { StudioLocale } from '@/lib/studio-i18n';

/** Placeholder: replaced by the real panel. */
export function BrandPanel(_props: { locale: StudioLocale }) {
  return null;
}
