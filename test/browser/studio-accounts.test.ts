import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { addSession, installOwner, signInByApi, signUpByApi } from './accounts';
import { launchChromium, personUserAgent } from './chromium';

const baseUrl = inject('baseUrl');
const laptop = { width: 1280, height: 900 };
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

function newContext(options: { viewport?: { width: number; height: number } } = {}): Promise<BrowserContext> {
  return browser.newContext({ viewport: options.viewport ?? laptop, userAgent: personUserAgent.desktop });
}

/** What a person reads: the text without the invisible bidi isolates wrapped around names in sentences. */
async function readText(locator: Locator): Promise<string> {
  return ((await locator.textContent()) ?? '').replace(/[\u2068\u2069]/g, '');
}

/** The text shown under a field: its error, next to it. */
const errorOf = (page: Page, fieldId: string) => page.locator(`#${fieldId}-error`);

async function signInThroughForm(page: Page, email: string, password: string) {
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

async function signUpThroughForm(page: Page, account: { name: string; email: string; password: string }) {
  await page.getByLabel('Your name').fill(account.name);
  await page.getByLabel('Email').fill(account.email);
  await page.getByLabel('Password', { exact: true }).fill(account.password);
  await page.getByRole('button', { name: 'Create account' }).click();
}

describe('accounts and workspaces in the studio', () => {
  it('signs up with errors next to the fields, gets an own workspace, changes the password, signs out and in again', async () => {
    const context = await newContext();
    const page = await context.newPage();
    // The studio needs a session: the sign-in page, which comes back to where the person was going.
    await page.goto(`${baseUrl}/studio`);
    await page.waitForURL(`${baseUrl}/sign-in?next=%2Fstudio`);
    await page.getByRole('link', { name: 'Create an account' }).click();
    await page.waitForURL(`${baseUrl}/sign-up?next=%2Fstudio`);

    // Nothing typed: every field says what it needs; bad values: the field says what is wrong, and keeps them.
    await page.getByRole('button', { name: 'Create account' }).click();
    expect(await errorOf(page, 'signup-name').textContent()).toBe('Enter your name.');
    expect(await errorOf(page, 'signup-email').textContent()).toBe('Enter an email address like name@example.com.');
    expect(await errorOf(page, 'signup-password').textContent()).toBe('Use at least 10 characters.');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('signup-name');
    await page.getByLabel('Your name').fill('Nadia');
    await page.getByLabel('Email').fill('nadia@example');
    await page.getByLabel('Password', { exact: true }).fill('short');
    await page.getByRole('button', { name: 'Create account' }).click();
    expect(await errorOf(page, 'signup-name').textContent()).toBe('');
    expect(await errorOf(page, 'signup-email').textContent()).toBe('Enter an email address like name@example.com.');
    expect(await page.getByLabel('Email').getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByLabel('Email').inputValue()).toBe('nadia@example');
    // An e-mail that has an account already is refused by the server, next to the e-mail field.
    await page.getByLabel('Email').fill(installOwner.email);
    await page.getByLabel('Password', { exact: true }).fill('a good long password');
    await page.getByRole('button', { name: 'Create account' }).click();
    await errorOf(page, 'signup-email').getByText('An account with this email already exists. Sign in instead.').waitFor();
    expect(await page.getByLabel('Your name').inputValue()).toBe('Nadia');

    await page.getByLabel('Email').fill('nadia@example.com');
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.waitForURL(`${baseUrl}/studio`);
    // Her own, empty workspace; the demo belongs to the install's first account, not to her.
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Quizzes');
    expect(await page.getByTestId('workspace-switcher').locator('summary').textContent()).toBe('Nadia’s workspace');
    await page.getByRole('heading', { name: 'No quizzes yet' }).waitFor();
    expect(await page.getByTestId('new-quiz').getAttribute('href')).toBe('/studio/new');
    await page.getByTestId('workspace-switcher').locator('summary').click();
    expect(await page.locator('.workspace-switcher-menu button').allTextContents()).toEqual(['Nadia’s workspaceOwner']);
    await page.keyboard.press('Escape');

    // The session cookie is HttpOnly and SameSite, out of reach of scripts.
    const session = (await context.cookies()).find((c) => c.name === 'ripple.session_token');
    expect(session).toMatchObject({ httpOnly: true, sameSite: 'Lax' });
    expect(await page.evaluate(() => document.cookie)).not.toContain('session_token');

    // A password change: the current one is checked, the new one twice, each error next to its field.
    await page.getByRole('link', { name: 'Account' }).click();
    await page.waitForURL(`${baseUrl}/studio/account`);
    expect(await readText(page.getByTestId('signed-in-as'))).toBe('Signed in as Nadia (nadia@example.com).');
    await page.getByLabel('Current password').fill('not my password!');
    await page.getByLabel('New password', { exact: true }).fill('a brand new password');
    await page.getByLabel('Repeat the new password').fill('a brand new passw0rd');
    await page.getByRole('button', { name: 'Change password' }).click();
    expect(await errorOf(page, 'password-confirm').textContent()).toBe('The two new passwords are not the same.');
    await page.getByLabel('Repeat the new password').fill('a brand new password');
    await page.getByRole('button', { name: 'Change password' }).click();
    await errorOf(page, 'password-current').getByText('This is not your current password.').waitFor();
    await page.getByLabel('Current password').fill('a good long password');
    await page.getByRole('button', { name: 'Change password' }).click();
    await page.getByText('Password changed. Use the new one next time you sign in.').waitFor();
    expect(await page.getByLabel('New password', { exact: true }).inputValue()).toBe('');

    // Sign out from the header: the studio is closed again.
    await page.getByRole('banner').getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL(`${baseUrl}/sign-in`);
    expect((await context.cookies()).find((c) => c.name === 'ripple.session_token')).toBeUndefined();
    await page.goto(`${baseUrl}/studio/account`);
    await page.waitForURL(`${baseUrl}/sign-in?next=%2Fstudio%2Faccount`);

    // The old password no longer opens the account; the new one does, and goes back to the account page.
    await signInThroughForm(page, 'nadia@example.com', 'a good long password');
    await errorOf(page, 'signin-password').getByText('This email and password do not match an account.').waitFor();
    expect(await page.getByLabel('Email').inputValue()).toBe('nadia@example.com');
    await signInThroughForm(page, 'nadia@example.com', 'a brand new password');
    await page.waitForURL(`${baseUrl}/studio/account`);

    // Sign out from the account page too.
    await page.getByRole('main').getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL(`${baseUrl}/sign-in`);
    // A forged session cookie opens nothing either: back to sign-in, with the page asked for as `next`.
    await context.addCookies([{ name: 'ripple.session_token', value: 'forged.c2lnbmF0dXJl', url: baseUrl }]);
    await page.goto(`${baseUrl}/studio/members`);
    await page.waitForURL(`${baseUrl}/sign-in?next=%2Fstudio%2Fmembers`);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Sign in to Ripple Studio');
    await context.close();
  });

  it('lets the first owner switch to the demo, invite a viewer by link, and manage roles; the viewer cannot change anything', async () => {
    const owner = await newContext();
    await owner.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl });
    const ownerPage = await owner.newPage();
    // A sign-in link never leads off the site: another origin in ?next= becomes the studio.
    await ownerPage.goto(`${baseUrl}/sign-in?next=https://evil.example/studio`);
    await signInThroughForm(ownerPage, installOwner.email, installOwner.password);
    await ownerPage.waitForURL(`${baseUrl}/studio`);

    // The first account sees its own workspace and the demo; switching (with the keyboard) shows the demo's quizzes.
    const switcher = ownerPage.getByTestId('workspace-switcher');
    await switcher.locator('summary').focus();
    await ownerPage.keyboard.press('Enter');
    expect(await switcher.locator('.workspace-switcher-menu button').allTextContents()).toEqual(['Ines Owner’s workspaceOwner', 'Demo workspaceOwner']);
    await ownerPage.keyboard.press('Tab');
    await ownerPage.keyboard.press('Tab');
    expect(await ownerPage.evaluate(() => document.activeElement?.textContent)).toBe('Demo workspaceOwner');
    await ownerPage.keyboard.press('Enter');
    await ownerPage.waitForFunction(() => document.querySelector('.workspace-switcher summary')?.textContent === 'Demo workspace');
    const titles = await ownerPage.getByTestId('quiz-row').locator('td:first-child a').allTextContents();
    expect(titles).toEqual(expect.arrayContaining(['Which explorer are you?']));
    const explorerHref = (await ownerPage.getByRole('link', { name: 'Which explorer are you?', exact: true }).getAttribute('href')) ?? '';
    expect(explorerHref).toMatch(/^\/studio\/q\/[A-Za-z0-9_-]+$/);
    const explorerRow = ownerPage.getByTestId('quiz-row').filter({ hasText: 'Which explorer are you?' });
    expect(await explorerRow.locator('td').nth(1).textContent()).toBe('Personality');
    expect(await explorerRow.locator('td').nth(2).textContent()).toBe('Published');

    // An invite link for a viewer, copied from the members page.
    await ownerPage.getByRole('link', { name: 'Members' }).click();
    await ownerPage.waitForURL(`${baseUrl}/studio/members`);
    expect(await ownerPage.getByTestId('member-row').count()).toBe(1);
    await ownerPage.getByLabel('Role', { exact: true }).selectOption('viewer');
    await ownerPage.getByLabel('Link expires after').selectOption('1');
    await ownerPage.getByRole('button', { name: 'Create invite link' }).click();
    await ownerPage.getByTestId('new-invite').waitFor();
    await ownerPage.getByRole('button', { name: 'Copy link' }).click();
    await ownerPage.getByRole('button', { name: 'Copied' }).waitFor();
    const link = await ownerPage.evaluate(() => navigator.clipboard.readText());
    expect(link).toMatch(new RegExp(`^${baseUrl}/invite/[A-Za-z0-9_-]{43}$`));
    expect(await readText(ownerPage.getByTestId('open-invites').locator('li span'))).toMatch(/^Viewer · expires .+ · made by Ines Owner$/);

    // Victor, in his own browser, opens the link, creates an account from it, and joins as a viewer.
    const viewer = await newContext();
    const viewerPage = await viewer.newPage();
    await viewerPage.goto(link);
    expect(await readText(viewerPage.getByRole('heading', { level: 1 }))).toBe('Join Demo workspace');
    expect(await readText(viewerPage.getByTestId('invite-lead'))).toBe('You are invited to join Demo workspace on Ripple Studio as Viewer: sees quizzes and stats, changes nothing.');
    await viewerPage.getByRole('link', { name: 'Create an account' }).click();
    await signUpThroughForm(viewerPage, { name: 'Victor', email: 'victor@example.com', password: 'victor password 1' });
    await viewerPage.waitForURL(link);
    expect(await readText(viewerPage.getByTestId('accept-invite'))).toBe('Join Demo workspace');
    await viewerPage.getByTestId('accept-invite').click();
    await viewerPage.waitForURL(`${baseUrl}/studio`);
    expect(await viewerPage.getByTestId('workspace-switcher').locator('summary').textContent()).toBe('Demo workspace');
    await viewerPage.getByTestId('viewer-note').waitFor();
    expect(await viewerPage.getByRole('link', { name: 'Which explorer are you?', exact: true }).getAttribute('href')).toBe(explorerHref);
    // No edit controls for a viewer, no members page in the nav, and the server refuses a write with 403.
    expect(await viewerPage.getByTestId('new-quiz').count()).toBe(0);
    expect(await viewerPage.getByRole('navigation', { name: 'Studio' }).getByRole('link').allTextContents()).toEqual(['Quizzes', 'Analytics', 'Account']);
    const quizId = explorerHref.split('/').pop() ?? '';
    const writeStatus = await viewerPage.evaluate((id) => fetch(`/api/studio/quizzes/${id}/duplicate`, { method: 'POST' }).then((r) => r.status), quizId);
    expect(writeStatus).toBe(403);
    await viewerPage.goto(`${baseUrl}/studio/members`);
    await viewerPage.getByTestId('owner-only').waitFor();

    // The link worked once: anyone else opening it is told so.
    const late = await newContext();
    const latePage = await late.newPage();
    await latePage.goto(link);
    expect(await latePage.getByTestId('invite-problem').getAttribute('data-reason')).toBe('used');
    expect(await latePage.getByRole('heading', { level: 1 }).textContent()).toBe('This invitation has already been used');
    await latePage.goto(`${baseUrl}/invite/not-a-real-token`);
    expect(await latePage.getByRole('heading', { level: 1 }).textContent()).toBe('This invitation link does not work');

    // The owner sees Victor, makes him an editor: he gets the "New quiz" button.
    await ownerPage.reload();
    const victorRow = ownerPage.locator('[data-testid="member-row"][data-email="victor@example.com"]');
    await victorRow.getByLabel('Role of Victor').selectOption('editor');
    await expect.poll(() => readText(ownerPage.locator('.status-line').first())).toBe('Role of Victor saved.');
    await viewerPage.goto(`${baseUrl}/studio`);
    await viewerPage.getByTestId('new-quiz').waitFor();
    expect(await viewerPage.getByTestId('viewer-note').count()).toBe(0);

    // The last owner cannot step down: the error is next to the role, and the role stays.
    const ownerRow = ownerPage.locator(`[data-testid="member-row"][data-email="${installOwner.email}"]`);
    await ownerRow.getByLabel('Role of Ines Owner').selectOption('viewer');
    await ownerRow.getByText('A workspace needs at least one owner: make someone else an owner first.').waitFor();
    expect(await ownerRow.getByLabel('Role of Ines Owner').inputValue()).toBe('owner');

    // A revoked link stops working.
    await ownerPage.getByLabel('Role', { exact: true }).selectOption('editor');
    await ownerPage.getByRole('button', { name: 'Create invite link' }).click();
    await ownerPage.locator('#invite-link').waitFor();
    await ownerPage.waitForFunction((first) => (document.querySelector('#invite-link') as HTMLInputElement | null)?.value !== first, link);
    const second = await ownerPage.locator('#invite-link').inputValue();
    await ownerPage.getByRole('button', { name: /^Revoke the Editor invitation/ }).click();
    await ownerPage.getByText('Invitation revoked.').waitFor();
    await latePage.goto(second);
    expect(await latePage.getByTestId('invite-problem').getAttribute('data-reason')).toBe('revoked');

    // Removing Victor (after a confirmation) closes the demo to him: his studio falls back to his own workspace.
    await victorRow.getByRole('button', { name: 'Remove Victor' }).click();
    await victorRow.getByRole('button', { name: 'Yes, remove' }).click();
    await expect.poll(() => readText(ownerPage.locator('.status-line').first())).toBe('Victor was removed.');
    await viewerPage.goto(`${baseUrl}/studio`);
    expect(await viewerPage.getByTestId('workspace-switcher').locator('summary').textContent()).toBe('Victor’s workspace');
    expect((await viewerPage.goto(`${baseUrl}${explorerHref}`))?.status()).toBe(404);

    await owner.close();
    await viewer.close();
    await late.close();
  });

  it('signs up in the Arabic studio, right to left, with Arabic errors', async () => {
    const context = await newContext({ viewport: { width: 820, height: 1180 } });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/sign-up`);
    expect(await page.getByTestId('studio').getAttribute('dir')).toBe('ltr');
    await page.getByTestId('locale-toggle').click();
    await page.waitForFunction(() => document.querySelector('[data-testid="studio"]')?.getAttribute('dir') === 'rtl');
    expect(await page.getByTestId('studio').getAttribute('lang')).toBe('ar');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('أنشئ حسابك في Ripple');
    await page.getByRole('button', { name: 'إنشاء الحساب' }).click();
    expect(await errorOf(page, 'signup-name').textContent()).toBe('اكتب اسمك.');
    expect(await errorOf(page, 'signup-password').textContent()).toBe('استخدم 10 أحرف على الأقل.');
    await page.getByLabel('اسمك').fill('سارة');
    await page.getByLabel('البريد الإلكتروني').fill('sara@example.com');
    await page.getByLabel('كلمة المرور').fill('كلمة مرور طويلة');
    await page.getByRole('button', { name: 'إنشاء الحساب' }).click();
    await page.waitForURL(`${baseUrl}/studio`);
    expect(await page.getByTestId('studio').getAttribute('dir')).toBe('rtl');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('الاختبارات');
    expect(await page.getByRole('navigation', { name: 'الاستوديو' }).getByRole('link').allTextContents()).toEqual(['الاختبارات', 'التحليلات', 'الأعضاء', 'الإعدادات', 'الحساب']);
    // Right to left for real: the brand sits at the right edge of the header, the sign-out button at the left.
    const brand = await page.locator('.studio-brand').boundingBox();
    const signOut = await page.getByRole('button', { name: 'تسجيل الخروج' }).boundingBox();
    expect((brand?.x ?? 0) + (brand?.width ?? 0)).toBeGreaterThan(700);
    expect(signOut?.x ?? 1000).toBeLessThan(200);
    // And back to English with the same toggle.
    await page.getByTestId('locale-toggle').click();
    await page.waitForFunction(() => document.querySelector('[data-testid="studio"]')?.getAttribute('dir') === 'ltr');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Quizzes');
    await context.close();
  });
});

// Every studio page, opened by someone who is not a member of the workspace whose ids it is given. Each row is a
// page; a new page.tsx under app/studio without a row fails the coverage check below.
describe('studio pages are scoped to the member’s workspaces', () => {
  type Ids = { quizId: string; demoWorkspaceId: string };
  type PageCase = { file: string; path: (ids: Ids) => string; outsider: 'not_found' | 'own_workspace' };
  const pages: PageCase[] = [
    { file: 'app/studio/page.tsx', path: () => '/studio', outsider: 'own_workspace' },
    { file: 'app/studio/members/page.tsx', path: () => '/studio/members', outsider: 'own_workspace' },
    { file: 'app/studio/account/page.tsx', path: () => '/studio/account', outsider: 'own_workspace' },
    { file: 'app/studio/new/page.tsx', path: () => '/studio/new', outsider: 'own_workspace' },
    { file: 'app/studio/q/[id]/page.tsx', path: (i) => `/studio/q/${i.quizId}`, outsider: 'not_found' },
    { file: 'app/stats/[slug]/page.tsx', path: () => '/stats/which-explorer', outsider: 'not_found' },
    { file: 'app/studio/analytics/page.tsx', path: () => '/studio/analytics', outsider: 'own_workspace' },
    { file: 'app/studio/q/[id]/analytics/page.tsx', path: (i) => `/studio/q/${i.quizId}/analytics`, outsider: 'not_found' },
    { file: 'app/studio/settings/page.tsx', path: () => '/studio/settings', outsider: 'own_workspace' },
  ];
  const ids: Ids = { quizId: '', demoWorkspaceId: '' };
  let outsiderCookie = '';

  beforeAll(async () => {
    // The demo's ids, as its owner sees them; the outsider then forces the demo into the workspace cookie.
    const ownerCookie = await signInByApi(baseUrl);
    const context = await newContext();
    await addSession(context, baseUrl, ownerCookie);
    const page = await context.newPage();
    await page.goto(`${baseUrl}/studio`);
    await page.getByTestId('workspace-switcher').locator('summary').click();
    await page.getByTestId('workspace-switcher').getByRole('button', { name: /^Demo workspace/ }).click();
    await page.waitForFunction(() => document.querySelector('.workspace-switcher summary')?.textContent === 'Demo workspace');
    ids.quizId = ((await page.getByRole('link', { name: 'Which explorer are you?', exact: true }).getAttribute('href')) ?? '').split('/').pop() ?? '';
    ids.demoWorkspaceId = (await context.cookies()).find((c) => c.name === 'ripple_workspace')?.value ?? '';
    expect(ids.demoWorkspaceId).not.toBe('');
    await context.close();
    outsiderCookie = await signUpByApi(baseUrl, { name: 'Otto', email: 'otto@example.com', password: 'otto password 12' });
  });

  it.each(pages.map((p) => ({ ...p, name: p.file })))('$name', async ({ file, path, outsider }) => {
    expect(existsSync(join(process.cwd(), file)), `${file} exists`).toBe(true);
    const url = `${baseUrl}${path(ids)}`;
    // Without a session: straight to sign-in, which will come back here.
    const anonymous = await fetch(url, { redirect: 'manual' });
    expect(anonymous.status).toBe(307);
    expect(new URL(anonymous.headers.get('location') ?? '', baseUrl).href).toBe(`${baseUrl}/sign-in?next=${encodeURIComponent(path(ids))}`);
    const response = await fetch(url, { headers: { cookie: `${outsiderCookie}; ripple_workspace=${ids.demoWorkspaceId}` }, redirect: 'manual' });
    const html = await response.text();
    if (outsider === 'not_found') {
      expect(response.status).toBe(404);
    } else {
      expect(response.status).toBe(200);
      expect(html).toContain('Otto’s workspace');
      expect(html).not.toContain('Demo workspace');
    }
    expect(html).not.toContain('Which explorer are you?');
  });

  it('has a row for every studio page (add one for each new page)', () => {
    const root = process.cwd();
    const list = (dir: string): string[] => readdirSync(dir).flatMap((entry) => (statSync(join(dir, entry)).isDirectory() ? list(join(dir, entry)) : entry === 'page.tsx' ? [relative(root, join(dir, entry))] : []));
    const files = [...list(join(root, 'app/studio')), 'app/stats/[slug]/page.tsx'];
    const covered = new Set(pages.map((p) => p.file));
    expect(files.filter((file) => !covered.has(file))).toEqual([]);
  });
});
