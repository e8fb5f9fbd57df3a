import Link from 'next/link';
import type { ReactNode } from 'react';
import { studioText, type StudioLocale } from '@/lib/studio-i18n';
import { LocaleToggle } from './LocaleToggle';

/** The frame of the pages before the studio (sign-in, sign-up, invitations): the brand, the language, one card. */
export function AuthFrame({ locale, children }: { locale: StudioLocale; children: ReactNode }) {
  return (
    <div className="studio" lang={locale} dir={locale === 'ar' ? 'rtl' : 'ltr'} data-testid="studio">
      <main className="auth-page">
        <div className="auth-top">
          <Link className="studio-brand" href="/studio">
            <span className="studio-brand-mark" aria-hidden="true" />
            {studioText(locale, 'frame_brand')}
          </Link>
          <LocaleToggle locale={locale} />
        </div>
        <div className="card auth-card stack">{children}</div>
      </main>
    </div>
  );
}
