'use client';

import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import { z } from 'zod';
import { studioText, type StudioLocale, type StudioMessageKey } from '@/lib/studio-i18n';
import { workspaceRoles, type WorkspaceRole } from '@/lib/roles';
import { sendJson } from './request';

type Invite = { id: string; role: WorkspaceRole; expires: string; createdByName: string };

const createdInviteSchema = z.object({ path: z.string().startsWith('/invite/') });
const expiryDays = [1, 7, 30] as const;

/** Invite links: pick a role and an expiry, get a link to copy (shown once), and revoke open ones. */
export function InvitesPanel({ locale, workspaceId, invites }: { locale: StudioLocale; workspaceId: string; invites: Invite[] }) {
  const t = (key: StudioMessageKey, values?: Record<string, string>) => studioText(locale, key, values);
  const router = useRouter();
  const [role, setRole] = useState<WorkspaceRole>('editor');
  const [days, setDays] = useState<(typeof expiryDays)[number]>(7);
  const [link, setLink] = useState<string | null>(null);
  const [isCopied, setIsCopied] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [isPending, setIsPending] = useState(false);
  const [status, setStatus] = useState('');

  async function create(event: FormEvent) {
    event.preventDefault();
    setError(null);
    setIsPending(true);
    const result = await sendJson('/api/studio/invites', { body: { workspaceId, role, expiresInDays: days } });
    setIsPending(false);
    const created = result.ok ? createdInviteSchema.safeParse(result.data) : null;
    if (!result.ok || !created?.success) return setError(!result.ok && result.status === 0 ? t('error_network') : t('error_generic', { message: result.ok ? 'unexpected answer' : result.message }));
    setLink(new URL(created.data.path, window.location.origin).href);
    setIsCopied(false);
    router.refresh();
  }

  async function copy() {
    if (!link) return;
    try {
      await navigator.clipboard.writeText(link);
      setIsCopied(true);
    } catch {
      // Without clipboard access the link stays selected in its field, for Ctrl+C.
      const input = document.getElementById('invite-link');
      if (input instanceof HTMLInputElement) input.select();
    }
  }

  async function revoke(invite: Invite) {
    const result = await sendJson(`/api/studio/invites/${encodeURIComponent(invite.id)}?workspaceId=${encodeURIComponent(workspaceId)}`, { method: 'DELETE' });
    if (!result.ok) return setError(result.status === 0 ? t('error_network') : t('error_generic', { message: result.message }));
    setStatus(t('invites_revoked'));
    router.refresh();
  }

  return (
    <div className="stack">
      <form className="stack" onSubmit={create} data-testid="invite-form">
        <div className="form-grid">
          <div className="field">
            <label className="field-label" htmlFor="invite-role">
              {t('field_invite_role')}
            </label>
            <select id="invite-role" className="select" value={role} aria-describedby="invite-role-hint" onChange={(e) => setRole(workspaceRoles.find((r) => r === e.target.value) ?? 'editor')}>
              {[...workspaceRoles].reverse().map((r) => (
                <option key={r} value={r}>
                  {t(`role_${r}`)}
                </option>
              ))}
            </select>
            <p className="field-hint" id="invite-role-hint">
              {t(`role_help_${role}`)}
            </p>
          </div>
          <div className="field">
            <label className="field-label" htmlFor="invite-expiry">
              {t('field_invite_expiry')}
            </label>
            <select id="invite-expiry" className="select" value={days} onChange={(e) => setDays(expiryDays.find((d) => String(d) === e.target.value) ?? 7)}>
              {expiryDays.map((d) => (
                <option key={d} value={d}>
                  {t(`expiry_days_${d}`)}
                </option>
              ))}
            </select>
          </div>
        </div>
        <div>
          <button className="btn btn-primary" type="submit" disabled={isPending}>
            {isPending ? t('invites_creating') : t('invites_create')}
          </button>
        </div>
      </form>
      <p className="field-error" role="alert">
        {error ?? ''}
      </p>
      {link ? (
        <div className="notice stack-sm" data-testid="new-invite">
          <label htmlFor="invite-link">{t('invites_new_link')}</label>
          <div className="invite-link">
            <input id="invite-link" className="input" readOnly value={link} onFocus={(e) => e.target.select()} aria-label={t('invites_link_label')} />
            <button type="button" className="btn" onClick={copy}>
              {isCopied ? t('invites_copied') : t('invites_copy')}
            </button>
          </div>
        </div>
      ) : null}
      <div className="stack-sm">
        <h3 className="field-label">{t('invites_open_title')}</h3>
        {invites.length === 0 ? (
          <p className="muted page-lead">{t('invites_none')}</p>
        ) : (
          <ul className="invite-list" data-testid="open-invites">
            {invites.map((invite) => (
              <li key={invite.id}>
                <span>{t('invites_row', { role: t(`role_${invite.role}`), date: invite.expires, name: invite.createdByName })}</span>
                <button type="button" className="btn btn-sm btn-danger" aria-label={t('invites_revoke_label', { role: t(`role_${invite.role}`), date: invite.expires })} onClick={() => revoke(invite)}>
                  {t('invites_revoke')}
                </button>
              </li>
            ))}
          </ul>
        )}
        <p className="muted small status-line" role="status" aria-live="polite">
          {status}
        </p>
      </div>
    </div>
  );
}
