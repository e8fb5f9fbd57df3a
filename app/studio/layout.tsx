import './studio.css';
import type { Metadata } from 'next';
import Link from 'next/link';
import type { ReactNode } from 'react';
import { findCurrentWorkspace } from '@/app/_lib/studio';
import { getStudioLocale } from '@/app/_lib/studio-locale';
import { LocaleToggle } from '@/components/studio/auth/LocaleToggle';
import { SignInRedirect } from '@/components/studio/auth/SignInRedirect';
import { SignOutButton } from '@/components/studio/auth/SignOutButton';
import { StudioNav } from '@/components/studio/auth/StudioNav';
import { WorkspaceSwitcher } from '@/components/studio/auth/WorkspaceSwitcher';
import { studioText } from '@/lib/studio-i18n';

export const metadata: Metadata = { title: { default: 'Studio', template: '%s · Ripple Studio' }, robots: { index: false } };

/** The studio's frame: signed-in only; the brand, the workspace, the sections, the language and sign-out. */
export default async function StudioLayout({ children }: { children: ReactNode }) {
  const [current, locale] = await Promise.all([findCurrentWorkspace(), getStudioLocale()]);
  // Without a session nothing of the studio is shown. The proxy and the page redirect to sign-in with the page's
  // path as `next` (a layout does not know the URL); should both miss it, the client-side redirect does it.
  if (!current) return <SignInRedirect label={studioText(locale, 'signin_link')} />;
  const { workspaceId, role, memberships } = current;
  const t = (key: Parameters<typeof studioText>[1]) => studioText(locale, key);
  const links = [
    { href: '/studio', label: t('nav_quizzes') },
    { href: '/studio/analytics', label: t('nav_analytics') },
    ...(role === 'owner' ? [{ href: '/studio/members', label: t('nav_members') }, { href: '/studio/settings', label: t('nav_settings') }] : []),
    { href: '/studio/account', label: t('nav_account') },
  ];
  return (
    <div className="studio" lang={locale} dir={locale === 'ar' ? 'rtl' : 'ltr'} data-testid="studio">
      <a className="btn btn-primary studio-skip" href="#studio-content">
        {t('frame_skip')}
      </a>
      <header className="studio-header">
        <div className="studio-header-inner">
          <Link className="studio-brand" href="/studio">
            <span className="studio-brand-mark" aria-hidden="true" />
            {t('frame_brand')}
          </Link>
          <WorkspaceSwitcher locale={locale} currentId={workspaceId} workspaces={memberships} />
          <StudioNav label={t('frame_nav_label')} links={links} />
          <div className="studio-header-end">
            <LocaleToggle locale={locale} />
            <SignOutButton locale={locale} />
          </div>
        </div>
      </header>
      <div id="studio-content" tabIndex={-1}>
        {children}
      </div>
    </div>
  );
}
