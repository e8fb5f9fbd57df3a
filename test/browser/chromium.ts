import { chromium, type Browser } from 'playwright-core';

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
