import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { addSession, signUpByApi } from './accounts';
import { usePeople } from './chromium';
import { playQuiz } from './play';
import { signUp, callApi } from './studio-page';

const baseUrl = inject('baseUrl');
const people = usePeople();
const newPerson = () => people.newPerson();

async function openLaunchTab(page: Page, quizId: string): Promise<void> {
  await page.goto(`${baseUrl}/studio/q/${quizId}?tab=launch`);
  await page.getByTestId('campaign-state').waitFor();
}

async function expectState(page: Page, label: string): Promise<void> {
  await expect.poll(() => page.getByTestId('campaign-state').textContent()).toBe(label);
}

describe('launching a quiz from the studio', () => {
  it('publishes versions, pauses and stops the campaign (share links still open), duplicates and deletes', async () => {
    const owner = await newPerson();
    await owner.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl });
    const studio = await owner.newPage();
    await signUp(studio, 'Lina');
    const created = await callApi<{ id: string; slug: string }>(studio, 'POST', '/api/studio/quizzes', { templateId: 'work-superpower' });
    expect(created.status).toBe(201);
    const { id, slug } = created.body;

    // A draft with a problem publishes nothing: the problem is listed with a link that opens its field.
    const template = await callApi<{ quiz: { draft: Record<string, unknown> } }>(studio, 'GET', `/api/studio/quizzes/${id}`);
    await callApi(studio, 'PUT', `/api/studio/quizzes/${id}/draft`, { ...template.body.quiz.draft, title: '' });
    await openLaunchTab(studio, id);
    await expectState(studio, 'Not published');
    expect(await studio.getByTestId('publish-issues').locator('li').allTextContents()).toEqual(['Title: Required.']);
    await studio.getByTestId('publish').click();
    await expect.poll(() => studio.getByTestId('publish-message').textContent()).toBe('Nothing was published. Fix these and publish again:');
    expect((await fetch(`${baseUrl}/q/${slug}`)).status).toBe(404);
    await studio.getByTestId('publish-issues').getByRole('link', { name: 'Title' }).click();
    await expect.poll(() => studio.getByRole('tab', { name: 'Content' }).getAttribute('aria-selected')).toBe('true');
    await expect.poll(() => studio.evaluate(() => document.activeElement?.id)).toBe('quiz-title');
    await studio.keyboard.type('What’s your superpower at work?');

    // Publishing saves the last edit first, then makes version 1.
    await studio.getByRole('tab', { name: 'Launch' }).click();
    await studio.getByTestId('publish').click();
    await expect.poll(() => studio.getByTestId('publish-message').textContent()).toBe('Published version 1.');
    await expectState(studio, 'Live');
    await studio.getByRole('button', { name: 'Copy link' }).click();
    expect(await studio.evaluate(() => navigator.clipboard.readText())).toBe(`${baseUrl}/q/${slug}`);

    // A player plays version 1 and keeps a share link.
    const first = await (await newPerson()).newPage();
    await first.goto(`${baseUrl}/q/${slug}`);
    expect(await first.getByRole('heading', { level: 1 }).textContent()).toBe('What’s your superpower at work?');
    await playQuiz(first, 0, 'Maya');
    const shareLink = await first.locator('.copy-input').inputValue();
    expect(shareLink).toMatch(/\/s\/[A-Za-z0-9_-]{24}$/);

    // The title changes in the draft only: the studio shows unpublished changes, players still get version 1.
    const current = await callApi<{ quiz: { draft: Record<string, unknown> } }>(studio, 'GET', `/api/studio/quizzes/${id}`);
    const saved = await callApi(studio, 'PUT', `/api/studio/quizzes/${id}/draft`, { ...current.body.quiz.draft, title: 'What is your real work superpower?' });
    expect(saved.status).toBe(200);
    await openLaunchTab(studio, id);
    await studio.getByTestId('unpublished-changes').waitFor();
    expect(await studio.getByTestId('unpublished-changes').textContent()).toBe('Draft has unpublished changes');
    const fresh = await (await newPerson()).newPage();
    await fresh.goto(`${baseUrl}/q/${slug}`);
    expect(await fresh.getByRole('heading', { level: 1 }).textContent()).not.toBe('What is your real work superpower?');

    await studio.getByTestId('publish').click();
    await expect.poll(() => studio.getByTestId('publish-message').textContent()).toBe('Published version 2.');
    await studio.getByTestId('draft-up-to-date').waitFor();
    const rows = studio.getByTestId('version-history').locator('tbody tr');
    await expect.poll(() => rows.count()).toBe(2);
    expect(await rows.nth(0).locator('td').first().textContent()).toBe('v2current');
    expect(await rows.nth(1).locator('td').last().textContent()).toBe('1'); // Maya played version 1

    // A player in a fresh browser gets the new title.
    await fresh.goto(`${baseUrl}/q/${slug}`);
    expect(await fresh.getByRole('heading', { level: 1 }).textContent()).toBe('What is your real work superpower?');

    // A viewer of the workspace sees the launch tab without any control that changes something.
    const quiz = await callApi<{ quiz: { workspaceId: string } }>(studio, 'GET', `/api/studio/quizzes/${id}`);
    const invite = await callApi<{ path: string }>(studio, 'POST', '/api/studio/invites', { workspaceId: quiz.body.quiz.workspaceId, role: 'viewer' });
    const viewerContext = await newPerson();
    await addSession(viewerContext, baseUrl, await signUpByApi(baseUrl, { name: 'Vera Viewer', email: `vera-${Date.now()}@example.com`, password: 'a long enough password' }));
    const viewer = await viewerContext.newPage();
    await viewer.goto(`${baseUrl}/studio`);
    expect((await callApi(viewer, 'POST', '/api/studio/invites/accept', { token: invite.body.path.split('/').pop() })).status).toBe(200);
    await openLaunchTab(viewer, id);
    await expectState(viewer, 'Live');
    await viewer.getByText('You are a viewer of this workspace: you can see everything here but not change it.').waitFor();
    expect(await viewer.getByTestId('publish').count()).toBe(0);
    expect(await viewer.getByTestId('pause').count()).toBe(0);
    expect(await viewer.getByTestId('delete').count()).toBe(0);
    expect(await viewer.locator('#launch-cap').isDisabled()).toBe(true);
    expect(await viewer.locator('#launch-ended-message').isDisabled()).toBe(true);
    expect(await viewer.getByTestId('version-history').locator('tbody tr').count()).toBe(2);

    // A schedule: an end before the start is refused next to the end; a start in the future makes it scheduled.
    await studio.locator('#launch-startsAt').fill('2030-01-02T10:00');
    await studio.locator('#launch-endsAt').fill('2030-01-01T10:00');
    await studio.getByTestId('save-schedule').click();
    await expect.poll(() => studio.locator('#launch-endsAt-error').textContent()).toBe('The end must come after the start.');
    await studio.locator('#launch-endsAt').fill('');
    await studio.getByTestId('save-schedule').click();
    await expectState(studio, 'Scheduled');
    expect(await studio.getByTestId('schedule-summary').textContent()).toMatch(/^Starts on Jan 2, 2030, .+, with no end\.$/);
    const early = await (await newPerson()).newPage();
    await early.goto(`${baseUrl}/q/${slug}`);
    expect(await early.getByTestId('campaign-closed').getAttribute('data-state')).toBe('scheduled');
    expect(await early.getByRole('heading', { level: 1 }).textContent()).toBe('Coming soon');
    expect(await early.locator('.lead').textContent()).toMatch(/^This campaign starts on January 2, 2030 at /);
    await studio.locator('#launch-startsAt').fill('');
    await studio.getByTestId('save-schedule').click();
    await expectState(studio, 'Live');

    // The ended page's message and link, then a pause: players see the branded paused page.
    await studio.locator('#launch-ended-url').fill('javascript:alert(1)');
    await studio.getByTestId('save-ended').click();
    await expect.poll(() => studio.locator('#launch-ended-url-error').textContent()).toBe('Use a link that starts with http:// or https://.');
    await studio.locator('#launch-ended-message').fill('Thanks for playing! Our next quiz is coming soon.');
    await studio.locator('#launch-ended-url').fill('https://example.com/next');
    await studio.getByTestId('save-ended').click();
    await expect.poll(() => studio.locator('#launch-ended-url-error').textContent()).toBe('');
    await studio.getByTestId('pause').click();
    await expectState(studio, 'Paused');

    const visitor = await (await newPerson()).newPage();
    const paused = await visitor.goto(`${baseUrl}/q/${slug}`);
    expect(paused?.status()).toBe(200);
    const closed = visitor.getByTestId('campaign-closed');
    expect(await closed.getAttribute('data-state')).toBe('paused');
    expect(await visitor.getByRole('heading', { level: 1 }).textContent()).toBe('Paused, back soon');
    expect(await visitor.getByTestId('closed-message').textContent()).toBe('Thanks for playing! Our next quiz is coming soon.');
    expect(await visitor.getByTestId('closed-link').getAttribute('href')).toBe('https://example.com/next');
    expect(await closed.evaluate((el) => getComputedStyle(el).getPropertyValue('--brand').trim())).toMatch(/^#[0-9a-f]{6}$/i);
    const refused = await visitor.evaluate(async (quizSlug) => (await fetch('/api/plays/start', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ slug: quizSlug }) })).status, slug);
    expect(refused).toBe(410);

    // The share link still opens with its card in the tags, and its call to play leads to the paused page.
    const shared = await visitor.goto(shareLink);
    expect(shared?.status()).toBe(200);
    expect(await visitor.locator('meta[property="og:image"]').getAttribute('content')).toMatch(/\/api\/cards\/.+\/og-[0-9a-f]{16}\.png$/);
    expect(await visitor.getByTestId('play-cta').textContent()).toContain('See the campaign');
    await visitor.getByTestId('play-cta').click();
    await visitor.waitForURL(new RegExp(`/q/${slug}$`));
    expect(await visitor.getByTestId('campaign-closed').getAttribute('data-state')).toBe('paused');

    // Resume, then stop (after a confirmation): players see that the campaign has ended.
    await studio.getByTestId('resume').click();
    await expectState(studio, 'Live');
    await studio.getByTestId('stop').click();
    const stopDialog = studio.locator('dialog[open]');
    await stopDialog.getByRole('button', { name: 'Cancel' }).click();
    await expectState(studio, 'Live');
    await studio.getByTestId('stop').click();
    await studio.locator('dialog[open]').getByRole('button', { name: 'Stop campaign' }).click();
    await expectState(studio, 'Ended');
    await visitor.goto(`${baseUrl}/q/${slug}`);
    expect(await visitor.getByRole('heading', { level: 1 }).textContent()).toBe('This campaign has ended');

    // Duplicate: a new draft quiz "Copy of …", opened in the studio.
    await studio.getByTestId('duplicate').click();
    await studio.waitForURL((url) => /\/studio\/q\/[^/?]+$/.test(url.pathname) && !url.pathname.endsWith(id));
    const copyId = new URL(studio.url()).pathname.split('/').pop() ?? '';
    const copy = await callApi<{ quiz: { title: string; slug: string; status: string } }>(studio, 'GET', `/api/studio/quizzes/${copyId}`);
    expect(copy.body.quiz).toMatchObject({ title: 'Copy of What is your real work superpower?', status: 'draft' });

    // Delete the copy: the button stays disabled until its address is typed; then it is gone for good.
    await openLaunchTab(studio, copyId);
    await studio.getByTestId('delete').click();
    const dialog = studio.locator('dialog[open]');
    const confirm = dialog.getByRole('button', { name: 'Delete forever' });
    expect(await confirm.isDisabled()).toBe(true);
    await dialog.locator('#launch-delete-confirm').fill(slug);
    expect(await confirm.isDisabled()).toBe(true);
    await dialog.locator('#launch-delete-confirm').fill(copy.body.quiz.slug);
    await confirm.click();
    await studio.waitForURL(`${baseUrl}/studio`);
    expect((await callApi(studio, 'GET', `/api/studio/quizzes/${copyId}`)).status).toBe(404);
    // The original is still there.
    expect((await callApi(studio, 'GET', `/api/studio/quizzes/${id}`)).status).toBe(200);
  });
});
