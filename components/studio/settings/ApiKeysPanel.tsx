'use client';

import './settings.css';
import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import { z } from 'zod';
import { studioText, type StudioLocale, type StudioMessageKey } from '@/lib/studio-i18n';
import { isolate } from '../auth/bidi';
import { sendJson } from '../auth/request';

/** A key as the list shows it: dates already written in the studio's language by the page. */
export type ApiKeyRow = { id: string; name: string; prefix: string; created: string; createdByName: string; lastUsed: string | null; revoked: string | null };

const createdKeySchema = z.object({ name: z.string(), key: z.string().startsWith('rpl_live_') });
const maxNameLength = 60;

/**
 * The workspace's API keys: owners name and create a key (shown once, to copy) and revoke keys after a
 * confirmation; other members see the list only.
 */
export function ApiKeysPanel({ locale, workspaceId, canManage, keys }: { locale: StudioLocale; workspaceId: string; canManage: boolean; keys: ApiKeyRow[] }) {
  const t = (key: StudioMessageKey, values?: Record<string, string>) => studioText(locale, key, values);
  const router = useRouter();
  const [name, setName] = useState('');
  const [nameError, setNameError] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [isPending, setIsPending] = useState(false);
  const [created, setCreated] = useState<{ name: string; key: string } | null>(null);
  const [isCopied, setIsCopied] = useState(false);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [status, setStatus] = useState('');

  async function create(event: FormEvent) {
    event.preventDefault();
    setError(null);
    const trimmed = name.trim();
    if (!trimmed) return setNameError(t('keys_error_name'));
    if (trimmed.length > maxNameLength) return setNameError(t('keys_error_name_long'));
    setNameError(null);
    setIsPending(true);
    const result = await sendJson('/api/studio/api-keys', { body: { workspaceId, name: trimmed } });
    setIsPending(false);
    const parsed = result.ok ? createdKeySchema.safeParse(result.data) : null;
    if (!result.ok || !parsed?.success) return setError(!result.ok && result.status === 0 ? t('error_network') : t('error_generic', { message: result.ok ? 'unexpected answer' : result.message }));
    setCreated(parsed.data);
    setIsCopied(false);
    setName('');
    setStatus(t('keys_created', { name: isolate(parsed.data.name) }));
    router.refresh();
  }

  async function copy() {
    if (!created) return;
    try {
      await navigator.clipboard.writeText(created.key);
      setIsCopied(true);
    } catch {
      // Without clipboard access the key stays selected in its field, for Ctrl+C.
      const input = document.getElementById('new-api-key');
      if (input instanceof HTMLInputElement) input.select();
    }
  }

  async function revoke(key: ApiKeyRow) {
    setBusy(key.id);
    const result = await sendJson(`/api/studio/api-keys/${encodeURIComponent(key.id)}?workspaceId=${encodeURIComponent(workspaceId)}`, { method: 'DELETE' });
    setBusy(null);
    setConfirming(null);
    if (!result.ok) return setError(result.status === 0 ? t('error_network') : t('error_generic', { message: result.message }));
    setStatus(t('keys_revoked', { name: isolate(key.name) }));
    router.refresh();
  }

  return (
    <div className="stack">
      {canManage ? (
        <form className="api-key-form" onSubmit={create} noValidate data-testid="api-key-form">
          <div className="field">
            <label className="field-label" htmlFor="api-key-name">
              {t('keys_field_name')}
            </label>
            <input
              id="api-key-name"
              className="input"
              value={name}
              maxLength={maxNameLength * 2}
              autoComplete="off"
              aria-invalid={nameError ? true : undefined}
              aria-describedby="api-key-name-hint api-key-name-error"
              onChange={(e) => setName(e.target.value)}
            />
            <p className="field-hint" id="api-key-name-hint">
              {t('keys_field_name_hint')}
            </p>
            <p className="field-error" id="api-key-name-error" role="alert">
              {nameError ?? ''}
            </p>
          </div>
          <button className="btn btn-primary" type="submit" disabled={isPending}>
            {isPending ? t('keys_creating') : t('keys_create')}
          </button>
        </form>
      ) : (
        <p className="notice" data-testid="keys-owner-only">
          {t('keys_owner_only')}
        </p>
      )}
      <p className="field-error" role="alert">
        {error ?? ''}
      </p>
      {created ? (
        <div className="notice notice-success stack-sm api-key-new" data-testid="new-api-key">
          <strong>{t('keys_new_title', { name: isolate(created.name) })}</strong>
          <p className="small">{t('keys_new_once')}</p>
          <div className="invite-link">
            <input id="new-api-key" className="input" readOnly value={created.key} onFocus={(e) => e.target.select()} aria-label={t('keys_new_label')} />
            <button type="button" className="btn" onClick={copy}>
              {isCopied ? t('keys_copied') : t('keys_copy')}
            </button>
          </div>
          <div>
            <button type="button" className="btn btn-sm" onClick={() => setCreated(null)}>
              {t('keys_done')}
            </button>
          </div>
        </div>
      ) : null}
      {keys.length === 0 ? (
        <p className="muted page-lead" data-testid="api-keys-empty">
          {t('keys_none')}
        </p>
      ) : (
        <div className="card card-flush">
          <table className="table api-keys-table" data-testid="api-keys">
            <thead>
              <tr>
                <th scope="col">{t('keys_col_name')}</th>
                <th scope="col">{t('keys_col_key')}</th>
                <th scope="col">{t('keys_col_created')}</th>
                <th scope="col">{t('keys_col_last_used')}</th>
                <th scope="col" className="num">
                  {canManage ? t('keys_col_actions') : ''}
                </th>
              </tr>
            </thead>
            <tbody>
              {keys.map((key) => (
                <tr key={key.id} data-testid="api-key-row" data-name={key.name} data-revoked={key.revoked ? 'true' : 'false'}>
                  <td data-label={t('keys_col_name')}>
                    <div className="api-key-name">
                      <strong>{key.name}</strong>
                      <span className="muted small">{t('keys_created_by', { name: isolate(key.createdByName) })}</span>
                    </div>
                  </td>
                  <td data-label={t('keys_col_key')}>
                    <code className="api-key-prefix" dir="ltr">
                      {key.prefix}…
                    </code>
                  </td>
                  <td data-label={t('keys_col_created')}>{key.created}</td>
                  <td data-label={t('keys_col_last_used')} data-testid="api-key-last-used">
                    {key.lastUsed ?? <span className="muted">{t('keys_never_used')}</span>}
                  </td>
                  <td className="num" data-label={canManage ? t('keys_col_actions') : ''}>
                    {key.revoked ? (
                      <span className="api-key-revoked">
                        <span className="badge badge-revoked">{t('keys_revoked_badge')}</span>
                        <span className="muted small">{key.revoked}</span>
                      </span>
                    ) : confirming === key.id ? (
                      <div className="api-key-confirm">
                        <span>{t('keys_revoke_confirm', { name: isolate(key.name) })}</span>
                        <div className="row row-end">
                          <button type="button" className="btn btn-sm" onClick={() => setConfirming(null)}>
                            {t('keys_cancel')}
                          </button>
                          <button type="button" className="btn btn-sm btn-danger btn-solid" disabled={busy === key.id} onClick={() => revoke(key)}>
                            {t('keys_revoke_yes')}
                          </button>
                        </div>
                      </div>
                    ) : canManage ? (
                      <button type="button" className="btn btn-sm btn-danger" aria-label={t('keys_revoke_label', { name: key.name })} onClick={() => setConfirming(key.id)}>
                        {t('keys_revoke')}
                      </button>
                    ) : (
                      <span className="badge badge-published">{t('keys_active')}</span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <p className="muted small status-line" role="status" aria-live="polite">
        {status}
      </p>
    </div>
  );
}
