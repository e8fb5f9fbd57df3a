import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { addSession, signInByApi } from './accounts';
import { launchChromium, personUserAgent } from './chromium';
import { playQuiz } from './play';

const baseUrl = inject('baseUrl');
let browser: Browser;
// The stats are the demo workspace's: its owner (the install's first account) reads them.
let ownerCookie = '';

beforeAll(async () => {
  browser = await launchChromium();
  ownerCookie = await signInByApi(baseUrl);
});

afterAll(async () => {
  await browser?.close();
});

type Stats = { players: number; completions: number; clicks: number; crawlerFetches: number; referredPlayers: number; shareIntents: number; k: number };

async function getStats(slug: string): Promise<Stats> {
  const response = await fetch(`${baseUrl}/api/quizzes/${slug}/stats`, { headers: { cookie: ownerCookie } });
  expect(response.status).toBe(200);
  return (await response.json()) as Stats;
}

describe('the viral loop in a real browser', () => {
  it('plays, shares, and attributes a friend: 1 referred player, 1 click, then 1 crawler fetch and still 1 click', async () => {
    const before = await getStats('which-explorer');

    // Sara plays and gets her card and her links.
    const sara = await browser.newContext({ viewport: { width: 1280, height: 900 }, userAgent: personUserAgent.desktop });
    await sara.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl });
    const saraPage = await sara.newPage();
    await saraPage.goto(`${baseUrl}/q/which-explorer`);
    expect(await saraPage.getByRole('heading', { level: 1 }).textContent()).toBe('Which explorer are you?');
    await playQuiz(saraPage, 0, 'Sara');
    expect(await saraPage.locator('#result-title').textContent()).toBe('The Trailblazer');
    expect(await saraPage.getByTestId('result-stat').textContent()).toMatch(/^\d+% of players got this$/);
    const card = saraPage.getByTestId('result-card');
    await card.evaluate((img: HTMLImageElement) => (img.complete ? null : new Promise((r) => img.addEventListener('load', r))));
    expect(await card.evaluate((img: HTMLImageElement) => [img.naturalWidth, img.naturalHeight])).toEqual([1200, 630]);

    await saraPage.locator('button[data-channel="copy"]').click();
    await saraPage.getByRole('button', { name: 'Link copied' }).waitFor();
    const link = await saraPage.evaluate(() => navigator.clipboard.readText());
    expect(link).toMatch(new RegExp(`^${baseUrl}/s/[A-Za-z0-9_-]{24}$`));
    // Every network button carries Sara's own tracked link for that channel.
    const whatsappHref = await saraPage.locator('a[data-channel="whatsapp"]').getAttribute('href');
    expect(decodeURIComponent(whatsappHref ?? '')).toMatch(new RegExp(`^https://wa\\.me/\\?text=.*${baseUrl}/s/[A-Za-z0-9_-]{24}$`));

    // Sara opening her own link counts nothing.
    await saraPage.goto(link);

    // Omar, in a fresh browser, opens the link: a 200 page with the card in its Open Graph tags.
    const omar = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, userAgent: personUserAgent.phone });
    const omarPage = await omar.newPage();
    const response = await omarPage.goto(link);
    expect(response?.status()).toBe(200);
    const meta = (selector: string) => omarPage.locator(selector).getAttribute('content');
    const ogImage = await meta('meta[property="og:image"]');
    expect(ogImage).toMatch(new RegExp(`^${baseUrl}/api/cards/[A-Za-z0-9_-]+/og-[0-9a-f]{16}\\.png$`));
    expect(await meta('meta[property="og:image:width"]')).toBe('1200');
    expect(await meta('meta[property="og:image:height"]')).toBe('630');
    expect(await meta('meta[name="twitter:card"]')).toBe('summary_large_image');
    expect(await omarPage.getByTestId('invitation').textContent()).toBe('Sara got “The Trailblazer”. Which are you?');
    const image = await fetch(ogImage ?? '');
    expect(image.headers.get('content-type')).toBe('image/png');
    expect(image.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');

    await omarPage.getByTestId('play-cta').click();
    await omarPage.waitForURL(/\/q\/which-explorer$/);
    await playQuiz(omarPage, 1, 'Omar');
    expect(await omarPage.locator('#result-title').textContent()).toBe('The Navigator');
    await omarPage.reload();

    const after = await getStats('which-explorer');
    expect(after.referredPlayers - before.referredPlayers).toBe(1);
    expect(after.clicks - before.clicks).toBe(1);
    expect(after.players - before.players).toBe(2);
    expect(after.completions - before.completions).toBe(2);
    expect(after.crawlerFetches - before.crawlerFetches).toBe(0);

    // A link-preview crawler gets the same tags and is counted apart.
    const crawl = await fetch(link, { headers: { 'User-Agent': 'facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)' } });
    expect(crawl.status).toBe(200);
    const html = await crawl.text();
    const head = html.slice(0, html.indexOf('</head>'));
    expect(head).toContain(`<meta property="og:image" content="${ogImage}"/>`);
    expect(head).toContain('<meta name="twitter:card" content="summary_large_image"/>');
    const final = await getStats('which-explorer');
    expect(final.crawlerFetches - before.crawlerFetches).toBe(1);
    expect(final.clicks - before.clicks).toBe(1);

    // The stats address leads the workspace's owner to the quiz's analytics dashboard, and a player nowhere.
    const owner = await browser.newContext({ viewport: { width: 1280, height: 900 }, userAgent: personUserAgent.desktop });
    await addSession(owner, baseUrl, ownerCookie);
    const ownerPage = await owner.newPage();
    await ownerPage.goto(`${baseUrl}/stats/which-explorer`);
    await ownerPage.waitForURL(/\/studio\/q\/[^/?]+\/analytics/);
    await saraPage.goto(`${baseUrl}/stats/which-explorer`);
    await saraPage.waitForURL(/\/sign-in\?next=%2Fstats%2Fwhich-explorer$/);

    await sara.close();
    await omar.close();
    await owner.close();
  });

  it('plays an Arabic trivia quiz right to left, with the score, the tier and the right answers', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, locale: 'ar', userAgent: personUserAgent.phone });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/q/fada-trivia`);
    expect(await page.locator('main').getAttribute('dir')).toBe('rtl');
    await playQuiz(page, 0, 'سارة');
    // The first answer is right for every question but the second: 4/5, the 60% tier.
    expect(await page.locator('#result-title').textContent()).toBe('رحالة النجوم');
    expect(await page.getByTestId('result-stat').textContent()).toMatch(/^4\/5( · أفضل من \d+% من اللاعبين)?$/);
    expect(await page.locator('.review li.right').count()).toBe(4);
    expect(await page.locator('.review li.wrong').count()).toBe(1);
    await context.close();
  });

  it('shows a name made of markup as plain text on the result, the share page and its tags', async () => {
    const name = '<svg onload=alert(1)>';
    const context = await browser.newContext({ userAgent: personUserAgent.desktop });
    const page = await context.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await page.goto(`${baseUrl}/q/weekend-poll`);
    await playQuiz(page, 0, name);
    const link = await page.locator('.copy-input').inputValue();
    await page.goto(link);
    expect(await page.getByTestId('invitation').textContent()).toBe(`${name} voted “Hiking or the beach”. What would you pick?`);
    expect(await page.locator('meta[property="og:title"]').getAttribute('content')).toContain(name);
    expect(await page.locator('svg[onload]').count()).toBe(0);
    expect(dialogs).toEqual([]);
    await context.close();
  });

  it('answers unknown quizzes and malformed share tokens with a 404 page', async () => {
    const context = await browser.newContext({ userAgent: personUserAgent.desktop });
    const page = await context.newPage();
    expect((await page.goto(`${baseUrl}/q/no-such-quiz`))?.status()).toBe(404);
    expect((await page.goto(`${baseUrl}/s/not-a-token`))?.status()).toBe(404);
    expect((await page.goto(`${baseUrl}/s/AAAAAAAAAAAAAAAAAAAAAAAA`))?.status()).toBe(404);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Nothing here');
    await context.close();
  });
});
