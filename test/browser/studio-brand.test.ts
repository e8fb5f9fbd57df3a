import type { Page } from 'playwright-core';
import sharp from 'sharp';
import { describe, expect, inject, it } from 'vitest';
import { usePeople } from './chromium';
import { playQuiz } from './play';
import { signUp } from './studio-page';

// Branding a quiz and checking it before launch, in a real browser against the production build: the live result
// card follows a color change (a new PNG from the server), a logo is uploaded and shows on the card and the play
// page preview, a missing alt text fails the pre-launch checks and its Fix button leads to the field, and once
// filled the check passes; the blocked words can be tried and edited; the same screens work in the Arabic studio.

const baseUrl = inject('baseUrl');
const people = usePeople();
const newPage = (width = 1280) => people.newPage({ viewport: { width, height: 900 } });

/** Makes a quiz from a template as the gallery does (same origin, the page's session) and answers its editor URL. */
async function createFromTemplate(page: Page, templateId: string): Promise<string> {
  const url = await page.evaluate(async (id) => {
    const response = await fetch('/api/studio/quizzes', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ templateId: id }) });
    const body = (await response.json()) as { url?: string };
    return body.url ?? '';
  }, templateId);
  expect(url).toMatch(/^\/studio\/q\//);
  return `${baseUrl}${url}`;
}

const previewCard = (page: Page) => page.getByTestId('brand-preview-card');

/** The preview card's current image: its object URL and a SHA-256 of its bytes. */
async function readPreviewCard(page: Page): Promise<{ src: string; digest: string; width: number }> {
  return page.evaluate(async () => {
    const img = document.querySelector<HTMLImageElement>('[data-testid="brand-preview-card"]');
    if (!img) throw new Error('no preview card');
    if (!img.complete) await new Promise((resolve) => img.addEventListener('load', resolve, { once: true }));
    const bytes = await (await fetch(img.src)).arrayBuffer();
    const digest = [...new Uint8Array(await crypto.subtle.digest('SHA-256', bytes))].map((b) => b.toString(16).padStart(2, '0')).join('');
    return { src: img.src, digest, width: img.naturalWidth };
  });
}

async function waitForNewPreview(page: Page, previousSrc: string): Promise<void> {
  await page.waitForFunction((src) => {
    const img = document.querySelector<HTMLImageElement>('[data-testid="brand-preview-card"]');
    return !!img && img.src !== src && img.complete && img.naturalWidth > 0;
  }, previousSrc, { timeout: 20_000 });
}

const saved = /^(Saved|محفوظ)$/;

describe('the brand tab and the pre-launch checks', () => {
  it('re-renders the card when the brand changes, uploads a logo, fails a missing alt text and passes once it is fixed', async () => {
    const page = await newPage();
    await signUp(page, 'Bruna');
    await page.goto(`${await createFromTemplate(page, 'work-superpower')}?tab=brand`);
    await previewCard(page).waitFor({ timeout: 20_000 });
    const first = await readPreviewCard(page);
    expect(first.width).toBe(1200);

    // A new accent color: a new PNG from the server, with other bytes.
    const hex = page.locator('#brand-primary-hex');
    await hex.fill('#e11d48');
    await waitForNewPreview(page, first.src);
    const red = await readPreviewCard(page);
    expect(red.digest).not.toBe(first.digest);
    expect(await page.getByTestId('play-preview').evaluate((el) => getComputedStyle(el).getPropertyValue('--brand').trim())).toBe('#e11d48');

    // A bad hex code stays in its field with an error beside it; the card keeps the last good color.
    await hex.fill('#e11d4');
    await expect.poll(() => page.locator('#brand-primary-error').textContent()).toMatch(/#1a2b3c/);
    expect(await hex.getAttribute('aria-invalid')).toBe('true');
    await hex.fill('#e11d48');
    await expect.poll(() => page.locator('#brand-primary-error').count()).toBe(0);

    // The split layout is another card.
    await page.getByTestId('layout-split').click();
    await waitForNewPreview(page, red.src);
    const split = await readPreviewCard(page);
    expect(split.digest).not.toBe(red.digest);
    // The bold template fills the card with the accent: another card again; then back to split.
    await page.getByTestId('layout-bold').click();
    await waitForNewPreview(page, split.src);
    const bold = await readPreviewCard(page);
    expect(bold.digest).not.toBe(split.digest);
    await page.getByTestId('layout-split').click();
    await waitForNewPreview(page, bold.src);
    const splitAgain = await readPreviewCard(page);
    expect(splitAgain.digest).toBe(split.digest);

    // A logo, uploaded by the file input: stored by Ripple, shown in the picker, on the play page and on the card.
    const logo = await sharp({ create: { width: 240, height: 120, channels: 4, background: { r: 20, g: 90, b: 200, alpha: 1 } } }).png().toBuffer();
    await page.locator('#brand-logo [data-testid="image-picker-input"]').setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: logo });
    const logoPreview = page.locator('#brand-logo [data-testid="image-picker-preview"]');
    await logoPreview.waitFor({ timeout: 15_000 });
    expect(await logoPreview.getAttribute('src')).toMatch(/^\/uploads\/[A-Za-z0-9_-]+\.png$/);
    await page.locator('[data-testid="play-preview"] .play-preview-brand img').waitFor();
    await waitForNewPreview(page, splitAgain.src);
    expect((await readPreviewCard(page)).digest).not.toBe(split.digest);

    // A fake image is refused with the reason next to the picker, and the logo stays.
    await page.locator('#brand-logo [data-testid="image-picker-input"]').setInputFiles({ name: 'photo.png', mimeType: 'image/png', buffer: Buffer.from('not an image at all') });
    await expect.poll(() => page.locator('#brand-logo [data-testid="image-picker-error"]').textContent(), { timeout: 10_000 }).toMatch(/not a PNG, JPEG, WebP or GIF/);
    expect(await logoPreview.getAttribute('src')).toMatch(/^\/uploads\//);
    await page.getByTestId('brand-save-state').filter({ hasText: saved }).waitFor({ timeout: 15_000 });

    // The checks: the logo has no alt text, so the images check fails, and Fix leads to the field.
    await page.locator('#tab-checks').click();
    const images = page.locator('[data-check="images"]');
    await images.and(page.locator('[data-status="fail"]')).waitFor({ timeout: 20_000 });
    expect(await page.locator('[data-check="reachability"]').getAttribute('data-status')).toBe('pass');
    await images.locator('[data-code="alt_missing"] button').click();
    await expect.poll(() => page.locator('#tab-brand').getAttribute('aria-selected')).toBe('true');
    const alt = page.locator('#brand-logo input.input');
    await expect.poll(() => alt.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.type('Acme logo');
    await page.locator('#tab-checks').click();
    await page.locator('[data-check="images"][data-status="pass"]').waitFor({ timeout: 20_000 });

    // Blocked names: try one against the list, add a word of our own and save it for the workspace.
    await page.locator('#blocked-try').fill('sh1t');
    await expect.poll(() => page.locator('#blocked-try-result').textContent()).toMatch(/would not be printed/);
    const words = page.locator('#blocked-words');
    await words.fill(`${await words.inputValue()}\nGlobex`);
    await page.getByRole('button', { name: 'Save the list' }).click();
    await expect.poll(() => page.getByTestId('blocked-words').getByRole('status').textContent()).toBe('Saved.');
    await page.locator('#blocked-try').fill('globex fan');
    await expect.poll(() => page.locator('#blocked-try-result').textContent()).toMatch(/contains “Globex”/);

    // The link previews of the four networks show the card and the invitation.
    const previews = page.getByTestId('link-previews');
    expect(await previews.locator('[data-network]').evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-network')))).toEqual(['x', 'facebook', 'whatsapp', 'linkedin']);
    await expect.poll(() => previews.locator('[data-network="whatsapp"] .net-title').textContent()).toMatch(/^Sara got “The Spark”/);
  });

  it('carries the brand to players: the logo with its alt text, the per-channel share text, and no blocked name on a card', async () => {
    const page = await newPage();
    await signUp(page, 'Carla');
    const editorUrl = await createFromTemplate(page, 'work-superpower');
    const quizId = editorUrl.split('/').pop() ?? '';
    await page.goto(`${editorUrl}?tab=brand`);
    await previewCard(page).waitFor({ timeout: 20_000 });
    const logo = await sharp({ create: { width: 120, height: 120, channels: 3, background: '#0f766e' } }).png().toBuffer();
    await page.locator('#brand-logo [data-testid="image-picker-input"]').setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: logo });
    await page.locator('#brand-logo input.input').fill('Acme logo');
    await page.locator('.share-channels > summary').click();
    await page.locator('#brand-shareTexts-x').fill('On X: {name} is {result}');
    await expect.poll(() => page.getByTestId('brand-shareTexts-x-preview').textContent()).toContain('On X: Sara is The Spark');
    // The serif family: the preview card is drawn again, and the players' pages use it too (checked below).
    const sansCard = await readPreviewCard(page);
    await page.locator('input[name="brand-font"][value="noto-serif"]').check();
    await waitForNewPreview(page, sansCard.src);
    expect((await readPreviewCard(page)).digest).not.toBe(sansCard.digest);
    await page.getByTestId('brand-save-state').filter({ hasText: saved }).waitFor({ timeout: 15_000 });

    const slug = await page.evaluate(async (id) => {
      const published = await fetch(`/api/studio/quizzes/${id}/publish`, { method: 'POST' });
      if (!published.ok) throw new Error(`publish: ${published.status} ${await published.text()}`);
      return ((await (await fetch(`/api/studio/quizzes/${id}/campaign`)).json()) as { slug: string }).slug;
    }, quizId);

    // A player: the logo is described, and the X button carries the X text with the player's name.
    const player = await newPage();
    await player.goto(`${baseUrl}/q/${slug}`);
    expect(await player.locator('.cover-body img').getAttribute('alt')).toBe('Acme logo');
    expect(await player.locator('.cover-body h1').evaluate((el) => getComputedStyle(el).fontFamily)).toMatch(/^"Noto Serif", "Noto Naskh Arabic"/);
    await playQuiz(player, 0, 'Maya');
    const xHref = decodeURIComponent((await player.locator('a[data-channel="x"]').getAttribute('href')) ?? '');
    expect(xHref).toContain('On X: Maya is ');
    const whatsappHref = decodeURIComponent((await player.locator('a[data-channel="whatsapp"]').getAttribute('href')) ?? '');
    expect(whatsappHref).not.toContain('On X:');

    // Another player types a blocked word as a name: it is never printed (the share text says "Someone").
    const rude = await newPage();
    await rude.goto(`${baseUrl}/q/${slug}`);
    await playQuiz(rude, 1, 'Sh1t Head');
    const rudeHref = decodeURIComponent((await rude.locator('a[data-channel="x"]').getAttribute('href')) ?? '');
    expect(rudeHref).toContain('On X: Someone is');
    expect(rudeHref).not.toMatch(/sh1t/i);
  });

  it('works in the Arabic studio, right to left, on a tablet', async () => {
    const page = await newPage(820);
    await signUp(page, 'Rania');
    await page.context().addCookies([{ name: 'ripple_studio_locale', value: 'ar', url: baseUrl }]);
    await page.goto(`${await createFromTemplate(page, 'reader-personality-ar')}?tab=brand`);
    await previewCard(page).waitFor({ timeout: 20_000 });
    expect(await page.locator('.editor').getAttribute('dir')).toBe('rtl');
    expect(await page.locator('#brand-colors-title').textContent()).toBe('الألوان');
    const before = await readPreviewCard(page);
    await page.locator('#brand-background-hex').fill('#fff7ed');
    await waitForNewPreview(page, before.src);
    // Nothing sticks out sideways at tablet width.
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await page.locator('#tab-checks').click();
    await page.locator('[data-check="reachability"][data-status="pass"]').waitFor({ timeout: 20_000 });
    expect(await page.locator('#checks-title').textContent()).toBe('فحوص ما قبل الإطلاق');
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  });
});
