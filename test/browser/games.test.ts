import { tmpdir } from 'node:os';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { demoGames } from '@/db/demo-games';
import { personUserAgent, usePeople } from './chromium';

const baseUrl = inject('baseUrl');
const { newPerson, newPage } = usePeople();
const shotsDir = join(tmpdir(), 'shots', 'games');
const consentText = demoGames.find((g) => g.slug === 'spin-to-win')?.definition.leadCapture.consentText ?? '';
const phone: BrowserContextOptions = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, userAgent: personUserAgent.phone };

type Played = { isReplay: boolean; resultId: string; segmentId: string | null; prizeId: string | null; code: string | null; hasCode: boolean; playsLeft: number; outcome: { id: string; isWin: boolean; title: string; description: string } };

/** Answers the play requests of the page, as the server sent them, in order. */
function watchPlays(page: Page): Played[] {
  const plays: Played[] = [];
  page.on('response', (response) => {
    if (response.url().endsWith('/api/games/play') && response.request().method() === 'POST' && response.ok()) void response.json().then((body: Played) => plays.push(body));
  });
  return plays;
}

/** Records every transform the wheel is given and the segment it says it landed on. */
async function watchWheel(page: Page): Promise<void> {
  await page.getByTestId('wheel').waitFor();
  await page.evaluate(() => {
    const wheel = document.querySelector('[data-testid="wheel"]');
    const log = { transforms: [] as string[], landed: null as string | null };
    (window as unknown as { wheelLog: typeof log }).wheelLog = log;
    new MutationObserver(() => {
      if (!(wheel instanceof SVGElement)) return;
      if (wheel.style.transform && wheel.style.transform !== log.transforms.at(-1)) log.transforms.push(wheel.style.transform);
      log.landed = wheel.getAttribute('data-landed-segment') ?? log.landed;
    }).observe(wheel as Node, { attributes: true, attributeFilter: ['style', 'data-landed-segment'] });
  });
}

const readWheelLog = (page: Page) => page.evaluate(() => (window as unknown as { wheelLog: { transforms: string[]; landed: string | null } }).wheelLog);

/** Spins with `press` and waits for the result; checks the wheel stopped on the segment the server drew. */
async function spin(page: Page, plays: Played[], press: () => Promise<void>): Promise<{ played: Played; transforms: string[] }> {
  await watchWheel(page);
  const before = plays.length;
  await press();
  await page.locator('#result-title').waitFor({ timeout: 20_000 });
  await expect.poll(() => plays.length).toBe(before + 1);
  const played = plays[before] as Played;
  const log = await readWheelLog(page);
  expect(played.segmentId).not.toBeNull();
  expect(log.landed).toBe(played.segmentId);
  expect(await page.locator('#result-title').textContent()).toBe(played.outcome.title);
  return { played, transforms: log.transforms };
}

/** Opens a game's page and waits until it answers presses (a press before hydration does nothing). */
async function openGame(page: Page, path: string) {
  const response = await page.goto(`${baseUrl}${path}`);
  await page.locator('.game-player[data-hydrated]').waitFor();
  return response;
}

async function fillWheelDetails(page: Page, name: string, email: string) {
  await page.getByTestId('game-start').click();
  await page.locator('#player-name').fill(name);
  await page.locator('#lead-email').fill(email);
  await page.locator('#lead-consent').check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByTestId('spin').waitFor();
}

async function expectNoHorizontalOverflow(page: Page) {
  const [scrollWidth, innerWidth] = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
  expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
}

async function waitForImages(page: Page) {
  await page.evaluate(() => Promise.all([...document.images].map((img) => (img.complete ? null : new Promise((r) => { img.addEventListener('load', r); img.addEventListener('error', r); })))));
}

/** Scratches the card in rows, as a finger would, until the result shows. */
async function scratchAll(page: Page) {
  const surface = page.getByTestId('scratch-surface');
  const box = await surface.boundingBox();
  if (!box) throw new Error('no scratch surface');
  for (let row = 0; row < 6 && !(await page.locator('#result-title').isVisible()); row++) {
    const y = box.y + (box.height * (row + 0.5)) / 6;
    await page.mouse.move(box.x + 4, y);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width - 4, y, { steps: 12 });
    await page.mouse.up();
  }
}

describe('the spin-the-wheel in a real browser', () => {
  it('spins to the server’s segment, shows the prize and its code once, and a friend who plays through the shared link earns one more play, live', async () => {
    const sara = await newPerson({ viewport: { width: 1280, height: 900 } });
    await sara.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl });
    const saraPage = await sara.newPage();
    const saraPlays = watchPlays(saraPage);
    await openGame(saraPage, '/q/spin-to-win');
    expect(await saraPage.getByRole('heading', { level: 1 }).textContent()).toBe('Spin to win');
    expect(await saraPage.locator('.prize-list li').allTextContents()).toEqual(['20% off your next order', 'Free shipping', 'A steel trail bottle', 'A two-person tent Unlocked when 3 friends play']);

    // The lead form: the consent box starts unticked, shows the author's text word for word, and must be ticked.
    await saraPage.getByTestId('game-start').click();
    await saraPage.locator('#player-name').fill('Sara');
    await saraPage.locator('#lead-email').fill('sara@example.com');
    expect(await saraPage.locator('#lead-consent').isChecked()).toBe(false);
    expect(await saraPage.getByTestId('consent-text').textContent()).toBe(consentText);
    await saraPage.getByRole('button', { name: 'Continue' }).click();
    expect(await saraPage.locator('.lead-form [role="alert"]').textContent()).toBe('Tick the box to continue.');
    await saraPage.locator('#lead-consent').check();
    await saraPage.getByRole('button', { name: 'Continue' }).click();

    const { played, transforms } = await spin(saraPage, saraPlays, () => saraPage.getByTestId('spin').click());
    // It turned: dozens of frames, each a transform (no layout property is animated).
    expect(transforms.length).toBeGreaterThan(20);
    if (played.outcome.isWin) {
      expect(await saraPage.getByTestId('win-code-value').textContent()).toBe(played.code);
      expect(await saraPage.getByTestId('win-code').textContent()).toContain('Shown only now: copy it or write it down. It will not be shown again.');
      await saraPage.getByTestId('copy-code').click();
      await saraPage.getByRole('button', { name: 'Code copied' }).waitFor();
      expect(await saraPage.evaluate(() => navigator.clipboard.readText())).toBe(played.code);
    } else {
      expect(await saraPage.getByTestId('win-code').count()).toBe(0);
    }
    expect(await saraPage.getByTestId('game-announcement').textContent()).toBe(played.outcome.isWin ? `You won: ${played.outcome.title}.` : `${played.outcome.title} ${played.outcome.description}`);
    expect(await saraPage.getByTestId('plays-left').textContent()).toBe('Plays left: 0');
    expect(await saraPage.getByTestId('share-line').textContent()).toBe('Each friend who plays through your link gives you 1 more play (0 of 3 earned)');
    expect(await saraPage.getByTestId('next-tier').textContent()).toContain('3 friends unlock A two-person tent (3 to go)');
    expect(await saraPage.getByTestId('play-again').isDisabled()).toBe(true);

    // The same share buttons as a quiz's, with Sara's own tracked link.
    await saraPage.locator('button[data-channel="copy"]').click();
    await saraPage.getByRole('button', { name: 'Link copied' }).waitFor();
    const link = await saraPage.evaluate(() => navigator.clipboard.readText());
    expect(link).toMatch(new RegExp(`^${baseUrl}/s/[A-Za-z0-9_-]{24}$`));
    const card = saraPage.getByTestId('result-card');
    await card.evaluate((img: HTMLImageElement) => (img.complete ? null : new Promise((r) => img.addEventListener('load', r))));
    expect(await card.evaluate((img: HTMLImageElement) => [img.naturalWidth, img.naturalHeight])).toEqual([1200, 630]);

    // Her result page: the prize, never the code again, and share to play again.
    await saraPage.goto(`${baseUrl}/q/spin-to-win/r/${played.resultId}`);
    expect(await saraPage.locator('#result-title').textContent()).toBe(played.outcome.title);
    expect(await saraPage.getByTestId('win-code').count()).toBe(0);
    if (played.code) {
      expect(await saraPage.content()).not.toContain(played.code);
      expect(await saraPage.getByTestId('code-shown').textContent()).toBe('Your code was shown once, when you played.');
    }
    expect(await saraPage.getByTestId('share-line').textContent()).toBe('Each friend who plays through your link gives you 1 more play (0 of 3 earned)');
    await saraPage.evaluate(() => ((window as unknown as { isSamePage: boolean }).isSamePage = true));

    // Omar opens Sara's link on his phone: the invitation, with her card as the preview image.
    const omarPage = await newPage(phone);
    const omarPlays = watchPlays(omarPage);
    expect((await omarPage.goto(link))?.status()).toBe(200);
    const invitation = played.outcome.isWin ? `Sara won “${played.outcome.title}” at Wayfarer Outdoors. Try your luck!` : 'Sara played Spin to win at Wayfarer Outdoors. Try your luck!';
    expect(await omarPage.getByTestId('invitation').textContent()).toBe(invitation);
    expect(await omarPage.locator('meta[property="og:title"]').getAttribute('content')).toBe(invitation);
    const ogImage = await omarPage.locator('meta[property="og:image"]').getAttribute('content');
    expect(ogImage).toMatch(new RegExp(`^${baseUrl}/api/cards/${played.resultId}/og-[0-9a-f]{16}\\.png$`));
    const image = await fetch(ogImage ?? '');
    expect(image.headers.get('content-type')).toBe('image/png');
    await omarPage.getByTestId('play-cta').click();
    await omarPage.waitForURL(/\/q\/spin-to-win$/);
    await omarPage.locator('.game-player[data-hydrated]').waitFor();
    await fillWheelDetails(omarPage, 'Omar', 'omar@example.com');
    await spin(omarPage, omarPlays, () => omarPage.getByTestId('spin').click());

    // Sara's page, never reloaded, shows the play Omar earned her.
    await expect.poll(() => saraPage.getByTestId('share-line').textContent(), { timeout: 20_000 }).toBe('Each friend who plays through your link gives you 1 more play (1 of 3 earned)');
    expect(await saraPage.evaluate(() => (window as unknown as { isSamePage?: boolean }).isSamePage)).toBe(true);
    expect(await saraPage.getByTestId('plays-left').textContent()).toBe('Plays left: 1');
    expect(await saraPage.getByTestId('friends').textContent()).toBe('Friends who played through your link: 1');
    expect(await saraPage.getByTestId('next-tier').textContent()).toContain('(2 to go)');
    expect(await saraPage.getByTestId('plays-status').getByRole('status').textContent()).toBe('A friend played through your link: you have a new play!');

    // Play again works once: straight to the wheel, one spin, then no play is left.
    await saraPage.getByTestId('play-again').click();
    await saraPage.waitForURL(/\/q\/spin-to-win\?play=again$/);
    await saraPage.locator('.game-player[data-hydrated]').waitFor();
    const again = await spin(saraPage, saraPlays, () => saraPage.getByTestId('spin').click());
    expect(again.played.resultId).not.toBe(played.resultId);
    expect(await saraPage.getByTestId('plays-left').textContent()).toBe('Plays left: 0');
    expect(await saraPage.getByTestId('play-again').isDisabled()).toBe(true);
    const refused = await saraPage.evaluate(async () => {
      const response = await fetch('/api/games/play', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ slug: 'spin-to-win', requestId: 'one-more-try-please' }) });
      return { status: response.status, body: (await response.json()) as { error: { details: { reason: string } } } };
    });
    expect(refused).toMatchObject({ status: 409, body: { error: { details: { reason: 'no_plays_left' } } } });
    // Back on the game's page, she is told so and led to her last result.
    await saraPage.goto(`${baseUrl}/q/spin-to-win`);
    expect(await saraPage.getByTestId('out-of-plays').textContent()).toContain('You have used your plays for now.');
    expect(await saraPage.getByTestId('game-start').count()).toBe(0);
    expect(await saraPage.getByTestId('out-of-plays').getByRole('link', { name: 'See my result' }).getAttribute('href')).toBe(`/q/spin-to-win/r/${again.played.resultId}`);
  });

  it('is played with the keyboard alone: focus shows, Space spins, the result is announced and focused', async () => {
    const page = await newPage();
    const plays = watchPlays(page);
    await openGame(page, '/q/spin-to-win');
    // The cover's button has the focus: Enter opens the form, whose first field has it next.
    await page.keyboard.press('Enter');
    await page.locator('#player-name').waitFor();
    await page.keyboard.type('Kim');
    await page.keyboard.press('Tab');
    await page.keyboard.type('kim@example.com');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    expect(await page.locator('#lead-consent').isChecked()).toBe(true);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.getByTestId('spin').waitFor();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('spin');
    // A keyboard user sees where the focus is.
    expect(await page.evaluate(() => document.activeElement?.matches(':focus-visible'))).toBe(true);
    expect(await page.getByTestId('spin').evaluate((button) => getComputedStyle(button).outlineStyle)).toBe('solid');
    const { played } = await spin(page, plays, () => page.keyboard.press('Space'));
    expect(await page.getByTestId('game-announcement').textContent()).toContain(played.outcome.title);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('result-title');
  });

  it('retries a play whose answer was lost with the same request id, so the retry gets the same play, never a second draw', async () => {
    const page = await newPage();
    const sent: { requestId: string }[] = [];
    let isFirst = true;
    await page.route('**/api/games/play', async (route) => {
      sent.push(JSON.parse(route.request().postData() ?? '{}') as { requestId: string });
      if (!isFirst) return route.continue();
      // The server plays, but its answer never reaches the browser.
      isFirst = false;
      await route.fetch();
      await route.abort('connectionreset');
    });
    const plays = watchPlays(page);
    await openGame(page, '/q/spin-to-win');
    await fillWheelDetails(page, 'Ana', 'ana@example.com');
    await page.getByTestId('spin').click();
    expect(await page.getByTestId('game-error').textContent()).toBe('Something went wrong. Please try again.');
    // The wheel coasts to a stop and the same button tries again.
    await page.waitForFunction(() => document.querySelector('[data-testid="spin"]')?.getAttribute('data-phase') === 'idle' && document.querySelector('[data-testid="spin"]')?.getAttribute('aria-disabled') === 'false');
    const { played } = await spin(page, plays, () => page.getByTestId('spin').click());
    expect(sent).toHaveLength(2);
    expect(sent[1]?.requestId).toBe(sent[0]?.requestId);
    expect(played).toMatchObject({ isReplay: true, code: null, playsLeft: 0 });
    expect(await page.getByTestId('plays-left').textContent()).toBe('Plays left: 0');
  });

  it('does not turn the wheel for a visitor who asks for reduced motion: it fades onto the drawn segment', async () => {
    const page = await newPage({ reducedMotion: 'reduce' });
    const plays = watchPlays(page);
    await openGame(page, '/q/spin-to-win');
    await fillWheelDetails(page, 'Lea', 'lea@example.com');
    const { transforms } = await spin(page, plays, () => page.getByTestId('spin').click());
    // One transform: the wheel was put on its segment, never turned through the ones between.
    expect(transforms).toHaveLength(1);
  });
});

describe('the scratch card in Arabic', () => {
  it('is scratched away with a finger, right to left, on a phone, and reveals the server’s outcome', async () => {
    const page = await newPage({ ...phone, locale: 'ar' });
    const plays = watchPlays(page);
    await openGame(page, '/q/imsah-wa-irbah');
    expect(await page.locator('main').getAttribute('dir')).toBe('rtl');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('امسح واربح');
    await page.getByTestId('game-start').click();
    await page.locator('#player-name').fill('سارة');
    await page.getByRole('button', { name: 'متابعة' }).click();
    await page.getByTestId('scratch-surface').waitFor();
    await expectNoHorizontalOverflow(page);
    await scratchAll(page);
    await page.locator('#result-title').waitFor();
    const played = plays[0];
    if (!played) throw new Error('no play');
    expect(await page.locator('#result-title').textContent()).toBe(played.outcome.title);
    expect(await page.getByTestId('game-announcement').textContent()).toBe(played.outcome.isWin ? `ربحت: ${played.outcome.title}.` : `${played.outcome.title} ${played.outcome.description}`);
    if (played.code) expect(await page.getByTestId('win-code-value').textContent()).toBe(played.code);
    expect(await page.getByTestId('plays-left').textContent()).toBe('المحاولات المتبقية: 1');
    expect(await page.getByTestId('share-line').textContent()).toBe('كل صديق يلعب عبر رابطك يمنحك محاولة إضافية (ربحت 0 من 5)');
    await expectNoHorizontalOverflow(page);
  });

  it('is revealed with the Reveal button for a keyboard user, and the second play comes from Play again', async () => {
    const page = await newPage({ locale: 'ar' });
    const plays = watchPlays(page);
    await openGame(page, '/q/imsah-wa-irbah');
    await page.keyboard.press('Enter');
    await page.locator('#player-name').waitFor();
    await page.keyboard.press('Enter');
    await page.getByTestId('reveal').waitFor();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('reveal');
    await page.keyboard.press('Enter');
    await page.locator('#result-title').waitFor();
    expect(await page.getByTestId('scratch-card').count()).toBe(0);
    expect(await page.locator('#result-title').textContent()).toBe(plays[0]?.outcome.title);
    await page.getByTestId('play-again').click();
    await page.getByTestId('reveal').click();
    await expect.poll(() => plays.length).toBe(2);
    await page.locator('#result-title').waitFor();
    expect(plays[1]?.resultId).not.toBe(plays[0]?.resultId);
    expect(await page.getByTestId('plays-left').textContent()).toBe('المحاولات المتبقية: 0');
    expect(await page.getByTestId('play-again').isDisabled()).toBe(true);
  });
});

// The screens of both games, for people to look at: cover, form, the game in motion, the result (with a code when
// a prize comes out within a few tries), and the share page; at desktop and phone widths, without sideways overflow.
describe.each([
  { name: 'desktop', options: { viewport: { width: 1280, height: 900 } } as BrowserContextOptions },
  { name: 'phone', options: phone },
])('screens at $name width', ({ name, options }) => {
  it.each([
    { game: 'wheel', slug: 'spin-to-win', locale: 'en' },
    { game: 'scratch', slug: 'imsah-wa-irbah', locale: 'ar' },
  ])('$game: cover, form, in play, result and share page', async ({ game, slug, locale }) => {
    mkdirSync(shotsDir, { recursive: true });
    const shot = async (page: Page, step: string) => {
      await waitForImages(page);
      // The result's entrance (a fade and the prize's pop) is over before the picture is taken.
      await page.waitForFunction(() => document.getAnimations().every((animation) => animation.playState !== 'running'));
      await expectNoHorizontalOverflow(page);
      await page.screenshot({ path: join(shotsDir, `${name}-${game}-${step}.png`), fullPage: true });
    };
    let link = '';
    for (let attempt = 0; attempt < 8; attempt++) {
      const page = await newPage({ ...options, locale, deviceScaleFactor: 1 });
      const plays = watchPlays(page);
      await openGame(page, `/q/${slug}`);
      if (attempt === 0) await shot(page, '1-cover');
      await page.getByTestId('game-start').click();
      await page.locator('#player-name').fill(locale === 'ar' ? 'سارة' : 'Sara');
      if (game === 'wheel') await page.locator('#lead-email').fill('sara@example.com');
      if (attempt === 0) await shot(page, '2-form');
      if (game === 'wheel') await page.locator('#lead-consent').check();
      await page.getByRole('button', { name: locale === 'ar' ? 'متابعة' : 'Continue' }).click();
      if (game === 'wheel') {
        await page.getByTestId('spin').click();
        await page.waitForFunction(() => document.querySelector('[data-testid="spin"]')?.getAttribute('data-phase') === 'stopping');
      } else {
        const box = await page.getByTestId('scratch-surface').boundingBox();
        if (!box) throw new Error('no scratch surface');
        await page.mouse.move(box.x + 8, box.y + box.height * 0.35);
        await page.mouse.down();
        await page.mouse.move(box.x + box.width * 0.7, box.y + box.height * 0.6, { steps: 10 });
        await page.mouse.up();
        await expect.poll(() => plays.length).toBe(1);
      }
      if (attempt === 0) await shot(page, '3-in-play');
      if (game === 'scratch') await page.getByTestId('reveal').click();
      await page.locator('#result-title').waitFor({ timeout: 20_000 });
      await page.getByTestId('result-card').waitFor();
      const isWin = plays[0]?.outcome.isWin === true;
      if (isWin || attempt === 7) {
        await shot(page, '4-result');
        link = await page.locator('.copy-input').inputValue();
        await page.goto(link);
        await shot(page, '5-share');
        break;
      }
      await page.context().close();
    }
    expect(link).toMatch(/\/s\/[A-Za-z0-9_-]{24}$/);
  });
});
