import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';

/** Headless Chromium from the system's packages (CI installs Debian's `chromium`); nothing is downloaded. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic'],
  });
}

/**
 * Headless Chromium says "HeadlessChrome" in its User-Agent, which Ripple rightly treats as a bot. The tests play
 * the part of people, so their contexts present the User-Agent of the same Chromium with a screen.
 */
export const personUserAgent = {
  desktop: 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36',
  phone: 'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36',
};

/**
 * Chromium for one test file: launched before its tests, closed with every context it made after them. Each
 * `newPerson` is a fresh browser profile (its own cookies) with a person's User-Agent; page errors are logged.
 */
export function usePeople(): { newPerson(options?: BrowserContextOptions): Promise<BrowserContext>; newPage(options?: BrowserContextOptions): Promise<Page> } {
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await Promise.all(contexts.map((context) => context.close()));
    await browser?.close();
  });
  const newPerson = async (options: BrowserContextOptions = {}) => {
    if (!browser) throw new Error('usePeople: Chromium is not running yet');
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, userAgent: personUserAgent.desktop, ...options });
    contexts.push(context);
    return context;
  };
  const newPage = async (options: BrowserContextOptions = {}) => {
    const page = await (await newPerson(options)).newPage();
    page.on('pageerror', (error) => console.error('page error:', error.message));
    return page;
  };
  return { newPerson, newPage };
}
