import type { BrowserContext } from 'playwright-core';

/**
 * The first account of the browser tests' install: global-setup signs it up before any test runs, so it (and only
 * it) owns the demo workspace whatever order the test files run in. Tests that need the demo's quizzes or stats
 * sign in as this account; tests about new accounts sign up their own.
 */
export const installOwner = { name: 'Ines Owner', email: 'install-owner@ripple.test', password: 'install owner password' };

/** Signs up an account through Better Auth's HTTP API (as the sign-up page does) and answers its session cookie. */
export async function signUpByApi(baseUrl: string, account: { name: string; email: string; password: string }): Promise<string> {
  const response = await fetch(`${baseUrl}/api/auth/sign-up/email`, { method: 'POST', headers: { 'content-type': 'application/json', origin: baseUrl }, body: JSON.stringify(account) });
  if (!response.ok) throw new Error(`sign-up of ${account.email} failed: ${response.status} ${await response.text()}`);
  return sessionCookieOf(response);
}

/** Signs in through Better Auth's HTTP API and answers the session cookie, for fetch() calls as that person. */
export async function signInByApi(baseUrl: string, account: { email: string; password: string } = installOwner): Promise<string> {
  const response = await fetch(`${baseUrl}/api/auth/sign-in/email`, { method: 'POST', headers: { 'content-type': 'application/json', origin: baseUrl }, body: JSON.stringify({ email: account.email, password: account.password }) });
  if (!response.ok) throw new Error(`sign-in of ${account.email} failed: ${response.status} ${await response.text()}`);
  return sessionCookieOf(response);
}

/** Puts a session (from signInByApi) into a browser context, so its pages are signed in. */
export async function addSession(context: BrowserContext, baseUrl: string, cookie: string): Promise<void> {
  await context.addCookies(
    cookie.split('; ').map((pair) => {
      const at = pair.indexOf('=');
      return { name: pair.slice(0, at), value: pair.slice(at + 1), url: baseUrl, httpOnly: true, sameSite: 'Lax' as const };
    }),
  );
}

function sessionCookieOf(response: Response): string {
  const cookie = response.headers
    .getSetCookie()
    .map((c) => c.split(';')[0] ?? '')
    .filter((c) => c.startsWith('ripple.'))
    .join('; ');
  if (!cookie.includes('ripple.session_token=')) throw new Error('no session cookie in the answer');
  return cookie;
}
