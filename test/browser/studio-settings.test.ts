import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { usePeople } from './chromium';
import { signUp, callApi } from './studio-page';

const baseUrl = inject('baseUrl');
const people = usePeople();

/** The read-only API as a reporting tool calls it: no cookies, only the key. */
const callV1 = (path: string, key: string) => fetch(`${baseUrl}${path}`, { headers: { authorization: `Bearer ${key}` } });

describe('the settings page', () => {
  it('makes an API key shown once, which reads the API until it is revoked', async () => {
    const owner = await people.newPerson();
    await owner.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl });
    const page = await owner.newPage();
    await signUp(page, 'Kira');
    const created = await callApi<{ id: string; slug: string }>(page, 'POST', '/api/studio/quizzes', { templateId: 'work-superpower' });
    expect(created.status).toBe(201);
    expect((await callApi(page, 'POST', `/api/studio/quizzes/${created.body.id}/publish`)).status).toBe(200);

    // The owner finds Settings in the studio's navigation.
    await page.goto(`${baseUrl}/studio`);
    await page.getByRole('navigation', { name: 'Studio' }).getByRole('link', { name: 'Settings' }).click();
    await page.waitForURL(`${baseUrl}/studio/settings`);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Settings');
    await page.getByTestId('api-keys-empty').waitFor();

    // A key needs a name; then it is shown once, to copy.
    await page.getByRole('button', { name: 'Create key' }).click();
    await expect.poll(() => page.locator('#api-key-name-error').textContent()).toBe('Give the key a name.');
    await page.getByLabel('Key name').fill('Nightly report');
    await page.getByRole('button', { name: 'Create key' }).click();
    const shown = page.getByLabel('The new API key');
    await shown.waitFor();
    const key = await shown.inputValue();
    expect(key).toMatch(/^rpl_live_[A-Za-z0-9_-]{43}$/);
    await page.getByRole('button', { name: 'Copy key' }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(key);
    await expect.poll(() => page.getByTestId('api-key-row').count()).toBe(1);

    // The key reads the workspace's quizzes and their figures.
    const quizzes = await callV1('/api/v1/quizzes', key);
    expect(quizzes.status).toBe(200);
    expect(((await quizzes.json()) as { quizzes: { slug: string }[] }).quizzes.map((q) => q.slug)).toEqual([created.body.slug]);
    const daily = await callV1(`/api/v1/quizzes/${created.body.slug}/daily`, key);
    expect(((await daily.json()) as { days: unknown[] }).days).toHaveLength(30);
    const csv = await callV1(`/api/v1/quizzes/${created.body.slug}/players?format=csv`, key);
    expect((await csv.text()).split('\r\n')[0]).toBe('player,parent,generation,channel,source,host_page,outcome,started_at,completed_at,descendants,children');
    // The demo workspace is not this key's: its quiz is a 404.
    expect((await callV1('/api/v1/quizzes/which-explorer/daily', key)).status).toBe(404);

    // After a reload the key is gone for good: only its name, its prefix and its last use are listed.
    await page.reload();
    const row = page.getByTestId('api-key-row');
    await row.waitFor();
    expect(await page.getByLabel('The new API key').count()).toBe(0);
    expect(await page.content()).not.toContain(key);
    expect(await row.getAttribute('data-name')).toBe('Nightly report');
    expect(await row.locator('code').textContent()).toBe(`${key.slice(0, 15)}…`);
    expect(await row.getByTestId('api-key-last-used').textContent()).not.toBe('Never');

    // Revoking asks first, then the key stops working at once.
    await page.getByRole('button', { name: 'Revoke the key “Nightly report”' }).click();
    await page.getByRole('button', { name: 'Revoke key' }).click();
    await expect.poll(() => row.getAttribute('data-revoked')).toBe('true');
    expect(await row.textContent()).toMatch(/Revoked/);
    const refused = await callV1('/api/v1/quizzes', key);
    expect(refused.status).toBe(401);
    expect(((await refused.json()) as { error: { message: string } }).error.message).toBe('This API key is unknown or has been revoked.');
  });

  it('sets how many days raw events are kept, and back to forever', async () => {
    const page = await people.newPage();
    await signUp(page, 'Rami');
    await page.goto(`${baseUrl}/studio/settings`);
    const form = page.getByTestId('retention-form');
    await form.waitFor();
    expect(await page.getByLabel('Keep raw events forever').isChecked()).toBe(true);

    await page.getByLabel('Delete raw events after a number of days').check();
    await page.getByLabel('Days to keep').fill('0');
    await page.getByRole('button', { name: 'Save retention' }).click();
    await expect.poll(() => page.locator('#retention-days-error').textContent()).toBe('Enter a whole number of days from 1 to 3650.');
    await page.getByLabel('Days to keep').fill('30');
    await page.getByRole('button', { name: 'Save retention' }).click();
    await expect.poll(() => page.getByTestId('retention-status').textContent()).toBe('Saved: raw events are kept for 30 days. 0 old records were deleted now.');

    // The setting is kept: it is there after a reload.
    await page.reload();
    await form.waitFor();
    expect(await page.getByLabel('Delete raw events after a number of days').isChecked()).toBe(true);
    expect(await page.getByLabel('Days to keep').inputValue()).toBe('30');

    await page.getByLabel('Keep raw events forever').check();
    await page.getByRole('button', { name: 'Save retention' }).click();
    await expect.poll(() => page.getByTestId('retention-status').textContent()).toBe('Saved: raw events are kept forever.');
    await page.reload();
    await form.waitFor();
    expect(await page.getByLabel('Keep raw events forever').isChecked()).toBe(true);
  });
});
