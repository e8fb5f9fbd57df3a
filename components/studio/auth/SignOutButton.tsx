'use client';

import { useState } from 'react';
import { studioText, type StudioLocale } from '@/lib/studio-i18n';
import { sendJson } from './request';

/** Ends the session through Better Auth and goes to the sign-in page (or back to `redirectTo`). */
export function SignOutButton({ locale, className = 'btn btn-ghost', redirectTo = '/sign-in' }: { locale: StudioLocale; className?: string; redirectTo?: string }) {
  const [isPending, setIsPending] = useState(false);
  async function signOut() {
    setIsPending(true);
    await sendJson('/api/auth/sign-out', { body: {} });
    window.location.assign(redirectTo);
  }
  return (
    <button type="button" className={className} disabled={isPending} onClick={signOut}>
      {studioText(locale, 'frame_sign_out')}
    </button>
  );
}
