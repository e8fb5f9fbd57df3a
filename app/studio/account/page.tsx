import type { Metadata } from 'next';
import { getCurrentWorkspace } from '@/app/_lib/studio';
import { getStudioLocale } from '@/app/_lib/studio-locale';
import { isolate } from '@/components/studio/auth/bidi';
import { ChangePasswordForm } from '@/components/studio/auth/ChangePasswordForm';
import { SignOutButton } from '@/components/studio/auth/SignOutButton';
import { studioText } from '@/lib/studio-i18n';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Account' };

/** The account: who is signed in, a password change, and sign-out. */
export default async function AccountPage() {
  const { user } = await getCurrentWorkspace('/studio/account');
  const locale = await getStudioLocale();
  const t = (key: Parameters<typeof studioText>[1], values?: Record<string, string>) => studioText(locale, key, values);
  return (
    <main className="studio-main studio-main-narrow stack-lg">
      <div className="stack-sm">
        <h1>{t('account_title')}</h1>
        <p className="muted page-lead" data-testid="signed-in-as">
          {t('account_signed_in_as', { name: isolate(user.name), email: isolate(user.email) })}
        </p>
      </div>
      <section className="card stack" aria-labelledby="password-title">
        <div className="stack-sm">
          <h2 id="password-title">{t('password_title')}</h2>
          <p className="muted page-lead small">{t('password_lead')}</p>
        </div>
        <ChangePasswordForm locale={locale} />
      </section>
      <section className="card stack" aria-labelledby="signout-title">
        <div className="stack-sm">
          <h2 id="signout-title">{t('signout_title')}</h2>
          <p className="muted page-lead small">{t('signout_lead')}</p>
        </div>
        <div>
          <SignOutButton locale={locale} className="btn btn-danger" />
        </div>
      </section>
    </main>
  );
}
