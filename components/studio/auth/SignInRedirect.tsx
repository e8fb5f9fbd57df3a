'use client';

import { useEffect } from 'react';

/**
 * Sends a visitor without a session to sign-in, with the page they wanted as `next`. The studio's layout uses it
 * because a layout does not know the URL; pages redirect on the server themselves (with a 307) before this runs.
 */
export function SignInRedirect({ label }: { label: string }) {
  useEffect(() => {
    window.location.replace(`/sign-in?next=${encodeURIComponent(window.location.pathname + window.location.search)}`);
  }, []);
  return (
    <p className="studio-main">
      <a href="/sign-in">{label}</a>
    </p>
  );
}
