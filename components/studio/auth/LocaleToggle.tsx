'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { studioText, type StudioLocale } from '@/lib/studio-i18n';
import { sendJson } from './request';

/** The EN / ع switch: remembers the studio's UI language in a cookie and renders the page again in it. */
export function LocaleToggle({ locale }: { locale: StudioLocale }) {
  const router = useRouter();
  const [isPending, setIsPending] = useState(false);
  const other: StudioLocale = locale === 'ar' ? 'en' : 'ar';
  async function toggle() {
    setIsPending(true);
    const result = await sendJson('/api/studio/locale', { body: { locale: other } });
    if (result.ok) router.refresh();
    setIsPending(false);
  }
  return (
    <button type="button" className="btn btn-ghost locale-toggle" lang={other} aria-label={studioText(locale, 'frame_language_toggle_label')} data-testid="locale-toggle" disabled={isPending} onClick={toggle}>
      {studioText(locale, 'frame_language_toggle')}
    </button>
  );
}
