'use client';

import { useRouter } from 'next/navigation';
import { useEffect, useState } from 'react';
import { studioText, type StudioLocale, type StudioMessageKey } from '@/lib/studio-i18n';
import { workspaceRoles, type WorkspaceRole } from '@/lib/roles';
import { isolate } from './bidi';
import { sendJson } from './request';

type Member = { userId: string; name: string; email: string; role: WorkspaceRole };

/** The workspace's members: each role can be changed in place, and a member removed after a confirmation. */
export function MembersTable({ locale, workspaceId, currentUserId, members }: { locale: StudioLocale; workspaceId: string; currentUserId: string; members: Member[] }) {
  const t = (key: StudioMessageKey, values?: Record<string, string>) => studioText(locale, key, values);
  const router = useRouter();
  // Roles being saved show at once; the server's list (after router.refresh) is the truth again afterwards.
  const [roles, setRoles] = useState<Record<string, WorkspaceRole>>({});
  useEffect(() => setRoles({}), [members]);
  const [rowErrors, setRowErrors] = useState<Record<string, string>>({});
  const [confirming, setConfirming] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState<string | null>(null);

  function explain(code: string, message: string, status: number): string {
    if (code === 'conflict') return t('members_last_owner');
    return status === 0 ? t('error_network') : t('error_generic', { message });
  }

  async function changeRole(member: Member, role: WorkspaceRole) {
    const previous = roles[member.userId] ?? member.role;
    setRoles((r) => ({ ...r, [member.userId]: role }));
    setRowErrors((e) => ({ ...e, [member.userId]: '' }));
    setBusy(member.userId);
    const result = await sendJson(`/api/studio/members/${encodeURIComponent(member.userId)}`, { method: 'PATCH', body: { workspaceId, role } });
    setBusy(null);
    if (!result.ok) {
      setRoles((r) => ({ ...r, [member.userId]: previous }));
      setRowErrors((e) => ({ ...e, [member.userId]: explain(result.code, result.message, result.status) }));
      return;
    }
    setStatus(t('members_role_saved', { name: isolate(member.name) }));
    router.refresh();
  }

  async function remove(member: Member) {
    setBusy(member.userId);
    const result = await sendJson(`/api/studio/members/${encodeURIComponent(member.userId)}?workspaceId=${encodeURIComponent(workspaceId)}`, { method: 'DELETE' });
    setBusy(null);
    setConfirming(null);
    if (!result.ok) return setRowErrors((e) => ({ ...e, [member.userId]: explain(result.code, result.message, result.status) }));
    setStatus(t('members_removed', { name: isolate(member.name) }));
    router.refresh();
  }

  return (
    <div className="stack-sm">
      <div className="card card-flush">
        <table className="table" data-testid="members">
          <thead>
            <tr>
              <th scope="col">{t('members_col_person')}</th>
              <th scope="col">{t('members_col_role')}</th>
              <th scope="col" className="num">
                {t('members_col_actions')}
              </th>
            </tr>
          </thead>
          <tbody>
            {members.map((member) => {
              const error = rowErrors[member.userId];
              return (
                <tr key={member.userId} data-testid="member-row" data-email={member.email}>
                  <td>
                    <div className="member-person">
                      <span>
                        <strong>{member.name}</strong>
                        {member.userId === currentUserId ? <span className="muted"> ({t('members_you')})</span> : null}
                      </span>
                      <span className="muted small" dir="ltr">
                        {member.email}
                      </span>
                    </div>
                  </td>
                  <td>
                    <div className="field member-role">
                      <select
                        className="select"
                        aria-label={t('members_role_of', { name: member.name })}
                        aria-invalid={error ? true : undefined}
                        aria-describedby={`member-error-${member.userId}`}
                        value={roles[member.userId] ?? member.role}
                        disabled={busy === member.userId}
                        onChange={(event) => {
                          const role = workspaceRoles.find((r) => r === event.target.value);
                          if (role) void changeRole(member, role);
                        }}
                      >
                        {[...workspaceRoles].reverse().map((role) => (
                          <option key={role} value={role}>
                            {t(`role_${role}`)}
                          </option>
                        ))}
                      </select>
                      <p className="field-error" id={`member-error-${member.userId}`} role="alert">
                        {error ?? ''}
                      </p>
                    </div>
                  </td>
                  <td className="num">
                    {confirming === member.userId ? (
                      <div className="row row-end">
                        <span>{t('members_remove_confirm', { name: isolate(member.name) })}</span>
                        <button type="button" className="btn btn-sm btn-danger btn-solid" disabled={busy === member.userId} onClick={() => remove(member)}>
                          {t('members_remove_yes')}
                        </button>
                        <button type="button" className="btn btn-sm" onClick={() => setConfirming(null)}>
                          {t('members_cancel')}
                        </button>
                      </div>
                    ) : (
                      <button type="button" className="btn btn-sm btn-danger" aria-label={t('members_remove_label', { name: member.name })} onClick={() => setConfirming(member.userId)}>
                        {t('members_remove')}
                      </button>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <p className="muted small status-line" role="status" aria-live="polite">
        {status}
      </p>
    </div>
  );
}
