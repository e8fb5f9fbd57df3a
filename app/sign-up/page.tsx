import '../studio/studio.css';
import type { Metadata } from 'next';
import Link from 'next/link';
import { toLocalPath } from '@/app/_lib/studio';
import { getStudioLocale } from '@/app/_lib/studio-locale';
import { AuthFrame } from '@/components/studio/auth/AuthFrame';
import { SignUpForm } from '@/components/studio/auth/SignUpForm';
import { studioText } from '@/lib/studio-i18n';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Create an account', robots: { index: false } };

type Props = { searchParams: Promise<{ next?: string | string[] }> };

export default async function SignUpPage({ searchParams }: Props) {
  const { next } = await searchParams;
  const target = toLocalPath(typeof next === 'string' ? next : null);
  const locale = await getStudioLocale();
  const t = (key: Parameters<typeof studioText>[1]) => studioText(locale, key);
  return (
    <AuthFrame locale={locale}>
      <div className="stack-sm">
        <h1>{t('signup_title')}</h1>
        <p className="muted page-lead">{t('signup_lead')}</p>
      </div>
      <SignUpForm locale={locale} next={target} />
      <p className="auth-switch muted">
        {t('signup_have_account')} <Link href={`/sign-in?next=${encodeURIComponent(target)}`}>{t('signin_link')}</Link>
      </p>
    </AuthFrame>
  );
}
