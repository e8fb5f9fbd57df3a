import type { Page } from 'playwright-core';
import { inject } from 'vitest';

/** Signs up a new account through the sign-up page, as a person does, and waits for the studio. */
export async function signUp(page: Page, name: string): Promise<void> {
  await page.goto(`${inject('baseUrl')}/sign-up`);
  await page.locator('#signup-name').fill(name);
  await page.locator('#signup-email').fill(`${name.toLowerCase()}-${Date.now()}@example.com`);
  await page.locator('#signup-password').fill('a long enough password');
  await page.locator('form button[type="submit"]').click();
  await page.waitForURL(/\/studio/);
}

/** Calls an API from the signed-in page, as the studio's own scripts do (same origin, same cookies). */
export async function callApi<T>(page: Page, method: string, path: string, body?: unknown): Promise<{ status: number; body: T }> {
  return page.evaluate(
    async ({ method, path, body }) => {
      const response = await fetch(path, { method, headers: body === undefined ? {} : { 'Content-Type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) });
      return { status: response.status, body: response.status === 204 ? null : await response.json() };
    },
    { method, path, body },
  ) as Promise<{ status: number; body: T }>;
}
