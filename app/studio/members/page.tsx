import type { Metadata } from 'next';
import { getCurrentWorkspace } from '@/app/_lib/studio';
import { getStudioLocale } from '@/app/_lib/studio-locale';
import { isolate } from '@/components/studio/auth/bidi';
import { InvitesPanel } from '@/components/studio/auth/InvitesPanel';
import { MembersTable } from '@/components/studio/auth/MembersTable';
import { getDb } from '@/db/client';
import { listMembers, listPendingInvites } from '@/db/members';
import { studioText } from '@/lib/studio-i18n';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Members' };

/** Members and invite links of the current workspace; owners only. */
export default async function MembersPage() {
  const { user, workspaceId, workspaceName, role } = await getCurrentWorkspace('/studio/members');
  const locale = await getStudioLocale();
  const t = (key: Parameters<typeof studioText>[1], values?: Record<string, string>) => studioText(locale, key, values);
  if (role !== 'owner') {
    return (
      <main className="studio-main studio-main-narrow">
        <div className="card stack">
          <h1>{t('members_title')}</h1>
          <p className="notice" data-testid="owner-only">
            {t('members_owner_only')}
          </p>
        </div>
      </main>
    );
  }
  const db = getDb();
  const formatDate = new Intl.DateTimeFormat(locale === 'ar' ? 'ar' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' });
  const invites = listPendingInvites(db, workspaceId, Date.now()).map((invite) => ({ id: invite.id, role: invite.role, expires: formatDate.format(invite.expiresAt), createdByName: isolate(invite.createdByName) }));
  return (
    <main className="studio-main stack-lg">
      <div className="stack-sm">
        <h1>{t('members_title')}</h1>
        <p className="muted page-lead">{t('members_lead', { workspace: isolate(workspaceName) })}</p>
      </div>
      <MembersTable key={workspaceId} locale={locale} workspaceId={workspaceId} currentUserId={user.id} members={listMembers(db, workspaceId)} />
      <section className="card stack" aria-labelledby="invites-title">
        <div className="stack-sm">
          <h2 id="invites-title">{t('invites_title')}</h2>
          <p className="muted page-lead small">{t('invites_lead')}</p>
        </div>
        <InvitesPanel locale={locale} workspaceId={workspaceId} invites={invites} />
      </section>
    </main>
  );
}
