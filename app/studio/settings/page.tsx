import type { Metadata } from 'next';
import { getCurrentWorkspace } from '@/app/_lib/studio';
import { getStudioLocale } from '@/app/_lib/studio-locale';
import { isolate } from '@/components/studio/auth/bidi';
import { ApiKeysPanel } from '@/components/studio/settings/ApiKeysPanel';
import { ApiUsage } from '@/components/studio/settings/ApiUsage';
import { RetentionForm } from '@/components/studio/settings/RetentionForm';
import { listWorkspaceApiKeys } from '@/db/api-keys';
import { getDb } from '@/db/client';
import { getRetentionDays } from '@/db/retention';
import { hasRole } from '@/lib/roles';
import { studioText } from '@/lib/studio-i18n';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Settings' };

/** The workspace's settings: API keys for the read-only API, and how long raw events are kept. Owners change them. */
export default async function SettingsPage() {
  const { workspaceId, workspaceName, role } = await getCurrentWorkspace('/studio/settings');
  const locale = await getStudioLocale();
  const t = (key: Parameters<typeof studioText>[1], values?: Record<string, string>) => studioText(locale, key, values);
  const db = getDb();
  const isOwner = hasRole(role, 'owner');
  const formatDate = new Intl.DateTimeFormat(locale === 'ar' ? 'ar' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' });
  const keys = listWorkspaceApiKeys(db, workspaceId).map((key) => ({
    id: key.id,
    name: key.name,
    prefix: key.prefix,
    created: formatDate.format(key.createdAt),
    createdByName: key.createdByName,
    lastUsed: key.lastUsedAt === null ? null : formatDate.format(key.lastUsedAt),
    revoked: key.revokedAt === null ? null : formatDate.format(key.revokedAt),
  }));
  return (
    <main className="studio-main settings-main stack-lg">
      <div className="stack-sm">
        <h1>{t('settings_title')}</h1>
        <p className="muted page-lead">{t('settings_lead', { workspace: isolate(workspaceName) })}</p>
      </div>
      <section className="card stack" aria-labelledby="api-keys-title" data-testid="api-keys-section">
        <div className="stack-sm">
          <h2 id="api-keys-title">{t('keys_title')}</h2>
          <p className="muted page-lead small">{t('keys_lead')}</p>
        </div>
        <ApiKeysPanel key={workspaceId} locale={locale} workspaceId={workspaceId} canManage={isOwner} keys={keys} />
        <ApiUsage locale={locale} />
      </section>
      <section className="card stack" aria-labelledby="retention-title" data-testid="retention-section">
        <div className="stack-sm">
          <h2 id="retention-title">{t('retention_title')}</h2>
          <p className="muted page-lead small">{t('retention_lead')}</p>
        </div>
        <RetentionForm key={workspaceId} locale={locale} workspaceId={workspaceId} canEdit={isOwner} retentionDays={getRetentionDays(db, workspaceId) ?? null} />
      </section>
    </main>
  );
}
