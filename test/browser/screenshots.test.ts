import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, personUserAgent } from './chromium';
import { playQuiz } from './play';

const baseUrl = inject('baseUrl');
const outDir = join(process.cwd(), 'screenshots');
const viewports = [
  { name: 'desktop', width: 1280, height: 900, isMobile: false },
  { name: 'phone', width: 390, height: 844, isMobile: true },
] as const;
let browser: Browser;

beforeAll(async () => {
  mkdirSync(outDir, { recursive: true });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

/** Nothing may stick out sideways: a page wider than the screen is broken on a phone. */
async function expectNoHorizontalOverflow(page: Page) {
  const [scrollWidth, innerWidth] = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
  expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
}

async function waitForImages(page: Page) {
  await page.evaluate(() => Promise.all([...document.images].map((img) => (img.complete ? null : new Promise((r) => { img.addEventListener('load', r); img.addEventListener('error', r); })))));
}

// Every screen a player sees, at desktop and phone widths, in English and Arabic; the files are for people to look at.
describe.each(viewports)('screens at $name width', (viewport) => {
  it.each([
    { label: 'en personality', slug: 'which-explorer' },
    { label: 'en trivia', slug: 'ocean-trivia' },
    { label: 'en poll', slug: 'weekend-poll' },
    { label: 'ar personality', slug: 'ay-musafir' },
    { label: 'ar trivia', slug: 'fada-trivia' },
  ])('$label: home, cover, question, name, result and share page', async ({ slug }) => {
    const context = await browser.newContext({ viewport: { width: viewport.width, height: viewport.height }, isMobile: viewport.isMobile, deviceScaleFactor: 1, userAgent: viewport.isMobile ? personUserAgent.phone : personUserAgent.desktop });
    const page = await context.newPage();
    const shot = async (step: string) => {
      await waitForImages(page);
      await expectNoHorizontalOverflow(page);
      await page.screenshot({ path: join(outDir, `${viewport.name}-${slug}-${step}.png`), fullPage: true });
    };
    await page.goto(`${baseUrl}/`);
    if (slug === 'which-explorer') await shot('home');
    await page.goto(`${baseUrl}/q/${slug}`);
    await shot('cover');
    await page.getByRole('button', { name: /^(Start|ابدأ)$/ }).click();
    await page.locator('button.answer').first().waitFor();
    await shot('question');
    await page.goBack().catch(() => undefined);
    await page.goto(`${baseUrl}/q/${slug}`);
    await playQuiz(page, 2, slug.startsWith('a') || slug.startsWith('f') ? 'سارة' : 'Sara');
    await shot('result');
    const link = await page.locator('.copy-input').inputValue();
    const friend = await browser.newContext({ viewport: { width: viewport.width, height: viewport.height }, isMobile: viewport.isMobile, deviceScaleFactor: 1, userAgent: viewport.isMobile ? personUserAgent.phone : personUserAgent.desktop });
    const friendPage = await friend.newPage();
    await friendPage.goto(link);
    await waitForImages(friendPage);
    await expectNoHorizontalOverflow(friendPage);
    await friendPage.screenshot({ path: join(outDir, `${viewport.name}-${slug}-share.png`), fullPage: true });
    await friend.close();
    await context.close();
  });
});
