import { tmpdir } from 'node:os';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContextOptions, Page } from 'playwright-core';
import sharp from 'sharp';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import type { Dashboard } from '@/lib/analytics/dashboard-types';
import { makeDashboardFixture, makeEmptyDashboardFixture, makeForestFixture } from '../fixtures/dashboard';
import { addSession, signInByApi } from './accounts';
import { personUserAgent, usePeople } from './chromium';
import { playQuiz } from './play';

const baseUrl = inject('baseUrl');
const people = usePeople();
const shotsDir = join(tmpdir(), 'shots', 'analytics');
const desktop: BrowserContextOptions = { viewport: { width: 1280, height: 900 }, userAgent: personUserAgent.desktop };
const phone: BrowserContextOptions = { viewport: { width: 390, height: 844 }, isMobile: true, userAgent: personUserAgent.phone };
const stepNames = ['Views', 'Started', 'Completed', 'Shared', 'Link clicks', 'Friends started', 'Friends completed'];
// Figures arrive over the network (and live ones through the event stream): polls wait for them this long.
const poll = { timeout: 15_000 };
const chartIds = ['k-chart', 'funnel-chart', 'channel-chart', 'cycle-chart', 'generations-chart', 'forest-chart'];

let ownerCookie = '';
beforeAll(async () => {
  mkdirSync(shotsDir, { recursive: true });
  ownerCookie = await signInByApi(baseUrl);
});

/** A page signed in as the demo workspace's owner, optionally with the studio in Arabic. */
async function openAsOwner(options: BrowserContextOptions, locale: 'en' | 'ar' = 'en'): Promise<Page> {
  const context = await people.newPerson(options);
  await addSession(context, baseUrl, ownerCookie);
  if (locale === 'ar') await context.addCookies([{ name: 'ripple_studio_locale', value: 'ar', url: baseUrl }]);
  const page = await context.newPage();
  page.on('pageerror', (error) => console.error('page error:', error.message));
  return page;
}

/** The dashboard as the API answers it to the same signed-in page. */
async function fetchDashboard(page: Page, params: Record<string, string>): Promise<Dashboard> {
  const body = await page.evaluate(async (query) => (await fetch(`/api/studio/analytics?${query}`)).json(), new URLSearchParams(params).toString());
  return (body as { dashboard: Dashboard }).dashboard;
}

const text = async (page: Page, testId: string) => ((await page.getByTestId(testId).textContent()) ?? '').replace(/[\u2066-\u2069]/g, '').replace(/\s+/g, ' ').trim();
const searchOf = (page: Page) => Object.fromEntries(new URL(page.url()).searchParams);
const count = (value: number) => value.toLocaleString('en-US');

async function expectChartsDrawn(page: Page): Promise<void> {
  for (const id of chartIds) {
    const chart = page.getByTestId(id);
    await expect.poll(() => chart.getAttribute('data-ready'), { ...poll, message: `${id} is drawn` }).toBe('true');
    const size = await chart.locator('canvas').first().evaluate((canvas: HTMLCanvasElement) => [canvas.width, canvas.height]);
    expect(size[0], `${id} has a width`).toBeGreaterThan(100);
    expect(size[1], `${id} has a height`).toBeGreaterThan(100);
  }
}

/** How much dark ink (axis labels) a chart has in its left and right tenths, above its x axis labels. */
async function inkAtSides(page: Page, testId: string): Promise<{ left: number; right: number }> {
  const png = await page.getByTestId(testId).screenshot();
  const { data, info } = await sharp(png).greyscale().raw().toBuffer({ resolveWithObject: true });
  const strip = Math.round(info.width * 0.1);
  const rows = Math.round(info.height * 0.7);
  let left = 0;
  let right = 0;
  for (let y = 0; y < rows; y += 1) {
    for (let x = 0; x < strip; x += 1) {
      if ((data[y * info.width + x] ?? 255) < 140) left += 1;
      if ((data[y * info.width + info.width - 1 - x] ?? 255) < 140) right += 1;
    }
  }
  return { left, right };
}

async function expectNoHorizontalOverflow(page: Page): Promise<void> {
  const [scrollWidth, innerWidth] = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
  expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
}

async function shoot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(shotsDir, `${name}.png`), fullPage: true });
}

describe('the analytics dashboard of the demo quiz', () => {
  it('shows the API’s figures, follows the range and the filters, opens a branch of the forest and counts new players live', async () => {
    const page = await openAsOwner(desktop);
    // The old stats address leads to the studio's dashboard of that quiz.
    await page.goto(`${baseUrl}/stats/which-explorer`);
    await page.waitForURL(/\/studio\/q\/[^/?]+\/analytics/);
    const quizId = new URL(page.url()).pathname.split('/')[3] ?? '';
    await page.getByTestId('headline').waitFor();
    expect(await text(page, 'analytics-title')).toBe('Which explorer are you?');
    await expect.poll(() => searchOf(page).from, poll).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const { from, to } = searchOf(page);
    expect(to).toBe(new Date().toISOString().slice(0, 10));

    // The headline K is the API's K; the demo cascade makes it a living dashboard.
    const month = await fetchDashboard(page, { quiz: quizId, from: from ?? '', to: to ?? '' });
    expect(month.totals.players).toBeGreaterThan(100);
    expect(month.totals.referred).toBeGreaterThan(0);
    expect(await text(page, 'kpi-k-value')).toBe(month.totals.k.toFixed(2));
    expect(await text(page, 'kpi-players-value')).toBe(count(month.totals.players));
    expect(await text(page, 'k-trend')).toBe(month.totals.k >= 1 ? 'spreading' : 'fading');
    expect(await text(page, 'k-formula')).toMatch(/^K = \d+\.\d% × \d+\.\d{2} × \d+\.\d{2}$/);

    // The funnel has its seven steps, in order, with the API's counts.
    const steps = page.getByTestId('funnel-table').locator('tbody tr');
    expect(await steps.count()).toBe(7);
    expect(await steps.locator('th').allTextContents()).toEqual(stepNames);
    expect(await steps.nth(1).locator('td').first().textContent()).toBe(count(month.totals.players));
    await expectChartsDrawn(page);
    await page.getByTestId('live').and(page.locator('[data-live="true"]')).waitFor();
    await shoot(page, 'dashboard-en-1280');

    // The last 7 days: the address, the range line and the figures follow.
    await page.getByTestId('range-7').click();
    await expect.poll(() => searchOf(page).from, poll).not.toBe(from);
    const week = await fetchDashboard(page, { quiz: quizId, from: searchOf(page).from ?? '', to: searchOf(page).to ?? '' });
    expect(week.totals.players).not.toBe(month.totals.players);
    await expect.poll(() => text(page, 'kpi-players-value'), poll).toBe(count(week.totals.players));
    expect(await text(page, 'kpi-k-value')).toBe(week.totals.k.toFixed(2));

    // A channel filter: only the players that channel brought.
    const channel = [...week.byChannel].sort((a, b) => b.referred - a.referred)[0]?.channel ?? '';
    expect(week.options.channels).toContain(channel);
    await page.getByTestId('filter-channel').selectOption(channel);
    await expect.poll(() => searchOf(page).channel, poll).toBe(channel);
    const filtered = await fetchDashboard(page, { ...searchOf(page), quiz: quizId });
    expect(filtered.totals.players).toBeLessThan(week.totals.players);
    await expect.poll(() => text(page, 'kpi-players-value'), poll).toBe(count(filtered.totals.players));
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expect.poll(() => text(page, 'kpi-players-value'), poll).toBe(count(week.totals.players));
    await page.getByTestId('range-30').click();
    await expect.poll(() => text(page, 'kpi-players-value'), poll).toBe(count(month.totals.players));

    // A closed branch of the forest opens: its subtree is fetched and drawn, and it is no longer offered.
    const drawn = page.getByTestId('forest-drawn');
    await drawn.waitFor();
    const before = Number(await drawn.getAttribute('data-nodes'));
    const branch = page.getByTestId('forest-open').first();
    const branchName = (await branch.getAttribute('aria-label')) ?? '';
    expect(branchName).toMatch(/^Open the branch of .+: \d+ more$/);
    // Names repeat among thousands of players: the branch is told apart by its player id.
    const branchNode = page.locator(`[data-testid="forest-open"][data-node="${(await branch.getAttribute('data-node')) ?? ''}"]`);
    await branch.click();
    await expect.poll(() => branchNode.count(), poll).toBe(0);
    expect(Number(await drawn.getAttribute('data-nodes'))).toBeGreaterThan(before);

    // "+N more" pages through the trees: twelve more are drawn, the opened branch stays open, and the button
    // counts what is still folded.
    const treesDrawn = async () => Number(/(\d+) trees drawn/.exec((await page.getByTestId('forest-chart').getAttribute('aria-label')) ?? '')?.[1]);
    const nextTrees = page.getByTestId('forest-more').first();
    const folded = Number(/^Next trees \(([\d,]+) more\)$/.exec((await nextTrees.textContent()) ?? '')?.[1]?.replace(/,/g, ''));
    expect(folded).toBeGreaterThan(12);
    const trees = await treesDrawn();
    await nextTrees.click();
    await expect.poll(() => nextTrees.textContent(), poll).toBe(`Next trees (${count(folded - 12)} more)`);
    expect(await treesDrawn()).toBe(trees + 12);
    // The tree animates into its new shape for 400 ms: the picture is taken once it has settled.
    await page.waitForTimeout(1000);
    await page.getByTestId('forest').screenshot({ path: join(shotsDir, 'forest-paged-en-1280.png') });
    expect(await branchNode.count()).toBe(0);

    // Live: two new players (Sara, then Omar through Sara's share link) show up without a reload.
    const players = month.totals.players;
    const friends = Number((await page.getByTestId('funnel-table').locator('tbody tr').nth(5).locator('td').first().textContent())?.replace(/,/g, ''));
    await page.evaluate(() => Object.assign(window, { analyticsStayed: true }));
    const sara = await people.newPage(desktop);
    await sara.goto(`${baseUrl}/q/which-explorer`);
    await playQuiz(sara, 0, 'Sara');
    const link = await sara.locator('.copy-input').inputValue();
    await expect.poll(() => text(page, 'kpi-players-value'), { timeout: 30_000 }).toBe(count(players + 1));
    const omar = await people.newPage(phone);
    await omar.goto(link);
    await omar.getByTestId('play-cta').click();
    await omar.waitForURL(/\/q\/which-explorer$/);
    await playQuiz(omar, 1, 'Omar');
    await expect.poll(() => text(page, 'kpi-players-value'), { timeout: 30_000 }).toBe(count(players + 2));
    await expect.poll(() => page.getByTestId('funnel-table').locator('tbody tr').nth(5).locator('td').first().textContent(), { timeout: 30_000 }).toBe(count(friends + 1));
    expect(await page.evaluate(() => (window as unknown as { analyticsStayed?: boolean }).analyticsStayed)).toBe(true);

    // In Arabic the page turns right to left and the charts mirror: the value axis moves to the right.
    const english = await inkAtSides(page, 'cycle-chart');
    expect(english.left).toBeGreaterThan(english.right);
    await page.getByTestId('locale-toggle').click();
    await page.locator('[data-testid="studio"][dir="rtl"]').waitFor();
    await expect.poll(() => text(page, 'kpi-k-value'), poll).toMatch(/^\d\.\d{2}$/);
    expect(await text(page, 'analytics-title')).toBe('Which explorer are you?');
    expect(await page.getByTestId('funnel-table').locator('tbody th').first().textContent()).toBe('المشاهدات');
    await expectChartsDrawn(page);
    await expect.poll(async () => {
      const arabic = await inkAtSides(page, 'cycle-chart');
      return arabic.right > arabic.left;
    }, poll).toBe(true);
    await shoot(page, 'dashboard-ar-1280');
  });

  it('reads well on a phone, in English and in Arabic, with nothing sticking out sideways', async () => {
    for (const locale of ['en', 'ar'] as const) {
      const page = await openAsOwner(phone, locale);
      await page.goto(`${baseUrl}/stats/which-explorer`);
      await page.getByTestId('headline').waitFor();
      expect(await page.getByTestId('studio').getAttribute('dir')).toBe(locale === 'ar' ? 'rtl' : 'ltr');
      await expectChartsDrawn(page);
      await expectNoHorizontalOverflow(page);
      await shoot(page, `dashboard-${locale}-390`);
    }
  });

  it('is reached from the studio’s nav and the quiz editor, and shows the whole workspace too', async () => {
    const page = await openAsOwner(desktop);
    await page.goto(`${baseUrl}/studio`);
    await page.getByTestId('workspace-switcher').locator('summary').click();
    await page.getByTestId('workspace-switcher').getByRole('button', { name: /^Demo workspace/ }).click();
    await page.waitForFunction(() => document.querySelector('.workspace-switcher summary')?.textContent === 'Demo workspace');
    await page.getByRole('navigation', { name: 'Studio' }).getByRole('link', { name: 'Analytics' }).click();
    await expect.poll(() => page.url(), poll).toMatch(/\/studio\/analytics\?from=/);
    expect(await text(page, 'analytics-title')).toBe('Analytics');
    await page.getByTestId('headline').waitFor();
    // All the workspace's quizzes together, as the API counts them; each quiz leads to its own dashboard.
    const { from, to } = searchOf(page);
    const workspace = await fetchDashboard(page, { from: from ?? '', to: to ?? '' });
    expect(workspace.scope.kind).toBe('workspace');
    expect(await text(page, 'kpi-players-value')).toBe(count(workspace.totals.players));
    const quizzes = await page.getByTestId('filter-quiz').locator('option').allTextContents();
    expect(quizzes[0]).toBe('All quizzes');
    expect(quizzes).toContain('Which explorer are you?');
    await shoot(page, 'workspace-en-1280');
    // The workspace's exports: every quiz's players in one file, each record led by its quiz, and the daily metrics.
    await page.getByTestId('exports').locator('summary').click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Players (CSV)' }).click()]);
    expect(download.suggestedFilename()).toBe(`demo-players-${from}-${to}.csv`);
    const csv = readFileSync(await download.path(), 'utf8').replace(/^\uFEFF/, '').trimEnd().split('\r\n');
    expect(csv[0]).toMatch(/^quiz,player,parent,generation,/);
    expect(csv.length - 1).toBe(workspace.totals.players);
    const slugs = new Set(csv.slice(1).map((line) => line.split(',')[0] ?? ''));
    expect(slugs.has('which-explorer')).toBe(true);
    expect(slugs.size).toBeGreaterThan(1);
    expect([...slugs].filter((slug) => !/^[a-z0-9-]+$/.test(slug))).toEqual([]);
    await page.goto(`${baseUrl}/stats/which-explorer`);
    await page.waitForURL(/\/analytics/);
    const quizPath = new URL(page.url()).pathname.replace(/\/analytics$/, '');
    await page.goto(`${baseUrl}${quizPath}`);
    await page.getByTestId('analytics-tab').click();
    await page.waitForURL(new RegExp(`${quizPath}/analytics`));
    await page.getByTestId('headline').waitFor();
  });
});

describe('the dashboard drawn from fixtures (the API stubbed in the browser)', () => {
  async function openWith(page: Page, answer: { status?: number; json: unknown }): Promise<void> {
    await page.route('**/api/studio/analytics?*', (route) => route.fulfill({ status: answer.status ?? 200, json: answer.json }));
    await page.route('**/api/studio/analytics/forest?*', (route) => route.fulfill({ json: { forest: makeForestFixture(new URL(route.request().url()).searchParams.get('node') || null) } }));
    await page.goto(`${baseUrl}/stats/which-explorer`);
    await page.waitForURL(/\/analytics/);
  }

  it('writes alerts, the K formula and the forecast for people', async () => {
    const fixture = makeDashboardFixture();
    const page = await openAsOwner(desktop);
    await openWith(page, { json: { dashboard: fixture } });
    await page.getByTestId('alerts').waitFor();
    const alerts = page.getByTestId('alert');
    expect(await alerts.count()).toBe(2);
    expect((await alerts.nth(0).locator('p').nth(1).textContent())?.replace(/[\u2066-\u2069]/g, '')).toBe('K crossed 1 (1.04, from 0.92): each player now brings more than one new player.');
    expect((await alerts.nth(1).locator('p').nth(1).textContent())?.replace(/[\u2066-\u2069]/g, '').replace(/\s+/g, ' ')).toBe('184 clicks in 10 min on the WhatsApp link of Player #2041: possibly fraud or a bot. Check where the link was posted.');
    const { shareRate, clicksPerSharer, playersPerClick } = fixture.totals;
    expect(await text(page, 'k-formula')).toBe(`K = ${(shareRate * 100).toFixed(1)}% × ${clicksPerSharer.toFixed(2)} × ${playersPerClick.toFixed(2)}`);
    expect(await text(page, 'channel-k-sum')).toBe(fixture.totals.k.toFixed(2));
    expect(await text(page, 'forecast-total')).toBe(`≈ ${count(fixture.forecast.expectedTotal ?? 0)}`);
    expect(await text(page, 'forecast-model')).toMatch(/^How this is worked out: each player brings K = \d\.\d{2} new players/);
    expect(await page.getByTestId('sharers-table').locator('tbody tr').count()).toBe(fixture.topSharers.length);
    expect(await page.getByTestId('sharers-table').textContent()).not.toContain('@');
    await expectChartsDrawn(page);
    await shoot(page, 'fixture-en-1280');
  });

  it('looks intentional without players, and says what went wrong when the API fails', async () => {
    const page = await openAsOwner(desktop);
    await openWith(page, { json: { dashboard: makeEmptyDashboardFixture() } });
    await page.getByTestId('analytics-empty').waitFor();
    expect(await page.getByTestId('analytics-empty').getByRole('heading').textContent()).toBe('Nothing to measure yet');
    expect(await page.getByTestId('headline').count()).toBe(0);
    await shoot(page, 'empty-en-1280');

    await page.unrouteAll();
    await openWith(page, { status: 500, json: { error: { code: 'internal', message: 'Something went wrong.' } } });
    await page.getByTestId('analytics-error').waitFor();
    expect(await page.getByTestId('analytics-error').locator('p').textContent()).toBe('The analytics could not be loaded: Something went wrong.');
    await page.unrouteAll();
    await page.getByRole('button', { name: 'Try again' }).click();
    await page.getByTestId('headline').waitFor();
    expect(await page.getByTestId('analytics-error').count()).toBe(0);
  });
});
