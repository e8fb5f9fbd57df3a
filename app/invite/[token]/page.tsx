import '../../studio/studio.css';
import type { Metadata } from 'next';
import Link from 'next/link';
import { getStudioUser } from '@/app/_lib/studio';
import { getStudioLocale } from '@/app/_lib/studio-locale';
import { AcceptInvite } from '@/components/studio/auth/AcceptInvite';
import { isolate } from '@/components/studio/auth/bidi';
import { AuthFrame } from '@/components/studio/auth/AuthFrame';
import { SignOutButton } from '@/components/studio/auth/SignOutButton';
import { getDb } from '@/db/client';
import { findInvite } from '@/db/members';
import { studioText } from '@/lib/studio-i18n';

export const dynamic = 'force-dynamic';
// The token is a secret: no index, and no referrer to carry it to other sites.
export const metadata: Metadata = { title: 'Invitation', robots: { index: false }, referrer: 'no-referrer' };

type Props = { params: Promise<{ token: string }> };

/** An invite link: what it offers, then sign-in or sign-up, then "Join"; or why it no longer works. */
export default async function InvitePage({ params }: Props) {
  const { token } = await params;
  const locale = await getStudioLocale();
  const t = (key: Parameters<typeof studioText>[1], values?: Record<string, string>) => studioText(locale, key, values);
  const invite = findInvite(getDb(), token, Date.now());
  if (!invite.ok) {
    return (
      <AuthFrame locale={locale}>
        <h1 data-testid="invite-problem" data-reason={invite.reason}>
          {t(`invite_${invite.reason}_title`)}
        </h1>
        <p className="muted page-lead">{t(`invite_${invite.reason}_text`)}</p>
        <div>
          <Link className="btn" href="/studio">
            {t('invite_open_studio')}
          </Link>
        </div>
      </AuthFrame>
    );
  }
  const user = await getStudioUser();
  const here = `/invite/${token}`;
  return (
    <AuthFrame locale={locale}>
      <div className="stack-sm">
        <h1>{t('invite_title', { workspace: isolate(invite.workspaceName) })}</h1>
        <p className="muted page-lead" data-testid="invite-lead">
          {t('invite_lead', { workspace: isolate(invite.workspaceName), role: t(`role_${invite.role}`), help: t(`role_help_${invite.role}`) })}
        </p>
      </div>
      {user ? (
        <>
          <AcceptInvite locale={locale} token={token} workspaceName={isolate(invite.workspaceName)} />
          <div className="row row-between small muted">
            <span>{t('invite_signed_in_as', { email: isolate(user.email) })}</span>
            <SignOutButton locale={locale} className="btn btn-sm btn-ghost" redirectTo={here} />
          </div>
        </>
      ) : (
        <>
          <p className="notice">{t('invite_need_account')}</p>
          <div className="row">
            <Link className="btn btn-primary" href={`/sign-up?next=${encodeURIComponent(here)}`}>
              {t('signup_link')}
            </Link>
            <Link className="btn" href={`/sign-in?next=${encodeURIComponent(here)}`}>
              {t('signin_link')}
            </Link>
          </div>
        </>
      )}
    </AuthFrame>
  );
}
