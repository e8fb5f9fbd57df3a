'use client';

import { useState } from 'react';
import { studioText, type StudioLocale, type StudioMessageKey } from '@/lib/studio-i18n';
import { sendJson } from './request';

/** The "Join" button of an invitation: accepting is a POST (never a GET, which link previews would trigger). */
export function AcceptInvite({ locale, token, workspaceName }: { locale: StudioLocale; token: string; workspaceName: string }) {
  const t = (key: StudioMessageKey, values?: Record<string, string>) => studioText(locale, key, values);
  const [isPending, setIsPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  async function accept() {
    setIsPending(true);
    setError(null);
    const result = await sendJson('/api/studio/invites/accept', { body: { token } });
    if (result.ok) return window.location.assign('/studio');
    setIsPending(false);
    // The invite may have been used or revoked since the page was shown: reloading shows the right explanation.
    if (result.status === 410 || result.status === 404) return window.location.reload();
    setError(result.status === 0 ? t('error_network') : t('error_generic', { message: result.message }));
  }
  return (
    <div className="stack-sm">
      <button type="button" className="btn btn-primary" disabled={isPending} onClick={accept} data-testid="accept-invite">
        {isPending ? t('invite_accepting') : t('invite_accept', { workspace: workspaceName })}
      </button>
      <p className="field-error" role="alert">
        {error ?? ''}
      </p>
    </div>
  );
}
