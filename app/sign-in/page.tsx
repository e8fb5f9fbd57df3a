import '../studio/studio.css';
import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { getStudioUser, toLocalPath } from '@/app/_lib/studio';
import { getStudioLocale } from '@/app/_lib/studio-locale';
import { AuthFrame } from '@/components/studio/auth/AuthFrame';
import { SignInForm } from '@/components/studio/auth/SignInForm';
import { studioText } from '@/lib/studio-i18n';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Sign in', robots: { index: false } };

type Props = { searchParams: Promise<{ next?: string | string[] }> };

export default async function SignInPage({ searchParams }: Props) {
  const { next } = await searchParams;
  // Only a path of this site: a link to /sign-in?next=https://evil.example must not lead anyone there.
  const target = toLocalPath(typeof next === 'string' ? next : null);
  if (await getStudioUser()) redirect(target);
  const locale = await getStudioLocale();
  const t = (key: Parameters<typeof studioText>[1]) => studioText(locale, key);
  return (
    <AuthFrame locale={locale}>
      <div className="stack-sm">
        <h1>{t('signin_title')}</h1>
        <p className="muted page-lead">{t('signin_lead')}</p>
      </div>
      <SignInForm locale={locale} next={target} />
      <p className="auth-switch muted">
        {t('signin_no_account')} <Link href={`/sign-up?next=${encodeURIComponent(target)}`}>{t('signup_link')}</Link>
      </p>
    </AuthFrame>
  );
}
